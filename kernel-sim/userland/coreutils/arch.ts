// arch(1): uname -m.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { quote } from "../lib/main.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "", STD_LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: arch [OPTION]...\nPrint machine architecture.\n", "David MacKenzie and Karel Zak");
  if (hv !== null) return hv;
  if (parsed.operands.length) return usageError(p, `extra operand ${quote(parsed.operands[0]!)}`);
  await p.out.write(p.sys.uname().machine + "\n");
  return 0;
});
