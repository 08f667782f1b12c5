// awk values as mawk treats them: numbers, strings, and "strnums" (input that looks numeric
// compares as a number); number-to-string conversion (integers as %d, others by CONVFMT or
// OFMT), and printf/sprintf formatting.

import { formatFloat } from "../coreutils/printf_format.ts";
import { AwkRuntimeError } from "./awk_control.ts";

/** Input-derived text (fields, getline, -v, ARGV): numeric if it looks like a number. */
export class StrNum {
  private num: number | null | undefined;
  constructor(readonly s: string) {}
  /** The number if the whole text is a number (leading/trailing blanks allowed), else null. */
  looks(): number | null {
    if (this.num === undefined) {
      const m = /^[ \t\n]*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?[ \t\n]*$/.test(this.s);
      this.num = m ? Number(this.s.trim()) : null;
    }
    return this.num;
  }
}

/** The uninitialised value: "" and 0 at once. */
export const UNINIT = new StrNum("");

export type Val = number | string | StrNum;

/** awk's strtod on a string: the longest numeric prefix, 0 if none. */
export function strToNum(s: string): number {
  const m = /^[ \t\n]*([-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)/.exec(s);
  if (!m) {
    const inf = /^[ \t\n]*([-+]?)(inf|nan)/i.exec(s);
    if (inf) return inf[2]!.toLowerCase() === "inf" ? (inf[1] === "-" ? -Infinity : Infinity) : NaN;
    return 0;
  }
  return Number(m[1]);
}

export function toNum(v: Val): number {
  if (typeof v === "number") return v;
  if (typeof v === "string") return strToNum(v);
  if (v === UNINIT) return 0;
  return v.looks() ?? strToNum(v.s);
}

const MAX_INT = 0x7fffffff;

/** Number to string: integral values in int range print as integers, others with fmt. */
export function numToStr(n: number, fmt: string): string {
  if (Number.isInteger(n) && n >= -MAX_INT && n <= MAX_INT) return String(n);
  if (Number.isNaN(n)) return n > 0 ? "nan" : "-nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  return sprintf(fmt, [n]);
}

export function toStr(v: Val, convfmt: string): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return numToStr(v, convfmt);
  return v.s;
}

export function toBool(v: Val): boolean {
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v !== "";
  if (v === UNINIT) return false;
  const n = v.looks();
  return n !== null ? n !== 0 : v.s !== "";
}

/** Compare as POSIX says: numerically if both are numbers or numeric strnums. */
export function compare(a: Val, b: Val, convfmt: string): number {
  const na = typeof a === "number" ? a : a instanceof StrNum ? (a === UNINIT ? 0 : a.looks()) : null;
  const nb = typeof b === "number" ? b : b instanceof StrNum ? (b === UNINIT ? 0 : b.looks()) : null;
  if (na !== null && nb !== null) return na < nb ? -1 : na > nb ? 1 : 0;
  const sa = toStr(a, convfmt);
  const sb = toStr(b, convfmt);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** printf/sprintf: C conversions over awk values (%c of a number is that character). */
export function sprintf(fmt: string, args: Val[], convfmt = "%.6g", fn = "sprintf"): string {
  let out = "";
  let ai = 0;
  const next = (): Val => {
    // mawk stops the program here (exit 2); gawk would print an empty value.
    if (ai >= args.length) throw new AwkRuntimeError(`not enough arguments passed to ${fn}("${fmt}")`);
    return args[ai++]!;
  };
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== "%") {
      out += c;
      continue;
    }
    const m = /^%([-+ #0]*)(\*|[0-9]*)(?:\.(\*|[0-9]*))?([hlLqjzt]*)([diouxXeEfFgGcs%])/.exec(fmt.slice(i));
    if (!m) {
      out += c;
      continue;
    }
    i += m[0].length - 1;
    const conv = m[5]!;
    if (conv === "%") {
      out += "%";
      continue;
    }
    const flags = m[1]!;
    let width = m[2] === "*" ? Math.trunc(toNum(next())) : Number(m[2] || 0);
    let left = flags.includes("-");
    if (width < 0) {
      left = true;
      width = -width;
    }
    const prec = m[3] === undefined ? -1 : m[3] === "*" ? Math.trunc(toNum(next())) : Number(m[3] || 0);
    const v = next();
    let s: string;
    let numeric = false;
    switch (conv) {
      case "s":
        s = typeof v === "number" ? numToStr(v, convfmt) : toStr(v, convfmt);
        if (prec >= 0) s = s.slice(0, prec);
        break;
      case "c":
        if (typeof v === "number") s = String.fromCharCode(Math.trunc(v) & 0xff);
        else s = toStr(v, convfmt).slice(0, 1);
        break;
      case "d": case "i": case "o": case "u": case "x": case "X": {
        numeric = true;
        let n = Math.trunc(toNum(v));
        if (!Number.isFinite(n)) n = n > 0 ? 2 ** 63 - 1 : -(2 ** 63);
        let big = BigInt(n);
        if (conv !== "d" && conv !== "i" && big < 0n) big += 1n << 64n;
        let digits = conv === "o" ? big.toString(8) : conv === "x" ? big.toString(16) : conv === "X" ? big.toString(16).toUpperCase() : (big < 0n ? -big : big).toString();
        if (prec >= 0) digits = prec === 0 && big === 0n ? "" : digits.padStart(prec, "0");
        if (flags.includes("#") && big !== 0n) digits = conv === "o" ? "0" + digits : conv === "x" ? "0x" + digits : conv === "X" ? "0X" + digits : digits;
        const sign = conv === "d" || conv === "i" ? (big < 0n ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") : "";
        s = sign + digits;
        if (prec >= 0) numeric = false;
        break;
      }
      default: {
        numeric = true;
        const n = toNum(v);
        s = formatFloat(n, conv, prec < 0 ? 6 : prec, flags.includes("#"));
        if (n >= 0 && !s.startsWith("-")) s = (flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") + s;
      }
    }
    if (s.length < width) {
      if (left) s = s.padEnd(width);
      else if (flags.includes("0") && numeric) {
        const sign = /^[+\- ]/.test(s) ? s[0]! : "";
        s = sign + s.slice(sign.length).padStart(width - sign.length, "0");
      } else s = s.padStart(width);
    }
    out += s;
  }
  return out;
}
