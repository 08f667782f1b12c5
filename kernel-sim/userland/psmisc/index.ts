// psmisc: pstree (killall lives in procps/ with pkill, sharing its /proc reader).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  pstree: { path: "/usr/bin/pstree", load: () => import("./pstree.ts").then((m) => m.default) },
};
