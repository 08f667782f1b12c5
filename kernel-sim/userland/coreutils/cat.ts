// cat(1), GNU coreutils. Without formatting options it copies bytes as they come (one read,
// one write per 64 KiB); with -n/-b/-s/-v/-E/-T it formats line by line, numbering across files.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { openInput, closeInput } from "../lib/input.ts";
import { writeAll } from "../lib/stdio.ts";

const LONGOPTS = [
  { name: "show-all", has: 0 as const, key: "A" },
  { name: "number-nonblank", has: 0 as const, key: "b" },
  { name: "show-ends", has: 0 as const, key: "E" },
  { name: "number", has: 0 as const, key: "n" },
  { name: "squeeze-blank", has: 0 as const, key: "s" },
  { name: "show-tabs", has: 0 as const, key: "T" },
  { name: "show-nonprinting", has: 0 as const, key: "v" },
  ...STD_LONGOPTS,
];

interface Fmt {
  number: boolean;
  nonblank: boolean;
  ends: boolean;
  squeeze: boolean;
  tabs: boolean;
  nonprinting: boolean;
}

/** State carried across files: line number, whether at line start, blank-line run. */
export class CatFormatter {
  line = 0;
  atStart = true;
  blanks = 0;
  constructor(private readonly f: Fmt) {}

  /** Format a chunk of bytes into output bytes. */
  format(b: Uint8Array): Uint8Array {
    const out: number[] = [];
    const f = this.f;
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (this.atStart) {
        if (c === 10) {
          this.blanks++;
          if (f.squeeze && this.blanks > 1) continue;
        } else this.blanks = 0;
        if (f.number && !(f.nonblank && c === 10)) pushStr(out, String(++this.line).padStart(6) + "\t");
        this.atStart = false;
      }
      if (c === 10) {
        if (f.ends) out.push(36);
        out.push(10);
        this.atStart = true;
        continue;
      }
      if (c === 9) {
        if (f.tabs) out.push(94, 73);
        else out.push(9);
        continue;
      }
      if (f.nonprinting) {
        let x = c;
        if (x >= 128) {
          out.push(77, 45); // "M-"
          x -= 128;
        }
        if (x < 32) out.push(94, x + 64);
        else if (x === 127) out.push(94, 63);
        else out.push(x);
      } else out.push(c);
    }
    return Uint8Array.from(out);
  }
}

function pushStr(out: number[], s: string): void {
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "AbeEnstTuv", LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: cat [OPTION]... [FILE]...\nConcatenate FILE(s) to standard output.\n", "Torbjorn Granlund and Richard M. Stallman");
  if (hv !== null) return hv;
  const f: Fmt = { number: false, nonblank: false, ends: false, squeeze: false, tabs: false, nonprinting: false };
  for (const o of parsed.opts) {
    switch (o.key) {
      case "A": f.nonprinting = f.ends = f.tabs = true; break;
      case "b": f.number = f.nonblank = true; break;
      case "e": f.nonprinting = f.ends = true; break;
      case "E": f.ends = true; break;
      case "n": f.number = true; break;
      case "s": f.squeeze = true; break;
      case "t": f.nonprinting = f.tabs = true; break;
      case "T": f.tabs = true; break;
      case "v": f.nonprinting = true; break;
    }
  }
  const plain = !f.number && !f.ends && !f.squeeze && !f.tabs && !f.nonprinting;
  const fmt = new CatFormatter(f);
  const files = parsed.operands.length ? parsed.operands : ["-"];
  let status = 0;
  const sys = p.sys;
  for (const file of files) {
    let fd: number;
    try {
      fd = await openInput(sys, file);
    } catch (e) {
      await p.warn(`${quotef(file)}: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    try {
      for (;;) {
        const b = await sys.read(fd, 65536);
        if (b.length === 0) break;
        try {
          await writeAll(sys, 1, plain ? b : fmt.format(b));
        } catch (e) {
          // GNU cat dies on a failed write: "cat: write error: ...", no more files.
          await p.err.write(`${p.name}: write error: ${errmsg(e)}\n`);
          return 1;
        }
      }
    } catch (e) {
      await p.warn(`${quotef(file)}: ${errmsg(e)}`);
      status = 1;
    } finally {
      closeInput(sys, fd);
    }
  }
  return status;
});
