// The programs of this folder (the attr package's xattr tools), for the host's /usr/bin (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  getfattr: { path: "/usr/bin/getfattr", load: () => import("./getfattr.ts").then((m) => m.default) },
  setfattr: { path: "/usr/bin/setfattr", load: () => import("./setfattr.ts").then((m) => m.default) },
};
