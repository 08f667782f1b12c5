// printf (bash's builtin; same formats as coreutils printf): the format is reused until the
// arguments run out; %b expands escapes in its argument, %q quotes it for the shell.

import type { Shell } from "../interp/shell.ts";
import { escapeAt } from "../ansi_c.ts";
import { echoEscapes } from "./echo.ts";
import { printfQ } from "../interp/quote.ts";
import { out } from "./io.ts";
import { parseLongDouble, formatLongDouble } from "../../lib/long_double.ts";

export async function printf(sh: Shell, argv: string[]): Promise<number> {
  let i = 1;
  let varName: string | null = null;
  if (sh.bash && argv[1] === "-v") {
    varName = argv[2] ?? null;
    i = 3;
  }
  if (argv[i] === "--") i++;
  const fmt = argv[i];
  if (fmt === undefined) {
    await sh.error(sh.bash ? "printf: usage: printf [-v var] format [arguments]" : "printf: usage: printf format [arg ...]");
    return 2;
  }
  const args = argv.slice(i + 1);
  const st = { status: 0, errors: [] as string[] };
  let res = "";
  let ai = 0;
  do {
    const r = formatOnce(sh, fmt, args, ai, st);
    res += r.text;
    if (r.stop) break;
    if (r.used === 0) break;
    ai += r.used;
  } while (ai < args.length);
  for (const e of st.errors) await sh.error(e);
  if (varName !== null) {
    // printf -v 'a[3]' / -v 'm[key]': one element of an array
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.+)\]$/.exec(varName);
    if (m) {
      const assoc = sh.vars.map.get(m[1]!)?.assoc;
      sh.vars.setElem(m[1]!, assoc ? m[2]! : sh.expander.arith(m[2]!), res);
    } else sh.setVar(varName, res);
    return st.status;
  }
  return (await out(sh, "printf", res)) ? st.status : 1;
}

function num(sh: Shell, s: string | undefined, st: { status: number; errors: string[] }): number {
  if (s === undefined || s === "") return 0;
  if (/^['"]/.test(s)) return s.length > 1 ? s.codePointAt(1)! : 0;
  const t = s.trim();
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(t);
  if (!m) {
    st.errors.push(`printf: ${s}: invalid number`);
    st.status = 1;
    return 0;
  }
  let v = Number(m[2]!.startsWith("0") && !/^0[xX]/.test(m[2]!) && m[2]!.length > 1 ? parseInt(m[2]!, 8) : m[2]!);
  if (m[1] === "-") v = -v;
  if (m[0].length !== t.length) {
    st.errors.push(`printf: ${s}: invalid number`);
    st.status = 1;
  }
  return v;
}

function fnum(s: string | undefined, st: { status: number; errors: string[] }): number {
  if (s === undefined || s === "") return 0;
  if (/^['"]/.test(s)) return s.length > 1 ? s.codePointAt(1)! : 0;
  const v = Number(s.trim());
  if (Number.isNaN(v)) {
    st.errors.push(`printf: ${s}: invalid number`);
    st.status = 1;
    return parseFloat(s) || 0;
  }
  return v;
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  if (s.length >= width) return s;
  if (left) return s.padEnd(width);
  if (zero) {
    const sign = /^[+\- ]/.test(s) ? s[0]! : "";
    const pre = /^[+\- ]?0[xX]/.test(s) ? s.slice(sign.length, sign.length + 2) : "";
    const body = s.slice(sign.length + pre.length);
    return sign + pre + body.padStart(width - sign.length - pre.length, "0");
  }
  return s.padStart(width);
}

function formatOnce(sh: Shell, fmt: string, args: string[], start: number, st: { status: number; errors: string[] }): { text: string; used: number; stop: boolean } {
  let o = "";
  let ai = start;
  const next = () => args[ai++];
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c === "\\") {
      if (i + 1 >= fmt.length) {
        o += "\\";
        continue;
      }
      const r = escapeAt(fmt, i + 1, "printf");
      if (r.stop) return { text: o, used: ai - start, stop: true };
      o += r.value;
      i = r.end - 1;
      continue;
    }
    if (c !== "%") {
      o += c;
      continue;
    }
    const tm = sh.bash ? /^%([-0-9]*)\(([^)]*)\)T/.exec(fmt.slice(i)) : null;
    if (tm) {
      i += tm[0].length - 1;
      const a = next();
      const t = a === undefined || a === "" || a === "-1" ? Date.now() / 1000 : a === "-2" ? sh.startTime / 1000 : num(sh, a, st);
      const w = Number(tm[1] || 0);
      o += pad(strftime(tm[2]!, t), Math.abs(w), w < 0, false);
      continue;
    }
    const m = /^%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([hlLqjzt]*)([a-zA-Z%])/.exec(fmt.slice(i));
    if (!m) {
      o += c;
      continue;
    }
    i += m[0].length - 1;
    const flags = m[1]!;
    const conv = m[5]!;
    if (conv === "%") {
      o += "%";
      continue;
    }
    let width = m[2] === "*" ? num(sh, next(), st) : m[2] ? Number(m[2]) : 0;
    let left = flags.includes("-");
    if (width < 0) {
      left = true;
      width = -width;
    }
    const precText = m[3];
    const prec = precText === undefined ? -1 : precText === "*" ? num(sh, next(), st) : Number(precText || 0);
    const zero = flags.includes("0") && !left;
    let s: string;
    switch (conv) {
      case "s": {
        s = next() ?? "";
        if (prec >= 0) s = s.slice(0, prec);
        o += pad(s, width, left, false);
        break;
      }
      case "b": {
        const r = echoEscapes(next() ?? "");
        s = prec >= 0 ? r.text.slice(0, prec) : r.text;
        o += pad(s, width, left, false);
        if (r.stop) return { text: o, used: ai - start, stop: true };
        break;
      }
      case "q":
        if (!sh.bash) {
          // %q is bash's: dash's printf stops there
          st.errors.push("printf: %q: invalid directive");
          st.status = 2;
          return { text: o, used: ai - start, stop: true };
        }
        o += pad(printfQ(next() ?? ""), width, left, false);
        break;
      case "c":
        o += pad((next() ?? "").slice(0, 1), width, left, false);
        break;
      case "d":
      case "i":
      case "u":
      case "x":
      case "X":
      case "o": {
        const a = next();
        let v = num(sh, a, st);
        let body: string;
        if (conv === "d" || conv === "i") body = String(Math.abs(v));
        else {
          if (v < 0) v = Number(BigInt.asUintN(64, BigInt(v)));
          body = conv === "o" ? v.toString(8) : conv === "u" ? String(v) : v.toString(16);
          if (conv === "X") body = body.toUpperCase();
        }
        if (prec >= 0) body = body.padStart(prec, "0");
        if (flags.includes("#") && v !== 0) body = conv === "o" ? "0" + body : conv === "x" ? "0x" + body : conv === "X" ? "0X" + body : body;
        let sign = "";
        if ((conv === "d" || conv === "i") && v < 0) sign = "-";
        else if ((conv === "d" || conv === "i") && flags.includes("+")) sign = "+";
        else if ((conv === "d" || conv === "i") && flags.includes(" ")) sign = " ";
        o += pad(sign + body, width, left, zero && prec < 0);
        break;
      }
      case "f":
      case "F":
      case "e":
      case "E":
      case "g":
      case "G": {
        const arg = next();
        const v = fnum(arg, st);
        const p = prec < 0 ? 6 : prec;
        let body: string;
        // bash reads the number as a long double (strtold): a plain decimal is formatted as that.
        const ld = arg === undefined ? null : parseLongDouble(arg.trim());
        if (!Number.isFinite(v)) body = Number.isNaN(v) ? "nan" : v < 0 ? "-inf" : "inf";
        else if (ld) body = formatLongDouble(ld, conv.toLowerCase(), p, flags.includes("#"))!;
        else if (conv === "f" || conv === "F") body = toFixedC(v, p);
        else if (conv === "e" || conv === "E") body = expo(v, p);
        else body = gfmt(v, p === 0 ? 1 : p, flags.includes("#"));
        if (conv === "E" || conv === "G") body = body.toUpperCase();
        if (v >= 0 && flags.includes("+")) body = "+" + body;
        else if (v >= 0 && flags.includes(" ")) body = " " + body;
        o += pad(body, width, left, zero);
        break;
      }
      default:
        st.errors.push(`printf: \`${conv}': invalid format character`);
        st.status = 1;
        return { text: o, used: ai - start, stop: true };
    }
  }
  return { text: o, used: ai - start, stop: false };
}

/** C's %e: d.ddde+XX (at least two exponent digits). */
function expo(v: number, p: number): string {
  const s = v.toExponential(p);
  return s.replace(/e([+-])(\d)$/, "e$10$2");
}

/** C's %g: %e or %f, whichever is shorter, trailing zeros removed. */
function gfmt(v: number, p: number, alt: boolean): string {
  if (v === 0) return "0";
  const e = Math.floor(Math.log10(Math.abs(v)));
  let s: string;
  if (e < -4 || e >= p) {
    s = expo(v, p - 1);
    if (!alt) s = s.replace(/\.?0+e/, "e");
  } else {
    s = v.toFixed(Math.max(0, p - 1 - e));
    if (!alt && s.includes(".")) s = s.replace(/\.?0+$/, "");
  }
  return s;
}

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** strftime(3) in UTC (the machine's zone) for printf %(fmt)T. */
export function strftime(fmt: string, epochSec: number): string {
  const d = new Date(Math.floor(epochSec) * 1000);
  const p2 = (n: number) => String(n).padStart(2, "0");
  const yday = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
  return fmt.replace(/%([a-zA-Z%])/g, (m, c: string) => {
    switch (c) {
      case "Y": return String(d.getUTCFullYear());
      case "y": return p2(d.getUTCFullYear() % 100);
      case "m": return p2(d.getUTCMonth() + 1);
      case "d": return p2(d.getUTCDate());
      case "e": return String(d.getUTCDate()).padStart(2);
      case "H": return p2(d.getUTCHours());
      case "I": return p2(((d.getUTCHours() + 11) % 12) + 1);
      case "M": return p2(d.getUTCMinutes());
      case "S": return p2(d.getUTCSeconds());
      case "p": return d.getUTCHours() < 12 ? "AM" : "PM";
      case "j": return String(yday).padStart(3, "0");
      case "a": return DAYS[d.getUTCDay()]!.slice(0, 3);
      case "A": return DAYS[d.getUTCDay()]!;
      case "b":
      case "h": return MONTHS[d.getUTCMonth()]!.slice(0, 3);
      case "B": return MONTHS[d.getUTCMonth()]!;
      case "s": return String(Math.floor(epochSec));
      case "F": return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
      case "T": return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
      case "D": return `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${p2(d.getUTCFullYear() % 100)}`;
      case "R": return `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`;
      case "Z": return "UTC";
      case "z": return "+0000";
      case "u": return String(d.getUTCDay() || 7);
      case "w": return String(d.getUTCDay());
      case "n": return "\n";
      case "t": return "\t";
      case "%": return "%";
    }
    return m;
  });
}

/**
 * %.Nf as glibc rounds: to nearest on the double's exact value, and an exact tie (2.25 at one
 * digit) to even - toFixed would round the tie up.
 */
function toFixedC(v: number, p: number): string {
  const s = v.toFixed(p);
  if (!Number.isFinite(v) || p > 60) return s;
  const exact = Math.abs(v).toFixed(Math.min(100, p + 40));
  const dot = exact.indexOf(".");
  const tail = exact.slice(dot + 1 + p);
  if (!/^50*$/.test(tail)) return s;
  // a tie: keep the truncated digits when the last one is even
  const kept = exact.slice(0, dot + 1 + p).replace(/\.$/, "");
  const last = kept.replace(".", "").slice(-1);
  if (Number(last) % 2 === 1) return s;
  return (v < 0 || Object.is(v, -0) ? "-" : "") + kept;
}
