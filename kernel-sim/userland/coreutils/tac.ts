// tac(1): lines in reverse order (-s SEP, -b separator before). An unterminated last line is
// printed without a separator, glued to the next, as GNU does.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { slurp } from "./textfiles.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "brs:", [
    { name: "before", has: 0, key: "b" },
    { name: "regex", has: 0, key: "r" },
    { name: "separator", has: 1, key: "s" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: tac [OPTION]... [FILE]...\nWrite each FILE to standard output, last line first.\n", "Jay Lepreau and David MacKenzie");
  if (hv !== null) return hv;
  const sep = parsed.opts.find((o) => o.key === "s")?.arg ?? "\n";
  let status = 0;
  for (const f of parsed.operands.length ? parsed.operands : ["-"]) {
    const t = await slurp(p, f);
    if (t === null) {
      status = 1;
      continue;
    }
    const parts = t.split(sep);
    const last = parts.pop()!;
    let out = last;
    for (let i = parts.length - 1; i >= 0; i--) out += parts[i] + sep;
    await p.out.write(out);
  }
  return status;
});
