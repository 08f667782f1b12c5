// realpath(1): the canonical absolute name (-e all must exist, -m none; default all but last).

import { gnuProgram as program } from "../lib/gnu.ts";
import { quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { canonicalize } from "../lib/canon.ts";
import type { CanMode } from "../lib/canon.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "eLmPqsz", [
    { name: "canonicalize-existing", has: 0, key: "e" },
    { name: "canonicalize-missing", has: 0, key: "m" },
    { name: "logical", has: 0, key: "L" },
    { name: "physical", has: 0, key: "P" },
    { name: "quiet", has: 0, key: "q" },
    { name: "strip", has: 0, key: "s" },
    { name: "no-symlinks", has: 0, key: "s" },
    { name: "zero", has: 0, key: "z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: realpath [OPTION]... FILE...\nPrint the resolved absolute file name;\nall but the last component must exist\n", "Padraig Brady");
  if (hv !== null) return hv;
  let mode: CanMode = "all-but-last";
  let quiet = false;
  let follow = true;
  let eol = "\n";
  for (const o of parsed.opts) {
    if (o.key === "e") mode = "existing";
    else if (o.key === "m") mode = "missing";
    else if (o.key === "q") quiet = true;
    else if (o.key === "s") follow = false;
    else if (o.key === "z") eol = "\0";
  }
  if (parsed.operands.length === 0) return usageError(p, "missing operand");
  let status = 0;
  for (const f of parsed.operands) {
    try {
      await p.out.write(canonicalize(p.sys, f, mode, follow) + eol);
    } catch (e) {
      if (!quiet) await p.warn(`${quotef(f)}: ${errmsg(e)}`);
      status = 1;
    }
  }
  return status;
});
