// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import { manMain } from "./man.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  apropos: { main: manMain, path: "/usr/bin/apropos" },
  man: { main: manMain, path: "/usr/bin/man" },
  whatis: { main: manMain, path: "/usr/bin/whatis" },
};
