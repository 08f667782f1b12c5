// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  less: { path: "/usr/bin/less", load: () => import("./less.ts").then((m) => m.default) },
  more: { path: "/usr/bin/more", load: () => import("./more.ts").then((m) => m.default) },
};
