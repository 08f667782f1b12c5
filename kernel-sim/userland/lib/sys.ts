// The Sys handle: the system-call interface a userland program receives, and the only door
// from userland into the kernel (DESIGN.md, "The one rule"). Think of it as our libc's syscall
// layer: names and semantics follow the Linux man pages (section 2).
//
// Conventions
// - A call that fails throws an `Errno` (kernel-sim/uapi/errno.ts) carrying the Linux errno and
//   the call's name. Nothing else is thrown at a program.
// - A call that may block (wait for a pipe, a child, a timer, the terminal) returns a Promise.
//   A call that never blocks is synchronous, so the hot path pays no await for it.
// - Every async call is a preemption point: the scheduler may run other tasks there and deliver
//   signals. A program that computes for long without async calls must poll `need_resched()`
//   and, when it is true, `await sched_yield()` — that is how `while :; do :; done` stops on ^C.
// - When the task is killed or calls exit/execve, a pending call simply never returns: the
//   program's stack is abandoned, as a real process image is (no finally blocks run).
// - Paths and argv are JS strings; file data is bytes (Uint8Array). `write` also takes a string,
//   encoded as UTF-8.

import type { Dirent, Stat, Statfs } from "../../uapi/stat.ts";
import type { Termios, Winsize } from "../../uapi/termios.ts";
import type { Rusage, Tms } from "../../uapi/resource.ts";
import type { Utsname } from "../../uapi/utsname.ts";
import type { SysIpc } from "./sys_ipc.ts";
import type { SysNet } from "./sys_net.ts";
import type { SysSched } from "./sys_sched.ts";
import type { SysResource } from "./sys_resource.ts";

/** A program's entry point: main(argc, argv, envp) as a function of its Sys handle. */
export type ProgramMain = (sys: Sys, argv: string[], envp: string[]) => Promise<number>;

/** What a child runs after fork()/clone(): its own Sys handle; the return value is its exit status. */
export type ChildMain = (sys: Sys) => Promise<number>;

/** A signal handler installed with sigaction(2); runs in the task before the interrupted call returns. */
export type SignalHandler = (sig: number) => void | Promise<void>;

/** struct sigaction: SIG_DFL is "default", SIG_IGN is "ignore". */
export interface SigAction {
  handler: "default" | "ignore" | SignalHandler;
  /** SA_RESTART: a blocking call interrupted by this handler is restarted instead of failing with EINTR. */
  restart?: boolean;
  /** sa_mask: signals blocked while the handler runs (bit N-1 for signal N). */
  mask?: bigint;
}

export const SIG_BLOCK = 0;
export const SIG_UNBLOCK = 1;
export const SIG_SETMASK = 2;

/** The result of wait4(2): pid 0 means WNOHANG found no child that changed state. */
export interface WaitResult {
  pid: number;
  status: number;
  rusage: Rusage;
}

export interface PollFd {
  fd: number;
  events: number; // POLLIN | POLLOUT
}
export const POLLIN = 0x1;
export const POLLPRI = 0x2;
export const POLLOUT = 0x4;
export const POLLERR = 0x8;
export const POLLHUP = 0x10;
export const POLLNVAL = 0x20;

export interface Sys extends SysIpc, SysNet, SysSched, SysResource {
  // ---- process identity -------------------------------------------------------------------
  getpid(): number;
  getppid(): number;
  gettid(): number;
  getpgrp(): number;
  getpgid(pid: number): number;
  setpgid(pid: number, pgid: number): void;
  getsid(pid: number): number;
  setsid(): number;
  getuid(): number;
  geteuid(): number;
  getgid(): number;
  getegid(): number;
  getgroups(): number[];
  setuid(uid: number): void;
  setgid(gid: number): void;
  setresuid(ruid: number, euid: number, suid: number): void;
  setresgid(rgid: number, egid: number, sgid: number): void;
  setgroups(groups: number[]): void;
  /** prctl(PR_SET_NAME) / prctl(PR_GET_NAME): the task's comm (15 bytes at most). */
  prctl_set_name(name: string): void;
  prctl_get_name(): string;
  /** prctl(PR_SET_PDEATHSIG): the signal this task gets when its parent dies (0: none). */
  prctl_set_pdeathsig(sig: number): void;
  prctl_get_pdeathsig(): number;

  // ---- process life -----------------------------------------------------------------------
  /**
   * fork(2): a new task, a copy of this one (fd table, cwd, umask, signal dispositions,
   * credentials, namespaces). The child runs `child` with its own Sys; its return value is
   * the child's exit status. Returns the child's pid (as seen from this task's pid namespace).
   * Userland state the child needs (a shell's variables) is the caller's to copy.
   */
  fork(child: ChildMain): number;
  /** clone(2) with flags (CLONE_NEW* and friends); otherwise as fork. */
  clone(flags: number, child: ChildMain): number;
  /** execve(2): replace this task's program. Resolves never on success; throws Errno on failure. */
  execve(path: string, argv: string[], envp: string[]): Promise<never>;
  /** _exit(2): end the task with the status (low 8 bits). Never resolves. */
  exit(status: number): Promise<never>;
  /** wait4(2). pid: >0 that child, -1 any child, 0 own process group, <-1 group -pid. */
  wait4(pid: number, options: number): Promise<WaitResult>;

  // ---- signals ----------------------------------------------------------------------------
  /** kill(2). pid >0, 0 (own group), -1 (all it may signal), <-1 (group). sig 0 checks only. */
  kill(pid: number, sig: number): void;
  /** tgkill(2) on the calling task (raise(3)). */
  raise(sig: number): void;
  sigaction(sig: number, act: SigAction | null): SigAction;
  /** sigprocmask(2). Bit N-1 stands for signal N. Returns the old mask. */
  sigprocmask(how: number, set: bigint | null): bigint;
  sigpending(): bigint;
  /** sigsuspend(2): wait with a temporary mask until a handled signal arrives; throws EINTR. */
  sigsuspend(mask: bigint): Promise<never>;
  pause(): Promise<never>;
  /** alarm(2): SIGALRM after seconds; 0 cancels. Returns seconds left on the previous alarm. */
  alarm(seconds: number): number;

  // ---- scheduling and time -----------------------------------------------------------------
  /** True when this task should let others run (its slice is over, or a signal is pending). */
  need_resched(): boolean;
  sched_yield(): Promise<void>;
  /** nanosleep(2) for ns nanoseconds; throws EINTR when a handled signal arrives. */
  nanosleep(ns: number): Promise<void>;
  /** clock_gettime(2): nanoseconds (CLOCK_REALTIME: since the epoch; MONOTONIC/BOOTTIME: since boot). */
  clock_gettime(clock: number): bigint;
  times(): Tms;
  getrusage(who: number): Rusage;
  /** Simulated CPU work (DESIGN.md "CPU work is simulated"): burn `us` microseconds of CPU time. */
  cpu_burn(us: number): Promise<void>;

  // ---- system -----------------------------------------------------------------------------
  uname(): Utsname;
  sethostname(name: string): void;
  setdomainname(name: string): void;
  /** sysinfo(2) essentials, for free/uptime/top. */
  sysinfo(): { uptimeSec: number; loads: [number, number, number]; totalram: number; freeram: number; procs: number };
  /** getrandom(2). */
  getrandom(n: number): Uint8Array;
  /** syslog(2) SYSLOG_ACTION_READ_ALL: the kernel log, for dmesg. */
  syslog_read_all(): string;

  // ---- files ------------------------------------------------------------------------------
  /** openat(2) with AT_FDCWD. May block (FIFO open). Returns the lowest free fd. */
  open(path: string, flags: number, mode?: number): Promise<number>;
  openat(dirfd: number, path: string, flags: number, mode?: number): Promise<number>;
  close(fd: number): void;
  /** read(2): up to count bytes; an empty array is end of file. */
  read(fd: number, count: number): Promise<Uint8Array>;
  /** write(2): returns bytes written (short only for non-blocking fds). */
  write(fd: number, data: Uint8Array | string): Promise<number>;
  pread(fd: number, count: number, offset: number): Promise<Uint8Array>;
  pwrite(fd: number, data: Uint8Array | string, offset: number): Promise<number>;
  lseek(fd: number, offset: number, whence: number): number;
  dup(fd: number): number;
  dup2(oldfd: number, newfd: number): number;
  dup3(oldfd: number, newfd: number, flags: number): number;
  /** fcntl(2): F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD, F_SETFD, F_GETFL, F_SETFL. */
  fcntl(fd: number, cmd: number, arg?: number): number;
  /** pipe2(2): [read end, write end]. */
  pipe2(flags: number): [number, number];
  poll(fds: PollFd[], timeoutMs: number): Promise<number[]>;
  ioctl_tcgets(fd: number): Termios;
  ioctl_tcsets(fd: number, how: number, t: Termios): void;
  ioctl_tiocgwinsz(fd: number): Winsize;
  ioctl_tiocswinsz(fd: number, ws: Winsize): void;
  ioctl_tiocgpgrp(fd: number): number;
  ioctl_tiocspgrp(fd: number, pgrp: number): void;
  ioctl_tiocsctty(fd: number, force: number): void;
  ioctl_tiocnotty(fd: number): void;
  /** FIONREAD: bytes ready to read. */
  ioctl_fionread(fd: number): number;

  stat(path: string): Stat;
  lstat(path: string): Stat;
  fstat(fd: number): Stat;
  fstatat(dirfd: number, path: string, flags: number): Stat;
  statfs(path: string): Statfs;
  fstatfs(fd: number): Statfs;
  access(path: string, mode: number): void;
  faccessat(dirfd: number, path: string, mode: number, flags: number): void;
  /** getdents64(2): the next batch of entries of an open directory; [] at the end. */
  getdents64(fd: number): Dirent[];
  mkdir(path: string, mode: number): void;
  mkdirat(dirfd: number, path: string, mode: number): void;
  mknod(path: string, mode: number, dev: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  unlinkat(dirfd: number, path: string, flags: number): void;
  rename(oldpath: string, newpath: string): void;
  /** renameat2(2) flags: RENAME_NOREPLACE 1, RENAME_EXCHANGE 2, RENAME_WHITEOUT 4. */
  renameat2(olddirfd: number, oldpath: string, newdirfd: number, newpath: string, flags: number): void;
  link(oldpath: string, newpath: string): void;
  linkat(olddirfd: number, oldpath: string, newdirfd: number, newpath: string, flags: number): void;
  symlink(target: string, linkpath: string): void;
  readlink(path: string): string;
  readlinkat(dirfd: number, path: string): string;
  chmod(path: string, mode: number): void;
  fchmod(fd: number, mode: number): void;
  fchmodat(dirfd: number, path: string, mode: number, flags: number): void;
  chown(path: string, uid: number, gid: number): void;
  lchown(path: string, uid: number, gid: number): void;
  fchown(fd: number, uid: number, gid: number): void;
  truncate(path: string, length: number): void;
  ftruncate(fd: number, length: number): void;
  /** utimensat(2): times in ns since the epoch, or UTIME_NOW / UTIME_OMIT; null means both now. */
  utimensat(dirfd: number, path: string, times: [bigint, bigint] | null, flags: number): void;
  umask(mask: number): number;
  getcwd(): string;
  chdir(path: string): void;
  fchdir(fd: number): void;
  chroot(path: string): void;
  getxattr(path: string, name: string): Uint8Array;
  lgetxattr(path: string, name: string): Uint8Array;
  setxattr(path: string, name: string, value: Uint8Array, flags: number): void;
  lsetxattr(path: string, name: string, value: Uint8Array, flags: number): void;
  listxattr(path: string): string[];
  llistxattr(path: string): string[];
  removexattr(path: string, name: string): void;
  lremovexattr(path: string, name: string): void;

  // ---- mounts and namespaces (issue 4/5) ---------------------------------------------------
  mount(source: string, target: string, fstype: string, flags: number, data: string): void;
  umount2(target: string, flags: number): void;
  pivot_root(newRoot: string, putOld: string): void;
  unshare(flags: number): void;
  setns(fd: number, nstype: number): void;
}
