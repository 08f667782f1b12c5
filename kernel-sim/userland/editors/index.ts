// The programs of this folder, for the host's /usr/bin (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  nano: { path: "/usr/bin/nano", load: () => import("./nano.ts").then((m) => m.default) },
  vi: { path: "/usr/bin/vi", load: () => import("./vi.ts").then((m) => m.default) },
  "vim.tiny": { path: "/usr/bin/vim.tiny", load: () => import("./vi.ts").then((m) => m.default) },
};
