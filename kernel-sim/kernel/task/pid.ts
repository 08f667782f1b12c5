// Process ids and pid namespaces. Analogous to Linux's struct pid and struct pid_namespace
// (include/linux/pid.h, pid_namespace.h): one Pid object per process, with a number in each
// pid namespace from the root down to the one it was created in ("NSpid:" in /proc/PID/status).
// Process groups and sessions are named by their leader's Pid.

import type { Task } from "./task.ts";
import { TOTALRAM_PAGES } from "../vfs/state.ts";

/** Linux's default /proc/sys/kernel/pid_max (as Debian's systemd sets it, 50-pid-max.conf). */
export const PID_MAX_DEFAULT = 4194304;

/**
 * max_threads, /proc/sys/kernel/threads-max: as fork_init() sizes it, RAM / (8 * THREAD_SIZE)
 * with 16 KiB kernel stacks - 16384 for the machine's 2 GiB. fork past it fails with EAGAIN.
 * (A browser tab holds that many simulated tasks; twice as many took some 2 GB of heap.)
 */
export const MAX_THREADS = (TOTALRAM_PAGES * 4096) / (8 * 16384);

export class PidNamespace {
  /** Numbers in use in this namespace -> the Pid. */
  readonly pids = new Map<number, Pid>();
  private last = 0;
  /** The child reaper: pid 1 of this namespace, once it exists. */
  reaper: Task | null = null;
  /** Set when pid 1 died: no new pids may be allocated (fork fails with ENOMEM). */
  dead = false;

  constructor(
    readonly parent: PidNamespace | null,
    /** The namespace's inode number, as /proc/PID/ns/pid shows it. */
    readonly inum: number,
  ) {}

  get level(): number {
    return this.parent ? this.parent.level + 1 : 0;
  }

  /** alloc_pid's number search: the next free number after the last one, wrapping at pid_max. */
  allocNr(): number {
    for (let tries = 0; tries < PID_MAX_DEFAULT; tries++) {
      this.last = this.last >= PID_MAX_DEFAULT - 1 ? 300 : this.last + 1;
      if (!this.pids.has(this.last)) return this.last;
    }
    throw new Error("pid space exhausted");
  }
}

export class Pid {
  /** numbers[i] is the number in namespaces[i]; index 0 is the root namespace. */
  readonly numbers: number[];
  /** The task with this pid, while it exists (PIDTYPE_PID). */
  task: Task | null = null;
  /** Tasks whose process group is this pid (PIDTYPE_PGID). */
  readonly pgrpMembers = new Set<Task>();
  /** Tasks whose session is this pid (PIDTYPE_SID). */
  readonly sessionMembers = new Set<Task>();

  constructor(readonly namespaces: PidNamespace[]) {
    this.numbers = namespaces.map((ns) => ns.allocNr());
    for (let i = 0; i < namespaces.length; i++) namespaces[i]!.pids.set(this.numbers[i]!, this);
  }

  /** The pid namespace the process was created in (the deepest). */
  get ns(): PidNamespace {
    return this.namespaces[this.namespaces.length - 1]!;
  }

  /** pid_nr_ns(): this pid's number as seen from ns, or 0 if it is not visible there. */
  nr(ns: PidNamespace): number {
    const i = ns.level;
    return this.namespaces[i] === ns ? this.numbers[i]! : 0;
  }

  /** free_pid(): once nothing refers to the number any more. */
  maybeFree(): void {
    if (this.task || this.pgrpMembers.size > 0 || this.sessionMembers.size > 0) return;
    for (let i = 0; i < this.namespaces.length; i++) {
      const ns = this.namespaces[i]!;
      if (ns.pids.get(this.numbers[i]!) === this) ns.pids.delete(this.numbers[i]!);
    }
  }
}
