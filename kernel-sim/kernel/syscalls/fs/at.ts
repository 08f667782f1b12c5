// Shared decoding of the *at() path arguments: dirfd + path + AT_* flags -> a Path.

import type { Task } from "../../task/task.ts";
import type { Path } from "../../vfs/mount.ts";
import { lookupPath, LOOKUP_FOLLOW } from "../../vfs/namei.ts";
import { EBADF, ENOENT, Errno } from "../../../uapi/errno.ts";
import { AT_EMPTY_PATH, AT_FDCWD, AT_SYMLINK_NOFOLLOW } from "../../../uapi/fcntl.ts";

/** The Path a file descriptor was opened at (EBADF for AT_FDCWD-less pipes and sockets). */
export function fdPath(task: Task, fd: number): Path {
  if (fd === AT_FDCWD) return task.fs.cwd;
  const p = task.files.get(fd).fpath;
  if (!p) throw new Errno(EBADF);
  return p;
}

/** user_path_at(): resolve path from dirfd; AT_EMPTY_PATH with "" names dirfd itself. */
export function pathAt(task: Task, dirfd: number, path: string, flags: number, followByDefault = true): Path {
  if (path === "") {
    if (flags & AT_EMPTY_PATH) return fdPath(task, dirfd);
    throw new Errno(ENOENT);
  }
  const follow = followByDefault && !(flags & AT_SYMLINK_NOFOLLOW);
  return lookupPath(task, dirfd, path, follow ? LOOKUP_FOLLOW : 0);
}
