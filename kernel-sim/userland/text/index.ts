// The programs of this folder, for the host's /usr/bin (generated list; keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  awk: { path: "/usr/bin/awk", load: () => import("./awk.ts").then((m) => m.default) },
  diff: { path: "/usr/bin/diff", load: () => import("./diff.ts").then((m) => m.default) },
  fmt: { path: "/usr/bin/fmt", load: () => import("./fmt.ts").then((m) => m.default) },
  grep: { path: "/usr/bin/grep", load: () => import("./grep.ts").then((m) => m.default) },
  sed: { path: "/usr/bin/sed", load: () => import("./sed.ts").then((m) => m.default) },
};
