// whoami(1): the name of the effective user.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { quote } from "../lib/main.ts";
import { UserDb } from "../lib/pwd.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "", STD_LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: whoami [OPTION]...\nPrint the user name associated with the current effective user ID.\n", "Richard Mlynarik");
  if (hv !== null) return hv;
  if (parsed.operands.length) return usageError(p, `extra operand ${quote(parsed.operands[0]!)}`);
  const uid = p.sys.geteuid();
  const u = (await new UserDb(p.sys).load()).byUid(uid);
  if (!u) {
    await p.warn(`cannot find name for user ID ${uid}`);
    return 1;
  }
  await p.out.write(u.name + "\n");
  return 0;
});
