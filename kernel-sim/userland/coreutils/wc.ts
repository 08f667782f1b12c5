// wc(1): lines, words, bytes (-l -w -c), characters (-m), longest line (-L); a total for
// several files. Column width as GNU: the digits of the largest count (at least 7 when
// reading a pipe or standard input), one column alone printed unpadded.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { openInput, closeInput } from "../lib/input.ts";
import { S_ISREG } from "../../uapi/stat.ts";

export interface Counts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
  maxLine: number;
}

/** Counts over a byte stream, fed chunk by chunk. */
export class Counter {
  /** In the C/POSIX locale a character is a byte (-m equals -c). */
  constructor(private readonly utf8 = true) {}
  c: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLine: 0 };
  private inWord = false;
  private col = 0;
  /** Count only lines and bytes (wc -l, wc -c): newlines found with indexOf, not byte by byte. */
  linesOnly = false;
  feed(b: Uint8Array): void {
    const c = this.c;
    if (this.linesOnly) {
      c.bytes += b.length;
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) c.lines++;
      return;
    }
    c.bytes += b.length;
    for (let i = 0; i < b.length; i++) {
      const x = b[i]!;
      if (!this.utf8 || (x & 0xc0) !== 0x80) c.chars++;
      if (x === 10) {
        c.lines++;
        if (this.col > c.maxLine) c.maxLine = this.col;
        this.col = 0;
      } else if (x === 9) this.col = (this.col + 8) & ~7;
      else if ((x & 0xc0) !== 0x80) this.col++;
      const space = x === 32 || (x >= 9 && x <= 13);
      if (space) this.inWord = false;
      else if (!this.inWord) {
        this.inWord = true;
        c.words++;
      }
    }
  }
  end(): Counts {
    if (this.col > this.c.maxLine) this.c.maxLine = this.col;
    return this.c;
  }
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "clLmw", [
    { name: "bytes", has: 0, key: "c" },
    { name: "chars", has: 0, key: "m" },
    { name: "lines", has: 0, key: "l" },
    { name: "words", has: 0, key: "w" },
    { name: "max-line-length", has: 0, key: "L" },
    { name: "files0-from", has: 1, key: "files0" },
    { name: "total", has: 1, key: "total" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: wc [OPTION]... [FILE]...\n  or:  wc [OPTION]... --files0-from=F\nPrint newline, word, and byte counts for each FILE, and a total line if\nmore than one FILE is specified.\n", "Paul Rubin and David MacKenzie");
  if (hv !== null) return hv;
  const k = new Set(parsed.opts.map((o) => o.key));
  const totalMode = parsed.opts.find((o) => o.key === "total")?.arg ?? "auto";
  if (!k.has("c") && !k.has("l") && !k.has("w") && !k.has("m") && !k.has("L")) ["l", "w", "c"].forEach((x) => k.add(x));
  const files = parsed.operands.length ? parsed.operands : ["-"];
  const sys = p.sys;
  const results: { name: string; c: Counts }[] = [];
  let status = 0;
  let minWidth = 1;
  let sizeSum = 0;
  for (const f of files) {
    let fd: number;
    try {
      fd = await openInput(sys, f);
    } catch (e) {
      results.push({ name: "\0error\0" + `${quotef(f)}: ${errmsg(e)}`, c: null as unknown as Counts });
      status = 1;
      continue;
    }
    try {
      const st = sys.fstat(fd);
      if (S_ISREG(st.mode)) sizeSum += st.size;
      else minWidth = 7;
    } catch {
      minWidth = 7;
    }
    const counter = new Counter(/utf-?8/i.test(p.getenv("LC_ALL") || p.getenv("LC_CTYPE") || p.getenv("LANG") || ""));
    counter.linesOnly = !k.has("w") && !k.has("m") && !k.has("L");
    try {
      for (;;) {
        const b = await sys.read(fd, 65536);
        if (b.length === 0) break;
        counter.feed(b);
      }
      results.push({ name: f === "-" && parsed.operands.length === 0 ? "" : f, c: counter.end() });
    } catch (e) {
      results.push({ name: "\0error\0" + `${quotef(f)}: ${errmsg(e)}`, c: null as unknown as Counts });
      status = 1;
    }
    closeInput(sys, fd);
  }
  const ok = results.filter((r) => r.c);
  const total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLine: 0 };
  for (const r of ok) {
    total.lines += r.c.lines;
    total.words += r.c.words;
    total.chars += r.c.chars;
    total.bytes += r.c.bytes;
    total.maxLine = Math.max(total.maxLine, r.c.maxLine);
  }
  const showTotal = totalMode === "always" || (totalMode === "auto" && files.length > 1);
  const only = totalMode === "only";
  const nCols = ["l", "w", "m", "c", "L"].filter((x) => k.has(x)).length;
  // GNU sizes the columns from the total byte size of regular files (and 7 for pipes).
  let width = Math.max(minWidth, String(Math.max(sizeSum, total.bytes, total.lines, total.words)).length);
  if (nCols === 1 && files.length === 1 && !showTotal) width = 1;
  if (only) width = 1;
  const line = (c: Counts, name: string): string => {
    const v: number[] = [];
    if (k.has("l")) v.push(c.lines);
    if (k.has("w")) v.push(c.words);
    if (k.has("m")) v.push(c.chars);
    if (k.has("c")) v.push(c.bytes);
    if (k.has("L")) v.push(c.maxLine);
    return v.map((x) => String(x).padStart(width)).join(" ") + (name ? " " + name : "") + "\n";
  };
  for (const r of results) {
    if (!r.c) {
      await p.warn(r.name.slice(7));
      continue;
    }
    if (!only) await p.out.write(line(r.c, r.name));
  }
  if (showTotal || only) await p.out.write(line(total, only ? "" : "total"));
  return status;
});
