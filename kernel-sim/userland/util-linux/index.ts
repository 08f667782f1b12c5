// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  dmesg: { path: "/usr/bin/dmesg", load: () => import("./dmesg.ts").then((m) => m.default) },
  ipcmk: { path: "/usr/bin/ipcmk", load: () => import("./ipcmk.ts").then((m) => m.default) },
  ipcrm: { path: "/usr/bin/ipcrm", load: () => import("./ipcrm.ts").then((m) => m.default) },
  ipcs: { path: "/usr/bin/ipcs", load: () => import("./ipcs.ts").then((m) => m.default) },
  lsns: { path: "/usr/bin/lsns", load: () => import("./lsns.ts").then((m) => m.default) },
  nsenter: { path: "/usr/bin/nsenter", load: () => import("./nsenter.ts").then((m) => m.default) },
  unshare: { path: "/usr/bin/unshare", load: () => import("./unshare.ts").then((m) => m.default) },
};
