// sort(1)'s comparison: keys (-k F[.C][OPTS][,F[.C][OPTS]]), field separators (-t or blank
// runs), and the orderings -n -g -h -V -M -f -d -i -b -r, then the last-resort whole-line
// comparison unless -s. Byte order (the C locale).

import { versionCompare } from "./ls.ts";

export interface KeyOpts {
  numeric: boolean;
  general: boolean;
  human: boolean;
  version: boolean;
  month: boolean;
  fold: boolean;
  dictionary: boolean;
  ignoreNonprinting: boolean;
  blanksStart: boolean;
  blanksEnd: boolean;
  reverse: boolean;
}

export interface Key extends KeyOpts {
  sField: number; // 0-based
  sChar: number; // 0-based, 0 = start
  eField: number; // 0-based; -1 = end of line
  eChar: number; // 0 = end of field
}

export function emptyOpts(): KeyOpts {
  return { numeric: false, general: false, human: false, version: false, month: false, fold: false, dictionary: false, ignoreNonprinting: false, blanksStart: false, blanksEnd: false, reverse: false };
}

/** Apply option letters (from -k or the global flags). */
export function applyLetters(o: KeyOpts, letters: string, end: boolean): boolean {
  for (const c of letters) {
    switch (c) {
      case "n": o.numeric = true; break;
      case "g": o.general = true; break;
      case "h": o.human = true; break;
      case "V": o.version = true; break;
      case "M": o.month = true; break;
      case "f": o.fold = true; break;
      case "d": o.dictionary = true; break;
      case "i": o.ignoreNonprinting = true; break;
      case "b": if (end) o.blanksEnd = true; else o.blanksStart = true; break;
      case "r": o.reverse = true; break;
      case "R": break;
      default: return false;
    }
  }
  return true;
}

/** Parse a -k spec; null if invalid. */
export function parseKey(spec: string, global: KeyOpts): Key | string {
  const m = /^([0-9]+)(?:\.([0-9]+))?([a-zA-Z]*)(?:,([0-9]+)(?:\.([0-9]+))?([a-zA-Z]*))?$/.exec(spec);
  if (!m) return `invalid number at field start: invalid count at start of '${spec}'`;
  const sField = Number(m[1]);
  if (sField === 0) return `field number is zero: invalid field specification '${spec}'`;
  const sChar = m[2] !== undefined ? Number(m[2]) : 1;
  if (sChar === 0) return `character offset is zero: invalid field specification '${spec}'`;
  const o = emptyOpts();
  const hasLetters = Boolean(m[3] || m[6]);
  if (!applyLetters(o, m[3] ?? "", false) || !applyLetters(o, m[6] ?? "", true)) return `stray character in field spec: invalid field specification '${spec}'`;
  const base = hasLetters ? o : { ...global };
  const k: Key = { ...base, sField: sField - 1, sChar: sChar - 1, eField: m[4] !== undefined ? Number(m[4]) - 1 : -1, eChar: m[5] !== undefined ? Number(m[5]) : 0 };
  if (!hasLetters) {
    k.blanksStart = global.blanksStart;
    k.blanksEnd = global.blanksEnd;
  }
  return k;
}

const isBlank = (c: string): boolean => c === " " || c === "\t";

/** Start offsets of the fields of a line. */
function fieldStarts(line: string, sep: string | null): number[] {
  const starts = [0];
  if (sep !== null) {
    for (let i = 0; i < line.length; i++) if (line[i] === sep) starts.push(i + 1);
    return starts;
  }
  // Blank-separated: a field begins with its leading blanks (POSIX).
  let i = 0;
  for (;;) {
    while (i < line.length && isBlank(line[i]!)) i++;
    while (i < line.length && !isBlank(line[i]!)) i++;
    if (i >= line.length) break;
    starts.push(i);
  }
  return starts;
}

/** The text of a key within a line. */
export function keyText(line: string, k: Key, sep: string | null): string {
  const starts = fieldStarts(line, sep);
  const fieldEnd = (f: number): number => (f + 1 < starts.length ? starts[f + 1]! - (sep !== null ? 1 : 0) : line.length);
  let s: number;
  if (k.sField >= starts.length) s = line.length;
  else {
    s = starts[k.sField]!;
    if (k.blanksStart) while (s < line.length && isBlank(line[s]!)) s++;
    s = Math.min(s + k.sChar, fieldEnd(k.sField));
  }
  let e: number;
  if (k.eField < 0) e = line.length;
  else if (k.eField >= starts.length) e = line.length;
  else if (k.eChar === 0) e = fieldEnd(k.eField);
  else {
    let b = starts[k.eField]!;
    if (k.blanksEnd) while (b < line.length && isBlank(line[b]!)) b++;
    e = Math.min(b + k.eChar, fieldEnd(k.eField));
  }
  return e > s ? line.slice(s, e) : "";
}

/** The numeric value -n sees: leading blanks, '-', digits, one '.', nothing else. */
export function numericValue(s: string): number {
  const m = /^[ \t]*(-?)([0-9]*)(?:\.([0-9]*))?/.exec(s)!;
  const v = Number((m[2] || "0") + "." + (m[3] || "0"));
  return m[1] ? -v : v;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

function humanValue(s: string): number {
  const m = /^\s*(-?[0-9]*\.?[0-9]*)([KMGTPEZY]?)/i.exec(s)!;
  const v = Number(m[1]) || 0;
  return m[2] ? v * 1024 ** ("KMGTPEZY".indexOf(m[2].toUpperCase()) + 1) : v;
}

function generalValue(s: string): number {
  const m = /^\s*[+-]?(inf(inity)?|nan|0[xX][0-9a-fA-F]+|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?)/i.exec(s);
  if (!m) return -Infinity; // non-numbers sort first
  const v = Number(m[0].trim().replace(/inf(inity)?/i, "Infinity"));
  return Number.isNaN(v) ? -Infinity : v;
}

function bytesCmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compare two key texts under their options (without reverse). */
export function compareKey(a: string, b: string, o: KeyOpts): number {
  if (o.numeric) return numericValue(a) - numericValue(b) || 0;
  if (o.general) {
    const x = generalValue(a);
    const y = generalValue(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (o.human) return humanValue(a) - humanValue(b) || 0;
  if (o.month) {
    const m = (s: string): number => MONTHS.indexOf(s.trim().slice(0, 3).toUpperCase()) + 1;
    return m(a) - m(b);
  }
  if (o.version) return versionCompare(a, b);
  if (o.dictionary || o.ignoreNonprinting) {
    const keep = o.dictionary ? /[^A-Za-z0-9 \t]/g : /[^\x20-\x7e]/g;
    a = a.replace(keep, "");
    b = b.replace(keep, "");
  }
  if (o.fold) return bytesCmp(a.toUpperCase(), b.toUpperCase());
  return bytesCmp(a, b);
}

/** The full line comparator. */
export function makeComparator(keys: Key[], global: KeyOpts, sep: string | null, stable: boolean): (a: string, b: string) => number {
  return (a, b) => {
    for (const k of keys) {
      let x = keyText(a, k, sep);
      let y = keyText(b, k, sep);
      if (k.blanksStart && !k.numeric) {
        x = x.replace(/^[ \t]+/, "");
        y = y.replace(/^[ \t]+/, "");
      }
      const c = compareKey(x, y, k);
      if (c !== 0) return k.reverse ? -c : c;
    }
    if (keys.length === 0) {
      const c = compareKey(global.blanksStart ? a.replace(/^[ \t]+/, "") : a, global.blanksStart ? b.replace(/^[ \t]+/, "") : b, global);
      if (c !== 0) return global.reverse ? -c : c;
    }
    if (stable) return 0;
    const c = bytesCmp(a, b);
    return global.reverse ? -c : c;
  };
}
