// Extended attributes. Analogous to fs/xattr.c (setxattr/getxattr/listxattr/removexattr and
// xattr_permission()). Rules from xattr(7):
// - a name needs a namespace prefix: "user.", "trusted.", "security." or "system." (else EOPNOTSUPP);
// - user.* only on regular files and directories (EPERM elsewhere), with read/write permission;
// - trusted.* needs CAP_SYS_ADMIN: hidden (ENODATA, not listed) from others, EPERM to set.

import type { Task } from "../../task/task.ts";
import type { Path } from "../../vfs/mount.ts";
import { pathAt } from "./at.ts";
import { checkPermission, checkWritable, MAY_READ, MAY_WRITE, ownerOrCapable } from "../../vfs/permission.ts";
import { CAP_SYS_ADMIN } from "../../cred/cred.ts";
import { ENODATA, EOPNOTSUPP, EPERM, ERANGE, Errno } from "../../../uapi/errno.ts";
import { AT_FDCWD, AT_SYMLINK_NOFOLLOW } from "../../../uapi/fcntl.ts";
import { S_ISVTX } from "../../../uapi/stat.ts";

/** XATTR_NAME_MAX. */
const XATTR_NAME_MAX = 255;

function at(task: Task, path: string, follow: boolean): Path {
  return pathAt(task, AT_FDCWD, path, follow ? 0 : AT_SYMLINK_NOFOLLOW);
}

function checkName(name: string): void {
  if (name.length === 0 || name.length > XATTR_NAME_MAX) throw new Errno(ERANGE);
  if (!/^(user|trusted|security|system)\./.test(name)) throw new Errno(EOPNOTSUPP);
}

/** xattr_permission(). */
function xattrPermission(task: Task, p: Path, name: string, mask: number): void {
  const inode = p.dentry.inode;
  if (name.startsWith("trusted.")) {
    if (!task.cred.capable(CAP_SYS_ADMIN)) throw new Errno(mask === MAY_WRITE ? EPERM : ENODATA);
    return;
  }
  if (name.startsWith("user.")) {
    if (!inode.isReg && !inode.isDir) throw new Errno(mask === MAY_WRITE ? EPERM : ENODATA);
    // Sticky directories: only the owner may set user.* there.
    if (inode.isDir && inode.mode & S_ISVTX && mask === MAY_WRITE && !ownerOrCapable(task, inode)) throw new Errno(EPERM);
  }
  if (name.startsWith("security.") || name.startsWith("system.")) {
    if (mask === MAY_WRITE && !task.cred.capable(CAP_SYS_ADMIN)) throw new Errno(EPERM);
    return;
  }
  checkPermission(task, inode, mask);
}

function get(task: Task, p: Path, name: string): Uint8Array {
  checkName(name);
  xattrPermission(task, p, name, MAY_READ);
  const inode = p.dentry.inode;
  if (!inode.ops.getxattr) throw new Errno(EOPNOTSUPP);
  const v = inode.ops.getxattr(inode, name);
  if (!v) throw new Errno(ENODATA);
  return v.slice();
}

function set(task: Task, p: Path, name: string, value: Uint8Array, flags: number): void {
  checkName(name);
  checkWritable(p);
  xattrPermission(task, p, name, MAY_WRITE);
  const inode = p.dentry.inode;
  if (!inode.ops.setxattr) throw new Errno(EOPNOTSUPP);
  inode.ops.setxattr(inode, name, value, flags);
}

function list(task: Task, p: Path): string[] {
  const inode = p.dentry.inode;
  const names = inode.ops.listxattr?.(inode) ?? [];
  const admin = task.cred.capable(CAP_SYS_ADMIN);
  return admin ? names : names.filter((n) => !n.startsWith("trusted."));
}

function remove(task: Task, p: Path, name: string): void {
  checkName(name);
  checkWritable(p);
  xattrPermission(task, p, name, MAY_WRITE);
  const inode = p.dentry.inode;
  if (!inode.ops.removexattr) throw new Errno(EOPNOTSUPP);
  inode.ops.removexattr(inode, name);
}

export const getxattr = (t: Task, path: string, name: string): Uint8Array => get(t, at(t, path, true), name);
export const lgetxattr = (t: Task, path: string, name: string): Uint8Array => get(t, at(t, path, false), name);
export const setxattr = (t: Task, path: string, name: string, v: Uint8Array, flags: number): void => set(t, at(t, path, true), name, v, flags);
export const lsetxattr = (t: Task, path: string, name: string, v: Uint8Array, flags: number): void => set(t, at(t, path, false), name, v, flags);
export const listxattr = (t: Task, path: string): string[] => list(t, at(t, path, true));
export const llistxattr = (t: Task, path: string): string[] => list(t, at(t, path, false));
export const removexattr = (t: Task, path: string, name: string): void => remove(t, at(t, path, true), name);
export const lremovexattr = (t: Task, path: string, name: string): void => remove(t, at(t, path, false), name);
