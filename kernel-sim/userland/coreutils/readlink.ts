// readlink(1): a symlink's target, or with -f/-e/-m the canonical name. Errors are silent
// unless -v, as GNU's readlink.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { canonicalize } from "../lib/canon.ts";
import type { CanMode } from "../lib/canon.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "efmnqsvz", [
    { name: "canonicalize", has: 0, key: "f" },
    { name: "canonicalize-existing", has: 0, key: "e" },
    { name: "canonicalize-missing", has: 0, key: "m" },
    { name: "no-newline", has: 0, key: "n" },
    { name: "quiet", has: 0, key: "q" },
    { name: "silent", has: 0, key: "s" },
    { name: "verbose", has: 0, key: "v" },
    { name: "zero", has: 0, key: "z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: readlink [OPTION]... FILE...\nPrint value of a symbolic link or canonical file name\n", "Dmitry V. Levin");
  if (hv !== null) return hv;
  let mode: CanMode | null = null;
  let verbose = false;
  let nl = true;
  let eol = "\n";
  for (const o of parsed.opts) {
    if (o.key === "f") mode = "all-but-last";
    else if (o.key === "e") mode = "existing";
    else if (o.key === "m") mode = "missing";
    else if (o.key === "v") verbose = true;
    else if (o.key === "q" || o.key === "s") verbose = false;
    else if (o.key === "n") nl = false;
    else if (o.key === "z") eol = "\0";
  }
  if (parsed.operands.length === 0) return usageError(p, "missing operand");
  if (parsed.operands.length > 1) nl = true;
  let status = 0;
  for (const f of parsed.operands) {
    try {
      const v = mode ? canonicalize(p.sys, f, mode) : p.sys.readlink(f);
      await p.out.write(v + (nl ? eol : ""));
    } catch (e) {
      if (verbose) await p.warn(`${quotef(f)}: ${errmsg(e)}`);
      status = 1;
    }
  }
  return status;
});
