// The programs of this folder, for the host's /usr/bin.

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  "systemd-cgls": { path: "/usr/bin/systemd-cgls", load: () => import("./systemd_cgls.ts").then((m) => m.default) },
  "systemd-cgtop": { path: "/usr/bin/systemd-cgtop", load: () => import("./systemd_cgtop.ts").then((m) => m.default) },
  "systemd-run": { path: "/usr/bin/systemd-run", load: () => import("./systemd_run.ts").then((m) => m.default) },
};
