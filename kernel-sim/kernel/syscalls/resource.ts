// getrlimit(2), setrlimit(2), prlimit64(2): do_prlimit() in kernel/sys.c. The limits live on
// the Task (task/rlimit.ts); the checks run in Linux's order so the errno is the one Linux gives.

import type { Task } from "../task/task.ts";
import { installSyscalls } from "./register.ts";
import { applyRlimit, NR_OPEN } from "../task/rlimit.ts";
import { CAP_SYS_RESOURCE } from "../cred/cred.ts";
import { EINVAL, EPERM, ESRCH, Errno } from "../../uapi/errno.ts";
import { RLIMIT_NOFILE, RLIM_NLIMITS, type Rlimit } from "../../uapi/resource.ts";
import type { SysResource } from "../../userland/lib/sys_resource.ts";

function doPrlimit(caller: Task, t: Task, resource: number, next: Rlimit | null): Rlimit {
  if (!Number.isInteger(resource) || resource < 0 || resource >= RLIM_NLIMITS) throw new Errno(EINVAL);
  const cur = t.rlim[resource]!;
  const old = { cur: cur.cur, max: cur.max };
  if (next === null) return old;
  if (!(next.cur <= next.max) || next.cur < 0) throw new Errno(EINVAL);
  if (resource === RLIMIT_NOFILE && next.max > NR_OPEN) throw new Errno(EPERM);
  // "A privileged process may make arbitrary changes to either limit value." - getrlimit(2)
  if (next.max > cur.max && !caller.cred.capable(CAP_SYS_RESOURCE, t.cred.userNs)) throw new Errno(EPERM);
  cur.cur = next.cur;
  cur.max = next.max;
  applyRlimit(t, resource);
  return old;
}

function getrlimit(t: Task, resource: number): Rlimit {
  return doPrlimit(t, t, resource, null);
}

function setrlimit(t: Task, resource: number, rlim: Rlimit): void {
  doPrlimit(t, t, resource, rlim);
}

/** check_prlimit_permission(): another process needs matching uids and gids, or CAP_SYS_RESOURCE. */
function prlimit64(t: Task, pid: number, resource: number, newLimit: Rlimit | null): Rlimit {
  const target = pid === 0 ? t : t.kernel.findTask(pid, t.pidNs);
  if (!target) throw new Errno(ESRCH);
  if (target !== t) {
    const c = t.cred;
    const tc = target.cred;
    const same = c.uid === tc.euid && c.uid === tc.suid && c.uid === tc.uid && c.gid === tc.egid && c.gid === tc.sgid && c.gid === tc.gid;
    if (!same && !c.capable(CAP_SYS_RESOURCE, tc.userNs)) throw new Errno(EPERM);
  }
  return doPrlimit(t, target, resource, newLimit);
}

installSyscalls({ sync: { getrlimit, setrlimit, prlimit64 } });

declare module "./sys_impl.ts" {
  interface SysImpl extends SysResource {}
}
