// expand(1): tabs to spaces (-t stops, -i only the leading ones). A tab past the last stop
// of a list becomes one space; a backspace moves back a column.

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { LineReader } from "../lib/input.ts";
import { nextTabStop, parseTabStops } from "./tabstops.ts";
import { openEach, obsoleteTabs } from "./unexpand.ts";

export function expandLine(line: string, stops: ReturnType<typeof parseTabStops> & object, initial: boolean): string {
  let out = "";
  let col = 0;
  let convert = true;
  for (const c of line) {
    if (c === "\t" && convert) {
      const next = nextTabStop(stops, col);
      const to = next < 0 ? col + 1 : next;
      out += " ".repeat(to - col);
      col = to;
      continue;
    }
    if (c === "\b") col = Math.max(0, col - 1);
    else col++;
    if (initial && c !== " " && c !== "\t") convert = false;
    out += c;
  }
  return out;
}

export default program(async (p) => {
  p.argv = obsoleteTabs(p.argv);
  const parsed = await parseOrUsage(p, "it:", [{ name: "initial", has: 0, key: "i" }, { name: "tabs", has: 1, key: "t" }, ...STD_LONGOPTS]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: expand [OPTION]... [FILE]...\nConvert tabs in each FILE to spaces, writing to standard output.\n", "David MacKenzie");
  if (hv !== null) return hv;
  const stops = parseTabStops(parsed.opts.filter((o) => o.key === "t").map((o) => o.arg!));
  if (typeof stops === "string") {
    await p.warn(stops);
    return 1;
  }
  const initial = parsed.opts.some((o) => o.key === "i");
  return openEach(p, parsed.operands, async (r: LineReader) => {
    for (let b = await r.batch(); b; b = await r.batch()) {
      let out = "";
      for (let i = 0; i < b.length; i++) out += expandLine(b[i]!, stops, initial) + (r.lastHadNewline || i < b.length - 1 ? "\n" : "");
      await p.out.write(out);
    }
  });
});
