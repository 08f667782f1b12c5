// The programs of this folder (the attr package's xattr tools), for the host's /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_getfattr from "./getfattr.ts";
import p_setfattr from "./setfattr.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  getfattr: { main: p_getfattr, path: "/usr/bin/getfattr" },
  setfattr: { main: p_setfattr, path: "/usr/bin/setfattr" },
};
