// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  curl: { path: "/usr/bin/curl", load: () => import("./curl.ts").then((m) => m.default) },
  nc: { path: "/usr/bin/nc", load: () => import("./nc.ts").then((m) => m.default) },
};
