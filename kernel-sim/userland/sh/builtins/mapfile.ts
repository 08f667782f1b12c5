// mapfile / readarray [-t] [-n count] [-O origin] [-s skip] [-d delim] [-u fd] [array]: lines into
// an array (cleared first unless -O is given).

import type { Shell } from "../interp/shell.ts";
import { readAll } from "../../lib/stdio.ts";
import { shDecode } from "../bytes.ts";

export async function mapfile(sh: Shell, argv: string[]): Promise<number> {
  let strip = false;
  let count = 0;
  let skip = 0;
  let delim = "\n";
  let fd = 0;
  let origin = -1;
  let i = 1;
  for (; i < argv.length && argv[i]!.startsWith("-"); i++) {
    const a = argv[i]!;
    if (a === "-t") strip = true;
    else if (a === "-n") count = Number(argv[++i]);
    else if (a === "-s") skip = Number(argv[++i]);
    else if (a === "-d") delim = argv[++i] || "\0";
    else if (a === "-u") fd = Number(argv[++i]);
    else if (a === "-O") origin = Number(argv[++i]);
  }
  const name = argv[i] ?? "MAPFILE";
  const text = shDecode(await readAll(sh.sys, fd));
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const e = text.indexOf(delim, start);
    const end = e < 0 ? text.length : e + delim.length;
    let l = text.slice(start, end);
    if (strip && l.endsWith(delim)) l = l.slice(0, -delim.length);
    lines.push(l);
    start = end;
  }
  const sel = lines.slice(skip, count > 0 ? skip + count : undefined);
  if (origin < 0) sh.vars.setArray(name, sel);
  else sel.forEach((v, k) => sh.vars.setElem(name, origin + k, v));
  return 0;
}
