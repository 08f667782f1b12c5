// Character device registry. Analogous to Linux's cdev_map (fs/char_dev.c): a device number
// (major, minor) -> the driver's open. Opening a character special file of any filesystem
// (devtmpfs, a mknod in /tmp) looks its rdev up here; no driver is ENXIO, as Linux says.

import type { Kernel } from "../kernel.ts";
import type { Task } from "../task/task.ts";
import type { Inode } from "./inode.ts";
import type { File } from "./file.ts";
import { vfsState, type ChrdevOpener } from "./state.ts";
import { ENXIO, Errno } from "../../uapi/errno.ts";
import { major, makedev } from "../../uapi/stat.ts";

export type { ChrdevOpener };

/** register_chrdev_region + cdev_add for one minor; minor -1 claims the whole major. */
export function registerChrdev(kernel: Kernel, maj: number, min: number, opener: ChrdevOpener): void {
  vfsState(kernel).chrdevs.set(min < 0 ? -1 - maj : makedev(maj, min), opener);
}

/** chrdev_open(): the driver's File for the device inode. */
export function openChrdev(task: Task, inode: Inode, flags: number, path: string): File {
  const devs = vfsState(task.kernel).chrdevs;
  const opener = devs.get(inode.rdev) ?? devs.get(-1 - major(inode.rdev));
  if (!opener) throw new Errno(ENXIO);
  return opener(task, inode, flags, path);
}
