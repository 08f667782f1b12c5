// The programs of this folder (libcap2-bin), for the host's /usr/sbin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_capsh from "./capsh.ts";
import p_getpcaps from "./getpcaps.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  capsh: { main: p_capsh, path: "/usr/sbin/capsh" },
  getpcaps: { main: p_getpcaps, path: "/usr/sbin/getpcaps" },
};
