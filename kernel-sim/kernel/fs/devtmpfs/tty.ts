// The tty character devices: /dev/tty (5,0), /dev/console (5,1), /dev/ptmx (5,2) and the pty
// slaves /dev/pts/N (136,N). Opening one is the tty layer's business (tty/index.ts).

import type { Kernel } from "../../kernel.ts";
import { registerChrdev } from "../../vfs/chrdev.ts";
import { ttyDriver } from "../../tty/index.ts";
import { minor } from "../../../uapi/stat.ts";

/** UNIX98_PTY_SLAVE_MAJOR. */
export const PTS_MAJOR = 136;

export function registerTtyDevices(kernel: Kernel): void {
  registerChrdev(kernel, 5, 0, (t, _i, flags) => ttyDriver(kernel).open(t, "tty", flags));
  registerChrdev(kernel, 5, 1, (t, _i, flags) => ttyDriver(kernel).open(t, "console", flags));
  registerChrdev(kernel, 5, 2, (t, _i, flags) => ttyDriver(kernel).open(t, "ptmx", flags));
  registerChrdev(kernel, PTS_MAJOR, -1, (t, inode, flags) => ttyDriver(kernel).open(t, { pts: minor(inode.rdev) }, flags));
}
