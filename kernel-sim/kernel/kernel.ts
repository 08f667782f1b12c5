// The machine's kernel: the global state every subsystem hangs off. One Kernel is one booted
// machine; nothing here is module-global, so tests can boot many side by side.

import type { Clock } from "./time/clock.ts";
import { Scheduler, type Macrotask } from "./sched/scheduler.ts";
import { PidNamespace } from "./task/pid.ts";
import type { Task } from "./task/task.ts";
import { UtsNamespace } from "./ns/uts.ts";
import type { ProgramMain } from "../userland/lib/sys.ts";
import { KernelLog } from "./printk.ts";
import { noFsSyscalls, type FsSyscalls } from "./syscalls/fs_api.ts";

/** The first inode number proc_alloc_inum() hands out; namespaces of init get the first ones. */
export const PROC_DYNAMIC_FIRST = 0xf0000000;

/** Well-known inode numbers of the initial namespaces (include/linux/proc_ns.h). */
export const PROC_IPC_INIT_INO = 0xeffffffff;
export const PROC_UTS_INIT_INO = 0xeffffffe;
export const PROC_USER_INIT_INO = 0xeffffffd;
export const PROC_PID_INIT_INO = 0xeffffffc;
export const PROC_CGROUP_INIT_INO = 0xeffffffb;
export const PROC_TIME_INIT_INO = 0xeffffffa;

export interface KernelOptions {
  clock: Clock;
  macrotask: Macrotask;
}

export class Kernel {
  readonly clock: Clock;
  readonly sched: Scheduler;
  readonly log: KernelLog;
  /** The initial pid namespace; init is pid 1 here. */
  readonly initPidNs: PidNamespace;
  readonly initUts: UtsNamespace;
  /** Every task that exists (zombies included), in creation order: for /proc and kill(-1). */
  readonly tasks = new Set<Task>();
  /** binfmt: executables name a built-in program by this key (see task/exec.ts). */
  readonly programs = new Map<string, ProgramMain>();
  /**
   * Subsystem state that lives in its own module (vfs, ttys, net, cgroups): each subsystem
   * registers itself here at boot, typed by its own module's accessor.
   */
  readonly subsys = new Map<string, unknown>();
  /** The path-level system calls, registered by the VFS at boot (syscalls/fs_api.ts). */
  fs: FsSyscalls = noFsSyscalls;
  private nextInum = PROC_DYNAMIC_FIRST;
  /** pipefs inode numbers, as "pipe:[N]" shows them. */
  private nextPipeIno = 20000;

  constructor(opts: KernelOptions) {
    this.clock = opts.clock;
    this.sched = new Scheduler(opts.clock, opts.macrotask);
    this.log = new KernelLog(opts.clock);
    this.initPidNs = new PidNamespace(null, PROC_PID_INIT_INO);
    this.initUts = new UtsNamespace(PROC_UTS_INIT_INO);
  }

  /** proc_alloc_inum(): a fresh inode number for a namespace. */
  allocInum(): number {
    return this.nextInum++;
  }

  allocPipeIno(): number {
    return this.nextPipeIno++;
  }

  /** The task with pid nr as seen from ns, if any (find_task_by_pid_ns). */
  findTask(nr: number, ns: PidNamespace): Task | undefined {
    const pid = ns.pids.get(nr);
    return pid?.task ?? undefined;
  }
}
