// A read-only proc file as Linux makes one: mode 0444 stops an unprivileged writer at open
// (EACCES), but root passes the permission check, and write(2) then fails with EINVAL, since the
// file has no write method (vfs_write: "if (!file->f_op->write ...) return -EINVAL"). That is
// what `echo x > /proc/self/status` shows as root ("write error: Invalid argument").

import type { Task } from "../../task/task.ts";
import type { PFile } from "../pseudo/node.ts";
import { textFile } from "../pseudo/node.ts";
import { EINVAL, Errno } from "../../../uapi/errno.ts";

function noWrite(): void {
  throw new Errno(EINVAL);
}

export function roFile(key: string, show: (task: Task) => string, mode = 0o444): PFile {
  return textFile(key, show, mode, noWrite);
}
