// The programs of this folder, for the host's /usr/bin.

import type { ProgramMain } from "../lib/sys.ts";
import p_stress from "./stress.ts";
import p_stress_ng from "./stress_ng.ts";

export const PROGRAMS: Record<string, { path: string; main: ProgramMain }> = {
  stress: { path: "/usr/bin/stress", main: p_stress },
  "stress-ng": { path: "/usr/bin/stress-ng", main: p_stress_ng },
};
