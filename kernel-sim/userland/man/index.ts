// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  apropos: { path: "/usr/bin/apropos", load: () => import("./man.ts").then((m) => m.manMain) },
  man: { path: "/usr/bin/man", load: () => import("./man.ts").then((m) => m.manMain) },
  whatis: { path: "/usr/bin/whatis", load: () => import("./man.ts").then((m) => m.manMain) },
};
