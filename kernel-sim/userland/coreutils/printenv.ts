// printenv(1): the whole environment, or the named variables (exit 1 if one is missing).

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "+0", [{ name: "null", has: 0, key: "0" }, ...STD_LONGOPTS], 2);
  if (!parsed) return 2;
  const hv = await helpVersion(p, parsed, "Usage: printenv [OPTION]... [VARIABLE]...\n", "David MacKenzie and Richard Mlynarik");
  if (hv !== null) return hv;
  const eol = parsed.opts.some((o) => o.key === "0") ? "\0" : "\n";
  if (parsed.operands.length === 0) {
    for (const e of p.envp) await p.out.write(e + eol);
    return 0;
  }
  let status = 0;
  for (const name of parsed.operands) {
    const v = name.includes("=") ? undefined : p.getenv(name);
    if (v === undefined) status = 1;
    else await p.out.write(v + eol);
  }
  return status;
});
