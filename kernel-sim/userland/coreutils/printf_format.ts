// The printf(1) engine: the format is reused until the arguments are used up; %b expands
// escapes in its argument; numeric arguments may be 0x.., 0.., 'c (a character code).
// Conversion problems are reported through `warn` and make the exit status 1, as GNU does.

import { parseLongDouble, formatLongDouble } from "../lib/long_double.ts";

export interface PrintfResult {
  out: string;
  ok: boolean;
  /** A fatal format error (GNU stops and exits 1). */
  fatal?: string;
}

const INT_MAX = (1n << 63n) - 1n;
const INT_MIN = -(1n << 63n);

/** Backslash escapes of the format string and of %b; returns [text, stopped by \c]. */
export function expandEscapes(s: string, inB: boolean): [string, boolean] {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i]!;
    const simple: Record<string, string> = { a: "\x07", b: "\b", e: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"' };
    if (n in simple) out += simple[n];
    else if (n === "c") return [out, true];
    else if (n === "x") {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1));
      if (m) {
        out += String.fromCharCode(parseInt(m[0], 16));
        i += m[0].length;
      } else out += "\\x";
    } else if (n >= "0" && n <= "7") {
      // In %b, \0nnn takes up to three digits after the 0; in the format, \nnn up to three.
      const rest = inB && n === "0" ? s.slice(i + 1) : s.slice(i);
      const m = /^[0-7]{1,3}/.exec(rest);
      const digits = m ? m[0] : "";
      out += String.fromCharCode(parseInt(digits || "0", 8) & 0xff);
      i += inB && n === "0" ? digits.length : digits.length - 1;
    } else if (n === "u" || n === "U") {
      const m = (n === "u" ? /^[0-9a-fA-F]{4}/ : /^[0-9a-fA-F]{8}/).exec(s.slice(i + 1));
      if (m) {
        out += String.fromCodePoint(parseInt(m[0], 16));
        i += m[0].length;
      } else out += "\\" + n;
    } else if (inB) out += "\\" + n;
    else out += "\\" + n;
  }
  return [out, false];
}

/** GNU's shell quoting for %q. */
function shellQuote(s: string): string {
  if (s === "") return "''";
  if (/^[A-Za-z0-9_.\/:,+@%=-]+$/.test(s)) return s;
  // quotearg's shell-escape style: a ' with nothing that is special inside "..." is quoted "it's".
  if (s.includes("'") && !/[$`"\\!]/.test(s)) return '"' + s + '"';
  return "'" + s.replace(/'/g, "'\\''") + "'";
}

function parseInteger(arg: string, warn: (m: string) => void): bigint {
  const a = arg.trimStart();
  if (/^['"]/.test(a)) return BigInt(a.length > 1 ? a.codePointAt(1)! : 0);
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(a);
  if (!m) {
    warn(`'${arg}': expected a numeric value`);
    return 0n;
  }
  const body = m[2]!;
  let v = body.startsWith("0x") || body.startsWith("0X") ? BigInt(body) : body.length > 1 && body.startsWith("0") ? BigInt("0o" + body.slice(1)) : BigInt(body);
  if (m[1] === "-") v = -v;
  if (v > INT_MAX || v < INT_MIN) {
    warn(`'${arg}': Numerical result out of range`);
    v = v > 0n ? INT_MAX : INT_MIN;
  } else if (m[0].length !== a.length) warn(`'${arg}': value not completely converted`);
  return v;
}

function parseFloatArg(arg: string, warn: (m: string) => void): number {
  const a = arg.trim();
  if (/^['"]/.test(a)) return a.length > 1 ? a.codePointAt(1)! : 0;
  const m = /^[+-]?(0[xX][0-9a-fA-F]+|inf(inity)?|nan|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?)/i.exec(a);
  if (!m) {
    warn(`'${arg}': expected a numeric value`);
    return 0;
  }
  if (m[0].length !== a.length) warn(`'${arg}': value not completely converted`);
  return Number(m[0].replace(/^([+-]?)inf(inity)?$/i, "$1Infinity"));
}

function pad(s: string, width: number, left: boolean, zero: boolean): string {
  if (s.length >= width) return s;
  if (left) return s + " ".repeat(width - s.length);
  if (zero) {
    const sign = /^[+\- ]/.test(s) ? s[0]! : "";
    const pre = /^[+\- ]?0[xX]/.test(s) ? s.slice(0, sign.length + 2) : sign;
    return pre + "0".repeat(width - s.length) + s.slice(pre.length);
  }
  return " ".repeat(width - s.length) + s;
}

/**
 * toFixed with C's rounding: JS breaks an exact tie away from zero (2.25 -> "2.3"), glibc
 * to even ("2.2"). A tie shows as a 5 followed by zeros in the longer exact expansion.
 */
function cFixed(v: number, prec: number): string {
  const s = v.toFixed(prec);
  if (prec > 75 || Math.abs(v) >= 1e21) return s;
  const x = Math.abs(v).toFixed(prec + 25);
  if (!x.endsWith("5" + "0".repeat(24))) return s;
  let down = x.slice(0, x.length - 25);
  if (down.endsWith(".")) down = down.slice(0, -1);
  if (Number(down[down.length - 1]) % 2 !== 0) return s;
  return (v < 0 ? "-" : "") + down;
}

/** C's %e/%f/%g on a double. */
export function formatFloat(v: number, conv: string, prec: number, alt: boolean): string {
  if (!Number.isFinite(v)) {
    const s = Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
    return conv === conv.toUpperCase() ? s.toUpperCase() : s;
  }
  const lower = conv.toLowerCase();
  let s: string;
  if (lower === "f") s = cFixed(v, prec);
  else if (lower === "e") s = expForm(v, prec);
  else if (lower === "g") {
    const p = prec === 0 ? 1 : prec;
    const exp = v === 0 ? 0 : Math.floor(Math.log10(Math.abs(Number(v.toExponential(p - 1)))));
    if (exp < -4 || exp >= p) s = expForm(v, p - 1);
    else s = cFixed(v, Math.max(0, p - 1 - exp));
    if (!alt) s = s.includes("e") ? s.replace(/\.?0+e/, "e") : s.includes(".") ? s.replace(/\.?0+$/, "") : s;
  } else s = String(v);
  if (Object.is(v, -0) && !s.startsWith("-")) s = "-" + s;
  return conv === conv.toUpperCase() ? s.toUpperCase() : s;
}

function expForm(v: number, prec: number): string {
  const s = v.toExponential(prec);
  return s.replace(/e([+-])(\d)$/, "e$10$2");
}

/** Run printf FORMAT ARGS... */
/** warn gets each message with the output length at that moment, to keep GNU's order. */
export function printfFormat(format: string, args: string[], warn: (m: string, at: number) => void): PrintfResult {
  let out = "";
  let ok = true;
  let ai = 0;
  const w = (m: string): void => {
    ok = false;
    warn(m, out.length);
  };
  const next = (): string | undefined => (ai < args.length ? args[ai++] : undefined);
  let conversions = 0;
  do {
    for (let i = 0; i < format.length; i++) {
      const c = format[i]!;
      if (c === "\\") {
        let j = i + 1;
        // Take one escape sequence at a time.
        const m = /^(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/s.exec(format.slice(j));
        const seq = "\\" + (m ? m[0] : "");
        const [t, stop] = expandEscapes(seq, false);
        out += t;
        if (stop) return { out, ok };
        i = j + (m ? m[0].length : 0) - 1;
        continue;
      }
      if (c !== "%") {
        out += c;
        continue;
      }
      if (format[i + 1] === "%") {
        out += "%";
        i++;
        continue;
      }
      const m = /^%([-+ #0']*)(\*|[0-9]*)(?:\.(\*|[0-9]*))?([hlLqjzt]*)([diouxXeEfFgGaAcsbq])/.exec(format.slice(i));
      if (!m) {
        const bad = /^%[-+ #0']*[0-9*]*(?:\.[0-9*]*)?./.exec(format.slice(i))?.[0] ?? "%";
        return { out, ok: false, fatal: `${bad}: invalid conversion specification` };
      }
      i += m[0].length - 1;
      conversions++;
      const flags = m[1]!;
      let width = 0;
      let prec = -1;
      if (m[2] === "*") width = Number(parseInteger(next() ?? "0", w));
      else if (m[2]) width = Number(m[2]);
      if (m[3] === "*") prec = Number(parseInteger(next() ?? "0", w));
      else if (m[3] !== undefined) prec = m[3] === "" ? 0 : Number(m[3]);
      const left = flags.includes("-") || width < 0;
      width = Math.abs(width);
      const zero = flags.includes("0") && !left;
      const conv = m[5]!;
      if (conv === "q" && (m[2] || m[3] !== undefined)) return { out, ok: false, fatal: `${m[0]}: invalid conversion specification` };
      const arg = next();
      let s: string;
      switch (conv) {
        case "s": s = arg ?? ""; if (prec >= 0) s = s.slice(0, prec); out += pad(s, width, left, false); break;
        case "b": {
          const [t, stop] = expandEscapes(arg ?? "", true);
          s = prec >= 0 ? t.slice(0, prec) : t;
          out += pad(s, width, left, false);
          if (stop) return { out, ok };
          break;
        }
        case "q": out += shellQuote(arg ?? ""); break;
        case "c": out += pad((arg ?? "").slice(0, 1), width, left, false); break;
        case "d": case "i": case "o": case "u": case "x": case "X": {
          let v = arg === undefined ? 0n : parseInteger(arg, w);
          if (conv !== "d" && conv !== "i" && v < 0n) v += 1n << 64n;
          let digits = conv === "o" ? v.toString(8) : conv === "x" ? v.toString(16) : conv === "X" ? v.toString(16).toUpperCase() : (v < 0n ? -v : v).toString();
          if (prec >= 0) digits = prec === 0 && v === 0n ? "" : digits.padStart(prec, "0");
          if (flags.includes("#") && v !== 0n) digits = conv === "o" ? "0" + digits : conv === "x" ? "0x" + digits : conv === "X" ? "0X" + digits : digits;
          const sign = (conv === "d" || conv === "i") ? (v < 0n ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") : "";
          out += pad(sign + digits, width, left, zero && prec < 0);
          break;
        }
        default: {
          const v = arg === undefined ? 0 : parseFloatArg(arg, w);
          // GNU printf converts with strtold: a plain decimal is formatted as that long double.
          const ld = arg === undefined ? null : parseLongDouble(arg.trim());
          let t = (ld && formatLongDouble(ld, conv, prec < 0 ? 6 : prec, flags.includes("#"))) ?? formatFloat(v, conv, prec < 0 ? 6 : prec, flags.includes("#"));
          if (v >= 0 && !t.startsWith("-")) t = (flags.includes("+") ? "+" : flags.includes(" ") ? " " : "") + t;
          out += pad(t, width, left, zero && Number.isFinite(v));
        }
      }
    }
    if (conversions === 0 && args.length > 0) {
      warn(`warning: ignoring excess arguments, starting with '${args[0]}'`, out.length);
      break;
    }
  } while (ai > 0 && ai < args.length);
  return { out, ok };
}
