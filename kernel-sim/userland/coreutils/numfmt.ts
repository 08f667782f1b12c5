// numfmt(1): convert numbers from and to human-readable units: --from and --to
// (none, si, iec, iec-i, auto), --round (from-zero by default: up in magnitude), --suffix,
// --padding, --format %f with width and precision, --field/-d for columns, --header,
// --invalid (abort, fail, warn, ignore), --from-unit/--to-unit. As numfmt's
// double_to_human: below 10 one decimal, else whole units.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { LineReader } from "../lib/input.ts";

const POW = "KMGTPEZY";
type Scale = "none" | "si" | "iec" | "iec-i" | "auto";
type Round = "up" | "down" | "from-zero" | "towards-zero" | "nearest";

interface Opts {
  from: Scale;
  to: Scale;
  round: Round;
  suffix: string;
  padding: number;
  precision: number;
  prefix: string;
  postfix: string;
  fromUnit: number;
  toUnit: number;
}

function roundBy(x: number, r: Round): number {
  switch (r) {
    case "up": return Math.ceil(x);
    case "down": return Math.floor(x);
    case "from-zero": return x < 0 ? -Math.ceil(-x) : Math.ceil(x);
    case "towards-zero": return Math.trunc(x);
    case "nearest": return x < 0 ? -Math.round(-x) : Math.round(x);
  }
}

/** Parse one number with an optional unit suffix; a string is the error message. */
function parseNumber(s: string, o: Opts): number | string {
  let t = s;
  if (o.suffix && t.endsWith(o.suffix)) t = t.slice(0, -o.suffix.length);
  const m = /^\s*([-+]?[0-9]*\.?[0-9]+|[-+]?[0-9]+\.)([A-Za-z]?)(i?)$/.exec(t);
  if (!m) {
    if (/^\s*[-+]?[0-9]/.test(t)) return `invalid suffix in input: ${quote(s)}`;
    return `invalid number: ${quote(s)}`;
  }
  let v = Number(m[1]);
  const letter = m[2]!;
  if (letter) {
    const pow = POW.indexOf(letter === "k" ? "K" : letter) + 1;
    if (pow === 0) return `invalid suffix in input: ${quote(s)}`;
    if (o.from === "none") return `rejecting suffix in input: ${quote(s)} (consider using --from)`;
    if (o.from === "iec-i" && !m[3]) return `missing 'i' suffix in input: ${quote(s)} (e.g. Ki/Mi/Gi)`;
    const base = o.from === "si" || (o.from === "auto" && !m[3]) ? 1000 : 1024;
    v *= base ** pow;
  } else if (m[3]) return `invalid suffix in input: ${quote(s)}`;
  return v * o.fromUnit;
}

function formatNumber(v: number, o: Opts): string | null {
  v /= o.toUnit;
  let s: string;
  if (o.to === "none") {
    if (o.precision >= 0) {
      const f = 10 ** o.precision;
      s = (roundBy(v * f, o.round) / f).toFixed(o.precision);
    } else {
      const r = roundBy(v, o.round);
      s = Number.isInteger(v) ? String(v) : Math.abs(v - r) < 1e-9 ? String(r) : String(roundBy(v * 10, o.round) / 10);
      if (!Number.isInteger(v)) s = String(Number(v.toPrecision(15)));
    }
  } else {
    const base = o.to === "si" ? 1000 : 1024;
    let pow = 0;
    let x = Math.abs(v);
    while (x >= base && pow < POW.length) {
      x /= base;
      pow++;
    }
    const sign = v < 0 ? -1 : 1;
    if (pow === 0) {
      const r = Math.abs(roundBy(sign * x, o.round));
      if (r >= base) {
        x = r / base;
        pow = 1;
      } else s = String(sign * r);
    }
    if (pow > 0) {
      const dec = o.precision >= 0 ? o.precision : x < 10 ? 1 : 0;
      const f = 10 ** dec;
      let r = Math.abs(roundBy(sign * x * f, o.round)) / f;
      let d = dec;
      if (o.precision < 0 && d === 1 && r >= 10) d = 0;
      if (r >= base) {
        r = 1;
        pow++;
        d = o.precision >= 0 ? o.precision : 1;
      }
      if (pow > POW.length) return null;
      s = (sign < 0 ? "-" : "") + r.toFixed(d) + POW[pow - 1] + (o.to === "iec-i" ? "i" : "");
    }
  }
  s = s! + o.suffix;
  s = o.prefix + s;
  if (o.padding > 0) s = s.padStart(o.padding, " ");
  else if (o.padding < 0) s = s.padEnd(-o.padding, " ");
  return s + o.postfix;
}

/** Fields selected by --field: "N", "N-M", "-M", "N-", lists. */
function fieldSet(spec: string): ((i: number) => boolean) | null {
  const parts = spec.split(",");
  const ranges: [number, number][] = [];
  for (const p of parts) {
    const m = /^([0-9]*)(-?)([0-9]*)$/.exec(p);
    if (!m || (!m[1] && !m[3])) return null;
    const a = m[1] ? Number(m[1]) : 1;
    const b = m[2] ? (m[3] ? Number(m[3]) : Infinity) : a;
    if (a < 1) return null;
    ranges.push([a, b]);
  }
  return (i) => ranges.some(([a, b]) => i >= a && i <= b);
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "d:z", [
    { name: "from", has: 1, key: "from" }, { name: "from-unit", has: 1, key: "from-unit" },
    { name: "to", has: 1, key: "to" }, { name: "to-unit", has: 1, key: "to-unit" },
    { name: "padding", has: 1, key: "padding" }, { name: "field", has: 1, key: "field" },
    { name: "format", has: 1, key: "format" }, { name: "grouping", has: 0, key: "grouping" },
    { name: "header", has: 2, key: "header" }, { name: "invalid", has: 1, key: "invalid" },
    { name: "round", has: 1, key: "round" }, { name: "suffix", has: 1, key: "suffix" },
    { name: "delimiter", has: 1, key: "d" }, { name: "zero-terminated", has: 0, key: "z" },
    { name: "debug", has: 0, key: "debug" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: numfmt [OPTION]... [NUMBER]...\nReformat NUMBER(s), or the numbers from standard input if none are specified.\n", "Assaf Gordon");
  if (hv !== null) return hv;
  const o: Opts = { from: "none", to: "none", round: "from-zero", suffix: "", padding: 0, precision: -1, prefix: "", postfix: "", fromUnit: 1, toUnit: 1 };
  let fields: (i: number) => boolean = (i) => i === 1;
  let delim: string | null = null;
  let header = 0;
  let invalid = "abort";
  let eol = "\n";
  const bad = (what: string, v: string, valid: string[]): Promise<number> =>
    usageError(p, `invalid argument ${quote(v)} for '--${what}'\nValid arguments are:\n${valid.map((x) => `  - '${x}'`).join("\n")}`);
  for (const x of parsed.opts) {
    const a = x.arg ?? "";
    switch (x.key) {
      case "from": case "to": {
        const valid = x.key === "from" ? ["none", "auto", "si", "iec", "iec-i"] : ["none", "si", "iec", "iec-i"];
        if (!valid.includes(a)) return bad(x.key, a, valid);
        o[x.key] = a as Scale;
        break;
      }
      case "round": {
        const valid = ["up", "down", "from-zero", "towards-zero", "nearest"];
        const m = valid.filter((v) => v.startsWith(a));
        if (m.length !== 1) return bad("round", a, valid);
        o.round = m[0] as Round;
        break;
      }
      case "from-unit": case "to-unit": {
        const n = Number(a);
        if (!/^[0-9]+$/.test(a) || n === 0) {
          await p.warn(`invalid unit size: ${quote(a)}`);
          return 1;
        }
        if (x.key === "from-unit") o.fromUnit = n;
        else o.toUnit = n;
        break;
      }
      case "padding":
        if (!/^-?[0-9]+$/.test(a) || Number(a) === 0) {
          await p.warn(`invalid padding value ${quote(a)}`);
          return 1;
        }
        o.padding = Number(a);
        break;
      case "field": {
        const f = fieldSet(a);
        if (!f) {
          await p.warn(`invalid field value ${quote(a)}`);
          return 1;
        }
        fields = f;
        break;
      }
      case "format": {
        const m = /^((?:[^%]|%%)*)%([-0' ]*)([0-9]*)(?:\.([0-9]*))?f((?:[^%]|%%)*)$/.exec(a);
        if (!m) {
          await p.warn(`invalid format ${quote(a)}, directive must be %[0]['][-][N][.][N]f`);
          return 1;
        }
        o.prefix = m[1]!.replace(/%%/g, "%");
        o.postfix = m[5]!.replace(/%%/g, "%");
        if (m[3]) o.padding = m[2]!.includes("-") ? -Number(m[3]) : Number(m[3]);
        if (m[4] !== undefined) o.precision = Number(m[4] || "0");
        break;
      }
      case "header": header = a ? Number(a) : 1; break;
      case "invalid": invalid = a; break;
      case "suffix": o.suffix = a; break;
      case "d": delim = a; break;
      case "z": eol = "\0"; break;
    }
  }
  let status = 0;
  /** Convert one token; null means abort. */
  const convert = async (tok: string): Promise<string | null> => {
    const v = parseNumber(tok, o);
    let msg: string | null = typeof v === "string" ? v : null;
    let out: string | null = null;
    if (typeof v === "number") {
      out = formatNumber(v, o);
      if (out === null) msg = `value too large to be converted: ${quote(tok)}`;
    }
    if (msg === null) return out;
    if (invalid === "ignore") return tok;
    await p.out.flush();
    await p.err.write(`${p.name}: ${msg}\n`);
    if (invalid === "abort") return null;
    if (invalid === "fail") status = 2;
    return tok;
  };
  /**
   * One line, written field by field as numfmt's process_line does (so a warning lands in
   * the middle of it). Blank-separated: a field is its leading blanks and the word, the one
   * blank after a word is the separator, and a converted field keeps the field's width.
   */
  const line = async (l: string): Promise<boolean> => {
    const parts: string[] = [];
    if (delim !== null) parts.push(...l.split(delim));
    else {
      let i = 0;
      while (i <= l.length) {
        const m = /^\s*\S*/.exec(l.slice(i))!;
        parts.push(m[0]);
        i += m[0].length + 1;
        if (i > l.length) break;
      }
    }
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) await p.out.write(delim ?? " ");
      const part = parts[i]!;
      if (!fields(i + 1)) {
        await p.out.write(part);
        continue;
      }
      let r = await convert(delim === null ? part.trimStart() : part);
      if (r === null) return false;
      if (r === part.trimStart() && delim === null) r = part;
      else if (delim === null && o.padding === 0 && (i > 0 || /^\s/.test(part))) r = r.padStart(part.length, " ");
      await p.out.write(r);
    }
    await p.out.write(eol);
    return true;
  };
  if (parsed.operands.length) {
    if (header) await p.warn("--header ignored with command-line input");
    for (const tok of parsed.operands) if (!(await line(tok))) return 2;
    return status;
  }
  const r = new LineReader(p.sys, 0, eol);
  for (let b = await r.batch(); b; b = await r.batch()) {
    for (const l of b) {
      if (header > 0) {
        header--;
        await p.out.write(l + eol);
        continue;
      }
      if (!(await line(l))) return 2;
    }
  }
  return status;
});

