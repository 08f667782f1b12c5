// The programs of this folder (libcap2-bin), for the host's /usr/sbin (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  capsh: { path: "/usr/sbin/capsh", load: () => import("./capsh.ts").then((m) => m.default) },
  getpcaps: { path: "/usr/sbin/getpcaps", load: () => import("./getpcaps.ts").then((m) => m.default) },
};
