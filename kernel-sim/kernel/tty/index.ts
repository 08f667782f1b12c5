// The tty layer's entry points for the VFS: what opening /dev/tty, /dev/console, /dev/ptmx and
// /dev/pts/N does. (Implementation: pty.ts, line_discipline.ts in this folder.)

import type { Task } from "../task/task.ts";
import type { File } from "../vfs/file.ts";
import type { Kernel } from "../kernel.ts";
import { ENXIO, ENOENT, Errno } from "../../uapi/errno.ts";

export type TtyDevice = "tty" | "console" | "ptmx" | { pts: number };

export interface TtyDriver {
  open(task: Task, dev: TtyDevice, flags: number): File;
  /** Indexes of the pty slaves that exist now, for listing /dev/pts. */
  ptsIndexes(): number[];
  /** Owner and mode of /dev/pts/N (the slave's inode attributes). */
  ptsAttr(index: number): { uid: number; gid: number; mode: number } | undefined;
}

/** The tty driver of a kernel (registered by tty setup at boot). */
export function ttyDriver(kernel: Kernel): TtyDriver {
  const d = kernel.subsys.get("tty") as TtyDriver | undefined;
  if (d) return d;
  return {
    open(_t, dev) {
      throw new Errno(dev === "tty" ? ENXIO : ENOENT);
    },
    ptsIndexes: () => [],
    ptsAttr: () => undefined,
  };
}
