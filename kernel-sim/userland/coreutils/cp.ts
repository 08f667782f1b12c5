// cp(1), GNU coreutils: SOURCE DEST, SOURCE... DIRECTORY, -t DIR, -T; -r -a -p -d -L -P -f -i
// -n -u -v. The copying itself is copy.ts.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { LineReader } from "../lib/input.ts";
import { S_ISDIR } from "../../uapi/stat.ts";
import { errmsg } from "../lib/main.ts";
import type { CopyOpts } from "./copy.ts";
import { copyOne, isInside } from "./copy.ts";
import { basename } from "./basename.ts";

const LONGOPTS = [
  { name: "archive", has: 0 as const, key: "a" },
  { name: "recursive", has: 0 as const, key: "r" },
  { name: "dereference", has: 0 as const, key: "L" },
  { name: "no-dereference", has: 0 as const, key: "P" },
  { name: "force", has: 0 as const, key: "f" },
  { name: "interactive", has: 0 as const, key: "i" },
  { name: "no-clobber", has: 0 as const, key: "n" },
  { name: "preserve", has: 2 as const, key: "preserve" },
  { name: "no-preserve", has: 1 as const, key: "no-preserve" },
  { name: "target-directory", has: 1 as const, key: "t" },
  { name: "no-target-directory", has: 0 as const, key: "T" },
  { name: "update", has: 2 as const, key: "u" },
  { name: "verbose", has: 0 as const, key: "v" },
  { name: "link", has: 0 as const, key: "l" },
  { name: "symbolic-link", has: 0 as const, key: "s" },
  { name: "one-file-system", has: 0 as const, key: "x" },
  { name: "parents", has: 0 as const, key: "parents" },
  { name: "sparse", has: 1 as const, key: "sparse" },
  { name: "reflink", has: 2 as const, key: "reflink" },
  ...STD_LONGOPTS,
];

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "abdfHiLlnPprRst:TuvxZ", LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: cp [OPTION]... [-T] SOURCE DEST\n  or:  cp [OPTION]... SOURCE... DIRECTORY\n  or:  cp [OPTION]... -t DIRECTORY SOURCE...\nCopy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.\n", "Torbjorn Granlund, David MacKenzie, and Jim Meyering");
  if (hv !== null) return hv;
  const o: CopyOpts = { recursive: false, deref: "cmdline", preserveMode: false, preserveOwner: false, preserveTimes: false, noClobber: false, interactive: false, force: false, update: false, verbose: false };
  let target: string | undefined;
  let noTarget = false;
  let derefSet = false;
  let hard = false;
  let soft = false;
  let parents = false;
  for (const opt of parsed.opts) {
    switch (opt.key) {
      case "a": o.recursive = true; o.preserveMode = o.preserveOwner = o.preserveTimes = true; if (!derefSet) o.deref = "never"; break;
      case "r": case "R": o.recursive = true; break;
      case "d": case "P": o.deref = "never"; derefSet = true; break;
      case "L": o.deref = "always"; derefSet = true; break;
      case "H": o.deref = "cmdline"; derefSet = true; break;
      case "f": o.force = true; break;
      case "parents": parents = true; break;
      case "i": o.interactive = true; o.noClobber = false; break;
      case "n": o.noClobber = true; o.interactive = false; break;
      case "p": o.preserveMode = o.preserveOwner = o.preserveTimes = true; break;
      case "preserve": {
        const what = (opt.arg ?? "mode,ownership,timestamps").split(",");
        for (const w of what) {
          if (w === "mode" || w === "all") o.preserveMode = true;
          if (w === "ownership" || w === "all") o.preserveOwner = true;
          if (w === "timestamps" || w === "all") o.preserveTimes = true;
        }
        break;
      }
      case "t": target = opt.arg; break;
      case "T": noTarget = true; break;
      case "u": o.update = true; break;
      case "v": o.verbose = true; break;
      case "l": hard = true; break;
      case "s": soft = true; break;
    }
  }
  if (o.recursive && !derefSet && o.deref === "cmdline") o.deref = "never";
  if (o.interactive) o.stdin = new LineReader(p.sys, 0);
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(p, "missing file operand");
  if (target === undefined && ops.length === 1) return usageError(p, `missing destination file operand after ${quote(ops[0]!)}`);
  const sys = p.sys;
  let dir: string | null = null;
  let sources = ops;
  if (target !== undefined) dir = target;
  else if (!noTarget) {
    const last = ops[ops.length - 1]!;
    let isDir = false;
    try {
      isDir = S_ISDIR(sys.stat(last).mode);
    } catch (e) {
      if (ops.length > 2) {
        await p.warn(`target ${quote(last)}: ${errmsg(e)}`);
        return 1;
      }
    }
    if (ops.length > 2 && !isDir) {
      await p.warn(`target ${quote(last)}: Not a directory`);
      return 1;
    }
    if (isDir) dir = last;
    sources = ops.slice(0, -1);
  } else sources = ops.slice(0, -1);
  if (parents && dir === null) return usageError(p, "with --parents, the destination must be a directory");
  let status = 0;
  for (const src of sources) {
    let dst = dir !== null ? (dir.endsWith("/") ? dir : dir + "/") + basename(src) : ops[ops.length - 1]!;
    if (parents && dir !== null) {
      // --parents: DIR/SOURCE with SOURCE's directories made first, each with its source's mode.
      const made = await makeParents(p, src, dir, o.verbose);
      if (made === null) {
        status = 1;
        continue;
      }
      dst = made;
    }
    if (o.recursive && isInside(p, src, dst)) {
      try {
        if (S_ISDIR(sys.stat(src).mode)) {
          await p.warn(`cannot copy a directory, ${quote(src)}, into itself, ${quote(dst)}`);
          status = 1;
          continue;
        }
      } catch {
        // reported by copyOne
      }
    }
    if (hard || soft) {
      try {
        if (soft) sys.symlink(src, dst);
        else sys.link(src, dst);
        if (o.verbose) await p.out.write(`${quote(src)} -> ${quote(dst)}\n`);
      } catch (e) {
        await p.warn(`cannot create ${soft ? "symbolic" : "hard"} link ${quote(dst)}: ${errmsg(e)}`);
        status = 1;
      }
      continue;
    }
    if (!(await copyOne(p, o, src, dst, true))) status = 1;
  }
  return status;
});

/** cp --parents: create DIR/a/b for SOURCE a/b/f (GNU's make_dir_parents_private); returns
 * DIR/a/b/f, or null after reporting a failure. */
async function makeParents(p: Proc, src: string, dir: string, verbose: boolean): Promise<string | null> {
  const sys = p.sys;
  const parts = src.split("/").filter((x) => x !== "");
  let from = src.startsWith("/") ? "" : ".";
  let to = dir.replace(/\/+$/, "");
  let shownFrom = src.startsWith("/") ? "" : null;
  for (const part of parts.slice(0, -1)) {
    from = from === "." ? part : `${from}/${part}`;
    shownFrom = shownFrom === null ? part : `${shownFrom}/${part}`;
    to = `${to}/${part}`;
    try {
      sys.stat(to);
      continue;
    } catch {
      // not there yet: make it below
    }
    try {
      const st = sys.stat(from);
      sys.mkdir(to, st.mode & 0o7777);
      if (verbose) await p.out.write(`${shownFrom} -> ${to}\n`);
    } catch (e) {
      await p.warn(`cannot make directory ${quote(to)}: ${errmsg(e)}`);
      return null;
    }
  }
  return `${to}/${parts[parts.length - 1] ?? ""}`;
}
