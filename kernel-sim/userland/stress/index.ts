// The programs of this folder, for the host's /usr/bin.

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  stress: { path: "/usr/bin/stress", load: () => import("./stress.ts").then((m) => m.default) },
  "stress-ng": { path: "/usr/bin/stress-ng", load: () => import("./stress_ng.ts").then((m) => m.default) },
};
