// logname(1): getlogin(3) reads the login name from utmp; the simulated host keeps no utmp
// (no login records), so it fails as it does in a container: "no login name".

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { quote } from "../lib/main.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "", STD_LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: logname [OPTION]\nPrint the user's login name.\n", "FIXME: unknown");
  if (hv !== null) return hv;
  if (parsed.operands.length) return usageError(p, `extra operand ${quote(parsed.operands[0]!)}`);
  await p.warn("no login name");
  return 1;
});
