// install(1): copy files and set their mode (-m, 0755 by default), owner (-o) and group
// (-g); -d makes directories (with parents), -D the leading directories of DEST; -t DIR,
// -T, -v ("removed", "creating directory", "'a' -> 'b'"), -b/-S backups, -C (leave an equal
// file alone), -p (keep times). -s is accepted but strips nothing: there is no strip(1).

import { gnuProgram as program } from "../lib/gnu.ts";
import type { Proc } from "../lib/main.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { adjustMode, compileMode } from "../lib/modes.ts";
import { UserDb } from "../lib/pwd.ts";
import { readAll, writeAll } from "../lib/stdio.ts";
import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import { S_ISDIR } from "../../uapi/stat.ts";
import { Errno, ENOENT } from "../../uapi/errno.ts";
import { basename } from "./basename.ts";
import { backupName, backupSuffix, backupType, type BackupType } from "./backup.ts";

interface Opts {
  mode: number;
  uid: number;
  gid: number;
  verbose: boolean;
  compare: boolean;
  preserveTimes: boolean;
  backup: BackupType;
  suffix: string;
}

/** mkdir -p with install's messages; false after an error. */
async function mkdirs(p: Proc, path: string, mode: number, o: Opts, last: boolean): Promise<boolean> {
  const parts = path.split("/");
  let cur = path.startsWith("/") ? "/" : "";
  for (let i = 0; i < parts.length; i++) {
    const c = parts[i]!;
    if (!c) continue;
    cur = cur === "" || cur.endsWith("/") ? cur + c : cur + "/" + c;
    const isLast = i === parts.length - 1 || parts.slice(i + 1).every((x) => !x);
    try {
      if (S_ISDIR(p.sys.stat(cur).mode)) {
        if (isLast && last) p.sys.chmod(cur, mode);
        continue;
      }
    } catch (e) {
      if (!(e instanceof Errno && e.errno === ENOENT)) {
        await p.warn(`cannot create directory ${quote(cur)}: ${errmsg(e)}`);
        return false;
      }
    }
    try {
      if (o.verbose) await p.out.write(`${p.name}: creating directory ${quote(cur)}\n`);
      p.sys.mkdir(cur, 0o755);
      if (isLast && last) {
        p.sys.chmod(cur, mode);
        if (o.uid >= 0 || o.gid >= 0) p.sys.chown(cur, o.uid, o.gid);
      }
    } catch (e) {
      await p.warn(`cannot create directory ${quote(cur)}: ${errmsg(e)}`);
      return false;
    }
  }
  return true;
}

async function installFile(p: Proc, src: string, dst: string, o: Opts): Promise<boolean> {
  const sys = p.sys;
  let data: Uint8Array;
  let srcSt;
  try {
    srcSt = sys.stat(src);
  } catch (e) {
    await p.warn(`cannot stat ${quote(src)}: ${errmsg(e)}`);
    return false;
  }
  if (S_ISDIR(srcSt.mode)) {
    await p.warn(`omitting directory ${quote(src)}`);
    return false;
  }
  try {
    const fd = await sys.open(src, O_RDONLY);
    data = await readAll(sys, fd);
    sys.close(fd);
  } catch (e) {
    await p.warn(`cannot open ${quote(src)} for reading: ${errmsg(e)}`);
    return false;
  }
  let exists = false;
  try {
    const st = sys.stat(dst);
    exists = true;
    if (st.ino === srcSt.ino && st.dev === srcSt.dev) {
      await p.warn(`${quote(src)} and ${quote(dst)} are the same file`);
      return false;
    }
    if (o.compare && (st.mode & 0o7777) === o.mode && st.size === data.length) {
      const fd = await sys.open(dst, O_RDONLY);
      const old = await readAll(sys, fd);
      sys.close(fd);
      if (old.every((b, i) => b === data[i])) return true;
    }
  } catch {
    exists = false;
  }
  let backedUp: string | null = null;
  if (exists) {
    backedUp = o.backup === "none" ? null : await backupName(p, dst, o.backup, o.suffix);
    try {
      if (backedUp !== null) sys.rename(dst, backedUp);
      else {
        sys.unlink(dst);
        if (o.verbose) await p.out.write(`removed ${quote(dst)}\n`);
      }
    } catch (e) {
      await p.warn(`cannot remove ${quote(dst)}: ${errmsg(e)}`);
      return false;
    }
  }
  try {
    const fd = await sys.open(dst, O_WRONLY | O_CREAT | O_TRUNC, 0o600);
    await writeAll(sys, fd, data);
    sys.fchmod(fd, o.mode);
    if (o.uid >= 0 || o.gid >= 0) sys.fchown(fd, o.uid, o.gid);
    sys.close(fd);
    if (o.preserveTimes) sys.utimensat(-100, dst, [srcSt.atimeNs, srcSt.mtimeNs], 0);
  } catch (e) {
    await p.warn(`cannot create regular file ${quote(dst)}: ${errmsg(e)}`);
    return false;
  }
  if (o.verbose) await p.out.write(`${quote(src)} -> ${quote(dst)}${backedUp !== null ? ` (backup: ${quote(backedUp)})` : ""}\n`);
  return true;
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "bcCdDg:m:o:psS:t:TvZ", [
    { name: "backup", has: 2, key: "backup" }, { name: "compare", has: 0, key: "C" },
    { name: "directory", has: 0, key: "d" }, { name: "group", has: 1, key: "g" },
    { name: "mode", has: 1, key: "m" }, { name: "owner", has: 1, key: "o" },
    { name: "preserve-timestamps", has: 0, key: "p" }, { name: "strip", has: 0, key: "s" },
    { name: "strip-program", has: 1, key: "strip-program" }, { name: "suffix", has: 1, key: "S" },
    { name: "target-directory", has: 1, key: "t" }, { name: "no-target-directory", has: 0, key: "T" },
    { name: "verbose", has: 0, key: "v" }, { name: "preserve-context", has: 0, key: "preserve-context" },
    { name: "context", has: 2, key: "Z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: install [OPTION]... [-T] SOURCE DEST\n  or:  install [OPTION]... SOURCE... DIRECTORY\n  or:  install [OPTION]... -t DIRECTORY SOURCE...\n  or:  install [OPTION]... -d DIRECTORY...\n", "David MacKenzie");
  if (hv !== null) return hv;
  const o: Opts = { mode: 0o755, uid: -1, gid: -1, verbose: false, compare: false, preserveTimes: false, backup: "none", suffix: "~" };
  let dirMode = false, leading = false, noTarget = false;
  let target: string | undefined;
  let suffixArg: string | undefined;
  const db = await new UserDb(p.sys).load();
  for (const x of parsed.opts) {
    const a = x.arg ?? "";
    switch (x.key) {
      case "b": case "backup": {
        const t = await backupType(p, x.key === "b" ? undefined : x.arg);
        if (t === null) return 1;
        o.backup = t;
        break;
      }
      case "S": suffixArg = a; if (o.backup === "none") o.backup = (await backupType(p, undefined)) ?? "existing"; break;
      case "C": o.compare = true; break;
      case "d": dirMode = true; break;
      case "D": leading = true; break;
      case "m": {
        const ch = compileMode(a);
        if (!ch) {
          await p.warn(`invalid mode ${quote(a)}`);
          return 1;
        }
        o.mode = adjustMode(0, ch, 0) & 0o7777;
        break;
      }
      case "o": {
        const u = /^[0-9]+$/.test(a) ? Number(a) : db.byName(a)?.uid;
        if (u === undefined) {
          await p.warn(`invalid user ${quote(a)}`);
          return 1;
        }
        o.uid = u;
        break;
      }
      case "g": {
        const g = /^[0-9]+$/.test(a) ? Number(a) : db.groupByName(a)?.gid;
        if (g === undefined) {
          await p.warn(`invalid group ${quote(a)}`);
          return 1;
        }
        o.gid = g;
        break;
      }
      case "p": o.preserveTimes = true; break;
      case "t": target = a; break;
      case "T": noTarget = true; break;
      case "v": o.verbose = true; break;
    }
  }
  o.suffix = backupSuffix(p, suffixArg);
  const ops = parsed.operands;
  if (dirMode) {
    if (ops.length === 0) return usageError(p, "missing file operand");
    let status = 0;
    for (const d of ops) if (!(await mkdirs(p, d, o.mode, o, true))) status = 1;
    return status;
  }
  if (ops.length === 0) return usageError(p, "missing file operand");
  if (target === undefined && ops.length === 1) return usageError(p, `missing destination file operand after ${quote(ops[0]!)}`);
  let dir: string | null = target ?? null;
  const sources = target !== undefined ? ops : ops.slice(0, -1);
  const last = ops[ops.length - 1]!;
  if (target === undefined && !noTarget) {
    let isDir = false;
    try {
      isDir = S_ISDIR(p.sys.stat(last).mode);
    } catch (e) {
      if (ops.length > 2 && !leading) {
        await p.warn(`target ${quote(last)}: ${errmsg(e)}`);
        return 1;
      }
    }
    if (isDir) dir = last;
    else if (ops.length > 2 && !leading) {
      await p.warn(`target ${quote(last)}: Not a directory`);
      return 1;
    }
  }
  if (leading) {
    const lead = dir ?? (last.includes("/") ? last.slice(0, last.lastIndexOf("/")) : "");
    if (lead && !(await mkdirs(p, lead, 0o755, o, false))) return 1;
    if (dir === null && ops.length > 2) dir = last;
  }
  let status = 0;
  for (const src of sources) {
    const dst = dir !== null ? (dir.endsWith("/") ? dir : dir + "/") + basename(src) : last;
    if (!(await installFile(p, src, dst, o))) status = 1;
  }
  return status;
});
