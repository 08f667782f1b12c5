// The Sys handle a program gets: every system call of userland/lib/sys.ts, bound to one task and
// one program generation (an exec'd-away or dead program's calls never return). Handlers here
// are thin, as in Linux: decode, check in Linux's order, call into the kernel objects.

import type { ChildMain, PollFd, SigAction, Sys, WaitResult } from "../../userland/lib/sys.ts";
import { SIG_BLOCK, SIG_SETMASK, SIG_UNBLOCK } from "../../userland/lib/sys.ts";
import type { Task } from "../task/task.ts";
import type { Kernel } from "../kernel.ts";
import { syscall, exitToUser } from "./entry.ts";
import * as fd from "./fd.ts";
import * as proc from "./process.ts";
import { FS_ASYNC_CALLS, FS_SYNC_CALLS, type FsSyncCall, type FsSyscalls } from "./fs_api.ts";
import { copyProcess } from "../task/fork.ts";
import { doExit } from "../task/exit.ts";
import { wait4 } from "../task/wait.ts";
import { checkArgSize, commFromFilename, loadBinprm, resolveBinprm, type LinuxBinprm } from "../task/exec.ts";
import { startProgram } from "../task/run.ts";
import { killSyscall, sendSignal } from "../signal/send.ts";
import { handleSignals, never, NO_HANDLER } from "../signal/deliver.ts";
import { sigmask } from "../signal/sighand.ts";
import { Interrupted } from "../task/task.ts";
import { EINTR, EINVAL, EPERM, Errno } from "../../uapi/errno.ts";
import { SIGALRM, SIGKILL, SIGSTOP, NSIG } from "../../uapi/signal.ts";
import { W_EXITCODE } from "../../uapi/wait.ts";
import { CLOCK_BOOTTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID, CLOCK_REALTIME, USER_HZ } from "../../uapi/clock.ts";
import { RUSAGE_CHILDREN } from "../../uapi/resource.ts";
import type { Rusage, Tms } from "../../uapi/resource.ts";
import type { Termios, Winsize } from "../../uapi/termios.ts";
import { FIONREAD, TCGETS, TCSETS, TIOCGPGRP, TIOCGWINSZ, TIOCNOTTY, TIOCSCTTY, TIOCSPGRP, TIOCSWINSZ } from "../../uapi/termios.ts";
import { NEW_UTS_LEN, UTS_MACHINE, UTS_RELEASE, UTS_SYSNAME, UTS_VERSION } from "../ns/uts.ts";
import type { Utsname } from "../../uapi/utsname.ts";
import { CAP_SYS_ADMIN } from "../cred/cred.ts";
import { copyCredsForNs, copyNamespaces } from "../task/fork.ts";
import { fromKgid, fromKuid, makeKgid, makeKuid } from "../ns/user.ts";
import { nsOwner } from "../ns/ns_common.ts";
import { commitUnshare, execTaskNamespaces, setnsFd } from "../ns/setns.ts";
import { CLONE_NEWNS, CLONE_NEWPID } from "../../uapi/sched.ts";
import { cpuBurn } from "../cgroup/cpu_burn.ts";

const encoder = new TextEncoder();
const UNBLOCKABLE = sigmask(SIGKILL) | sigmask(SIGSTOP);

function checkSig(sig: number): void {
  if (!Number.isInteger(sig) || sig < 1 || sig >= NSIG) throw new Errno(EINVAL);
}

/** make_kuid() for a set*id argument: EINVAL when the id has no mapping (-1 may mean "unchanged"). */
function kuidOf(t: Task, uid: number, minusOneOk = false): number {
  if (minusOneOk && uid === -1) return -1;
  const k = makeKuid(t.cred.userNs, uid);
  if (k < 0) throw new Errno(EINVAL);
  return k;
}
function kgidOf(t: Task, gid: number, minusOneOk = false): number {
  if (minusOneOk && gid === -1) return -1;
  const k = makeKgid(t.cred.userNs, gid);
  if (k < 0) throw new Errno(EINVAL);
  return k;
}

export class SysImpl {
  readonly kernel: Kernel;
  private readonly fs: FsSyscalls;

  constructor(
    readonly task: Task,
    readonly gen: number,
  ) {
    this.kernel = task.kernel;
    this.fs = task.kernel.fs;
  }

  private call<T>(name: string, op: () => T | Promise<T>): Promise<T> {
    return syscall(this.task, this.gen, name, op);
  }

  // ---- identity ----
  getpid(): number {
    return this.task.tgid;
  }
  getppid(): number {
    const p = this.task.parent;
    return p ? p.pid.nr(this.task.pidNs) : 0;
  }
  gettid(): number {
    return this.task.tgid;
  }
  getpgrp(): number {
    return this.task.pgrp.nr(this.task.pidNs);
  }
  getpgid(pid: number): number {
    return proc.getpgid(this.task, pid);
  }
  setpgid(pid: number, pgid: number): void {
    proc.setpgid(this.task, pid, pgid);
  }
  getsid(pid: number): number {
    return proc.getsid(this.task, pid);
  }
  setsid(): number {
    return proc.setsid(this.task);
  }
  // Credentials hold kernel ids; the task sees them through its user namespace (ns/user.ts).
  getuid(): number {
    return fromKuid(this.task.cred.userNs, this.task.cred.uid);
  }
  geteuid(): number {
    return fromKuid(this.task.cred.userNs, this.task.cred.euid);
  }
  getgid(): number {
    return fromKgid(this.task.cred.userNs, this.task.cred.gid);
  }
  getegid(): number {
    return fromKgid(this.task.cred.userNs, this.task.cred.egid);
  }
  getgroups(): number[] {
    const ns = this.task.cred.userNs;
    return this.task.cred.groups.map((g) => fromKgid(ns, g));
  }
  setuid(uid: number): void {
    proc.setuid(this.task, kuidOf(this.task, uid));
  }
  setgid(gid: number): void {
    proc.setgid(this.task, kgidOf(this.task, gid));
  }
  setresuid(r: number, e: number, s: number): void {
    proc.setresuid(this.task, kuidOf(this.task, r, true), kuidOf(this.task, e, true), kuidOf(this.task, s, true));
  }
  setresgid(r: number, e: number, s: number): void {
    proc.setresgid(this.task, kgidOf(this.task, r, true), kgidOf(this.task, e, true), kgidOf(this.task, s, true));
  }
  setgroups(groups: number[]): void {
    // setgroups(2) is EPERM in a user namespace whose /proc/PID/setgroups says "deny".
    if (!this.task.cred.userNs.setgroupsAllowed) throw new Errno(EPERM);
    proc.setgroups(this.task, groups.map((g) => kgidOf(this.task, g)));
  }
  prctl_set_name(name: string): void {
    this.task.setComm(name);
  }
  prctl_set_pdeathsig(sig: number): void {
    if (sig !== 0) checkSig(sig);
    this.task.pdeathSignal = sig;
  }
  prctl_get_pdeathsig(): number {
    return this.task.pdeathSignal;
  }
  prctl_get_name(): string {
    return this.task.comm;
  }

  // ---- process life ----
  fork(child: ChildMain): number {
    return this.clone(0, child);
  }
  clone(flags: number, child: ChildMain): number {
    const c = copyProcess(this.kernel, this.task, flags);
    startProgram(c, child);
    return c.pid.nr(this.task.pidNs);
  }
  execve(path: string, argv: string[], envp: string[]): Promise<never> {
    const t = this.task;
    return this.call("execve", () => {
      checkArgSize(argv, envp);
      const bprm = resolveBinprm(t, path, argv);
      if (bprm.main) return beginNewExec(t, bprm, path, envp);
      // A program's first exec loads its code; a signal may kill the task meanwhile.
      return loadBinprm(t, bprm).then(() => (t.gen === this.gen ? beginNewExec(t, bprm, path, envp) : never()));
    });
  }

  exit(status: number): Promise<never> {
    if (this.task.gen === this.gen) doExit(this.task, W_EXITCODE(status & 0xff, 0));
    return never();
  }
  wait4(pid: number, options: number): Promise<WaitResult> {
    return this.call("wait4", () => wait4(this.task, pid, options));
  }

  // ---- signals ----
  kill(pid: number, sig: number): void {
    killSyscall(this.task, pid, sig);
  }
  raise(sig: number): void {
    checkSig(sig);
    sendSignal(this.task, sig);
  }
  sigaction(sig: number, act: SigAction | null): SigAction {
    checkSig(sig);
    const t = this.task;
    const old = t.sighand.action[sig]!;
    if (act) {
      if (sig === SIGKILL || sig === SIGSTOP) throw new Errno(EINVAL);
      t.sighand.action[sig] = { handler: act.handler, restart: act.restart ?? false, mask: (act.mask ?? 0n) & ~UNBLOCKABLE };
      // Setting SIG_IGN (or SIG_DFL for a default-ignored signal) discards a pending one.
      if (act.handler === "ignore") {
        t.pending &= ~sigmask(sig);
        t.recalcSigpending();
      }
    }
    return { handler: old.handler, restart: old.restart, mask: old.mask };
  }
  sigprocmask(how: number, set: bigint | null): bigint {
    const t = this.task;
    const old = t.blocked;
    if (set !== null) {
      if (how === SIG_BLOCK) t.blocked |= set;
      else if (how === SIG_UNBLOCK) t.blocked &= ~set;
      else if (how === SIG_SETMASK) t.blocked = set;
      else throw new Errno(EINVAL);
      t.blocked &= ~UNBLOCKABLE;
      t.recalcSigpending();
    }
    return old;
  }
  sigpending(): bigint {
    return this.task.pending & this.task.blocked;
  }
  async sigsuspend(mask: bigint): Promise<never> {
    const t = this.task;
    if (t.gen !== this.gen) return never();
    t.chargeUser();
    const saved = t.blocked;
    t.blocked = mask & ~UNBLOCKABLE;
    t.recalcSigpending();
    try {
      await t.waitEvent([], () => false);
    } catch (e) {
      if (e !== Interrupted.instance) throw e;
    }
    await handleSignals(t);
    t.blocked = saved;
    t.recalcSigpending();
    if (t.gen !== this.gen) return never();
    throw new Errno(EINTR, "sigsuspend");
  }
  async pause(): Promise<never> {
    const t = this.task;
    if (t.gen !== this.gen) return never();
    t.chargeUser();
    for (;;) {
      try {
        await t.waitEvent([], () => false);
      } catch (e) {
        if (e !== Interrupted.instance) throw e;
      }
      const handled = await handleSignals(t);
      if (t.gen !== this.gen) return never();
      // pause() returns only once a handler ran (a stop and continue do not end it).
      if (handled !== NO_HANDLER) throw new Errno(EINTR, "pause");
    }
  }
  alarm(seconds: number): number {
    const t = this.task;
    const k = this.kernel;
    const now = k.clock.now();
    const prev = t.alarmDeadline > 0 ? Math.max(1, Math.ceil((t.alarmDeadline - now) / 1e9)) : 0;
    t.alarmCancel?.();
    t.alarmCancel = null;
    t.alarmDeadline = 0;
    if (seconds > 0) {
      t.alarmDeadline = now + seconds * 1e9;
      t.alarmCancel = k.clock.setTimer(t.alarmDeadline, () => {
        t.alarmDeadline = 0;
        t.alarmCancel = null;
        sendSignal(t, SIGALRM);
      });
    }
    return prev;
  }

  // ---- scheduling and time ----
  need_resched(): boolean {
    return this.task.needResched();
  }
  async sched_yield(): Promise<void> {
    const t = this.task;
    if (t.gen !== this.gen) return never();
    t.chargeUser();
    if (t.sigPending) await handleSignals(t);
    await this.kernel.sched.yield();
    t.lastResume = t.sliceStart = performance.now();
    await exitToUser(t, this.gen);
  }
  nanosleep(ns: number): Promise<void> {
    if (!(ns >= 0)) return Promise.reject(new Errno(EINVAL, "nanosleep"));
    const t = this.task;
    const deadline = this.kernel.clock.now() + ns;
    // Restarted after a stop or SA_RESTART handler with the time that is left (as
    // clock_nanosleep's restart block does); a handler without SA_RESTART gives EINTR.
    return this.call("nanosleep", () => t.sleepUntil(deadline));
  }
  clock_gettime(clock: number): bigint {
    const c = this.kernel.clock;
    switch (clock) {
      case CLOCK_REALTIME:
        return c.realtime();
      case CLOCK_MONOTONIC:
      case CLOCK_BOOTTIME:
        return BigInt(Math.floor(c.now()));
      case CLOCK_PROCESS_CPUTIME_ID:
        return BigInt(Math.floor(this.task.utimeNs + this.task.stimeNs));
      default:
        throw new Errno(EINVAL);
    }
  }
  times(): Tms {
    const t = this.task;
    const tick = 1e9 / USER_HZ;
    return {
      utime: Math.floor(t.utimeNs / tick),
      stime: Math.floor(t.stimeNs / tick),
      cutime: Math.floor(t.cutimeNs / tick),
      cstime: Math.floor(t.cstimeNs / tick),
    };
  }
  getrusage(who: number): Rusage {
    const t = this.task;
    const u = who === RUSAGE_CHILDREN ? t.cutimeNs : t.utimeNs;
    const s = who === RUSAGE_CHILDREN ? t.cstimeNs : t.stimeNs;
    return { utimeUs: Math.floor(u / 1000), stimeUs: Math.floor(s / 1000), maxrssKb: 4096 };
  }
  async cpu_burn(us: number): Promise<void> {
    const t = this.task;
    // The simulated CPUs grant the time (cgroup/cpu_bandwidth.ts: cpu.weight, cpu.max, cpuset),
    // a 4 ms slice per call so signals and the freezer act between slices.
    const work = { left: us * 1000 };
    while (work.left > 0) await this.call("cpu_burn", () => cpuBurn(t, work));
  }

  // ---- system ----
  uname(): Utsname {
    const u = this.task.nsproxy.uts;
    return { sysname: UTS_SYSNAME, nodename: u.nodename, release: UTS_RELEASE, version: UTS_VERSION, machine: UTS_MACHINE, domainname: u.domainname };
  }
  sethostname(name: string): void {
    if (!this.task.cred.capable(CAP_SYS_ADMIN, nsOwner(this.task.nsproxy.uts))) throw new Errno(EPERM);
    if (encoder.encode(name).length > NEW_UTS_LEN) throw new Errno(EINVAL);
    this.task.nsproxy.uts.nodename = name;
  }
  setdomainname(name: string): void {
    if (!this.task.cred.capable(CAP_SYS_ADMIN, nsOwner(this.task.nsproxy.uts))) throw new Errno(EPERM);
    if (encoder.encode(name).length > NEW_UTS_LEN) throw new Errno(EINVAL);
    this.task.nsproxy.uts.domainname = name;
  }
  sysinfo(): { uptimeSec: number; loads: [number, number, number]; totalram: number; freeram: number; procs: number } {
    return {
      uptimeSec: Math.floor(this.kernel.clock.now() / 1e9),
      loads: [0, 0, 0],
      totalram: 2 * 1024 * 1024 * 1024,
      freeram: 1536 * 1024 * 1024,
      procs: this.kernel.tasks.size,
    };
  }
  getrandom(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let o = 0; o < n; o += 65536) crypto.getRandomValues(out.subarray(o, Math.min(n, o + 65536)));
    return out;
  }
  syslog_read_all(): string {
    return this.kernel.log.readAll();
  }

  // ---- fd-generic calls ----
  close(n: number): void {
    fd.closeFd(this.task, n);
  }
  read(n: number, count: number): Promise<Uint8Array> {
    return this.call("read", () => fd.readFd(this.task, n, count));
  }
  write(n: number, data: Uint8Array | string): Promise<number> {
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    return this.call("write", () => fd.writeFd(this.task, n, bytes));
  }
  pread(n: number, count: number, offset: number): Promise<Uint8Array> {
    return this.call("pread64", () => fd.preadFd(this.task, n, count, offset));
  }
  pwrite(n: number, data: Uint8Array | string, offset: number): Promise<number> {
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    return this.call("pwrite64", () => fd.pwriteFd(this.task, n, bytes, offset));
  }
  lseek(n: number, offset: number, whence: number): number {
    return fd.lseekFd(this.task, n, offset, whence);
  }
  dup(n: number): number {
    return fd.dupFd(this.task, n);
  }
  dup2(oldfd: number, newfd: number): number {
    return fd.dup3Fd(this.task, oldfd, newfd, 0, true);
  }
  dup3(oldfd: number, newfd: number, flags: number): number {
    return fd.dup3Fd(this.task, oldfd, newfd, flags, false);
  }
  fcntl(n: number, cmd: number, arg?: number): number {
    return fd.fcntlFd(this.task, n, cmd, arg);
  }
  pipe2(flags: number): [number, number] {
    return fd.pipe2Fd(this.task, flags);
  }
  poll(fds: PollFd[], timeoutMs: number): Promise<number[]> {
    return this.call("poll", () => fd.pollFds(this.task, fds, timeoutMs));
  }
  ioctl_tcgets(n: number): Termios {
    return fd.ioctlFd(this.task, n, TCGETS) as Termios;
  }
  ioctl_tcsets(n: number, how: number, t: Termios): void {
    fd.ioctlFd(this.task, n, TCSETS + how, t);
  }
  ioctl_tiocgwinsz(n: number): Winsize {
    return fd.ioctlFd(this.task, n, TIOCGWINSZ) as Winsize;
  }
  ioctl_tiocswinsz(n: number, ws: Winsize): void {
    fd.ioctlFd(this.task, n, TIOCSWINSZ, ws);
  }
  ioctl_tiocgpgrp(n: number): number {
    return fd.ioctlFd(this.task, n, TIOCGPGRP) as number;
  }
  ioctl_tiocspgrp(n: number, pgrp: number): void {
    fd.ioctlFd(this.task, n, TIOCSPGRP, pgrp);
  }
  ioctl_tiocsctty(n: number, force: number): void {
    fd.ioctlFd(this.task, n, TIOCSCTTY, force);
  }
  ioctl_tiocnotty(n: number): void {
    fd.ioctlFd(this.task, n, TIOCNOTTY);
  }
  ioctl_fionread(n: number): number {
    return fd.ioctlFd(this.task, n, FIONREAD) as number;
  }

  // ---- namespaces ----
  unshare(flags: number): void {
    const t = this.task;
    // CLONE_NEWNS implies CLONE_FS: the root and cwd must move onto the new mounts (unshare(2)).
    const fs = flags & CLONE_NEWNS ? t.fs.copy() : t.fs;
    const cred = copyCredsForNs(this.kernel, t, flags);
    const ns = copyNamespaces(this.kernel, t, flags, fs, cred);
    t.fs = fs;
    if (flags & CLONE_NEWPID && ns.pidForChildren.parent !== t.pidNs) {
      // unshare(CLONE_NEWPID) twice without a fork in between is EINVAL in Linux.
      throw new Errno(EINVAL);
    }
    commitUnshare(t, ns, cred, flags);
  }
  setns(fd: number, nstype: number): void {
    setnsFd(this.task, fd, nstype);
  }
}

// The path-level calls come from the VFS (kernel.fs): sync ones are plain delegations, the
// async ones (open may block on a FIFO) run inside the syscall entry/exit work.
for (const name of FS_SYNC_CALLS) {
  Object.defineProperty(SysImpl.prototype, name, {
    value: function (this: SysImpl, ...args: unknown[]) {
      return (this.kernel.fs[name] as (t: Task, ...a: unknown[]) => unknown)(this.task, ...args);
    },
  });
}
for (const name of FS_ASYNC_CALLS) {
  Object.defineProperty(SysImpl.prototype, name, {
    value: function (this: SysImpl, ...args: unknown[]) {
      return syscall(this.task, this.gen, name, () => (this.kernel.fs[name] as (t: Task, ...a: unknown[]) => unknown)(this.task, ...args));
    },
  });
}

// The class implements the rest of Sys through the prototype loop above.
export interface SysImpl extends Pick<Sys, FsSyncCall | "open" | "openat"> {}

/** Compile-time check that SysImpl is a complete Sys. */
export const asSys = (s: SysImpl): Sys => s;

/** The point of no return (begin_new_exec): the old program is gone. Precondition: bprm.main is loaded. */
function beginNewExec(t: Task, bprm: LinuxBinprm, path: string, envp: string[]): Promise<never> {
  t.gen++;
  t.execed = true;
  t.cred = t.cred.forExec();
  execTaskNamespaces(t);
  t.files.closeOnExec();
  t.sighand.resetForExec();
  t.setComm(commFromFilename(path));
  t.cmdline = bprm.argv;
  t.environ = envp;
  t.exe = bprm.exe;
  // Set-user-ID programs run with the file owner's effective (and saved) id (execve(2)).
  if (bprm.setuid !== null || bprm.setgid !== null) {
    const c = t.cred;
    const euid = bprm.setuid ?? c.euid;
    const egid = bprm.setgid ?? c.egid;
    t.cred = c.with({ euid, suid: euid, egid, sgid: egid });
  } else if (t.cred.suid !== t.cred.euid || t.cred.sgid !== t.cred.egid) {
    t.cred = t.cred.with({ suid: t.cred.euid, sgid: t.cred.egid }); // the saved ids follow the effective ones
  }
  const main = bprm.main!;
  startProgram(t, (sys) => main(sys, bprm.argv, envp));
  return never();
}
