// Resource limits (analogous to Linux's signal_struct->rlim): one soft/hard pair per RLIMIT_*,
// copied by fork, kept across execve, changed by setrlimit(2)/prlimit(2) (syscalls/resource.ts).
// The kernel enforces RLIMIT_NOFILE (the fd table's size) and RLIMIT_NPROC (copy_process).

import type { Task } from "./task.ts";
import {
  RLIMIT_NOFILE, RLIM_INFINITY as INF, type Rlimit,
} from "../../uapi/resource.ts";
import { NR_OPEN_DEFAULT } from "./fdtable.ts";

/** fs.nr_open: no RLIMIT_NOFILE above this, even for root (- setrlimit(2) EPERM). */
export const NR_OPEN = 1048576;

/**
 * What pid 1 starts with on a Debian 12 host of ~1 GiB (INIT_RLIMITS plus systemd's
 * NOFILE 1024:524288 raised to Debian's 1048576 hard; NPROC and SIGPENDING scale with RAM).
 * Index: RLIMIT_* number. Order and values match /proc/self/limits there.
 */
const INIT: ReadonlyArray<readonly [number, number]> = [
  [INF, INF], // cpu
  [INF, INF], // fsize
  [INF, INF], // data
  [8388608, INF], // stack
  [0, INF], // core
  [INF, INF], // rss
  [7823, 7823], // nproc
  [NR_OPEN_DEFAULT, NR_OPEN], // nofile
  [8388608, 8388608], // memlock
  [INF, INF], // as
  [INF, INF], // locks
  [7823, 7823], // sigpending
  [819200, 819200], // msgqueue
  [0, 0], // nice
  [0, 0], // rtprio
  [INF, INF], // rttime
];

export function initRlimits(): Rlimit[] {
  return INIT.map(([cur, max]) => ({ cur, max }));
}

/** fork(): the child gets its own copy (signal_struct is per process). */
export function copyRlimits(r: readonly Rlimit[]): Rlimit[] {
  return r.map((l) => ({ cur: l.cur, max: l.max }));
}

/** rlimit(): the soft limit the kernel enforces. */
export function rlimit(t: Task, resource: number): number {
  return t.rlim[resource]!.cur;
}

/** A new limit takes effect: RLIMIT_NOFILE sizes the fd table. */
export function applyRlimit(t: Task, resource: number): void {
  if (resource === RLIMIT_NOFILE) t.files.maxFds = Math.min(t.rlim[resource]!.cur, NR_OPEN);
}

/** Processes of a real uid that count against RLIMIT_NPROC (zombies too, until reaped). */
export function nprocOf(t: Task): number {
  let n = 0;
  for (const x of t.kernel.tasks) if (x.cred.uid === t.cred.uid && x.state !== "X") n++;
  return n;
}

