// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_su from "./su.ts";
import p_sudo from "./sudo.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  su: { main: p_su, path: "/usr/bin/su" },
  sudo: { main: p_sudo, path: "/usr/bin/sudo" },
};
