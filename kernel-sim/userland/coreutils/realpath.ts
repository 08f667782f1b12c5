// realpath(1): the canonical absolute name (-e all must exist, -m none; default all but last).

import { gnuProgram as program } from "../lib/gnu.ts";
import { quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { canonicalize } from "../lib/canon.ts";
import type { CanMode } from "../lib/canon.ts";

/** The path from directory FROM to TO, both absolute and canonical ("." when equal). */
export function relativePath(from: string, to: string): string {
  const a = from.split("/").filter(Boolean);
  const b = to.split("/").filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/") || ".";
}

/** -s: the absolute name with "." and ".." removed by text alone, no symlink read. */
function lexical(cwd: string, f: string): string {
  const out: string[] = [];
  for (const c of (f.startsWith("/") ? f : cwd + "/" + f).split("/")) {
    if (c === "" || c === ".") continue;
    if (c === "..") out.pop();
    else out.push(c);
  }
  return "/" + out.join("/");
}

const under = (base: string, path: string): boolean => base === "/" || path === base || path.startsWith(base + "/");

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "eLmPqsz", [
    { name: "canonicalize-existing", has: 0, key: "e" },
    { name: "canonicalize-missing", has: 0, key: "m" },
    { name: "logical", has: 0, key: "L" },
    { name: "physical", has: 0, key: "P" },
    { name: "quiet", has: 0, key: "q" },
    { name: "strip", has: 0, key: "s" },
    { name: "no-symlinks", has: 0, key: "s" },
    { name: "zero", has: 0, key: "z" },
    { name: "relative-to", has: 1, key: "to" },
    { name: "relative-base", has: 1, key: "base" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: realpath [OPTION]... FILE...\nPrint the resolved absolute file name;\nall but the last component must exist\n", "Padraig Brady");
  if (hv !== null) return hv;
  let mode: CanMode = "all-but-last";
  let quiet = false;
  let follow = true;
  let eol = "\n";
  for (const o of parsed.opts) {
    if (o.key === "e") mode = "existing";
    else if (o.key === "m") mode = "missing";
    else if (o.key === "q") quiet = true;
    else if (o.key === "s") follow = false;
    else if (o.key === "z") eol = "\0";
  }
  const resolve = (f: string): string => (follow ? canonicalize(p.sys, f, mode, true) : lexical(p.sys.getcwd(), f));
  const toArg = parsed.opts.filter((o) => o.key === "to").pop()?.arg;
  const baseArg = parsed.opts.filter((o) => o.key === "base").pop()?.arg;
  let to: string | undefined;
  let base: string | undefined;
  try {
    if (toArg !== undefined) to = resolve(toArg);
    if (baseArg !== undefined) base = resolve(baseArg);
  } catch (e) {
    await p.warn(`${quotef((to === undefined ? toArg : baseArg)!)}: ${errmsg(e)}`);
    return 1;
  }
  // --relative-base alone makes names under BASE relative to it; with --relative-to, both the
  // name and DIR must be under BASE - realpath(1).
  if (to !== undefined && base !== undefined && !under(base, to)) {
    to = undefined;
    base = undefined;
  } else if (to === undefined && base !== undefined) to = base;
  if (parsed.operands.length === 0) return usageError(p, "missing operand");
  let status = 0;
  for (const f of parsed.operands) {
    try {
      const abs = resolve(f);
      const rel = to !== undefined && (base === undefined || under(base, abs));
      await p.out.write((rel ? relativePath(to!, abs) : abs) + eol);
    } catch (e) {
      if (!quiet) await p.warn(`${quotef(f)}: ${errmsg(e)}`);
      status = 1;
    }
  }
  return status;
});
