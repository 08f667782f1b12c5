// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_less from "./less.ts";
import p_more from "./more.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  less: { main: p_less, path: "/usr/bin/less" },
  more: { main: p_more, path: "/usr/bin/more" },
};
