// execve(2)'s file lookup. Analogous to do_open_execat() (fs/exec.c): resolve the path
// following symlinks (ENOENT, ENOTDIR, ELOOP, EACCES on a search as namei says), then
// - "EACCES: The file or a script interpreter is not a regular file." - execve(2)
// - "EACCES: Execute permission is denied for the file" (root needs one x bit - capabilities(7))
// - "EACCES: The filesystem is mounted noexec." - execve(2)
// and read the whole file (our executables are small: a magic line or a #! script).

import type { Task } from "../task/task.ts";
import { lookupPath, LOOKUP_FOLLOW } from "./namei.ts";
import { checkPermission, MAY_EXEC } from "./permission.ts";
import { MNT_NOEXEC, MNT_NOSUID } from "./mount.ts";
import { dPath } from "./d_path.ts";
import { EACCES, Errno } from "../../uapi/errno.ts";
import { O_RDONLY } from "../../uapi/fcntl.ts";

/** What execve needs of the file: its content and path, and the set-id bits it may honour. */
export interface ExecFile {
  bytes: Uint8Array;
  path: string;
  mode: number;
  uid: number;
  gid: number;
  /** The mount has nosuid: set-user-ID and set-group-ID bits are ignored. */
  nosuid: boolean;
}

export function openExec(task: Task, path: string): ExecFile {
  const p = lookupPath(task, -100 /* AT_FDCWD */, path, LOOKUP_FOLLOW);
  const inode = p.dentry.inode;
  if (!inode.isReg || p.mnt.flags & MNT_NOEXEC) throw new Errno(EACCES);
  checkPermission(task, inode, MAY_EXEC);
  const name = dPath(p, task.fs.root);
  const file = inode.ops.open?.(inode, O_RDONLY, task, p, name);
  if (!file || file instanceof Promise || !file.ops.read) throw new Errno(EACCES);
  const bytes = file.ops.read(file, inode.size, task);
  file.put();
  if (bytes instanceof Promise) throw new Errno(EACCES);
  return { bytes, path: name, mode: inode.mode, uid: inode.uid, gid: inode.gid, nosuid: (p.mnt.flags & MNT_NOSUID) !== 0 };
}
