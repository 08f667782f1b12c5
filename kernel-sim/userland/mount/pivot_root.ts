// pivot_root(8) from util-linux: pivot_root(2) with the two operands, and its one message.

import { program } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { Errno, strerror } from "../../uapi/errno.ts";

const HELP = `
Usage:
 pivot_root [options] new_root put_old

Change the root filesystem.
`;

export default program(async (p) => {
  const bad = async (msg: string): Promise<number> => {
    await p.err.write(`${p.name}: ${msg}\nTry '${p.name} --help' for more information.\n`);
    return 1;
  };
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "+Vh", [{ name: "version", has: 0, key: "V" }, { name: "help", has: 0, key: "h" }]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    return bad(e.message);
  }
  for (const o of parsed.opts) {
    if (o.key === "h") { await p.out.write(HELP); return 0; }
    if (o.key === "V") { await p.out.write("pivot_root from util-linux 2.38.1\n"); return 0; }
  }
  if (parsed.operands.length !== 2) return bad("bad usage");
  const [newRoot, putOld] = parsed.operands as [string, string];
  try {
    p.sys.pivot_root(newRoot, putOld);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    await p.err.write(`${p.name}: failed to change root from \`${newRoot}' to \`${putOld}': ${strerror(e.errno)}\n`);
    return 1;
  }
  return 0;
});
