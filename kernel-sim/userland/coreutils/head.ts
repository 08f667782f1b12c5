// head(1): the first 10 lines, -n [-]N lines, -c [-]N bytes, ==> headers for several files.

import { gnuProgram as program } from "../lib/gnu.ts";
import type { Proc } from "../lib/main.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { openInput, closeInput } from "../lib/input.ts";
import { writeAll } from "../lib/stdio.ts";
import type { Sys } from "../lib/sys.ts";

/** A failed write to stdout: head stops with "error writing 'standard output'". */
class WriteError {
  constructor(readonly cause: unknown) {}
}

async function put(sys: Sys, data: Uint8Array | string): Promise<void> {
  try {
    await writeAll(sys, 1, data);
  } catch (e) {
    throw new WriteError(e);
  }
}
import { concatBytes } from "../lib/text.ts";

/** A count with GNU's multiplier suffixes (b, K, KB, M, MB, ...); null if invalid. */
export function parseCount(s: string): number | null {
  const m = /^([0-9]+)(b|[KMGTPE](?:iB|B)?|kB)?$/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  const suf = m[2];
  if (!suf) return n;
  if (suf === "b") return n * 512;
  const pow = "KMGTPE".indexOf(suf[0]!.toUpperCase()) + 1;
  return n * (suf.endsWith("B") && !suf.endsWith("iB") ? 1000 : 1024) ** pow;
}

/** Rewrite obsolete "-5" / "-5c" into "-n 5" / "-c 5" (first argument only, as GNU). */
export function obsoleteCount(args: string[]): string[] {
  const m = /^-([0-9]+)([bkmcl]?)([qv]?)$/.exec(args[0] ?? "");
  if (!m) return args;
  const unit = m[2] === "c" || m[2] === "b" || m[2] === "k" || m[2] === "m" ? "-c" : "-n";
  const mult = m[2] === "b" ? "b" : m[2] === "k" ? "K" : m[2] === "m" ? "M" : "";
  return [unit, m[1]! + mult, ...(m[3] ? ["-" + m[3]] : []), ...args.slice(1)];
}

async function readAllFd(p: Proc, fd: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (;;) {
    const b = await p.sys.read(fd, 65536);
    if (b.length === 0) break;
    parts.push(b);
  }
  return concatBytes(parts.length ? parts : [new Uint8Array(0)]);
}

async function head(p: Proc, fd: number, lines: boolean, n: number, elide: boolean): Promise<void> {
  const sys = p.sys;
  if (elide) {
    // All but the last n: needs the whole input.
    const all = await readAllFd(p, fd);
    let end = all.length;
    if (lines) {
      const ends: number[] = [];
      for (let i = 0; i < all.length; i++) if (all[i] === 10) ends.push(i + 1);
      if (all.length && all[all.length - 1] !== 10) ends.push(all.length);
      const keep = ends.length - n;
      end = keep > 0 ? ends[keep - 1]! : 0;
    } else end = Math.max(0, all.length - n);
    await put(sys, all.subarray(0, end));
    return;
  }
  let left = n;
  while (left > 0) {
    const b = await sys.read(fd, 65536);
    if (b.length === 0) break;
    if (!lines) {
      const part = b.subarray(0, Math.min(left, b.length));
      left -= part.length;
      await put(sys, part);
      continue;
    }
    let i = 0;
    for (; i < b.length && left > 0; i++) if (b[i] === 10) left--;
    await put(sys, b.subarray(0, i));
  }
}

export default program(async (p) => {
  p.argv = [p.argv[0]!, ...obsoleteCount(p.argv.slice(1))];
  const parsed = await parseOrUsage(p, "c:n:qvz", [
    { name: "bytes", has: 1, key: "c" },
    { name: "lines", has: 1, key: "n" },
    { name: "quiet", has: 0, key: "q" },
    { name: "silent", has: 0, key: "q" },
    { name: "verbose", has: 0, key: "v" },
    { name: "zero-terminated", has: 0, key: "z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: head [OPTION]... [FILE]...\nPrint the first 10 lines of each FILE to standard output.\n", "David MacKenzie and Jim Meyering");
  if (hv !== null) return hv;
  let lines = true;
  let n = 10;
  let elide = false;
  let headers: boolean | null = null;
  for (const o of parsed.opts) {
    if (o.key === "c" || o.key === "n") {
      lines = o.key === "n";
      const a = o.arg!;
      elide = a.startsWith("-");
      const v = parseCount(a.replace(/^[-+]/, ""));
      if (v === null) {
        await p.warn(`invalid number of ${lines ? "lines" : "bytes"}: ${quote(a)}`);
        return 1;
      }
      n = v;
    } else if (o.key === "q") headers = false;
    else if (o.key === "v") headers = true;
  }
  const files = parsed.operands.length ? parsed.operands : ["-"];
  const show = headers ?? files.length > 1;
  let status = 0;
  let first = true;
  for (const f of files) {
    let fd: number;
    try {
      fd = await openInput(p.sys, f);
    } catch (e) {
      await p.warn(`cannot open ${quote(f)} for reading: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    if (show) await put(p.sys, `${first ? "" : "\n"}==> ${f === "-" ? "standard input" : f} <==\n`);
    first = false;
    try {
      await head(p, fd, lines, n, elide);
    } catch (e) {
      if (e instanceof WriteError) {
        await p.warn(`error writing 'standard output': ${errmsg(e.cause)}`);
        return 1;
      }
      await p.warn(`error reading ${quote(f)}: ${errmsg(e)}`);
      status = 1;
    }
    closeInput(p.sys, fd);
  }
  return status;
});
