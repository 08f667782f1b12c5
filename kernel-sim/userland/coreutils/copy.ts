// The copy engine of cp (and of mv across filesystems), after GNU's copy.c: regular files by
// read/write, directories recursively, symlinks as links (-P, the default with -R/-a) or
// followed (-L), special files by mknod; -p/-a keep mode, owner and times.

import type { Proc } from "../lib/main.ts";
import { quote, errmsg } from "../lib/main.ts";
import { readdirNames, joinPath } from "../lib/dirent.ts";
import { writeAll } from "../lib/stdio.ts";
import { Errno, EEXIST, EISDIR, ENOENT, ENOTDIR } from "../../uapi/errno.ts";
import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY, AT_FDCWD, AT_SYMLINK_NOFOLLOW, SEEK_CUR } from "../../uapi/fcntl.ts";
import { S_ISDIR, S_ISLNK, S_ISREG, S_ISCHR, S_ISBLK, S_ISFIFO, S_ISSOCK } from "../../uapi/stat.ts";
import type { Stat } from "../../uapi/stat.ts";
import { yesno } from "./rm.ts";
import { LineReader } from "../lib/input.ts";

export interface CopyOpts {
  recursive: boolean;
  deref: "never" | "always" | "cmdline";
  preserveMode: boolean;
  preserveOwner: boolean;
  preserveTimes: boolean;
  noClobber: boolean;
  interactive: boolean;
  force: boolean;
  update: boolean;
  verbose: boolean;
  /** mv's wording: "renamed" in verbose output is printed by mv itself. */
  quietVerbose?: boolean;
  stdin?: LineReader;
}

export function sameFile(a: Stat, b: Stat): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

const SPARSE_BLOCK = 4096;

function allZero(b: Uint8Array): boolean {
  // Four bytes at a time where the block is aligned (it is, read buffers start at 0).
  if (b.byteOffset % 4 === 0 && b.length % 4 === 0) {
    const w = new Int32Array(b.buffer, b.byteOffset, b.length / 4);
    for (let i = 0; i < w.length; i++) if (w[i] !== 0) return false;
    return true;
  }
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

/** Write b, skipping (seeking over) every whole block of zeros in it. */
async function writeSparse(sys: Proc["sys"], fd: number, b: Uint8Array): Promise<void> {
  for (let at = 0; at < b.length; at += SPARSE_BLOCK) {
    const block = b.subarray(at, at + SPARSE_BLOCK);
    if (allZero(block)) sys.lseek(fd, block.length, SEEK_CUR);
    else await writeAll(sys, fd, block);
  }
}

async function copyData(p: Proc, src: string, dst: string, mode: number): Promise<void> {
  const sys = p.sys;
  const ifd = await sys.open(src, O_RDONLY);
  try {
    let ofd: number;
    try {
      ofd = await sys.open(dst, O_WRONLY | O_CREAT | O_TRUNC, mode);
    } catch (e) {
      throw { dst: true, e };
    }
    try {
      // --sparse=auto: a source with fewer blocks than its size has holes, so runs of zeros
      // are skipped with lseek instead of written, and the copy gets the same holes.
      const st = sys.fstat(ifd);
      const sparse = S_ISREG(st.mode) && st.blocks * 512 < st.size;
      let pos = 0;
      for (;;) {
        const b = await sys.read(ifd, 65536);
        if (b.length === 0) break;
        if (sparse) await writeSparse(sys, ofd, b);
        else await writeAll(sys, ofd, b);
        pos += b.length;
      }
      if (sparse) sys.ftruncate(ofd, pos); // a hole at the end still counts in the size
    } finally {
      sys.close(ofd);
    }
  } finally {
    sys.close(ifd);
  }
}

function keepAttrs(p: Proc, o: CopyOpts, dst: string, st: Stat, link: boolean): void {
  const sys = p.sys;
  if (o.preserveOwner) {
    try {
      if (link) sys.lchown(dst, st.uid, st.gid);
      else sys.chown(dst, st.uid, st.gid);
    } catch {
      // not permitted: GNU cp -p goes on silently for non-root
    }
  }
  if (o.preserveMode && !link) sys.chmod(dst, st.mode & 0o7777);
  if (o.preserveTimes) sys.utimensat(AT_FDCWD, dst, [st.atimeNs, st.mtimeNs], link ? AT_SYMLINK_NOFOLLOW : 0);
}

/** Copy src to dst (dst is the final name). Returns false after printing an error. */
export async function copyOne(p: Proc, o: CopyOpts, src: string, dst: string, top: boolean): Promise<boolean> {
  const sys = p.sys;
  let st: Stat;
  const follow = o.deref === "always" || (o.deref === "cmdline" && top);
  try {
    st = follow ? sys.stat(src) : sys.lstat(src);
  } catch (e) {
    await p.warn(`cannot stat ${quote(src)}: ${errmsg(e)}`);
    return false;
  }
  let dstSt: Stat | null = null;
  try {
    dstSt = sys.lstat(dst);
  } catch {
    dstSt = null;
  }
  if (dstSt && sameFile(st, dstSt) && !S_ISDIR(st.mode)) {
    await p.warn(`${quote(src)} and ${quote(dst)} are the same file`);
    return false;
  }
  if (S_ISDIR(st.mode)) {
    if (!o.recursive) {
      await p.warn(`-r not specified; omitting directory ${quote(src)}`);
      return false;
    }
    if (dstSt && !S_ISDIR(dstSt.mode)) {
      await p.warn(`cannot overwrite non-directory ${quote(dst)} with directory ${quote(src)}`);
      return false;
    }
    if (!dstSt) {
      try {
        sys.mkdir(dst, (st.mode & 0o7777) | 0o700);
      } catch (e) {
        await p.warn(`cannot create directory ${quote(dst)}: ${errmsg(e)}`);
        return false;
      }
      if (o.verbose) await p.out.write(`${quote(src)} -> ${quote(dst)}\n`);
    }
    let ok = true;
    let names;
    try {
      names = await readdirNames(sys, src);
    } catch (e) {
      await p.warn(`cannot access ${quote(src)}: ${errmsg(e)}`);
      return false;
    }
    for (const d of names) {
      if (sys.need_resched()) await sys.sched_yield();
      if (!(await copyOne(p, o, joinPath(src, d.name), joinPath(dst, d.name), false))) ok = false;
    }
    if (!dstSt) {
      if (o.preserveMode || o.preserveTimes || o.preserveOwner) keepAttrs(p, { ...o, preserveMode: true }, dst, st, false);
      else sys.chmod(dst, st.mode & 0o7777 & ~currentUmask(p));
    }
    return ok;
  }
  if (dstSt) {
    if (o.noClobber) return true;
    if (o.update && dstSt.mtimeNs >= st.mtimeNs) return true;
    if (o.interactive && o.stdin && !(await yesno(p, `${p.name}: overwrite ${quote(dst)}? `, o.stdin))) return true;
    if (S_ISDIR(dstSt.mode)) {
      await p.warn(`cannot overwrite directory ${quote(dst)} with non-directory`);
      return false;
    }
  }
  try {
    if (S_ISLNK(st.mode)) {
      if (dstSt) sys.unlink(dst);
      sys.symlink(sys.readlink(src), dst);
      keepAttrs(p, o, dst, st, true);
    } else if (S_ISREG(st.mode)) {
      try {
        await copyData(p, src, dst, st.mode & 0o777);
      } catch (e) {
        const inner = (e as { dst?: boolean; e?: unknown }).dst ? (e as { e: unknown }).e : e;
        if (o.force && dstSt && inner instanceof Errno) {
          sys.unlink(dst);
          await copyData(p, src, dst, st.mode & 0o777);
        } else if ((e as { dst?: boolean }).dst) {
          // "dir/" that does not exist: GNU names the trailing slash's complaint.
          const why = dst.endsWith("/") && inner instanceof Errno && inner.errno === EISDIR ? new Errno(ENOTDIR) : inner;
          await p.warn(`cannot create regular file ${quote(dst)}: ${errmsg(why)}`);
          return false;
        } else throw e;
      }
      if (o.preserveMode || o.preserveOwner || o.preserveTimes) keepAttrs(p, o, dst, st, false);
      else if (!dstSt) sys.chmod(dst, st.mode & 0o777 & ~currentUmask(p));
    } else if (S_ISCHR(st.mode) || S_ISBLK(st.mode) || S_ISFIFO(st.mode) || S_ISSOCK(st.mode)) {
      if (!o.recursive) {
        await copyData(p, src, dst, st.mode & 0o777);
      } else {
        if (dstSt) sys.unlink(dst);
        sys.mknod(dst, st.mode, st.rdev);
        keepAttrs(p, o, dst, st, false);
      }
    }
  } catch (e) {
    if (e instanceof Errno && e.errno === EEXIST) {
      await p.warn(`cannot create ${quote(dst)}: ${errmsg(e)}`);
      return false;
    }
    if (e instanceof Errno && e.errno === ENOENT) {
      await p.warn(`cannot create regular file ${quote(dst)}: ${errmsg(e)}`);
      return false;
    }
    await p.warn(`error copying ${quote(src)} to ${quote(dst)}: ${errmsg(e)}`);
    return false;
  }
  if (o.verbose && !o.quietVerbose) await p.out.write(`${quote(src)} -> ${quote(dst)}\n`);
  return true;
}

function currentUmask(p: Proc): number {
  const m = p.sys.umask(0);
  p.sys.umask(m);
  return m;
}

/** Is `inner` the directory `outer` or below it? (cp/mv "into itself" checks) */
export function isInside(p: Proc, outer: string, inner: string): boolean {
  const sys = p.sys;
  let o: Stat;
  try {
    o = sys.stat(outer);
  } catch {
    return false;
  }
  let cur = inner.replace(/\/+$/, "");
  for (;;) {
    const i = cur.lastIndexOf("/");
    if (i < 0) {
      cur = ".";
    } else cur = cur.slice(0, i) || "/";
    try {
      if (sameFile(sys.stat(cur), o)) return true;
    } catch {
      // the parent does not exist yet
    }
    if (cur === "/" || cur === ".") {
      try {
        return sameFile(sys.stat(cur), o);
      } catch {
        return false;
      }
    }
  }
}
