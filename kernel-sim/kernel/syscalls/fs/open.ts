// open(2)/openat(2): resolve and open (vfs/open.ts), then install the File in the fd table.

import type { Task } from "../../task/task.ts";
import type { File } from "../../vfs/file.ts";
import { openPath } from "../../vfs/open.ts";
import { AT_FDCWD, O_CLOEXEC } from "../../../uapi/fcntl.ts";
import { EMFILE, Errno } from "../../../uapi/errno.ts";

function install(task: Task, file: File, flags: number): number {
  try {
    return task.files.install(file, (flags & O_CLOEXEC) !== 0);
  } catch (e) {
    file.put();
    throw e;
  }
}

/** openat(2). Async because opening a FIFO waits for its other end - fifo(7). */
export async function openat(task: Task, dirfd: number, path: string, flags: number, mode = 0): Promise<number> {
  // do_sys_openat2() takes a descriptor (get_unused_fd_flags) before it looks at the path: a
  // full table is EMFILE whatever the name.
  let fd = 0;
  while (task.files.has(fd)) fd++;
  if (fd >= task.files.maxFds) throw new Errno(EMFILE);
  const f = openPath(task, dirfd, path, flags, mode);
  return install(task, f instanceof Promise ? await f : f, flags);
}

export function open(task: Task, path: string, flags: number, mode = 0): Promise<number> {
  return openat(task, AT_FDCWD, path, flags, mode);
}
