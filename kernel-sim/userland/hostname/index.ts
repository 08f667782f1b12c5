// The programs of this folder (from Debian's hostname package), for the host's /usr/bin (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  domainname: { path: "/usr/bin/domainname", load: () => import("./domainname.ts").then((m) => m.default) },
  hostname: { path: "/usr/bin/hostname", load: () => import("./hostname.ts").then((m) => m.default) },
};
