// link(1): call link(2) on exactly two operands.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "", STD_LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: link FILE1 FILE2\n  or:  link OPTION\nCall the link function to create a link named FILE2 to an existing FILE1.\n", "Michael Stone");
  if (hv !== null) return hv;
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(p, "missing operand");
  if (ops.length === 1) return usageError(p, `missing operand after ${quote(ops[0]!)}`);
  if (ops.length > 2) return usageError(p, `extra operand ${quote(ops[2]!)}`);
  try {
    p.sys.link(ops[0]!, ops[1]!);
  } catch (e) {
    await p.warn(`cannot create link ${quote(ops[1]!)} to ${quote(ops[0]!)}: ${errmsg(e)}`);
    return 1;
  }
  return 0;
});
