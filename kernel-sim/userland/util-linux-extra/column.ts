// column(1), util-linux 2.38, table mode: -t aligns the fields of every line in columns.
// Fields are split at runs of blanks, or with -s at each of the given characters (empty
// fields kept); each column is padded to its widest cell, joined by -o (two spaces), the
// last column unpadded; empty input lines are dropped. Without -t the lines pass through
// unchanged (the fill-columns modes -c/-x are not simulated).

import { program } from "../lib/main.ts";
import type { LongOpt } from "../lib/getopt.ts";
import { parseArgs, runTool, versionText } from "../util-linux/common.ts";
import { slurp, splitLines } from "../coreutils/textfiles.ts";

const LONGOPTS: readonly LongOpt[] = [
  { name: "table", has: 0, key: "t" },
  { name: "separator", has: 1, key: "s" },
  { name: "output-separator", has: 1, key: "o" },
  { name: "fillrows", has: 0, key: "x" },
  { name: "columns", has: 1, key: "c" },
  { name: "help", has: 0, key: "h" },
  { name: "version", has: 0, key: "V" },
];

const HELP =
  "\nUsage:\n column [options] [<file>...]\n\nColumnate lists.\n\nOptions:\n" +
  " -t, --table                      create a table\n" +
  " -s, --separator <string>         possible table delimiters\n" +
  " -o, --output-separator <string>  columns separator for table output (default is two spaces)\n" +
  " -c, --output-width <width>       width of output in number of characters\n" +
  " -x, --fillrows                   fill rows before columns\n" +
  " -h, --help                       display this help\n" +
  " -V, --version                    display version\n\nFor more details see column(1).\n";

function splitFields(line: string, seps: string | null): string[] {
  if (seps === null) return line.split(/[ \t]+/).filter((f) => f !== "");
  const out: string[] = [];
  let cur = "";
  for (const ch of line) {
    if (seps.includes(ch)) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export default program((p) =>
  runTool(async () => {
    const parsed = await parseArgs(p, "ts:o:xc:hV", LONGOPTS);
    let table = false;
    let seps: string | null = null;
    let osep = "  ";
    for (const o of parsed.opts) {
      if (o.key === "t") table = true;
      else if (o.key === "s") seps = o.arg!;
      else if (o.key === "o") osep = o.arg!;
      else if (o.key === "h") {
        await p.out.write(HELP);
        return 0;
      } else if (o.key === "V") {
        await p.out.write(versionText("column"));
        return 0;
      }
    }
    let status = 0;
    const lines: string[] = [];
    for (const f of parsed.operands.length ? parsed.operands : ["-"]) {
      const text = await slurp(p, f);
      if (text === null) {
        status = 1;
        continue;
      }
      lines.push(...splitLines(text));
    }
    if (!table) {
      await p.out.write(lines.map((l) => l + "\n").join(""));
      return status;
    }
    const rows = lines.filter((l) => l !== "").map((l) => splitFields(l, seps));
    const ncols = Math.max(0, ...rows.map((r) => r.length));
    const widths: number[] = new Array<number>(ncols).fill(0);
    for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i]!, Array.from(c).length)));
    let out = "";
    for (const r of rows) {
      let line = "";
      for (let i = 0; i < ncols; i++) {
        const c = r[i] ?? "";
        line += i === ncols - 1 ? c : c + " ".repeat(widths[i]! - Array.from(c).length) + osep;
      }
      out += line + "\n";
    }
    await p.out.write(out);
    return status;
  }),
);
