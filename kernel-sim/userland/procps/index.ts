// The programs of this folder, for the host's /usr/bin (generated list; keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  free: { path: "/usr/bin/free", load: () => import("./free.ts").then((m) => m.default) },
  kill: { path: "/usr/bin/kill", load: () => import("./kill.ts").then((m) => m.default) },
  killall: { path: "/usr/bin/killall", load: () => import("./killall.ts").then((m) => m.default) },
  pgrep: { path: "/usr/bin/pgrep", load: () => import("./pgrep.ts").then((m) => m.default) },
  pidof: { path: "/usr/bin/pidof", load: () => import("./pidof.ts").then((m) => m.default) },
  pkill: { path: "/usr/bin/pkill", load: () => import("./pkill.ts").then((m) => m.default) },
  ps: { path: "/usr/bin/ps", load: () => import("./ps.ts").then((m) => m.default) },
  pwdx: { path: "/usr/bin/pwdx", load: () => import("./pwdx.ts").then((m) => m.default) },
  renice: { path: "/usr/bin/renice", load: () => import("./renice.ts").then((m) => m.default) },
  sysctl: { path: "/usr/sbin/sysctl", load: () => import("./sysctl.ts").then((m) => m.default) },
  top: { path: "/usr/bin/top", load: () => import("./top.ts").then((m) => m.default) },
  uptime: { path: "/usr/bin/uptime", load: () => import("./uptime.ts").then((m) => m.default) },
  watch: { path: "/usr/bin/watch", load: () => import("./watch.ts").then((m) => m.default) },
};
