import type { ProgramMain } from "../lib/sys.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {};
