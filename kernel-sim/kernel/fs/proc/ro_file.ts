// A read-only proc file as Linux makes one: mode 0444 stops an unprivileged writer at open
// (EACCES), but root passes the permission check, and write(2) then fails with EINVAL, since the
// file has no write method (vfs_write: "if (!file->f_op->write ...) return -EINVAL"). That is
// what `echo x > /proc/self/status` shows as root ("write error: Invalid argument"). The
// system-wide files (proc_create_single: /proc/uptime, meminfo, ...) go through proc_reg_write,
// which says EIO instead.

import type { Task } from "../../task/task.ts";
import type { PFile } from "../pseudo/node.ts";
import { textFile } from "../pseudo/node.ts";
import { EINVAL, EIO, Errno } from "../../../uapi/errno.ts";

function noWrite(): void {
  throw new Errno(EINVAL);
}

function noProcWrite(): void {
  throw new Errno(EIO);
}

/** A /proc/PID file without a write method. */
export function roFile(key: string, show: (task: Task) => string, mode = 0o444): PFile {
  return textFile(key, show, mode, noWrite);
}

/** A system-wide /proc file without proc_write. */
export function roSysFile(key: string, show: (task: Task) => string): PFile {
  return textFile(key, show, 0o444, noProcWrite);
}
