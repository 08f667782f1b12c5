// unexpand(1): blanks to tabs where a run of them reaches a tab stop; only leading blanks
// unless -a (which -t implies; --first-only undoes it). As coreutils does, a single space
// just before a stop stays a space unless more blanks follow it.

import { gnuProgram as program } from "../lib/gnu.ts";
import type { Proc } from "../lib/main.ts";
import { quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { LineReader, openInput, closeInput } from "../lib/input.ts";
import { nextTabStop, parseTabStops, type TabStops } from "./tabstops.ts";

/** Run body over a LineReader of each operand ("-" or none: stdin); 1 if one could not be read. */
export async function openEach(p: Proc, files: string[], body: (r: LineReader) => Promise<void>): Promise<number> {
  let status = 0;
  for (const f of files.length ? files : ["-"]) {
    let fd: number;
    try {
      fd = await openInput(p.sys, f);
    } catch (e) {
      await p.warn(`${quotef(f)}: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    try {
      await body(new LineReader(p.sys, fd));
    } catch (e) {
      await p.warn(`${quotef(f)}: ${errmsg(e)}`);
      status = 1;
    } finally {
      closeInput(p.sys, fd);
    }
  }
  return status;
}

/** The obsolete "-8" / "-4,8" spelling of -t. */
export function obsoleteTabs(argv: string[]): string[] {
  return argv.map((a, i) => (i > 0 && /^-[0-9][0-9,]*$/.test(a) ? "-t" + a.slice(1) : a));
}

export function unexpandLine(line: string, t: TabStops, all: boolean): string {
  let out = "";
  let col = 0;
  let pending = "";
  let convert = true;
  let heldSpace = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    const blank = c === " " || c === "\t";
    if (convert && blank) {
      const next = nextTabStop(t, col);
      if (next < 0) {
        convert = false;
      } else {
        if (heldSpace) {
          // The lone space before the stop is followed by a blank: it becomes the tab.
          out += "\t";
          heldSpace = false;
        }
        pending += c;
        col = c === "\t" ? next : col + 1;
        if (col === next) {
          if (pending === " ") heldSpace = true;
          else out += "\t";
          pending = "";
        }
        continue;
      }
    }
    if (heldSpace) out += " ";
    heldSpace = false;
    out += pending + c;
    pending = "";
    if (c === "\b") col = Math.max(0, col - 1);
    else if (c === "\t") {
      const next = nextTabStop(t, col);
      col = next < 0 ? col + 1 : next;
    } else col++;
    if (!blank && !all) convert = false;
  }
  return out + (heldSpace ? " " : "") + pending;
}

export default program(async (p) => {
  p.argv = obsoleteTabs(p.argv);
  const parsed = await parseOrUsage(p, "at:", [
    { name: "all", has: 0, key: "a" },
    { name: "first-only", has: 0, key: "first-only" },
    { name: "tabs", has: 1, key: "t" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: unexpand [OPTION]... [FILE]...\nConvert blanks in each FILE to tabs, writing to standard output.\n", "David MacKenzie");
  if (hv !== null) return hv;
  const targs = parsed.opts.filter((o) => o.key === "t").map((o) => o.arg!);
  const stops = parseTabStops(targs);
  if (typeof stops === "string") {
    await p.warn(stops);
    return 1;
  }
  let all = parsed.opts.some((o) => o.key === "a") || targs.length > 0;
  if (parsed.opts.some((o) => o.key === "first-only")) all = false;
  return openEach(p, parsed.operands, async (r) => {
    for (let b = await r.batch(); b; b = await r.batch()) {
      let out = "";
      for (let i = 0; i < b.length; i++) out += unexpandLine(b[i]!, stops, all) + (r.lastHadNewline || i < b.length - 1 ? "\n" : "");
      await p.out.write(out);
    }
  });
});
