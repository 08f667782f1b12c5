// The path-level system calls (syscalls/fs_api.ts's FsSyscalls), one function per Sys method,
// each taking the calling task first. Registered as kernel.fs by vfsInit().

import type { FsSyscalls } from "../fs_api.ts";
import { open, openat } from "./open.ts";
import { access, faccessat, fstat, fstatat, fstatfs, lstat, readlink, readlinkat, stat, statfs } from "./stat.ts";
import { link, linkat, mkdir, mkdirat, mknod, rename, renameat2, rmdir, symlink, unlink, unlinkat } from "./namei.ts";
import { chmod, chown, fchmod, fchmodat, fchown, ftruncate, lchown, truncate, utimensat } from "./attr.ts";
import { chdir, chroot, fchdir, getcwd, getdents64, umask } from "./fs_struct.ts";
import { getxattr, lgetxattr, listxattr, llistxattr, lremovexattr, lsetxattr, removexattr, setxattr } from "./xattr.ts";
import { mount, pivot_root, umount2 } from "./mount.ts";

export const fsSyscalls: FsSyscalls & { fstat: typeof fstat } = {
  open, openat,
  stat, lstat, fstat, fstatat, statfs, fstatfs, access, faccessat, readlink, readlinkat,
  getdents64,
  mkdir, mkdirat, mknod, rmdir, unlink, unlinkat, rename, renameat2, link, linkat, symlink,
  chmod, fchmod, fchmodat, chown, lchown, fchown, truncate, ftruncate, utimensat,
  umask, getcwd, chdir, fchdir, chroot,
  getxattr, lgetxattr, setxattr, lsetxattr, listxattr, llistxattr, removexattr, lremovexattr,
  mount, umount2, pivot_root,
};
