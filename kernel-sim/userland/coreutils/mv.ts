// mv(1), GNU coreutils: rename(2), or copy and remove across filesystems (EXDEV);
// -f -i -n -u -v -t -T, -b/--backup/-S (backup.ts). Checks in GNU's order: cannot stat, same file, dir onto non-dir,
// into itself.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { LineReader } from "../lib/input.ts";
import { Errno, EXDEV } from "../../uapi/errno.ts";
import { S_ISDIR } from "../../uapi/stat.ts";
import type { Stat } from "../../uapi/stat.ts";
import { copyOne, isInside, sameFile } from "./copy.ts";
import { basename } from "./basename.ts";
import { yesno } from "./rm.ts";
import { readdirNames, joinPath } from "../lib/dirent.ts";
import { backupName, backupSuffix, backupType, validBackupArg, type BackupType } from "./backup.ts";

async function removeTree(p: Proc, path: string): Promise<void> {
  const st = p.sys.lstat(path);
  if (S_ISDIR(st.mode)) {
    for (const d of await readdirNames(p.sys, path)) await removeTree(p, joinPath(path, d.name));
    p.sys.rmdir(path);
  } else p.sys.unlink(path);
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "bfinS:t:TuvZ", [
    { name: "backup", has: 2, key: "backup" },
    { name: "suffix", has: 1, key: "S" },
    { name: "force", has: 0, key: "f" },
    { name: "interactive", has: 0, key: "i" },
    { name: "no-clobber", has: 0, key: "n" },
    { name: "target-directory", has: 1, key: "t" },
    { name: "no-target-directory", has: 0, key: "T" },
    { name: "update", has: 2, key: "u" },
    { name: "verbose", has: 0, key: "v" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: mv [OPTION]... [-T] SOURCE DEST\n  or:  mv [OPTION]... SOURCE... DIRECTORY\n  or:  mv [OPTION]... -t DIRECTORY SOURCE...\nRename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.\n", "Mike Parker, David MacKenzie, and Jim Meyering");
  if (hv !== null) return hv;
  let interactive = false, noClobber = false, update = false, verbose = false, noTarget = false;
  let target: string | undefined;
  let backup: BackupType = "none";
  let suffixArg: string | undefined;
  for (const o of parsed.opts) {
    if (o.key === "b" || o.key === "backup") {
      // mv 9.1 first tries renameat2(RENAME_NOREPLACE) on SOURCE DEST, before it looks at
      // the backup type: with a bad type, a move to a new name still happens.
      const ops = parsed.operands;
      if (o.key === "backup" && o.arg !== undefined && !validBackupArg(o.arg) && ops.length === 2 && !parsed.opts.some((x) => x.key === "t")) {
        try {
          p.sys.renameat2(-100, ops[0]!, -100, ops[1]!, 1);
        } catch {
          // Not renamed: the normal path reports what is wrong.
        }
      }
      const t = await backupType(p, o.key === "b" ? undefined : o.arg);
      if (t === null) return 1;
      backup = t;
    } else if (o.key === "S") {
      suffixArg = o.arg;
      if (backup === "none") backup = (await backupType(p, undefined)) ?? "existing";
    }
    if (o.key === "f") interactive = noClobber = false;
    else if (o.key === "i") { interactive = true; noClobber = false; }
    else if (o.key === "n") { noClobber = true; interactive = false; }
    else if (o.key === "u") update = true;
    else if (o.key === "v") verbose = true;
    else if (o.key === "t") target = o.arg;
    else if (o.key === "T") noTarget = true;
  }
  if (backup !== "none" && noClobber) return usageError(p, "options --backup and --no-clobber are mutually exclusive");
  const suffix = backupSuffix(p, suffixArg);
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(p, "missing file operand");
  if (target === undefined && ops.length === 1) return usageError(p, `missing destination file operand after ${quote(ops[0]!)}`);
  const sys = p.sys;
  let dir: string | null = target ?? null;
  let sources = target !== undefined ? ops : ops.slice(0, -1);
  if (target === undefined && !noTarget) {
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
  }
  const stdin = interactive ? new LineReader(sys, 0) : null;
  let status = 0;
  for (const src of sources) {
    const dst = dir !== null ? (dir.endsWith("/") ? dir : dir + "/") + basename(src) : ops[ops.length - 1]!;
    let st: Stat;
    try {
      st = sys.lstat(src);
    } catch (e) {
      await p.warn(`cannot stat ${quote(src)}: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    let dstSt: Stat | null = null;
    try {
      dstSt = sys.lstat(dst);
    } catch {
      dstSt = null;
    }
    if (dstSt && sameFile(st, dstSt)) {
      await p.warn(`${quote(src)} and ${quote(dst)} are the same file`);
      status = 1;
      continue;
    }
    if (dstSt && S_ISDIR(st.mode) && !S_ISDIR(dstSt.mode)) {
      await p.warn(`cannot overwrite non-directory ${quote(dst)} with directory ${quote(src)}`);
      status = 1;
      continue;
    }
    if (dstSt && !S_ISDIR(st.mode) && S_ISDIR(dstSt.mode)) {
      await p.warn(`cannot overwrite directory ${quote(dst)} with non-directory`);
      status = 1;
      continue;
    }
    if (S_ISDIR(st.mode) && isInside(p, src, dst)) {
      await p.warn(`cannot move ${quote(src)} to a subdirectory of itself, ${quote(dst)}`);
      status = 1;
      continue;
    }
    if (dstSt) {
      if (noClobber) continue;
      if (update && dstSt.mtimeNs >= st.mtimeNs) continue;
      if (stdin && !(await yesno(p, `${p.name}: overwrite ${quote(dst)}? `, stdin))) continue;
    }
    let backedUp: string | null = null;
    if (dstSt && backup !== "none") {
      backedUp = await backupName(p, dst, backup, suffix);
      try {
        if (backedUp !== null) sys.rename(dst, backedUp);
      } catch (e) {
        await p.warn(`cannot backup ${quote(dst)}: ${errmsg(e)}`);
        status = 1;
        continue;
      }
    }
    try {
      sys.rename(src, dst);
    } catch (e) {
      if (e instanceof Errno && e.errno === EXDEV) {
        const ok = await copyOne(p, { recursive: true, deref: "never", preserveMode: true, preserveOwner: true, preserveTimes: true, noClobber: false, interactive: false, force: true, update: false, verbose: false }, src, dst, true);
        if (!ok) {
          status = 1;
          continue;
        }
        await removeTree(p, src);
      } else {
        await p.warn(`cannot move ${quote(src)} to ${quote(dst)}: ${errmsg(e)}`);
        status = 1;
        continue;
      }
    }
    if (verbose) await p.out.write(`renamed ${quote(src)} -> ${quote(dst)}${backedUp !== null ? ` (backup: ${quote(backedUp)})` : ""}\n`);
  }
  return status;
});
