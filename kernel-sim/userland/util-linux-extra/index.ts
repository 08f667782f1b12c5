// The programs of this folder (util-linux's setsid and setpriv), for the host's /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_setpriv from "./setpriv.ts";
import p_setsid from "./setsid.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  setpriv: { main: p_setpriv, path: "/usr/bin/setpriv" },
  setsid: { main: p_setsid, path: "/usr/bin/setsid" },
};
