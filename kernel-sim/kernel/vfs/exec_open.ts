// STUB until the VFS lands (the VFS engineer replaces this file): execve's file lookup.
import type { Task } from "../task/task.ts";
import { ENOENT, Errno } from "../../uapi/errno.ts";

export function openExec(_task: Task, _path: string): { bytes: Uint8Array; path: string } {
  throw new Errno(ENOENT);
}
