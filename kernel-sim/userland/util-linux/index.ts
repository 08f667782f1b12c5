// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_lsns from "./lsns.ts";
import p_unshare from "./unshare.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  lsns: { main: p_lsns, path: "/usr/bin/lsns" },
  unshare: { main: p_unshare, path: "/usr/bin/unshare" },
};
