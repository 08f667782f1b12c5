// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_curl from "./curl.ts";
import p_nc from "./nc.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  curl: { main: p_curl, path: "/usr/bin/curl" },
  nc: { main: p_nc, path: "/usr/bin/nc" },
};
