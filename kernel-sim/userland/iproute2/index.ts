// The programs of this folder, for the host's /usr/sbin and /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_bridge from "./bridge.ts";
import p_ip from "./ip.ts";
import p_ss from "./ss.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  bridge: { main: p_bridge, path: "/usr/sbin/bridge" },
  ip: { main: p_ip, path: "/usr/sbin/ip" },
  ss: { main: p_ss, path: "/usr/bin/ss" },
};
