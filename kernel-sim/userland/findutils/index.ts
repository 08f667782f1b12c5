// The programs of this folder, for the host's /usr/bin (generated list; keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_find from "./find.ts";
import p_xargs from "./xargs.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  find: { main: p_find, path: "/usr/bin/find" },
  xargs: { main: p_xargs, path: "/usr/bin/xargs" },
};
