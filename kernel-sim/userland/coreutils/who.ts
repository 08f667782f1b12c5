// who(1): who is logged in, from utmp. The simulated host keeps no utmp, so the listing is
// empty (as in a container); -b, -r and -q print what an empty utmp gives.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { quote } from "../lib/main.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "abdlmpqrstuwHT", [
    { name: "all", has: 0, key: "a" }, { name: "boot", has: 0, key: "b" }, { name: "dead", has: 0, key: "d" },
    { name: "heading", has: 0, key: "H" }, { name: "login", has: 0, key: "l" }, { name: "process", has: 0, key: "p" },
    { name: "count", has: 0, key: "q" }, { name: "runlevel", has: 0, key: "r" }, { name: "short", has: 0, key: "s" },
    { name: "time", has: 0, key: "t" }, { name: "users", has: 0, key: "u" }, { name: "mesg", has: 0, key: "T" },
    { name: "message", has: 0, key: "T" }, { name: "writable", has: 0, key: "T" }, { name: "lookup", has: 0, key: "lookup" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: who [OPTION]... [ FILE | ARG1 ARG2 ]\nPrint information about users who are currently logged in.\n", "Joseph Arceneaux, David MacKenzie, and Michael Stone");
  if (hv !== null) return hv;
  if (parsed.operands.length > 2) return usageError(p, `extra operand ${quote(parsed.operands[2]!)}`);
  const keys = new Set(parsed.opts.map((o) => o.key));
  if (keys.has("q")) {
    await p.out.write("\n# users=0\n");
    return 0;
  }
  if (keys.has("H")) await p.out.write("NAME     LINE         TIME             COMMENT\n");
  return 0;
});
