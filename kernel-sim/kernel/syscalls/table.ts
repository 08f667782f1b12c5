// The truth about what is supported (DESIGN.md): every system call of the Sys interface, how
// completely it follows Linux, and what is missing. A call not listed here does not exist
// (ENOSYS). The notes of partial calls are the source of docs/differences.md's syscall section.

export type Support = "full" | "partial" | "none";

export interface SyscallEntry {
  support: Support;
  note?: string;
}

const full: SyscallEntry = { support: "full" };
const partial = (note: string): SyscallEntry => ({ support: "partial", note });

export const SYSCALLS: Readonly<Record<string, SyscallEntry>> = {
  // process identity and credentials
  getpid: full, getppid: full, gettid: full, getpgrp: full, getpgid: full, setpgid: full, getsid: full, setsid: full,
  getuid: full, geteuid: full, getgid: full, getegid: full, getgroups: full,
  setuid: full, setgid: full, setresuid: full, setresgid: full, setgroups: full,
  prctl_set_name: full, prctl_get_name: full, prctl_set_pdeathsig: full, prctl_get_pdeathsig: full,
  // life
  fork: partial("the child runs a continuation given by the caller: JavaScript cannot copy a running stack"),
  clone: partial("every CLONE_NEW* flag (see unshare); no threads (CLONE_VM/CLONE_THREAD ignored)"),
  execve: partial("binary formats: vlab built-in programs and #! scripts"),
  exit: full,
  wait4: partial("rusage carries utime/stime only"),
  // signals
  kill: full, raise: full, sigaction: partial("SA_RESTART and sa_mask; no SA_SIGINFO, SA_ONSTACK, SA_NOCLDSTOP"),
  sigprocmask: full, sigpending: full, sigsuspend: full, pause: full, alarm: full,
  // time and scheduling
  need_resched: partial("vlab-specific: lets a computing program find out it should yield"),
  sched_yield: full, nanosleep: full, clock_gettime: full, times: full, getrusage: partial("utime/stime only"),
  cpu_burn: partial("vlab-specific: simulated CPU work, granted by the simulated CPUs under cpu.weight, cpu.max and cpuset"),
  // system
  uname: full, sethostname: full, setdomainname: full, sysinfo: partial("load averages are 0"), getrandom: full,
  syslog_read_all: full,
  // fd-generic
  close: full, read: full, write: full, pread: full, pwrite: full,
  lseek: full, dup: full, dup2: full, dup3: full, fcntl: partial("F_DUPFD(_CLOEXEC), F_GETFD/F_SETFD, F_GETFL/F_SETFL; no locks"),
  pipe2: full, poll: full,
  ioctl_tcgets: full, ioctl_tcsets: full, ioctl_tiocgwinsz: full, ioctl_tiocswinsz: full, ioctl_tiocgpgrp: full,
  ioctl_tiocspgrp: full, ioctl_tiocsctty: full, ioctl_tiocnotty: full, ioctl_fionread: full,
  // path-level (the VFS)
  open: full, openat: full, stat: full, lstat: full, fstat: full, fstatat: full, statfs: full, fstatfs: full,
  access: full, faccessat: full, getdents64: full, mkdir: full, mkdirat: full, mknod: full, rmdir: full,
  unlink: full, unlinkat: full, rename: full, renameat2: full, link: full, linkat: full, symlink: full,
  readlink: full, readlinkat: full, chmod: full, fchmod: full, fchmodat: full, chown: full, lchown: full,
  fchown: full, truncate: full, ftruncate: full, utimensat: full, umask: full, getcwd: full, chdir: full,
  fchdir: full, chroot: full, getxattr: full, lgetxattr: full, setxattr: full, lsetxattr: full, listxattr: full,
  llistxattr: full, removexattr: full, lremovexattr: full,
  mount: partial("tmpfs, proc, sysfs, devtmpfs, devpts, bind and remount; propagation types come with namespaces"),
  umount2: full, pivot_root: partial("see mount"),
  // namespaces
  unshare: partial("every CLONE_NEW* flag; cgroup and time namespaces are identities only (no cgroup root view, no clock offsets)"),
  setns: partial("nsfs descriptors (/proc/PID/ns/*, or a bind mount of one such as /run/netns/NAME); no pidfds"),
  // System V IPC (kernel/ipc)
  msgget: full, msgsnd: full, msgrcv: partial("no MSG_COPY"), msgctl: partial("IPC_STAT, IPC_SET, IPC_RMID; no MSG_INFO/MSG_STAT"),
  semget: full, semop: partial("no SEM_UNDO adjustments at exit; no semtimedop"), semctl: partial("no SEM_INFO/SEM_STAT"),
  shmget: full, shmat: partial("returns the segment's bytes (shared by every attacher) and a handle, not a mapping"),
  shmdt: full, shmctl: partial("IPC_STAT, IPC_SET, IPC_RMID; no SHM_LOCK"),
  // priorities and the wall clock (syscalls/sched_prio.ts)
  getpriority: partial("PRIO_PROCESS, PRIO_PGRP, PRIO_USER; returns the nice value as glibc does (the raw call gives 20 - nice); the scheduler does not weigh it"),
  setpriority: full,
  clock_settime: partial("CLOCK_REALTIME only (CAP_SYS_TIME); shifts the machine's wall clock, not the host's"),
  // resource limits (syscalls/resource.ts)
  getrlimit: full, setrlimit: partial("enforced: RLIMIT_NOFILE (EMFILE) and RLIMIT_NPROC (fork EAGAIN); the others are kept and reported only"),
  prlimit64: full,
  // networking (kernel/net)
  rtnl: partial("rtnetlink as one structured request/reply call (NETLINK_ROUTE without the socket): links (veth, bridge), addresses, routes, nsids"),
  socket: partial("AF_INET TCP, UDP and ICMP echo (ping sockets); AF_UNIX SOCK_STREAM; no IPv6, no raw IP"),
  bind: full, listen: full, accept: partial("accept4 flags SOCK_NONBLOCK/SOCK_CLOEXEC; no peer address for AF_UNIX"),
  connect: partial("the TCP handshake is one step checked along the simulated path both ways"),
  getsockname: full, getpeername: full, shutdown: full,
  sendto: partial("datagram sockets; no MSG_* flags"), recvfrom: partial("datagram sockets; returns the IP TTL (IP_RECVTTL)"),
  setsockopt: partial("SO_REUSEADDR; other SOL_SOCKET/IPPROTO_TCP options accepted and ignored"),
  sock_list: partial("vlab-specific: the sockets of the namespace, as sock_diag gives them to ss"),
  // simulated memory (kernel/cgroup/syscalls.ts)
  mem_charge: partial("vlab-specific: charges simulated anonymous memory to the memory cgroup (memory.max, OOM killer)"),
  mem_uncharge: partial("vlab-specific: gives simulated memory back"),
};
