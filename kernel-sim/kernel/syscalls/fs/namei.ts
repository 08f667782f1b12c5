// Directory-entry system calls: mkdir, mknod, rmdir, unlink, rename, link, symlink.
// Analogous to do_mkdirat/do_mknodat/do_rmdir/do_unlinkat/do_renameat2/do_linkat/do_symlinkat
// in fs/namei.c, with their checks in Linux's order (see each function).

import type { Task } from "../../task/task.ts";
import type { Path } from "../../vfs/mount.ts";
import type { Dentry } from "../../vfs/dentry.ts";
import { lookupChild, lookupParent, lookupPath, LOOKUP_FOLLOW, type Parent } from "../../vfs/namei.ts";
import { checkPermission, checkSticky, checkWritable, MAY_EXEC, MAY_WRITE, permitted, MAY_READ } from "../../vfs/permission.ts";
import { isSubdir, vfsCreate, vfsLink, vfsRename, vfsSymlink, vfsUnlink } from "../../vfs/dir_ops.ts";
import { checkName } from "../../vfs/namei.ts";
import { CAP_FOWNER, CAP_MKNOD } from "../../cred/cred.ts";
import { EBUSY, EEXIST, EINVAL, EISDIR, ENOENT, ENOTDIR, ENOTEMPTY, EPERM, Errno, EXDEV } from "../../../uapi/errno.ts";
import { AT_EMPTY_PATH, AT_FDCWD, AT_REMOVEDIR, AT_SYMLINK_FOLLOW } from "../../../uapi/fcntl.ts";
import { S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFMT, S_IFREG, S_IFSOCK, S_ISGID, S_ISUID } from "../../../uapi/stat.ts";
import { pathAt } from "./at.ts";

const RENAME_NOREPLACE = 1;
const RENAME_EXCHANGE = 2;
const RENAME_WHITEOUT = 4;

/** filename_create(): the parent and the new name; EEXIST if taken, EROFS on a read-only mount. */
function filenameCreate(task: Task, dirfd: number, path: string, isDir: boolean): Parent {
  const p = lookupParent(task, dirfd, path);
  if (p.type !== "normal") throw new Errno(EEXIST);
  const existing = lookupChild(task, p.dir, p.last);
  if (existing) throw new Errno(EEXIST);
  if (p.trailingSlash && !isDir) throw new Errno(ENOENT);
  checkWritable(p.dir);
  return p;
}

/** may_create(): write and search permission on the directory. */
function mayCreate(task: Task, dir: Path): void {
  checkPermission(task, dir.dentry.inode, MAY_WRITE | MAY_EXEC);
}

/** is_local_mountpoint(): is something mounted on d in this namespace? */
function isMountpoint(d: Dentry): boolean {
  return d.mounted > 0;
}

/**
 * may_delete(): may the task remove victim from dir? Order: EACCES (write+search on dir),
 * EPERM (sticky), ENOTDIR/EISDIR (type against the call), EBUSY (a root or mount point).
 */
function mayDelete(task: Task, dir: Path, victim: Dentry, isDir: boolean): void {
  checkPermission(task, dir.dentry.inode, MAY_WRITE | MAY_EXEC);
  checkSticky(task, dir.dentry.inode, victim.inode);
  if (isDir) {
    if (!victim.inode.isDir) throw new Errno(ENOTDIR);
    if (victim.isRoot) throw new Errno(EBUSY);
  } else if (victim.inode.isDir) throw new Errno(EISDIR);
}

export function mkdirat(task: Task, dirfd: number, path: string, mode: number): void {
  const p = filenameCreate(task, dirfd, path, true);
  mayCreate(task, p.dir);
  vfsCreate(task, p.dir, p.last, S_IFDIR | (mode & 0o1777 & ~task.fs.umask), 0);
}

export function mkdir(task: Task, path: string, mode: number): void {
  mkdirat(task, AT_FDCWD, path, mode);
}

/** mknod(2): "EPERM: the caller is not privileged ... (CAP_MKNOD)" for devices, EINVAL for bad types. */
export function mknod(task: Task, path: string, mode: number, dev: number): void {
  let type = mode & S_IFMT;
  if (type === 0) type = S_IFREG;
  if (type === S_IFDIR) throw new Errno(EPERM);
  if (type !== S_IFREG && type !== S_IFCHR && type !== S_IFBLK && type !== S_IFIFO && type !== S_IFSOCK) throw new Errno(EINVAL);
  const p = filenameCreate(task, AT_FDCWD, path, false);
  mayCreate(task, p.dir);
  if ((type === S_IFCHR || type === S_IFBLK) && !task.cred.capable(CAP_MKNOD)) throw new Errno(EPERM);
  const rdev = type === S_IFCHR || type === S_IFBLK ? dev : 0;
  vfsCreate(task, p.dir, p.last, type | (mode & 0o7777 & ~task.fs.umask), rdev);
}

/** do_rmdir(): EINVAL for ".", ENOTEMPTY for "..", EBUSY for "/", then EROFS, ENOENT, may_delete, ENOTEMPTY. */
export function rmdirAt(task: Task, dirfd: number, path: string): void {
  const p = lookupParent(task, dirfd, path);
  if (p.type === "dot") throw new Errno(EINVAL);
  if (p.type === "dotdot") throw new Errno(ENOTEMPTY);
  if (p.type === "root") throw new Errno(EBUSY);
  checkWritable(p.dir);
  if (!lookupChild(task, p.dir, p.last)) throw new Errno(ENOENT);
  const d = p.dir.dentry.children.get(p.last)!;
  mayDelete(task, p.dir, d, true);
  if (isMountpoint(d)) throw new Errno(EBUSY);
  const rd = d.inode.ops.readdir?.(d.inode, task);
  if (rd) for (const _ of rd) throw new Errno(ENOTEMPTY);
  vfsUnlink(p.dir, p.last, d);
}

export function rmdir(task: Task, path: string): void {
  rmdirAt(task, AT_FDCWD, path);
}

/** do_unlinkat(): EISDIR for "."/"..", EROFS, ENOENT, then a trailing slash is ENOTDIR/EISDIR, may_delete, EBUSY. */
function unlinkAt(task: Task, dirfd: number, path: string): void {
  const p = lookupParent(task, dirfd, path);
  if (p.type !== "normal") throw new Errno(EISDIR);
  checkWritable(p.dir);
  if (!lookupChild(task, p.dir, p.last)) throw new Errno(ENOENT);
  const d = p.dir.dentry.children.get(p.last)!;
  if (p.trailingSlash) throw new Errno(d.inode.isDir ? EISDIR : ENOTDIR);
  mayDelete(task, p.dir, d, false);
  if (isMountpoint(d)) throw new Errno(EBUSY);
  vfsUnlink(p.dir, p.last, d);
}

export function unlink(task: Task, path: string): void {
  unlinkAt(task, AT_FDCWD, path);
}

export function unlinkat(task: Task, dirfd: number, path: string, flags: number): void {
  if (flags & ~AT_REMOVEDIR) throw new Errno(EINVAL);
  if (flags & AT_REMOVEDIR) rmdirAt(task, dirfd, path);
  else unlinkAt(task, dirfd, path);
}

export function symlink(task: Task, target: string, linkpath: string): void {
  symlinkat(task, target, AT_FDCWD, linkpath);
}

export function symlinkat(task: Task, target: string, dirfd: number, linkpath: string): void {
  checkName(target);
  const p = filenameCreate(task, dirfd, linkpath, false);
  mayCreate(task, p.dir);
  vfsSymlink(task, p.dir, p.last, target);
}

/**
 * may_linkat() with fs.protected_hardlinks=1 (Debian's default): a user may hard-link only
 * files they own, or regular non-setuid files they can read and write. - proc_sys_fs(5)
 */
function mayLink(task: Task, old: Path): void {
  const inode = old.dentry.inode;
  if (task.cred.fsuid === inode.uid || task.cred.capable(CAP_FOWNER)) return;
  if (!inode.isReg || inode.mode & S_ISUID || (inode.mode & (S_ISGID | 0o010)) === (S_ISGID | 0o010)) throw new Errno(EPERM);
  if (!permitted(task, inode, MAY_READ | MAY_WRITE)) throw new Errno(EPERM);
}

export function linkat(task: Task, olddirfd: number, oldpath: string, newdirfd: number, newpath: string, flags: number): void {
  if (flags & ~(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH)) throw new Errno(EINVAL);
  const old = oldpath === "" && flags & AT_EMPTY_PATH ? pathAt(task, olddirfd, "", AT_EMPTY_PATH) : lookupPath(task, olddirfd, oldpath, flags & AT_SYMLINK_FOLLOW ? LOOKUP_FOLLOW : 0);
  const p = filenameCreate(task, newdirfd, newpath, false);
  if (old.mnt !== p.dir.mnt) throw new Errno(EXDEV);
  mayLink(task, old);
  mayCreate(task, p.dir);
  if (old.dentry.inode.sb !== p.dir.dentry.inode.sb) throw new Errno(EXDEV);
  if (old.dentry.inode.isDir) throw new Errno(EPERM);
  if (old.dentry.deleted && old.dentry.inode.nlink === 0) throw new Errno(ENOENT);
  vfsLink(old, p.dir, p.last);
}

export function link(task: Task, oldpath: string, newpath: string): void {
  linkat(task, AT_FDCWD, oldpath, AT_FDCWD, newpath, 0);
}

/** do_renameat2() and vfs_rename(), checks in their order. */
export function renameat2(task: Task, olddirfd: number, oldpath: string, newdirfd: number, newpath: string, flags: number): void {
  if (flags & ~(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT)) throw new Errno(EINVAL);
  if (flags & (RENAME_NOREPLACE | RENAME_WHITEOUT) && flags & RENAME_EXCHANGE) throw new Errno(EINVAL);
  if (flags & RENAME_WHITEOUT) throw new Errno(EINVAL); // whiteouts arrive with overlayfs
  const exchange = (flags & RENAME_EXCHANGE) !== 0;
  const op = lookupParent(task, olddirfd, oldpath);
  const np = lookupParent(task, newdirfd, newpath);
  if (op.dir.mnt !== np.dir.mnt) throw new Errno(EXDEV);
  if (op.type !== "normal") throw new Errno(EBUSY);
  if (np.type !== "normal") throw new Errno(flags & RENAME_NOREPLACE ? EEXIST : EBUSY);
  checkWritable(op.dir);
  if (!lookupChild(task, op.dir, op.last)) throw new Errno(ENOENT);
  const moved = op.dir.dentry.children.get(op.last)!;
  const replacedPath = lookupChild(task, np.dir, np.last);
  const replaced = replacedPath ? np.dir.dentry.children.get(np.last)! : null;
  if (flags & RENAME_NOREPLACE && replaced) throw new Errno(EEXIST);
  if (exchange && !replaced) throw new Errno(ENOENT);
  if (exchange && replaced && !replaced.inode.isDir && np.trailingSlash) throw new Errno(ENOTDIR);
  if (!moved.inode.isDir && (op.trailingSlash || (!exchange && np.trailingSlash))) throw new Errno(ENOTDIR);
  // The trap: neither may be an ancestor of the other's new parent.
  if (isSubdir(np.dir.dentry, moved)) throw new Errno(EINVAL);
  if (replaced && !exchange && isSubdir(op.dir.dentry, replaced)) throw new Errno(ENOTEMPTY);
  if (replaced && replaced.inode === moved.inode) return; // "If oldpath and newpath are existing hard links referring to the same file, then rename() does nothing" - rename(2)
  const isDir = moved.inode.isDir;
  mayDelete(task, op.dir, moved, isDir);
  if (replaced) mayDelete(task, np.dir, replaced, exchange ? replaced.inode.isDir : isDir);
  else mayCreate(task, np.dir);
  if (op.dir.dentry !== np.dir.dentry) {
    // Moving a directory rewrites its "..": write permission on it. - vfs_rename
    if (isDir) checkPermission(task, moved.inode, MAY_WRITE);
    if (exchange && replaced?.inode.isDir) checkPermission(task, replaced.inode, MAY_WRITE);
  }
  if (isMountpoint(moved) || (replaced && isMountpoint(replaced))) throw new Errno(EBUSY);
  if (replaced && !exchange && replaced.inode.isDir) {
    const rd = replaced.inode.ops.readdir?.(replaced.inode, task);
    if (rd) for (const _ of rd) throw new Errno(ENOTEMPTY);
  }
  vfsRename(op.dir, op.last, moved, np.dir, np.last, replaced, exchange);
}

export function rename(task: Task, oldpath: string, newpath: string): void {
  renameat2(task, AT_FDCWD, oldpath, AT_FDCWD, newpath, 0);
}
