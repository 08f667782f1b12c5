// The programs of this folder, for the host's /usr/bin.

import type { ProgramMain } from "../lib/sys.ts";
import p_ping from "./ping.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  ping: { main: p_ping, path: "/usr/bin/ping" },
};
