// sort(1), GNU coreutils: the options and I/O; comparisons are in sort_keys.ts.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { openInput, closeInput, readText } from "../lib/input.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import { writeAll } from "../lib/stdio.ts";
import type { Key, KeyOpts } from "./sort_keys.ts";
import { applyLetters, emptyOpts, makeComparator, parseKey } from "./sort_keys.ts";

const LONGOPTS = [
  { name: "ignore-leading-blanks", has: 0 as const, key: "b" },
  { name: "dictionary-order", has: 0 as const, key: "d" },
  { name: "ignore-case", has: 0 as const, key: "f" },
  { name: "general-numeric-sort", has: 0 as const, key: "g" },
  { name: "human-numeric-sort", has: 0 as const, key: "h" },
  { name: "ignore-nonprinting", has: 0 as const, key: "i" },
  { name: "month-sort", has: 0 as const, key: "M" },
  { name: "numeric-sort", has: 0 as const, key: "n" },
  { name: "random-sort", has: 0 as const, key: "R" },
  { name: "reverse", has: 0 as const, key: "r" },
  { name: "version-sort", has: 0 as const, key: "V" },
  { name: "sort", has: 1 as const, key: "sort" },
  { name: "check", has: 2 as const, key: "c" },
  { name: "key", has: 1 as const, key: "k" },
  { name: "merge", has: 0 as const, key: "m" },
  { name: "output", has: 1 as const, key: "o" },
  { name: "stable", has: 0 as const, key: "s" },
  { name: "field-separator", has: 1 as const, key: "t" },
  { name: "unique", has: 0 as const, key: "u" },
  { name: "zero-terminated", has: 0 as const, key: "z" },
  { name: "buffer-size", has: 1 as const, key: "S" },
  { name: "temporary-directory", has: 1 as const, key: "T" },
  { name: "parallel", has: 1 as const, key: "parallel" },
  ...STD_LONGOPTS,
];

/** No ordering option but -r: plain byte order of whole lines. */
function isPlain(o: KeyOpts): boolean {
  return !(o.numeric || o.general || o.human || o.version || o.month || o.fold || o.dictionary || o.ignoreNonprinting || o.blanksStart);
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "bcCdfghik:Mmno:rRsS:t:T:uVz", LONGOPTS, 2);
  if (!parsed) return 2;
  const hv = await helpVersion(p, parsed, "Usage: sort [OPTION]... [FILE]...\n  or:  sort [OPTION]... --files0-from=F\nWrite sorted concatenation of all FILE(s) to standard output.\n", "Mike Haertel and Paul Eggert");
  if (hv !== null) return hv;
  const global = emptyOpts();
  const keySpecs: string[] = [];
  let sep: string | null = null;
  let check: "" | "c" | "C" = "";
  let unique = false;
  let stable = false;
  let output: string | undefined;
  let eol = "\n";
  for (const o of parsed.opts) {
    switch (o.key) {
      case "k": keySpecs.push(o.arg!); break;
      case "t":
        if (o.arg!.length !== 1 && o.arg !== "\\0") return usageError(p, "multi-character tab " + quote(o.arg!), 2);
        sep = o.arg === "\\0" ? "\0" : o.arg!;
        break;
      case "c": check = o.arg === "quiet" || o.arg === "silent" ? "C" : "c"; break;
      case "C": check = "C"; break;
      case "u": unique = true; break;
      case "s": stable = true; break;
      case "o": output = o.arg; break;
      case "z": eol = "\0"; break;
      case "m": case "S": case "T": case "parallel": break;
      case "sort": applyLetters(global, { numeric: "n", general: "g", human: "h", month: "M", version: "V", random: "R" }[o.arg!] ?? "", false); break;
      default: applyLetters(global, o.key, false);
    }
  }
  if (global.blanksStart) global.blanksEnd = true;
  const keys: Key[] = [];
  for (const s of keySpecs) {
    const k = parseKey(s, global);
    if (typeof k === "string") {
      await p.warn(k);
      return 2;
    }
    keys.push(k);
  }
  const cmp = makeComparator(keys, global, sep, stable || unique);
  const files = parsed.operands.length ? parsed.operands : ["-"];
  const sys = p.sys;
  let lines: string[] = [];
  for (const f of files) {
    let fd: number;
    try {
      fd = await openInput(sys, f);
    } catch (e) {
      await p.warn(`cannot read: ${quotef(f)}: ${errmsg(e)}`);
      return 2;
    }
    try {
      const text = await readText(sys, fd);
      const ls = text.split(eol);
      if (ls[ls.length - 1] === "") ls.pop();
      lines = lines.length ? lines.concat(ls) : ls;
    } catch (e) {
      await p.warn(`read failed: ${quotef(f)}: ${errmsg(e)}`);
      return 2;
    } finally {
      closeInput(sys, fd);
    }
  }
  if (check) {
    for (let i = 1; i < lines.length; i++) {
      const c = cmp(lines[i - 1]!, lines[i]!);
      if (c > 0 || (unique && c === 0)) {
        if (check === "c") await p.warn(`${files[0]}:${i + 1}: disorder: ${lines[i]}`);
        return 1;
      }
    }
    return 0;
  }
  if (keys.length === 0 && isPlain(global)) {
    // Whole lines in byte order: the engine's own string sort (no comparator call per pair)
    // orders by UTF-16 code units exactly as bytesCmp does; -r reverses it all, the last-resort
    // comparison included, and equal lines are identical, so stability cannot show.
    lines.sort();
    if (global.reverse) lines.reverse();
  } else lines.sort(cmp);
  if (unique) lines = lines.filter((l, i) => i === 0 || cmp(lines[i - 1]!, l) !== 0);
  const text = lines.length ? lines.join(eol) + eol : "";
  if (output !== undefined && output !== "-") {
    try {
      const fd = await sys.open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
      await writeAll(sys, fd, text);
      sys.close(fd);
    } catch (e) {
      await p.warn(`open failed: ${quotef(output)}: ${errmsg(e)}`);
      return 2;
    }
    return 0;
  }
  await p.out.write(text);
  return 0;
});
