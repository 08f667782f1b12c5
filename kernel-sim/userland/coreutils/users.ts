// users(1): the users logged in, from utmp. There is no utmp in the simulated host (no login
// records are kept), so the list is empty: a blank line is not printed, as GNU prints none.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { quote, errmsg } from "../lib/main.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "", STD_LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: users [OPTION]... [FILE]\nOutput who is currently logged in according to FILE.\n", "Joseph Arceneaux and David MacKenzie");
  if (hv !== null) return hv;
  if (parsed.operands.length > 1) return usageError(p, `extra operand ${quote(parsed.operands[1]!)}`);
  if (parsed.operands.length === 1) {
    try {
      p.sys.stat(parsed.operands[0]!);
    } catch (e) {
      await p.warn(`${parsed.operands[0]}: ${errmsg(e)}`);
      return 1;
    }
  }
  return 0;
});
