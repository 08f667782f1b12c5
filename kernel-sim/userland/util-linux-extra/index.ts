// The programs of this folder (util-linux's column, setsid and setpriv), for the host's /usr/bin (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  column: { path: "/usr/bin/column", load: () => import("./column.ts").then((m) => m.default) },
  setpriv: { path: "/usr/bin/setpriv", load: () => import("./setpriv.ts").then((m) => m.default) },
  setsid: { path: "/usr/bin/setsid", load: () => import("./setsid.ts").then((m) => m.default) },
};
