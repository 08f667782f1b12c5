// split(1): cut a file into pieces named PREFIX (x) + a suffix (aa, ab, ... or -d 00, 01):
// -l LINES, -b BYTES, -C BYTES (whole lines up to BYTES), -n CHUNKS (N, K/N, l/N, l/K/N);
// -a LENGTH, -d/-x (--numeric-suffixes=FROM, --hex-suffixes), --additional-suffix, -e,
// --verbose. Without -a the suffix widens as GNU's does (xyz, then xzaaa).

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { openInput, closeInput } from "../lib/input.ts";
import { readAll, writeAll } from "../lib/stdio.ts";
import { parseSize } from "./size_suffix.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";

const HELP = `Usage: split [OPTION]... [FILE [PREFIX]]
Output pieces of FILE to PREFIXaa, PREFIXab, ...;
default size is 1000 lines, and default PREFIX is 'x'.
`;

/** Makes the successive file names. */
class Suffixes {
  private n: number;
  private width: number;
  constructor(private readonly alphabet: string, width: number, start: number, private readonly fixed: boolean) {
    this.n = start;
    this.width = width;
  }
  /** The next suffix, or null when exhausted (only with a fixed width). */
  next(): string | null {
    const base = this.alphabet.length;
    let n = this.n++;
    let width = this.width;
    let lead = "";
    if (!this.fixed) {
      // Widen: the last first-letter value of each width becomes a prefix of wider names.
      for (;;) {
        const span = (base - 1) * base ** (width - 1);
        if (n < span) break;
        n -= span;
        lead += this.alphabet[base - 1];
        width++;
      }
    } else if (n >= base ** width) return null;
    let s = "";
    for (let i = 0; i < width; i++) {
      s = this.alphabet[n % base] + s;
      n = Math.floor(n / base);
    }
    return lead + s;
  }
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "0123456789C:a:b:del:n:t:ux", [
    { name: "suffix-length", has: 1, key: "a" },
    { name: "additional-suffix", has: 1, key: "additional-suffix" },
    { name: "bytes", has: 1, key: "b" },
    { name: "line-bytes", has: 1, key: "C" },
    { name: "elide-empty-files", has: 0, key: "e" },
    { name: "lines", has: 1, key: "l" },
    { name: "number", has: 1, key: "n" },
    { name: "numeric-suffixes", has: 2, key: "d" },
    { name: "hex-suffixes", has: 2, key: "x" },
    { name: "unbuffered", has: 0, key: "u" },
    { name: "separator", has: 1, key: "t" },
    { name: "verbose", has: 0, key: "verbose" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, HELP, "Torbjorn Granlund and Richard M. Stallman");
  if (hv !== null) return hv;
  let mode: "l" | "b" | "C" | "n" = "l";
  let size = 1000;
  let chunkSpec = "";
  let width = 2, widthSet = false, start = 0;
  let alphabet = "abcdefghijklmnopqrstuvwxyz";
  let extra = "", elide = false, verbose = false;
  let sep = -1; // -t: the record separator byte (newline when unset)
  for (const o of parsed.opts) {
    const a = o.arg ?? "";
    switch (o.key) {
      case "l": case "b": case "C": {
        const n = o.key === "l" ? (/^[0-9]+$/.test(a) ? Number(a) : null) : parseSize(a);
        const what = o.key === "l" ? "lines" : "bytes";
        if (n === null) {
          await p.warn(`invalid number of ${what}: ${quote(a)}`);
          return 1;
        }
        if (n === 0) {
          await p.warn(`invalid number of ${what}: ${quote(a)}: Numerical result out of range`);
          return 1;
        }
        mode = o.key;
        size = n;
        break;
      }
      case "n": mode = "n"; chunkSpec = a; break;
      case "a": width = Number(a); widthSet = true; break;
      case "d": case "x":
        alphabet = o.key === "d" ? "0123456789" : "0123456789abcdef";
        start = o.arg ? parseInt(o.arg, o.key === "d" ? 10 : 16) : 0;
        break;
      case "e": elide = true; break;
      case "additional-suffix": extra = a; break;
      case "verbose": verbose = true; break;
      case "t": {
        const b = a === "\\0" ? new Uint8Array([0]) : new TextEncoder().encode(a);
        if (b.length === 0) return p.warn("empty record separator").then(() => 1);
        if (b.length > 1) return p.warn(`multi-character separator ${quote(a)}`).then(() => 1);
        if (sep >= 0 && sep !== b[0]) return p.warn("multiple separator characters specified").then(() => 1);
        sep = b[0]!;
        break;
      }
    }
  }
  const ops = parsed.operands;
  if (ops.length > 2) return usageError(p, `extra operand ${quote(ops[2]!)}`);
  const file = ops[0] ?? "-";
  const prefix = ops[1] ?? "x";
  let data: Uint8Array;
  try {
    const fd = await openInput(p.sys, file);
    try {
      data = await readAll(p.sys, fd);
    } finally {
      closeInput(p.sys, fd);
    }
  } catch (e) {
    await p.warn(`cannot open ${quote(file)} for reading: ${errmsg(e)}`);
    return 1;
  }
  // With a FROM for -d, the width must hold it; without -a a chunk count sets it.
  const names = new Suffixes(alphabet, width, start, widthSet || mode === "n" || start > 0);
  const write = async (bytes: Uint8Array): Promise<boolean> => {
    const s = names.next();
    if (s === null) {
      await p.warn("output file suffixes exhausted");
      return false;
    }
    const name = prefix + s + extra;
    if (verbose) await p.out.write(`creating file ${quote(name)}\n`);
    const fd = await p.sys.open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
    await writeAll(p.sys, fd, bytes);
    p.sys.close(fd);
    return true;
  };
  const pieces = cut(data, mode, size, chunkSpec, sep < 0 ? 10 : sep);
  if (typeof pieces === "string") {
    await p.warn(pieces);
    return 1;
  }
  if (pieces.stdout) {
    await p.out.writeBytes(pieces.stdout);
    return 0;
  }
  if (mode === "n" && !widthSet) {
    // -n N: enough letters for N names from the start.
    const needed = pieces.list.length;
    let w = width;
    while (alphabet.length ** w < needed + start) w++;
    Object.assign(names, new Suffixes(alphabet, w, start, true));
  }
  try {
    for (const b of pieces.list) {
      if (elide && b.length === 0) continue;
      if (!(await write(b))) return 1;
    }
  } catch (e) {
    await p.warn(errmsg(e));
    return 1;
  }
  return 0;
});

interface Pieces {
  list: Uint8Array[];
  /** -n K/N: the one chunk for stdout. */
  stdout?: Uint8Array;
}

function lineEnds(data: Uint8Array, sep: number): number[] {
  const ends: number[] = [];
  for (let i = 0; i < data.length; i++) if (data[i] === sep) ends.push(i + 1);
  if (ends[ends.length - 1] !== data.length && data.length > 0) ends.push(data.length);
  return ends;
}

function cut(data: Uint8Array, mode: string, size: number, spec: string, sep: number): Pieces | string {
  const list: Uint8Array[] = [];
  if (mode === "b") {
    for (let i = 0; i < data.length; i += size) list.push(data.subarray(i, i + size));
    return { list };
  }
  if (mode === "l" || mode === "C") {
    let startAt = 0, lines = 0;
    let prev = 0;
    for (const end of lineEnds(data, sep)) {
      if (mode === "l") {
        if (++lines === size) {
          list.push(data.subarray(startAt, end));
          startAt = end;
          lines = 0;
        }
      } else {
        if (end - startAt > size && prev > startAt) {
          list.push(data.subarray(startAt, prev));
          startAt = prev;
        }
        while (end - startAt > size) {
          list.push(data.subarray(startAt, startAt + size));
          startAt += size;
        }
      }
      prev = end;
    }
    if (startAt < data.length) list.push(data.subarray(startAt));
    return { list };
  }
  const m = /^(?:(l|r)\/)?(?:([0-9]+)\/)?([0-9]+)$/.exec(spec);
  if (!m) return `invalid number of chunks: ${quote(spec)}`;
  const n = Number(m[3]);
  const k = m[2] !== undefined ? Number(m[2]) : 0;
  if (n === 0) return `invalid number of chunks: ${quote(spec)}: Numerical result out of range`;
  if (m[2] !== undefined && (k === 0 || k > n)) return `invalid chunk number: ${quote(m[2])}`;
  const len = data.length;
  const chunkSize = Math.max(1, Math.floor(len / n));
  const bounds: [number, number][] = [];
  if (m[1] === "l") {
    // A line goes to the chunk its first byte falls in (so lines stay whole).
    for (let i = 0; i < n; i++) bounds.push([0, 0]);
    let at = 0;
    let cur = 0;
    for (const end of lineEnds(data, sep)) {
      const c = Math.min(n - 1, Math.floor(at / chunkSize));
      while (cur < c) {
        bounds[cur] = [bounds[cur]![0], at];
        cur++;
        bounds[cur] = [at, at];
      }
      at = end;
    }
    bounds[cur] = [bounds[cur]![0], at];
    for (let i = cur + 1; i < n; i++) bounds[i] = [at, at];
  } else {
    for (let i = 0; i < n; i++) bounds.push([Math.min(len, i * chunkSize), i === n - 1 ? len : Math.min(len, (i + 1) * chunkSize)]);
  }
  if (k) {
    const [a, b] = bounds[k - 1]!;
    return { list: [], stdout: data.subarray(a, b) };
  }
  for (const [a, b] of bounds) list.push(data.subarray(a, b));
  return { list };
}
