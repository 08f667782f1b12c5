// The programs of this folder, for the host's /usr/bin (generated list; keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_free from "./free.ts";
import p_kill from "./kill.ts";
import p_killall from "./killall.ts";
import p_pgrep from "./pgrep.ts";
import p_pkill from "./pkill.ts";
import p_ps from "./ps.ts";
import p_renice from "./renice.ts";
import p_top from "./top.ts";
import p_uptime from "./uptime.ts";
import p_watch from "./watch.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  free: { main: p_free, path: "/usr/bin/free" },
  kill: { main: p_kill, path: "/usr/bin/kill" },
  killall: { main: p_killall, path: "/usr/bin/killall" },
  pgrep: { main: p_pgrep, path: "/usr/bin/pgrep" },
  pkill: { main: p_pkill, path: "/usr/bin/pkill" },
  ps: { main: p_ps, path: "/usr/bin/ps" },
  renice: { main: p_renice, path: "/usr/bin/renice" },
  top: { main: p_top, path: "/usr/bin/top" },
  uptime: { main: p_uptime, path: "/usr/bin/uptime" },
  watch: { main: p_watch, path: "/usr/bin/watch" },
};
