// rm(1), GNU coreutils: -f, -i, -I, -r/-R, -d, -v, --preserve-root (default), --no-preserve-root.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { readdirNames, joinPath } from "../lib/dirent.ts";
import { LineReader } from "../lib/input.ts";
import { Errno, ENOENT, EISDIR } from "../../uapi/errno.ts";
import { S_ISDIR, S_ISREG } from "../../uapi/stat.ts";
import type { Stat } from "../../uapi/stat.ts";
import { fileTypeName } from "./stat_format.ts";

interface RmOpts {
  force: boolean;
  interactive: boolean;
  recursive: boolean;
  dir: boolean;
  verbose: boolean;
  preserveRoot: boolean;
  stdin: LineReader | null;
}

const LONGOPTS = [
  { name: "force", has: 0 as const, key: "f" },
  { name: "interactive", has: 2 as const, key: "interactive" },
  { name: "recursive", has: 0 as const, key: "r" },
  { name: "dir", has: 0 as const, key: "d" },
  { name: "verbose", has: 0 as const, key: "v" },
  { name: "preserve-root", has: 2 as const, key: "preserve-root" },
  { name: "no-preserve-root", has: 0 as const, key: "no-preserve-root" },
  { name: "one-file-system", has: 0 as const, key: "one-file-system" },
  ...STD_LONGOPTS,
];

/** Ask on stderr, read a line from stdin: yes if it starts with y or Y (rpmatch). */
export async function yesno(p: Proc, prompt: string, reader: { line(): Promise<string | null> }): Promise<boolean> {
  await p.out.flush();
  await p.err.write(prompt);
  const l = await reader.line();
  return l !== null && /^[yY]/.test(l);
}

async function remove(p: Proc, o: RmOpts, path: string, top: boolean): Promise<boolean> {
  const sys = p.sys;
  let st: Stat;
  try {
    st = sys.lstat(path);
  } catch (e) {
    if (o.force && e instanceof Errno && e.errno === ENOENT) return true;
    await p.warn(`cannot remove ${quote(path)}: ${errmsg(e)}`);
    return false;
  }
  if (S_ISDIR(st.mode)) {
    if (top) {
      const base = path.replace(/\/+$/, "").split("/").pop();
      if (base === "." || base === "..") {
        await p.warn(`refusing to remove '.' or '..' directory: skipping ${quote(path)}`);
        return false;
      }
    }
    if (!o.recursive) {
      if (o.dir) return rmdirOne(p, o, path);
      await p.warn(`cannot remove ${quote(path)}: ${errmsg(new Errno(EISDIR))}`);
      return false;
    }
    if (top && o.preserveRoot && isRoot(p, path)) {
      if (path === "/") await p.warn("it is dangerous to operate recursively on '/'");
      else await p.warn(`it is dangerous to operate recursively on ${quote(path)} (same as '/')`);
      await p.warn("use --no-preserve-root to override this failsafe");
      return false;
    }
    let names;
    try {
      names = await readdirNames(sys, path);
    } catch (e) {
      await p.warn(`cannot remove ${quote(path)}: ${errmsg(e)}`);
      return false;
    }
    if (o.interactive && names.length > 0 && o.stdin && !(await yesno(p, `rm: descend into directory ${quote(path)}? `, o.stdin))) return true;
    let ok = true;
    for (const d of names) {
      if (sys.need_resched()) await sys.sched_yield();
      if (!(await remove(p, o, joinPath(path, d.name), false))) ok = false;
    }
    if (!ok) return false;
    return rmdirOne(p, o, path);
  }
  if (o.interactive && o.stdin) {
    const what = S_ISREG(st.mode) && st.size === 0 ? "regular empty file" : fileTypeName(st.mode);
    if (!(await yesno(p, `rm: remove ${what} ${quote(path)}? `, o.stdin))) return true;
  }
  try {
    sys.unlink(path);
  } catch (e) {
    if (o.force && e instanceof Errno && e.errno === ENOENT) return true;
    await p.warn(`cannot remove ${quote(path)}: ${errmsg(e)}`);
    return false;
  }
  if (o.verbose) await p.out.write(`removed ${quote(path)}\n`);
  return true;
}

async function rmdirOne(p: Proc, o: RmOpts, path: string): Promise<boolean> {
  if (o.interactive && o.stdin && !(await yesno(p, `rm: remove directory ${quote(path)}? `, o.stdin))) return true;
  try {
    p.sys.rmdir(path);
  } catch (e) {
    await p.warn(`cannot remove ${quote(path)}: ${errmsg(e)}`);
    return false;
  }
  if (o.verbose) await p.out.write(`removed directory ${quote(path)}\n`);
  return true;
}

function isRoot(p: Proc, path: string): boolean {
  try {
    const a = p.sys.lstat(path);
    const r = p.sys.lstat("/");
    return a.ino === r.ino && a.dev === r.dev;
  } catch {
    return false;
  }
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "dfirvIR", LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: rm [OPTION]... [FILE]...\nRemove (unlink) the FILE(s).\n", "Paul Rubin, David MacKenzie, Richard M. Stallman,\nand Jim Meyering");
  if (hv !== null) return hv;
  const o: RmOpts = { force: false, interactive: false, recursive: false, dir: false, verbose: false, preserveRoot: true, stdin: null };
  for (const opt of parsed.opts) {
    switch (opt.key) {
      case "f": o.force = true; o.interactive = false; break;
      case "i": o.interactive = true; o.force = false; break;
      case "interactive": o.interactive = opt.arg === undefined || opt.arg === "always" || opt.arg === "yes"; break;
      case "I": break;
      case "r": case "R": o.recursive = true; break;
      case "d": o.dir = true; break;
      case "v": o.verbose = true; break;
      case "no-preserve-root": o.preserveRoot = false; break;
      case "preserve-root": o.preserveRoot = true; break;
    }
  }
  if (parsed.operands.length === 0) {
    if (o.force) return 0;
    return usageError(p, "missing operand");
  }
  if (o.interactive) o.stdin = new LineReader(p.sys, 0);
  let status = 0;
  for (const f of parsed.operands) if (!(await remove(p, o, f, true))) status = 1;
  return status;
});
