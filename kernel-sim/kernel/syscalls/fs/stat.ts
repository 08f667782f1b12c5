// stat(2) family, statfs(2), access(2), readlink(2). Analogous to fs/stat.c, fs/statfs.c and
// do_faccessat() in fs/open.c.

import type { Task } from "../../task/task.ts";
import type { Stat, Statfs } from "../../../uapi/stat.ts";
import { pathAt } from "./at.ts";
import { vfsGetattr, statfsOf } from "../../vfs/stat.ts";
import { lookupPath } from "../../vfs/namei.ts";
import { permitted, MAY_EXEC, MAY_READ, MAY_WRITE } from "../../vfs/permission.ts";
import { Cred } from "../../cred/cred.ts";
import { INIT_USER_NS, fromKgid, fromKuid } from "../../ns/user.ts";
import { EACCES, EBADF, EINVAL, EROFS, Errno } from "../../../uapi/errno.ts";
import { AT_EACCESS, AT_EMPTY_PATH, AT_FDCWD, AT_SYMLINK_NOFOLLOW, F_OK, R_OK, W_OK, X_OK } from "../../../uapi/fcntl.ts";

/**
 * cp_new_stat(): st_uid/st_gid are from_kuid_munged(current_user_ns(), ...): an owner with no
 * mapping in the caller's user namespace reads as the overflow ids 65534 (nobody/nogroup).
 */
function forReader(task: Task, st: Stat): Stat {
  const ns = task.cred.userNs;
  if (ns === INIT_USER_NS) return st;
  return { ...st, uid: fromKuid(ns, st.uid), gid: fromKgid(ns, st.gid) };
}

export function stat(task: Task, path: string): Stat {
  return forReader(task, vfsGetattr(pathAt(task, AT_FDCWD, path, 0).dentry.inode));
}

export function lstat(task: Task, path: string): Stat {
  return forReader(task, vfsGetattr(pathAt(task, AT_FDCWD, path, AT_SYMLINK_NOFOLLOW).dentry.inode));
}

export function fstat(task: Task, fd: number): Stat {
  const f = task.files.get(fd);
  if (f.ops.fstat) return forReader(task, f.ops.fstat(f));
  if (f.fpath) return forReader(task, vfsGetattr(f.fpath.dentry.inode));
  throw new Errno(EBADF);
}

export function fstatat(task: Task, dirfd: number, path: string, flags: number): Stat {
  if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH | 0x800 /* AT_NO_AUTOMOUNT */)) throw new Errno(EINVAL);
  if (path === "" && flags & AT_EMPTY_PATH && dirfd !== AT_FDCWD) return fstat(task, dirfd);
  return forReader(task, vfsGetattr(pathAt(task, dirfd, path, flags).dentry.inode));
}

export function statfs(task: Task, path: string): Statfs {
  return statfsOf(pathAt(task, AT_FDCWD, path, 0).mnt);
}

export function fstatfs(task: Task, fd: number): Statfs {
  const f = task.files.get(fd);
  if (!f.fpath) {
    // pipefs and sockfs are mounted nowhere, but statfs still answers (PIPEFS_MAGIC).
    return { type: 0x50495045, bsize: 4096, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0, fsid: 0, namelen: 255, frsize: 4096, flags: 0x20 };
  }
  return statfsOf(f.fpath.mnt);
}

/**
 * faccessat(2): "The check is done using the calling process's real UID and GID, rather than
 * the effective IDs" (unless AT_EACCESS); root's X_OK needs an x bit on a regular file.
 */
export function faccessat(task: Task, dirfd: number, path: string, mode: number, flags: number): void {
  if (mode & ~(R_OK | W_OK | X_OK)) throw new Errno(EINVAL);
  if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) throw new Errno(EINVAL);
  const saved = task.cred;
  if (!(flags & AT_EACCESS)) {
    const c = saved;
    task.cred = new Cred(c.uid, c.gid, c.uid, c.gid, c.suid, c.sgid, c.uid, c.gid, c.groups);
  }
  try {
    const p = pathAt(task, dirfd, path, flags);
    if (mode === F_OK) return;
    const inode = p.dentry.inode;
    let mask = 0;
    if (mode & R_OK) mask |= MAY_READ;
    if (mode & W_OK) mask |= MAY_WRITE;
    if (mode & X_OK) mask |= MAY_EXEC;
    if (mode & W_OK && p.mnt.readonly && (inode.isReg || inode.isDir || inode.isSymlink)) throw new Errno(EROFS);
    if (!permitted(task, inode, mask)) throw new Errno(EACCES);
  } finally {
    task.cred = saved;
  }
}

export function access(task: Task, path: string, mode: number): void {
  faccessat(task, AT_FDCWD, path, mode, 0);
}

export function readlinkat(task: Task, dirfd: number, path: string): string {
  const p = path === "" ? pathAt(task, dirfd, path, AT_EMPTY_PATH) : lookupPath(task, dirfd, path, 0);
  const inode = p.dentry.inode;
  if (!inode.isSymlink || !inode.ops.readlink) throw new Errno(EINVAL);
  inode.atimeNs = inode.now();
  return inode.ops.readlink(inode, task);
}

export function readlink(task: Task, path: string): string {
  return readlinkat(task, AT_FDCWD, path);
}

