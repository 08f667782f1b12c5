// The programs of this folder, for the host's /usr/sbin and /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_ip from "./ip.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  ip: { main: p_ip, path: "/usr/sbin/ip" },
};
