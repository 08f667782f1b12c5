// The programs of this folder (from Debian's hostname package), for the host's /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_domainname from "./domainname.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  domainname: { main: p_domainname, path: "/usr/bin/domainname" },
};
