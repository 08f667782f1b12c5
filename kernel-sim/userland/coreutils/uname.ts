// uname(1): -s -n -r -v -m -p -i -o and -a (which omits "unknown" -p and -i, as GNU does).

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";

const LONGOPTS = [
  { name: "all", has: 0 as const, key: "a" },
  { name: "kernel-name", has: 0 as const, key: "s" },
  { name: "nodename", has: 0 as const, key: "n" },
  { name: "kernel-release", has: 0 as const, key: "r" },
  { name: "kernel-version", has: 0 as const, key: "v" },
  { name: "machine", has: 0 as const, key: "m" },
  { name: "processor", has: 0 as const, key: "p" },
  { name: "hardware-platform", has: 0 as const, key: "i" },
  { name: "operating-system", has: 0 as const, key: "o" },
  ...STD_LONGOPTS,
];

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "asnrvmpio", LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: uname [OPTION]...\nPrint certain system information.  With no OPTION, same as -s.\n", "David MacKenzie");
  if (hv !== null) return hv;
  if (parsed.operands.length) return usageError(p, `extra operand ${quote(parsed.operands[0]!)}`);
  const u = p.sys.uname();
  const want = new Set(parsed.opts.map((o) => o.key));
  const all = want.has("a");
  if (want.size === 0) want.add("s");
  const fields: string[] = [];
  if (all || want.has("s")) fields.push(u.sysname);
  if (all || want.has("n")) fields.push(u.nodename);
  if (all || want.has("r")) fields.push(u.release);
  if (all || want.has("v")) fields.push(u.version);
  if (all || want.has("m")) fields.push(u.machine);
  if (!all && want.has("p")) fields.push("unknown");
  if (!all && want.has("i")) fields.push("unknown");
  if (all || want.has("o")) fields.push("GNU/Linux");
  await p.out.write(fields.join(" ") + "\n");
  return 0;
});
