// csplit(1): split a file at context lines: N (before line N), /REGEX/[OFFSET] (before the
// matching line), %REGEX%[OFFSET] (skip to it), {N} or {*} to repeat the previous pattern.
// Pieces are xx00, xx01, ... (-f PREFIX, -n DIGITS, -b FORMAT); each one's size is printed
// unless -s; -z drops empty pieces; on an error the rest of the input becomes the last piece
// and every piece is removed unless -k - the order csplit.c does things in.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { compilePosix } from "../lib/regex.ts";
import { openInput, closeInput, readText } from "../lib/input.ts";
import { writeAll } from "../lib/stdio.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import { printfFormat } from "./printf_format.ts";

type Pattern =
  | { kind: "line"; n: number; text: string; repeat: number }
  | { kind: "re"; re: RegExp; skip: boolean; offset: number; text: string; repeat: number };

/** Parse the pattern operands; a string is the error message. */
function parsePatterns(args: string[]): Pattern[] | string {
  const out: Pattern[] = [];
  let lastLine = 0;
  for (const a of args) {
    const rep = /^\{(.*)\}$/.exec(a);
    if (rep || a.startsWith("{")) {
      const prev = out[out.length - 1];
      const body = rep ? rep[1]! : a.slice(1);
      if (!prev) return `${quote(a)}: invalid pattern`;
      if (body === "*") prev.repeat = Infinity;
      else if (/^[0-9]+$/.test(body) && rep) prev.repeat = Number(body);
      else return `${quote(rep ? a.slice(0, -1) : a)}${rep ? "}" : ""}: integer required between '{' and '}'`;
      continue;
    }
    if (a[0] === "/" || a[0] === "%") {
      const end = a.lastIndexOf(a[0]);
      if (end <= 0) return `${a}: closing delimiter '${a[0]}' missing`;
      const off = a.slice(end + 1);
      if (off !== "" && !/^[-+]?[0-9]+$/.test(off)) return `${quote(off)}: integer expected after delimiter`;
      let re: RegExp;
      try {
        re = compilePosix(a.slice(1, end), false);
      } catch {
        return `${quote(a.slice(1, end))}: invalid regular expression`;
      }
      out.push({ kind: "re", re, skip: a[0] === "%", offset: Number(off || "0"), text: a, repeat: 0 });
      continue;
    }
    if (!/^[0-9]+$/.test(a)) return `${quote(a)}: invalid pattern`;
    const n = Number(a);
    if (n === 0) return `${a}: line number must be greater than zero`;
    if (n < lastLine) return `line number ${quote(a)} is smaller than preceding line number, ${lastLine}`;
    lastLine = n;
    out.push({ kind: "line", n, text: a, repeat: 0 });
  }
  return out;
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "+b:f:kn:szq", [
    { name: "suffix-format", has: 1, key: "b" }, { name: "prefix", has: 1, key: "f" },
    { name: "keep-files", has: 0, key: "k" }, { name: "digits", has: 1, key: "n" },
    { name: "quiet", has: 0, key: "s" }, { name: "silent", has: 0, key: "s" },
    { name: "elide-empty-files", has: 0, key: "z" }, { name: "suppress-matched", has: 0, key: "suppress-matched" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: csplit [OPTION]... FILE PATTERN...\nOutput pieces of FILE separated by PATTERN(s) to files 'xx00', 'xx01', ...,\nand output byte counts of each piece to standard output.\n", "Stuart Kemp and David MacKenzie");
  if (hv !== null) return hv;
  let prefix = "xx", digits = 2, suffix: string | null = null, keep = false, silent = false, elide = false;
  for (const o of parsed.opts) {
    if (o.key === "f") prefix = o.arg!;
    else if (o.key === "n") digits = Number(o.arg);
    else if (o.key === "b") suffix = o.arg!;
    else if (o.key === "k") keep = true;
    else if (o.key === "s" || o.key === "q") silent = true;
    else if (o.key === "z") elide = true;
  }
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(p, "missing operand");
  if (ops.length === 1) return usageError(p, `missing operand after ${quote(ops[0]!)}`);
  const pats = parsePatterns(ops.slice(1));
  if (typeof pats === "string") {
    await p.warn(pats);
    return 1;
  }
  let text: string;
  try {
    const fd = await openInput(p.sys, ops[0]!);
    try {
      text = await readText(p.sys, fd);
    } finally {
      closeInput(p.sys, fd);
    }
  } catch (e) {
    await p.warn(`cannot open ${quote(ops[0]!)} for reading: ${errmsg(e)}`);
    return 1;
  }
  const lines = text.split("\n");
  const lastComplete = lines[lines.length - 1] === "";
  if (lastComplete) lines.pop();
  const lineText = (i: number): string => lines[i]! + (i < lines.length - 1 || lastComplete ? "\n" : "");
  const made: string[] = [];
  let chunkStart = 0; // 0-based first line of the pending piece
  // Lines examined so far (csplit.c's current_line): a regex looks from the next one, so
  // after a line-number split it may match the piece's first line, after a match it may not.
  let cur = 0;
  const write = async (endLine: number): Promise<void> => {
    let body = "";
    for (let i = chunkStart; i < Math.min(endLine, lines.length); i++) body += lineText(i);
    chunkStart = endLine;
    if (elide && body === "") return;
    const name = prefix + (suffix !== null ? printfFormat(suffix, [String(made.length)], () => {}).out : String(made.length).padStart(digits, "0"));
    const fd = await p.sys.open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
    await writeAll(p.sys, fd, body);
    p.sys.close(fd);
    made.push(name);
    if (!silent) await p.out.write(`${new TextEncoder().encode(body).length}\n`);
  };
  const fail = async (msg: string): Promise<number> => {
    await write(lines.length);
    // The sizes wait in stdout's buffer; the message goes out first.
    await p.err.write(`${p.name}: ${msg}\n`);
    if (!keep) for (const f of made) p.sys.unlink(f);
    return 1;
  };
  try {
    for (const pat of pats) {
      for (let rep = 0; rep <= pat.repeat; rep++) {
        const on = rep > 0 ? ` on repetition ${rep}` : "";
        if (pat.kind === "line") {
          const n = pat.n * (rep + 1);
          if (n > lines.length) {
            return await fail(`${quote(pat.text)}: line number out of range${on}`);
          }
          await write(n - 1);
          cur = n - 1;
          continue;
        }
        let hit = -1;
        for (let l = cur; l < lines.length; l++) {
          if (pat.re.test(lines[l]!)) {
            hit = l;
            break;
          }
        }
        if (hit < 0) {
          if (pat.repeat === Infinity && rep > 0) break;
          return await fail(`${quote(pat.text)}: match not found${on}`);
        }
        const at = hit + pat.offset;
        if (at > lines.length || at < chunkStart) return await fail(`${quote(pat.text)}: line number out of range${on}`);
        if (pat.skip) chunkStart = at;
        else await write(at);
        cur = hit + 1;
      }
    }
    await write(lines.length);
  } catch (e) {
    await p.warn(errmsg(e));
    return 1;
  }
  return 0;
});
