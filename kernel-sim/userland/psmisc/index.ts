// psmisc: pstree (killall lives in procps/ with pkill, sharing its /proc reader).

import type { ProgramMain } from "../lib/sys.ts";
import p_pstree from "./pstree.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  pstree: { path: "/usr/bin/pstree", main: p_pstree },
};
