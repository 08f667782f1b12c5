// The programs of this folder, for the host's /usr/bin (generated list; keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  find: { path: "/usr/bin/find", load: () => import("./find.ts").then((m) => m.default) },
  xargs: { path: "/usr/bin/xargs", load: () => import("./xargs.ts").then((m) => m.default) },
};
