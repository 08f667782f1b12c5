// cut(1): -b/-c byte or character lists, -f fields with -d, -s, --complement,
// --output-delimiter. Lists are "N", "N-", "-M", "N-M", comma-separated.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { LineReader, openInput, closeInput } from "../lib/input.ts";

/** Parse a list into sorted [lo, hi] ranges (1-based, hi Infinity); a string is the error. */
export function parseList(s: string, what: string): [number, number][] | string {
  const out: [number, number][] = [];
  for (const part of s.split(/[, ]/)) {
    const m = /^([0-9]*)(-?)([0-9]*)$/.exec(part);
    if (part === "-") return "invalid range with no endpoint: -";
    if (!m || part === "") return what === "fields" ? `invalid field value ${quote(part)}` : `invalid byte/character position ${quote(part)}`;
    const lo = m[1] ? Number(m[1]) : 1;
    const hi = m[2] ? (m[3] ? Number(m[3]) : Infinity) : lo;
    if ((m[1] && lo === 0) || (m[3] && Number(m[3]) === 0 && !m[1])) return what === "fields" ? "fields are numbered from 1" : "byte/character positions are numbered from 1";
    if (hi < lo) return "invalid decreasing range";
    out.push([lo, hi]);
  }
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

const inList = (ranges: [number, number][], i: number): boolean => ranges.some(([lo, hi]) => i >= lo && i <= hi);

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "b:c:d:f:nsz", [
    { name: "bytes", has: 1, key: "b" },
    { name: "characters", has: 1, key: "c" },
    { name: "delimiter", has: 1, key: "d" },
    { name: "fields", has: 1, key: "f" },
    { name: "only-delimited", has: 0, key: "s" },
    { name: "complement", has: 0, key: "complement" },
    { name: "output-delimiter", has: 1, key: "od" },
    { name: "zero-terminated", has: 0, key: "z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: cut OPTION... [FILE]...\nPrint selected parts of lines from each FILE to standard output.\n", "David M. Ihnat, David MacKenzie, and Jim Meyering");
  if (hv !== null) return hv;
  let mode: "b" | "c" | "f" | null = null;
  let listArg = "";
  let delim = "\t";
  let delimGiven = false;
  let onlyDelim = false;
  let complement = false;
  let outDelim: string | undefined;
  let eol = "\n";
  for (const o of parsed.opts) {
    if (o.key === "b" || o.key === "c" || o.key === "f") {
      if (mode !== null) return usageError(p, "only one list may be specified");
      mode = o.key;
      listArg = o.arg!;
    } else if (o.key === "d") {
      if (o.arg!.length > 1) return usageError(p, "the delimiter must be a single character");
      delim = o.arg || "\0";
      delimGiven = true;
    } else if (o.key === "s") onlyDelim = true;
    else if (o.key === "complement") complement = true;
    else if (o.key === "od") outDelim = o.arg;
    else if (o.key === "z") eol = "\0";
  }
  if (mode === null) return usageError(p, "you must specify a list of bytes, characters, or fields");
  if (mode !== "f" && delimGiven) return usageError(p, "an input delimiter may be specified only when operating on fields");
  if (mode !== "f" && onlyDelim) return usageError(p, "suppressing non-delimited lines makes sense\n\tonly when operating on fields");
  const ranges = parseList(listArg, mode === "f" ? "fields" : "bytes");
  if (typeof ranges === "string") return usageError(p, ranges);
  const sel = (i: number): boolean => inList(ranges, i) !== complement;
  const od = outDelim ?? (mode === "f" ? delim : "");
  const cutLine = (l: string): string | null => {
    if (mode === "f") {
      if (!l.includes(delim)) return onlyDelim ? null : l;
      return l.split(delim).filter((_, i) => sel(i + 1)).join(od);
    }
    // -b and -c are the same here (characters); --output-delimiter separates ranges.
    let out = "";
    let prevSel = false;
    let any = false;
    const chars = Array.from(l);
    for (let i = 0; i < chars.length; i++) {
      const s = sel(i + 1);
      if (s) {
        if (!prevSel && any && od) out += od;
        out += chars[i];
        any = true;
      }
      prevSel = s;
    }
    return out;
  };
  const files = parsed.operands.length ? parsed.operands : ["-"];
  let status = 0;
  for (const f of files) {
    let fd: number;
    try {
      fd = await openInput(p.sys, f);
    } catch (e) {
      await p.warn(`${quotef(f)}: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    const r = new LineReader(p.sys, fd, eol);
    let out = "";
    for (;;) {
      const batch = await r.batch();
      if (batch === null) break;
      for (const l of batch) {
        const c = cutLine(l);
        if (c !== null) out += c + eol;
      }
      await p.out.write(out);
      out = "";
    }
    closeInput(p.sys, fd);
  }
  return status;
});
