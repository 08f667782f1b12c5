// fold(1): wrap lines at -w WIDTH (default 80) columns; -s breaks after the last blank;
// -b counts bytes. Tabs advance to the next multiple of 8, backspace steps back.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { slurp } from "./textfiles.ts";

export function foldLine(line: string, width: number, spaces: boolean, bytes: boolean): string {
  let out = "";
  let cur = "";
  let col = 0;
  for (const ch of line) {
    const next = bytes ? col + 1 : ch === "\t" ? col + 8 - (col % 8) : ch === "\b" ? Math.max(0, col - 1) : ch === "\r" ? 0 : col + 1;
    if (next > width && cur.length > 0) {
      const sp = spaces ? Math.max(cur.lastIndexOf(" "), cur.lastIndexOf("\t")) : -1;
      if (sp >= 0) {
        out += cur.slice(0, sp + 1) + "\n";
        cur = cur.slice(sp + 1);
      } else {
        out += cur + "\n";
        cur = "";
      }
      col = 0;
      for (const c of cur) col = c === "\t" ? col + 8 - (col % 8) : col + 1;
      col = bytes ? cur.length : col;
      const n2 = bytes ? col + 1 : ch === "\t" ? col + 8 - (col % 8) : col + 1;
      cur += ch;
      col = n2;
      continue;
    }
    cur += ch;
    col = next;
  }
  return out + cur;
}

export default program(async (p) => {
  const args = p.argv.slice(1).map((a) => (/^-[0-9]+$/.test(a) ? "-w" + a.slice(1) : a));
  p.argv = [p.argv[0]!, ...args];
  const parsed = await parseOrUsage(p, "bsw:", [
    { name: "bytes", has: 0, key: "b" },
    { name: "spaces", has: 0, key: "s" },
    { name: "width", has: 1, key: "w" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: fold [OPTION]... [FILE]...\nWrap input lines in each FILE, writing to standard output.\n", "David MacKenzie");
  if (hv !== null) return hv;
  let width = 80;
  const k = new Set(parsed.opts.map((o) => o.key));
  for (const o of parsed.opts) if (o.key === "w") width = Number(o.arg);
  let status = 0;
  for (const f of parsed.operands.length ? parsed.operands : ["-"]) {
    const t = await slurp(p, f);
    if (t === null) {
      status = 1;
      continue;
    }
    await p.out.write(t.split("\n").map((l) => foldLine(l, width, k.has("s"), k.has("b"))).join("\n"));
  }
  return status;
});
