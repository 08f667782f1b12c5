// unlink(1): call unlink(2) on exactly one operand.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "", STD_LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: unlink FILE\n  or:  unlink OPTION\nCall the unlink function to remove the specified FILE.\n", "Michael Stone");
  if (hv !== null) return hv;
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(p, "missing operand");
  if (ops.length > 1) return usageError(p, `extra operand ${quote(ops[1]!)}`);
  try {
    p.sys.unlink(ops[0]!);
  } catch (e) {
    await p.warn(`cannot unlink ${quote(ops[0]!)}: ${errmsg(e)}`);
    return 1;
  }
  return 0;
});
