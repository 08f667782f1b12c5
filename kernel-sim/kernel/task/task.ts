// A process. Analogous to Linux's struct task_struct (include/linux/sched.h), with the parts of
// signal_struct and sighand_struct a single-threaded process needs folded in.
//
// A task runs one program at a time: an async function given a Sys handle (syscalls/sys_impl.ts).
// Blocking is always `await task.waitEvent(queue, condition)`, which is where a signal can cut a
// sleep short; see README.md beside this file for the run loop and its await points.

import type { Kernel } from "../kernel.ts";
import type { Pid, PidNamespace } from "./pid.ts";
import type { Cred } from "../cred/cred.ts";
import type { FdTable } from "./fdtable.ts";
import type { FsContext } from "../vfs/fs_struct.ts";
import type { Nsproxy } from "../ns/nsproxy.ts";
import type { SigHand } from "../signal/sighand.ts";
import { WaitQueue } from "../sched/waitqueue.ts";
import { SLICE_MS } from "../sched/scheduler.ts";
import type { Cgroup } from "../cgroup/cgroup.ts";
import type { Rlimit } from "../../uapi/resource.ts";
import { initRlimits } from "./rlimit.ts";

/** The letters /proc/PID/stat and ps print. R running, S sleeping, T stopped, Z zombie, X dead. */
export type TaskState = "R" | "S" | "D" | "T" | "Z" | "X";

/**
 * Thrown inside the kernel when a sleep is cut short by a signal; the syscall layer turns it
 * into a restart or EINTR (Linux's -ERESTARTSYS). Never reaches a program.
 */
export class Interrupted {
  static readonly instance = new Interrupted();
}

/** TASK_COMM_LEN - 1: the comm field holds 15 bytes. */
export const TASK_COMM_MAX = 15;

export class Task {
  // ---- identity and family (parent and children change on reparenting) ----
  parent: Task | null;
  readonly children = new Set<Task>();
  /** Process group and session, named by their leaders' Pids. */
  pgrp: Pid;
  session: Pid;

  // ---- life ----
  state: TaskState = "R";
  /** Set once do_exit() started: the task runs no more userland code. */
  exiting = false;
  /** wait status word for the parent: W_EXITCODE or the killing signal. Valid once a zombie. */
  exitCode = 0;
  /** Signal sent to the parent on exit (SIGCHLD for fork). */
  exitSignal: number;
  /**
   * Program generation. execve() and exit bump it, and a Sys handle of an older generation is
   * dead: the old program's pending calls never return.
   */
  gen = 0;

  // ---- resources ----
  cred: Cred;
  files: FdTable;
  fs: FsContext;
  nsproxy: Nsproxy;
  /** The cgroup (unified hierarchy) the task is in; null until the hierarchy adopts it (cgroup/root.ts taskCgroup). */
  cgroup: Cgroup | null = null;
  sighand: SigHand;
  /** Signals blocked by sigprocmask (bit N-1 for signal N). */
  blocked = 0n;
  /** Signals pending for this task (the shared pending set: no threads). */
  pending = 0n;
  /** recalc_sigpending(): some pending signal is not blocked. Kept in step with pending/blocked. */
  sigPending = false;
  /** Controlling terminal of the session (signal_struct->tty); a tty/ object. */
  ctty: unknown = null;
  /** The nice value, -20..19 (task_nice()): set by setpriority(2), inherited by fork. */
  nice = 0;
  /** Resource limits by RLIMIT_* (signal->rlim): copied by fork, kept by execve (rlimit.ts). */
  rlim: Rlimit[] = initRlimits();

  // ---- what runs ----
  comm: string;
  cmdline: string[] = [];
  environ: string[] = [];
  /** Path of the executable (/proc/PID/exe). */
  exe = "";
  /** prctl(PR_SET_PDEATHSIG): sent to this task when its parent exits; a child starts with 0. */
  pdeathSignal = 0;
  /** The task has called execve() since fork (setpgid on it then fails with EACCES). */
  execed = false;

  // ---- accounting (ns) ----
  readonly startTime: number;
  utimeNs = 0;
  stimeNs = 0;
  cutimeNs = 0;
  cstimeNs = 0;
  /** Host time (performance.now ms) when the task last got the CPU: for utime and the slice. */
  lastResume = 0;
  sliceStart = 0;
  private reschedCountdown = 64;

  /** alarm(2): the pending SIGALRM's deadline (ns since boot, 0 = none) and its timer. */
  alarmDeadline = 0;
  alarmCancel: (() => void) | null = null;

  // ---- job control reporting for wait4 ----
  /** Stopped and not yet reported to a WUNTRACED waiter. */
  stopPending = false;
  /** Continued and not yet reported to a WCONTINUED waiter. */
  contPending = false;
  /** Parent's sleepers in wait4: woken when a child changes state. */
  readonly childWait = new WaitQueue();
  /** Woken when a stopped task is continued or killed. */
  readonly stopWait = new WaitQueue();

  /** Cuts the current interruptible sleep short (set only while sleeping). */
  private interrupt: (() => void) | null = null;

  constructor(
    readonly kernel: Kernel,
    readonly pid: Pid,
    init: {
      parent: Task | null;
      pgrp: Pid;
      session: Pid;
      cred: Cred;
      files: FdTable;
      fs: FsContext;
      nsproxy: Nsproxy;
      sighand: SigHand;
      comm: string;
      exitSignal: number;
    },
  ) {
    this.parent = init.parent;
    this.pgrp = init.pgrp;
    this.session = init.session;
    this.cred = init.cred;
    this.files = init.files;
    this.fs = init.fs;
    this.nsproxy = init.nsproxy;
    this.sighand = init.sighand;
    this.comm = init.comm;
    this.exitSignal = init.exitSignal;
    this.startTime = kernel.clock.now();
    this.lastResume = this.sliceStart = performance.now();
    pid.task = this;
    init.pgrp.pgrpMembers.add(this);
    init.session.sessionMembers.add(this);
  }

  /** The pid namespace this task's pid lives in (task_active_pid_ns). */
  get pidNs(): PidNamespace {
    return this.pid.ns;
  }

  /** This task's pid as seen from its own namespace (what getpid() returns). */
  get tgid(): number {
    return this.pid.nr(this.pid.ns);
  }

  /** Is this pid 1 of its namespace (SIGNAL_UNKILLABLE)? */
  get isNsInit(): boolean {
    return this.pid.ns.reaper === this;
  }

  /** need_resched(): slice used up, or a signal waits. Cheap: looks at the clock every 64 calls. */
  needResched(): boolean {
    if (this.sigPending) return true;
    if (--this.reschedCountdown > 0) return false;
    this.reschedCountdown = 64;
    return performance.now() - this.sliceStart >= SLICE_MS;
  }

  /** Recompute sigPending after pending or blocked changed (recalc_sigpending). */
  recalcSigpending(): void {
    this.sigPending = (this.pending & ~this.blocked) !== 0n;
  }

  /**
   * wait_event_interruptible(): return when cond() holds, sleeping on the queues until then.
   * Returns undefined without sleeping when cond() already holds (the hot path). Throws
   * Interrupted if a signal arrives first.
   */
  waitEvent(queues: WaitQueue | readonly WaitQueue[], cond: () => boolean): Promise<void> | undefined {
    if (cond()) return undefined;
    return this.sleep(queues, cond, true);
  }

  /** wait_event(): as waitEvent, but signals do not cut it short (TASK_UNINTERRUPTIBLE, state D). */
  waitEventUninterruptible(queues: WaitQueue | readonly WaitQueue[], cond: () => boolean): Promise<void> | undefined {
    if (cond()) return undefined;
    return this.sleep(queues, cond, false);
  }

  private sleep(queues: WaitQueue | readonly WaitQueue[], cond: () => boolean, interruptible: boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (interruptible && this.sigPending) {
        reject(Interrupted.instance);
        return;
      }
      const list = queues instanceof WaitQueue ? [queues] : queues;
      const removers: (() => void)[] = [];
      // A stopped task sleeping until SIGCONT stays "T" for ps; others show S or D.
      const stopped = this.state === "T";
      if (!stopped) this.state = interruptible ? "S" : "D";
      const done = (): void => {
        for (const r of removers) r();
        this.interrupt = null;
        if (!stopped && (this.state === "S" || this.state === "D")) this.state = "R";
        this.lastResume = this.sliceStart = performance.now();
      };
      const check = (): void => {
        if (cond()) {
          done();
          resolve();
        }
      };
      for (const q of list) removers.push(q.add(check));
      if (interruptible) {
        this.interrupt = () => {
          done();
          reject(Interrupted.instance);
        };
      }
      this.kernel.sched.kick();
    });
  }

  /** signal_wake_up(): a signal became pending; end an interruptible sleep. */
  signalWakeUp(): void {
    this.interrupt?.();
  }

  /** Sleep until monotonic time reaches deadline (ns); interruptible. */
  sleepUntil(deadline: number): Promise<void> | undefined {
    const clock = this.kernel.clock;
    if (clock.now() >= deadline) return undefined;
    const wq = new WaitQueue();
    let fired = false;
    const cancel = clock.setTimer(deadline, () => {
      fired = true;
      wq.wakeUp();
    });
    const p = this.waitEvent(wq, () => fired);
    return p?.catch((e: unknown) => {
      cancel();
      throw e;
    });
  }

  /** Charge host time since the task last resumed as user time (called entering a syscall). */
  chargeUser(): void {
    const now = performance.now();
    const dt = (now - this.lastResume) * 1e6;
    this.utimeNs += dt;
    if (this.cgroup) this.cgroup.cpuUsageNs += dt;
    this.lastResume = now;
    const clock = this.kernel.clock;
    if (clock.virtual) clock.advance(dt);
  }

  setComm(name: string): void {
    this.comm = name.slice(0, TASK_COMM_MAX);
  }
}
