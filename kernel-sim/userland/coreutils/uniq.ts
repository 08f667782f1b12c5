// uniq(1): adjacent duplicate lines; -c counts ("%7d "), -d, -D, -u, -i, -f N, -s N, -w N.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, quotef, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { LineReader, openInput } from "../lib/input.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";

/** "%7d": the spaces that pad a count of 1..6 digits to seven columns. */
const PAD7 = ["", "      ", "     ", "    ", "   ", "  ", " "];

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "cdDf:is:uw:z", [
    { name: "count", has: 0, key: "c" },
    { name: "repeated", has: 0, key: "d" },
    { name: "all-repeated", has: 2, key: "D" },
    { name: "skip-fields", has: 1, key: "f" },
    { name: "ignore-case", has: 0, key: "i" },
    { name: "skip-chars", has: 1, key: "s" },
    { name: "unique", has: 0, key: "u" },
    { name: "group", has: 2, key: "group" },
    { name: "check-chars", has: 1, key: "w" },
    { name: "zero-terminated", has: 0, key: "z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: uniq [OPTION]... [INPUT [OUTPUT]]\nFilter adjacent matching lines from INPUT (or standard input),\nwriting to OUTPUT (or standard output).\n", "Richard M. Stallman and David MacKenzie");
  if (hv !== null) return hv;
  let count = false, dup = false, all = false, uniqOnly = false, icase = false;
  let skipF = 0, skipC = 0, check = Infinity;
  let eol = "\n";
  // Where an empty line separates groups: -D's METHOD, or --group's (which prints every line).
  let allMethod = "none";
  let groupMethod: string | null = null;
  for (const o of parsed.opts) {
    switch (o.key) {
      case "c": count = true; break;
      case "d": dup = true; break;
      case "D": {
        const m = o.arg === undefined ? "none" : await argmatch(p, o.arg, "--all-repeated", ["none", "prepend", "separate"]);
        if (m === null) return 1;
        all = true;
        allMethod = m;
        break;
      }
      case "group": {
        const m = o.arg === undefined ? "separate" : await argmatch(p, o.arg, "--group", ["prepend", "append", "separate", "both"]);
        if (m === null) return 1;
        groupMethod = m;
        break;
      }
      case "u": uniqOnly = true; break;
      case "i": icase = true; break;
      case "f": skipF = Number(o.arg); break;
      case "s": skipC = Number(o.arg); break;
      case "w": check = Number(o.arg); break;
      case "z": eol = "\0"; break;
    }
  }
  if (groupMethod !== null && (count || dup || all || uniqOnly)) return usageError(p, "--group is mutually exclusive with -c/-d/-D/-u");
  if (all && count) return usageError(p, "printing all duplicated lines and repeat counts is meaningless");
  const [inName = "-", outName] = parsed.operands;
  const sys = p.sys;
  let fd: number;
  try {
    fd = await openInput(sys, inName);
  } catch (e) {
    await p.warn(`${quotef(inName)}: ${errmsg(e)}`);
    return 1;
  }
  if (outName !== undefined && outName !== "-") {
    const ofd = await sys.open(outName, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
    sys.dup2(ofd, 1);
    sys.close(ofd);
  }
  const keyOf = (l: string): string => {
    let s = l;
    for (let i = 0; i < skipF; i++) s = s.replace(/^[ \t]*[^ \t]*/, "");
    s = s.slice(skipC);
    if (check !== Infinity) s = s.slice(0, check);
    return icase ? s.toLowerCase() : s;
  };
  const reader = new LineReader(sys, fd, eol);
  let prev: string | null = null;
  let prevKey = "";
  let n = 0;
  let group: string[] = [];
  // Output is gathered per input batch and written once per batch: an await per line would
  // cost a microtask turn per line (the hot path in `sort | uniq -c`).
  let buf = "";
  let groupsOut = 0;
  const emit = (): void => {
    if (prev === null) return;
    if (all || groupMethod !== null) {
      if (all && n < 2) return;
      const sepBefore = groupsOut > 0 ? allMethod !== "none" || groupMethod !== null : allMethod === "prepend" || groupMethod === "prepend" || groupMethod === "both";
      if (sepBefore) buf += eol;
      for (const l of group) buf += l + eol;
      groupsOut++;
      return;
    }
    if ((dup && n < 2) || (uniqOnly && n > 1)) return;
    buf += count ? (n < 1000000 ? PAD7[String(n).length]! + n : String(n)) + " " + prev + eol : prev + eol;
  };
  const plainKey = skipF === 0 && skipC === 0 && check === Infinity && !icase;
  for (;;) {
    const batch = await reader.batch();
    if (batch === null) break;
    for (const l of batch) {
      const k = plainKey ? l : keyOf(l);
      if (prev !== null && k === prevKey) {
        n++;
        if (all || groupMethod !== null) group.push(l);
        continue;
      }
      emit();
      prev = l;
      prevKey = k;
      n = 1;
      if (all || groupMethod !== null) group = [l];
    }
    if (buf.length > 0) {
      await p.out.write(buf);
      buf = "";
    }
  }
  emit();
  if (groupsOut > 0 && (groupMethod === "append" || groupMethod === "both")) buf += eol;
  await p.out.write(buf);
  return 0;
});

/** gnulib argmatch: METHOD must be one of `valid` (an unambiguous prefix is enough). */
async function argmatch(p: Proc, arg: string, option: string, valid: string[]): Promise<string | null> {
  const exact = valid.find((v) => v === arg);
  const matches = exact ? [exact] : valid.filter((v) => v.startsWith(arg));
  if (matches.length === 1 && arg !== "") return matches[0]!;
  await p.out.flush();
  const list = valid.map((v) => `  - '${v}'\n`).join("");
  await p.err.write(`${p.name}: ${matches.length > 1 ? "ambiguous" : "invalid"} argument ${quote(arg)} for '${option}'\nValid arguments are:\n${list}`);
  await usageError(p, null);
  return null;
}
