// tr(1): translate (SET1 -> SET2, the last of SET2 repeated), -d delete, -s squeeze,
// -c/-C complement, -t truncate SET1. Sets: ranges a-z, escapes \n \\ \NNN, classes
// [:alpha:] etc., [c*n] repeats, [=c=]. Works on bytes (the C locale).

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { writeAll } from "../lib/stdio.ts";

const CLASSES: Record<string, (c: number) => boolean> = {
  alnum: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  blank: (c) => c === 32 || c === 9,
  cntrl: (c) => c < 32 || c === 127,
  digit: (c) => c >= 48 && c <= 57,
  graph: (c) => c > 32 && c < 127,
  lower: (c) => c >= 97 && c <= 122,
  print: (c) => c >= 32 && c < 127,
  punct: (c) => c > 32 && c < 127 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)),
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  upper: (c) => c >= 65 && c <= 90,
  xdigit: (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

/** Expand a set to its byte list; repeat "[c*]" is marked by -1 followed by the byte. */
export function expandSet(s: string): number[] | string {
  const out: number[] = [];
  const esc = (i: number): [number, number] => {
    const c = s[i + 1];
    if (c === undefined) return [92, 1];
    const map: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92 };
    if (c in map) return [map[c]!, 2];
    const m = /^[0-7]{1,3}/.exec(s.slice(i + 1));
    if (m) return [parseInt(m[0], 8) & 0xff, 1 + m[0].length];
    return [c.charCodeAt(0), 2];
  };
  let i = 0;
  const one = (): number => {
    if (s[i] === "\\") {
      const [v, n] = esc(i);
      i += n;
      return v;
    }
    return s.charCodeAt(i++);
  };
  while (i < s.length) {
    const cls = /^\[:([a-z]+):\]/.exec(s.slice(i));
    if (cls) {
      const f = CLASSES[cls[1]!];
      if (!f) return `invalid character class ${quote(cls[1]!)}`;
      for (let c = 0; c < 256; c++) if (f(c)) out.push(c);
      i += cls[0].length;
      continue;
    }
    const eq = /^\[=(.)=\]/.exec(s.slice(i));
    if (eq) {
      out.push(eq[1]!.charCodeAt(0));
      i += eq[0].length;
      continue;
    }
    const rep = /^\[(\\?.)\*([0-9]*)\]/.exec(s.slice(i));
    if (rep) {
      const ch = rep[1]!.length === 2 ? esc(0 + 0)[0] : rep[1]!.charCodeAt(0);
      const n = rep[2] ? parseInt(rep[2], rep[2].startsWith("0") ? 8 : 10) : 0;
      if (n === 0) out.push(-1, ch);
      else for (let k = 0; k < n; k++) out.push(ch);
      i += rep[0].length;
      continue;
    }
    const a = one();
    if (s[i] === "-" && i + 1 < s.length) {
      i++;
      const b = one();
      if (b < a) return `range-endpoints of '${String.fromCharCode(a)}-${String.fromCharCode(b)}' are in reverse collating sequence order`;
      for (let c = a; c <= b; c++) out.push(c);
      continue;
    }
    out.push(a);
  }
  return out;
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "cCdst", [
    { name: "complement", has: 0, key: "c" },
    { name: "delete", has: 0, key: "d" },
    { name: "squeeze-repeats", has: 0, key: "s" },
    { name: "truncate-set1", has: 0, key: "t" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: tr [OPTION]... STRING1 [STRING2]\nTranslate, squeeze, and/or delete characters from standard input,\nwriting to standard output.\n", "Jim Meyering");
  if (hv !== null) return hv;
  const k = new Set(parsed.opts.map((o) => (o.key === "C" ? "c" : o.key)));
  const ops = parsed.operands;
  const del = k.has("d");
  const squeeze = k.has("s");
  const translate = !del && ops.length >= 2;
  if (ops.length === 0) return usageError(p, "missing operand");
  if (!del && !squeeze && ops.length < 2) return usageError(p, `missing operand after ${quote(ops[0]!)}\nTwo strings must be given when translating.`);
  if (del && !squeeze && ops.length > 1) return usageError(p, `extra operand ${quote(ops[1]!)}\nOnly one string may be given when deleting without squeezing repeats.`);
  if (ops.length > 2) return usageError(p, `extra operand ${quote(ops[2]!)}`);
  const s1 = expandSet(ops[0]!);
  if (typeof s1 === "string") {
    await p.warn(s1);
    return 1;
  }
  let set1 = s1.filter((c) => c >= 0);
  if (k.has("c")) {
    const inSet = new Set(set1);
    set1 = [];
    for (let c = 0; c < 256; c++) if (!inSet.has(c)) set1.push(c);
  }
  const in1 = new Uint8Array(256);
  for (const c of set1) in1[c] = 1;
  const map = new Int16Array(256).map((_, i) => i);
  let squeezeSet = in1;
  if (translate) {
    const bad = classCheck(ops[0]!, ops[1]!, k.has("c"));
    if (bad) {
      await p.warn(bad);
      return 1;
    }
  }
  if (translate || (squeeze && ops.length === 2)) {
    const s2r = expandSet(ops[1]!);
    if (typeof s2r === "string") {
      await p.warn(s2r);
      return 1;
    }
    // [c*] fills SET2 up to SET1's length.
    let s2: number[] = [];
    for (let i = 0; i < s2r.length; i++) {
      if (s2r[i] === -1) {
        const fill = Math.max(0, set1.length - (s2r.length - 2 - countRepeats(s2r)));
        for (let n = 0; n < fill; n++) s2.push(s2r[i + 1]!);
        i++;
      } else s2.push(s2r[i]!);
    }
    if (translate) {
      if (s2.length === 0) {
        await p.warn("when not truncating set1, string2 must be non-empty");
        return 1;
      }
      if (k.has("t")) set1 = set1.slice(0, s2.length);
      else while (s2.length < set1.length) s2.push(s2[s2.length - 1]!);
      for (let i = 0; i < set1.length; i++) map[set1[i]!] = s2[i]!;
    }
    squeezeSet = new Uint8Array(256);
    for (const c of s2) squeezeSet[c] = 1;
  }
  const sys = p.sys;
  let last = -1;
  for (;;) {
    const b = await sys.read(0, 65536);
    if (b.length === 0) break;
    const out = new Uint8Array(b.length);
    let n = 0;
    for (let i = 0; i < b.length; i++) {
      let c = b[i]!;
      if (del && in1[c]) continue;
      if (translate) c = map[c]!;
      if (squeeze && squeezeSet[c] && c === last) continue;
      last = c;
      out[n++] = c;
    }
    await writeAll(sys, 1, out.subarray(0, n));
  }
  return 0;
});

function countRepeats(s: number[]): number {
  let n = 0;
  for (const c of s) if (c === -1) n++;
  return n;
}

/** The class rules GNU tr checks before translating (validate() in tr.c): STRING2 may name only
 * [:upper:] and [:lower:], each paired with the other case in STRING1, and must not end with a
 * class when it is shorter than STRING1. */
function classCheck(str1: string, str2: string, complement: boolean): string | null {
  const classes2 = [...str2.matchAll(/\[:([a-z]+):\]/g)].map((m) => m[1]!);
  if (classes2.some((c) => c !== "upper" && c !== "lower")) {
    return "when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'";
  }
  if (classes2.length === 0) return null;
  const classes1 = [...str1.matchAll(/\[:([a-z]+):\]/g)].map((m) => m[1]!);
  if (complement || str2 !== `[:${classes2[0]}:]` || str1 !== `[:${classes1[0] ?? ""}:]`) {
    if (complement) return "when translating with string1 longer than string2,\nthe latter string must not end with a character class";
    return null;
  }
  if (classes1[0] !== "upper" && classes1[0] !== "lower") return "misaligned [:upper:] and/or [:lower:] construct";
  return null;
}
