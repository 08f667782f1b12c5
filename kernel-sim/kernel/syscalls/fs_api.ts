// The path-level system calls, as the VFS provides them (kernel/syscalls/fs/): each takes the
// calling task first, then the Sys method's arguments. The Sys layer wraps the async ones in the
// syscall entry/exit work (signals, EINTR, preemption).

import type { Sys } from "../../userland/lib/sys.ts";
import type { Task } from "../task/task.ts";
import { ENOSYS, Errno } from "../../uapi/errno.ts";

export const FS_SYNC_CALLS = [
  "stat", "lstat", "fstat", "fstatat", "statfs", "fstatfs", "access", "faccessat", "getdents64",
  "mkdir", "mkdirat", "mknod", "rmdir", "unlink", "unlinkat", "rename", "renameat2", "link", "linkat",
  "symlink", "readlink", "readlinkat", "chmod", "fchmod", "fchmodat", "chown", "lchown", "fchown",
  "truncate", "ftruncate", "utimensat", "umask", "getcwd", "chdir", "fchdir", "chroot",
  "getxattr", "lgetxattr", "setxattr", "lsetxattr", "listxattr", "llistxattr", "removexattr", "lremovexattr",
  "mount", "umount2", "pivot_root",
] as const;
export const FS_ASYNC_CALLS = ["open", "openat"] as const;

export type FsSyncCall = (typeof FS_SYNC_CALLS)[number];
export type FsAsyncCall = (typeof FS_ASYNC_CALLS)[number];
export type FsCall = FsSyncCall | FsAsyncCall;

type WithTask<F> = F extends (...args: infer A) => infer R ? (task: Task, ...args: A) => R : never;

export type FsSyscalls = { [K in FsCall]: WithTask<Sys[K]> };

/** Until a VFS is registered every path call is ENOSYS (a kernel booted for task-only tests). */
export const noFsSyscalls: FsSyscalls = new Proxy({} as FsSyscalls, {
  get: (_t, name) => () => {
    throw new Errno(ENOSYS, String(name));
  },
});
