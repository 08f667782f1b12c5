// rev(1) (util-linux): reverse the characters of each line.

import { program } from "../lib/main.ts";
import { slurp } from "./textfiles.ts";

export default program(async (p) => {
  let status = 0;
  for (const f of p.argv.length > 1 ? p.argv.slice(1) : ["-"]) {
    const t = await slurp(p, f);
    if (t === null) {
      status = 1;
      continue;
    }
    const lines = t.split("\n");
    await p.out.write(lines.map((l) => Array.from(l).reverse().join("")).join("\n"));
  }
  return status;
});
