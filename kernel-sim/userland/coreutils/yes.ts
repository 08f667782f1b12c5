// yes(1): print the arguments (or "y") forever; big writes, as GNU fills a buffer first.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, getopt, STD_LONGOPTS } from "../lib/getopt.ts";
import { writeAll } from "../lib/stdio.ts";
import { encode } from "../lib/text.ts";
import { errmsg } from "../lib/main.ts";

export default program(async (p) => {
  const parsed = getopt(p.argv.slice(1).filter((a) => a === "--help" || a === "--version"), "", STD_LONGOPTS);
  const hv = await helpVersion(p, parsed, "Usage: yes [STRING]...\n  or:  yes OPTION\n", "David MacKenzie");
  if (hv !== null) return hv;
  const args = p.argv.slice(1);
  if (args[0] === "--") args.shift();
  const line = (args.length ? args.join(" ") : "y") + "\n";
  const buf = encode(line.repeat(Math.max(1, Math.floor(8192 / line.length))));
  try {
    for (;;) await writeAll(p.sys, 1, buf);
  } catch (e) {
    // error (0, errno, "standard output"), as yes.c reports a failed write.
    await p.warn(`standard output: ${errmsg(e)}`);
    return 1;
  }
});
