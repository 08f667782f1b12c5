// The programs of this folder, for the host's /usr/bin (generated list; keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
};
