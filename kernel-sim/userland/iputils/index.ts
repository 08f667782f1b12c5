// The programs of this folder, for the host's /usr/bin.

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  ping: { path: "/usr/bin/ping", load: () => import("./ping.ts").then((m) => m.default) },
};
