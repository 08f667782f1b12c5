// nl(1): number lines: -b a|t|n (body style, default t: non-empty), -n ln|rn|rz, -w N,
// -s SEP, -v START, -i INCR. Unnumbered lines get width+sep blanks, as GNU.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { slurp, splitLines } from "./textfiles.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "b:d:f:h:i:l:n:ps:v:w:", [
    { name: "body-numbering", has: 1, key: "b" },
    { name: "number-format", has: 1, key: "n" },
    { name: "number-width", has: 1, key: "w" },
    { name: "number-separator", has: 1, key: "s" },
    { name: "starting-line-number", has: 1, key: "v" },
    { name: "line-increment", has: 1, key: "i" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: nl [OPTION]... [FILE]...\nWrite each FILE to standard output, with line numbers added.\n", "Scott Bartram and David MacKenzie");
  if (hv !== null) return hv;
  let style = "t";
  let fmt = "rn";
  let width = 6;
  let sep = "\t";
  let n = 1;
  let incr = 1;
  for (const o of parsed.opts) {
    if (o.key === "b") style = o.arg!;
    else if (o.key === "n") fmt = o.arg!;
    else if (o.key === "w") width = Number(o.arg);
    else if (o.key === "s") sep = o.arg!;
    else if (o.key === "v") n = Number(o.arg);
    else if (o.key === "i") incr = Number(o.arg);
  }
  let status = 0;
  let out = "";
  for (const f of parsed.operands.length ? parsed.operands : ["-"]) {
    const t = await slurp(p, f);
    if (t === null) {
      status = 1;
      continue;
    }
    for (const l of splitLines(t)) {
      const number = style === "a" || (style === "t" && l !== "") || (style.startsWith("p") && new RegExp(style.slice(1)).test(l));
      if (!number) {
        out += " ".repeat(width + sep.length) + l + "\n";
        continue;
      }
      const s = String(n);
      const num = fmt === "ln" ? s.padEnd(width) : fmt === "rz" ? s.padStart(width, "0") : s.padStart(width);
      out += num + sep + l + "\n";
      n += incr;
    }
  }
  await p.out.write(out);
  return status;
});
