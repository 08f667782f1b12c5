// The fs_struct calls: umask, getcwd, chdir, fchdir, chroot; and getdents64. Analogous to
// fs/open.c (chdir, chroot), fs/d_path.c (getcwd), kernel/sys.c (umask), fs/readdir.c.

import type { Task } from "../../task/task.ts";
import type { Dirent } from "../../../uapi/stat.ts";
import { lookupPath, LOOKUP_DIRECTORY, LOOKUP_FOLLOW } from "../../vfs/namei.ts";
import { checkPermission, MAY_EXEC } from "../../vfs/permission.ts";
import { dPathFrom } from "../../vfs/d_path.ts";
import { CAP_SYS_CHROOT } from "../../cred/cred.ts";
import { EBADF, ENOENT, ENOTDIR, EPERM, Errno } from "../../../uapi/errno.ts";
import { AT_FDCWD, O_PATH } from "../../../uapi/fcntl.ts";

export function umask(task: Task, mask: number): number {
  const old = task.fs.umask;
  task.fs.umask = mask & 0o777;
  return old;
}

/**
 * getcwd(2): "ENOENT The current working directory has been unlinked"; a cwd outside the
 * task's root (after chroot) comes back prefixed with "(unreachable)". - getcwd(3)
 */
export function getcwd(task: Task): string {
  const cwd = task.fs.cwd;
  if (cwd.dentry.deleted) throw new Errno(ENOENT);
  const r = dPathFrom(cwd, task.fs.root);
  return r.reachable ? r.path : "(unreachable)" + r.path;
}

export function chdir(task: Task, path: string): void {
  const p = lookupPath(task, AT_FDCWD, path, LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
  checkPermission(task, p.dentry.inode, MAY_EXEC);
  task.fs.cwd = p;
}

export function fchdir(task: Task, fd: number): void {
  const f = task.files.get(fd);
  const p = f.fpath;
  if (!p) throw new Errno(EBADF);
  if (!p.dentry.inode.isDir) throw new Errno(ENOTDIR);
  checkPermission(task, p.dentry.inode, MAY_EXEC);
  task.fs.cwd = p;
}

/** chroot(2): path errors, EACCES (search), EPERM without CAP_SYS_CHROOT. The cwd stays. */
export function chroot(task: Task, path: string): void {
  const p = lookupPath(task, AT_FDCWD, path, LOOKUP_FOLLOW | LOOKUP_DIRECTORY);
  checkPermission(task, p.dentry.inode, MAY_EXEC);
  if (!task.cred.capable(CAP_SYS_CHROOT, task.cred.userNs)) throw new Errno(EPERM); // ns_capable(current_user_ns())
  task.fs.root = p;
}

export function getdents64(task: Task, fd: number): Dirent[] {
  const f = task.files.get(fd);
  if (f.flags & O_PATH) throw new Errno(EBADF);
  if (!f.ops.iterate) throw new Errno(ENOTDIR);
  return f.ops.iterate(f, task);
}
