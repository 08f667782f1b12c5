// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_dmesg from "./dmesg.ts";
import p_ipcmk from "./ipcmk.ts";
import p_ipcrm from "./ipcrm.ts";
import p_ipcs from "./ipcs.ts";
import p_lsns from "./lsns.ts";
import p_nsenter from "./nsenter.ts";
import p_unshare from "./unshare.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  dmesg: { main: p_dmesg, path: "/usr/bin/dmesg" },
  ipcmk: { main: p_ipcmk, path: "/usr/bin/ipcmk" },
  ipcrm: { main: p_ipcrm, path: "/usr/bin/ipcrm" },
  ipcs: { main: p_ipcs, path: "/usr/bin/ipcs" },
  lsns: { main: p_lsns, path: "/usr/bin/lsns" },
  nsenter: { main: p_nsenter, path: "/usr/bin/nsenter" },
  unshare: { main: p_unshare, path: "/usr/bin/unshare" },
};
