// The programs of this folder, for the host's /usr/bin (generated list; keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_awk from "./awk.ts";
import p_diff from "./diff.ts";
import p_fmt from "./fmt.ts";
import p_grep from "./grep.ts";
import p_sed from "./sed.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  awk: { main: p_awk, path: "/usr/bin/awk" },
  diff: { main: p_diff, path: "/usr/bin/diff" },
  fmt: { main: p_fmt, path: "/usr/bin/fmt" },
  grep: { main: p_grep, path: "/usr/bin/grep" },
  sed: { main: p_sed, path: "/usr/bin/sed" },
};
