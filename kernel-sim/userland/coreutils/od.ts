// od(1): dump bytes as -t a|c|d|o|u|x|f[SIZE] (and the old -b -c -d -o -s -x -a), with -A
// address radix, -j skip, -N count, -w width, -v; repeated lines collapse to "*".

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { openInput, closeInput } from "../lib/input.ts";
import { concatBytes } from "../lib/text.ts";
import { parseCount } from "./head.ts";
import { formatFloat } from "./printf_format.ts";

interface Fmt {
  kind: "a" | "c" | "d" | "o" | "u" | "x" | "f";
  size: number;
  width: number; // field width (including the leading space)
  z?: boolean; // the "z" suffix: the line's bytes as text between > and <
}

const NAMES = ["nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel", "bs", "ht", "nl", "vt", "ff", "cr", "so", "si", "dle", "dc1", "dc2", "dc3", "dc4", "nak", "syn", "etb", "can", "em", "sub", "esc", "fs", "gs", "rs", "us", "sp"];
const C_ESC: Record<number, string> = { 0: "\\0", 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r" };

function fieldWidth(kind: Fmt["kind"], size: number): number {
  const bits = 8 * size;
  switch (kind) {
    case "a": case "c": return 4;
    case "x": return 2 * size + 1;
    case "o": return Math.ceil(bits / 3) + 1;
    case "u": return String(2n ** BigInt(bits) - 1n).length + 1;
    case "d": return String(-(2n ** BigInt(bits - 1))).length + 1;
    case "f": return size === 4 ? 16 : 25;
  }
}

export function parseType(s: string): Fmt[] | null {
  const out: Fmt[] = [];
  let i = 0;
  while (i < s.length) {
    const kind = s[i++] as Fmt["kind"];
    if (!"acdouxf".includes(kind)) return null;
    let size = kind === "a" || kind === "c" ? 1 : kind === "f" ? 8 : 4;
    const m = /^([0-9]+|[CSILFDL])/.exec(s.slice(i));
    if (m && kind !== "a" && kind !== "c") {
      const map: Record<string, number> = { C: 1, S: 2, I: 4, L: 8, F: 4, D: 8 };
      size = map[m[1]!] ?? Number(m[1]);
      i += m[1]!.length;
    }
    if (kind === "f" ? size !== 4 && size !== 8 : ![1, 2, 4, 8].includes(size)) return null;
    const z = s[i] === "z";
    if (z) i++;
    out.push({ kind, size, width: fieldWidth(kind, size), ...(z ? { z } : {}) });
  }
  return out;
}

function value(b: Uint8Array, off: number, f: Fmt): string {
  if (f.kind === "c") {
    const c = b[off]!;
    if (c in C_ESC) return C_ESC[c]!;
    if (c >= 32 && c < 127) return String.fromCharCode(c);
    return c.toString(8).padStart(3, "0");
  }
  if (f.kind === "a") {
    const c = b[off]! & 0x7f;
    return c <= 32 ? NAMES[c]! : c === 127 ? "del" : String.fromCharCode(c);
  }
  let v = 0n;
  for (let k = f.size - 1; k >= 0; k--) v = (v << 8n) | BigInt(b[off + k] ?? 0);
  if (f.kind === "f") {
    const dv = new DataView(new Uint8Array(b.subarray(off, off + f.size)).buffer);
    const x = f.size === 4 ? dv.getFloat32(0, true) : dv.getFloat64(0, true);
    return formatFloat(x, "g", f.size === 4 ? 8 : 17, false);
  }
  if (f.kind === "d" && v >= 1n << BigInt(8 * f.size - 1)) v -= 1n << BigInt(8 * f.size);
  if (f.kind === "x") return v.toString(16).padStart(2 * f.size, "0");
  if (f.kind === "o") return v.toString(8).padStart(Math.ceil((8 * f.size) / 3), "0");
  return v.toString();
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "A:j:N:t:w::vabcdfiloxsS:", [
    { name: "address-radix", has: 1, key: "A" },
    { name: "skip-bytes", has: 1, key: "j" },
    { name: "read-bytes", has: 1, key: "N" },
    { name: "format", has: 1, key: "t" },
    { name: "width", has: 2, key: "w" },
    { name: "output-duplicates", has: 0, key: "v" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: od [OPTION]... [FILE]...\nWrite an unambiguous representation, octal bytes by default,\nof FILE to standard output.\n", "Jim Meyering");
  if (hv !== null) return hv;
  let radix = "o";
  let skip = 0;
  let limit = Infinity;
  let width = 16;
  let dups = false;
  const fmts: Fmt[] = [];
  const old: Record<string, string> = { a: "a", b: "o1", c: "c", d: "u2", f: "fF", i: "dI", l: "dL", o: "o2", s: "d2", x: "x2" };
  for (const o of parsed.opts) {
    if (o.key === "A") {
      if (!/^[doxn]$/.test(o.arg!)) return usageError(p, `invalid output address radix '${o.arg}'; it must be one character from [doxn]`);
      radix = o.arg!;
    } else if (o.key === "j") skip = parseCount(o.arg!) ?? 0;
    else if (o.key === "N") limit = parseCount(o.arg!) ?? 0;
    else if (o.key === "w") width = o.arg ? Number(o.arg) : 32;
    else if (o.key === "v") dups = true;
    else if (o.key === "t") {
      const t = parseType(o.arg!);
      if (!t) return usageError(p, `invalid type string ${quote(o.arg!)}`);
      fmts.push(...t);
    } else if (o.key in old) fmts.push(...parseType(old[o.key]!)!);
  }
  if (fmts.length === 0) fmts.push(...parseType("o2")!);
  const files = parsed.operands.length ? parsed.operands : ["-"];
  const parts: Uint8Array[] = [];
  let status = 0;
  for (const f of files) {
    try {
      const fd = await openInput(p.sys, f);
      for (;;) {
        const b = await p.sys.read(fd, 65536);
        if (b.length === 0) break;
        parts.push(b);
      }
      closeInput(p.sys, fd);
    } catch (e) {
      await p.warn(`${quotef(f)}: ${errmsg(e)}`);
      status = 1;
    }
  }
  let data = parts.length ? concatBytes(parts) : new Uint8Array(0);
  data = data.subarray(Math.min(skip, data.length), Number.isFinite(limit) ? Math.min(data.length, skip + limit) : data.length);
  const perByte = Math.max(...fmts.map((f) => Math.ceil(f.width / f.size)));
  const addr = (n: number): string => (radix === "n" ? "" : radix === "d" ? String(n + skip).padStart(7, "0") : radix === "x" ? (n + skip).toString(16).padStart(6, "0") : (n + skip).toString(8).padStart(7, "0"));
  let out = "";
  let prev: string | null = null;
  let starred = false;
  for (let off = 0; off < data.length; off += width) {
    const chunk = data.subarray(off, off + width);
    let block = "";
    fmts.forEach((f, k) => {
      let line = k === 0 ? addr(off) : radix === "n" ? "" : " ".repeat(addr(off).length);
      for (let i = 0; i < chunk.length; i += f.size) {
        const padded = chunk.length - i < f.size ? concatBytes([chunk.subarray(i), new Uint8Array(f.size)]) : chunk;
        line += value(padded, chunk.length - i < f.size ? 0 : i, f).padStart(fmts.length === 1 ? f.width : perByte * f.size);
      }
      if (f.z) {
        const missing = Math.ceil(width / f.size) - Math.ceil(chunk.length / f.size);
        let text = "";
        for (const c of chunk) text += c >= 32 && c < 127 ? String.fromCharCode(c) : ".";
        line += " ".repeat(missing * (fmts.length === 1 ? f.width : perByte * f.size)) + "  >" + text + "<";
      }
      block += line + "\n";
    });
    const key = Array.from(chunk).join(",");
    if (!dups && prev === key && chunk.length === width) {
      if (!starred) out += "*\n";
      starred = true;
      continue;
    }
    starred = false;
    prev = key;
    out += block;
    if (out.length > 8192) {
      await p.out.write(out);
      out = "";
    }
  }
  if (radix !== "n") out += addr(data.length) + "\n";
  await p.out.write(out);
  return status;
});
