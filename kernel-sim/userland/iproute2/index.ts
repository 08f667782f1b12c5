// The programs of this folder, for the host's /usr/sbin and /usr/bin (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  bridge: { path: "/usr/sbin/bridge", load: () => import("./bridge.ts").then((m) => m.default) },
  ip: { path: "/usr/sbin/ip", load: () => import("./ip.ts").then((m) => m.default) },
  ss: { path: "/usr/bin/ss", load: () => import("./ss.ts").then((m) => m.default) },
};
