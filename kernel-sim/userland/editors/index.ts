// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_nano from "./nano.ts";
import p_vi from "./vi.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  nano: { main: p_nano, path: "/usr/bin/nano" },
  vi: { main: p_vi, path: "/usr/bin/vi" },
  "vim.tiny": { main: p_vi, path: "/usr/bin/vim.tiny" },
};
