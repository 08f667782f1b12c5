// getpriority(2), setpriority(2) (kernel/sys.c) and clock_settime(2) (kernel/time/posix-timers.c).
// The nice value lives on the Task and is inherited by fork; the simulated scheduler does not
// weigh it yet, but nice(1), renice(1), ps and /proc/PID/stat show it as Linux does.

import type { Task } from "../task/task.ts";
import { installSyscalls } from "./register.ts";
import { EACCES, EINVAL, EPERM, ESRCH, Errno } from "../../uapi/errno.ts";
import { CLOCK_REALTIME } from "../../uapi/clock.ts";
import { PRIO_PGRP, PRIO_PROCESS, PRIO_USER, type SysSched } from "../../userland/lib/sys_sched.ts";

/** Capability numbers (linux/capability.h) these checks use. */
const CAP_SYS_NICE = 23;
const CAP_SYS_TIME = 25;

/** The tasks which/who names, as seen from t's pid namespace; EINVAL for a bad which. */
function targets(t: Task, which: number, who: number): Task[] {
  const ns = t.pidNs;
  switch (which) {
    case PRIO_PROCESS: {
      if (who === 0) return [t];
      const p = t.kernel.findTask(who, ns);
      return p ? [p] : [];
    }
    case PRIO_PGRP: {
      const pgrp = who === 0 ? t.pgrp : ns.pids.get(who);
      return pgrp ? [...pgrp.pgrpMembers] : [];
    }
    case PRIO_USER: {
      const uid = who === 0 ? t.cred.uid : who;
      return [...t.kernel.tasks].filter((x) => x.cred.uid === uid && x.state !== "Z" && x.state !== "X");
    }
  }
  throw new Errno(EINVAL);
}

function getpriority(t: Task, which: number, who: number): number {
  const list = targets(t, which, who);
  if (list.length === 0) throw new Errno(ESRCH);
  return Math.min(...list.map((x) => x.nice));
}

/** set_one_prio(): the permission checks in Linux's order. */
function setpriority(t: Task, which: number, who: number, prio: number): void {
  const list = targets(t, which, who);
  const nice = Math.max(-20, Math.min(19, Math.trunc(prio)));
  if (list.length === 0) throw new Errno(ESRCH);
  let err = 0;
  for (const p of list) {
    const c = t.cred;
    if (p.cred.uid !== c.euid && p.cred.euid !== c.euid && !c.capable(CAP_SYS_NICE)) {
      err = EPERM;
      continue;
    }
    if (nice < p.nice && !c.capable(CAP_SYS_NICE)) {
      err = EACCES;
      continue;
    }
    p.nice = nice;
  }
  if (err) throw new Errno(err);
}

function clockSettime(t: Task, clock: number, ns: bigint): void {
  if (clock !== CLOCK_REALTIME) throw new Errno(EINVAL);
  if (ns < 0n) throw new Errno(EINVAL);
  if (!t.cred.capable(CAP_SYS_TIME)) throw new Errno(EPERM);
  t.kernel.clock.settime(ns);
}

installSyscalls({ sync: { getpriority, setpriority, clock_settime: clockSettime } });

declare module "./sys_impl.ts" {
  interface SysImpl extends SysSched {}
}
