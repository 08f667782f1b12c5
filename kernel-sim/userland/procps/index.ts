// The programs of this folder, for the host's /usr/bin (generated list; keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_kill from "./kill.ts";
import p_ps from "./ps.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  kill: { main: p_kill, path: "/usr/bin/kill" },
  ps: { main: p_ps, path: "/usr/bin/ps" },
};
