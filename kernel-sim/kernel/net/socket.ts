// Sockets as files. Analogous to Linux's struct socket + struct sock (net/socket.c): a socket
// is an open file (read/write/poll/close work on it) whose protocol code lives in a subclass
// (icmp.ts, udp.ts, tcp.ts, unix.ts). Every socket belongs to the network namespace it was
// made in, for its whole life.

import type { Task } from "../task/task.ts";
import type { NetNamespace } from "../ns/net.ts";
import { File, type FileOperations } from "../vfs/file.ts";
import { WaitQueue } from "../sched/waitqueue.ts";
import type { Datagram, SockAddr, SockInfo } from "../../userland/lib/sys_net.ts";
import { EAGAIN, EINVAL, ENOTCONN, ENOTSOCK, EOPNOTSUPP, ESPIPE, Errno } from "../../uapi/errno.ts";
import { O_NONBLOCK, O_RDWR } from "../../uapi/fcntl.ts";
import { S_IFSOCK } from "../../uapi/stat.ts";

export abstract class Sock {
  /** Woken whenever readiness may have changed (data, connection, peer closed). */
  readonly wait = new WaitQueue();
  readonly ino: number;
  file: File | null = null;
  reuseAddr = false;

  constructor(
    readonly ns: NetNamespace | null,
    readonly family: number,
    readonly type: number,
    readonly protocol: number,
    ino: number,
  ) {
    this.ino = ino;
  }

  get nonblock(): boolean {
    return this.file ? (this.file.flags & O_NONBLOCK) !== 0 : false;
  }

  bind(_t: Task, _addr: SockAddr): void {
    throw new Errno(EOPNOTSUPP);
  }
  listen(_t: Task, _backlog: number): void {
    throw new Errno(EOPNOTSUPP);
  }
  accept(_t: Task): Promise<{ sock: Sock; addr: SockAddr }> | { sock: Sock; addr: SockAddr } {
    throw new Errno(EOPNOTSUPP);
  }
  connect(_t: Task, _addr: SockAddr): Promise<void> | void {
    throw new Errno(EOPNOTSUPP);
  }
  sendto(_t: Task, _data: Uint8Array, _addr: SockAddr | null): number | Promise<number> {
    throw new Errno(EOPNOTSUPP);
  }
  recvfrom(_t: Task, _count: number): Datagram | Promise<Datagram> {
    throw new Errno(EOPNOTSUPP);
  }
  /** read(2): stream sockets read bytes; datagram ones the next datagram. */
  read(t: Task, count: number): Uint8Array | Promise<Uint8Array> {
    const d = this.recvfrom(t, count);
    return d instanceof Promise ? d.then((x) => x.data) : d.data;
  }
  write(t: Task, data: Uint8Array): number | Promise<number> {
    return this.sendto(t, data, null);
  }
  shutdown(_how: number): void {
    throw new Errno(ENOTCONN);
  }
  abstract sockname(): SockAddr;
  peername(): SockAddr {
    throw new Errno(ENOTCONN);
  }
  /** POLLIN/POLLOUT/POLLHUP readiness. */
  abstract pollMask(): number;
  /** The last close of the file. */
  abstract release(): void;
  /** Abort: the namespace is going away. */
  reset(): void {
    this.release();
  }
  /** What ss shows of this socket; null for sockets it does not list. */
  abstract info(): SockInfo | null;

  /** Sleep until cond, or EAGAIN at once for a non-blocking socket. */
  async waitFor(t: Task, cond: () => boolean): Promise<void> {
    if (cond()) return;
    if (this.nonblock) throw new Errno(EAGAIN);
    await t.waitEvent(this.wait, cond);
  }
}

const socketFileOps: FileOperations = {
  read: (f, count, t) => (f.priv as Sock).read(t, count),
  write: (f, data, t) => (f.priv as Sock).write(t, data),
  poll: (f) => (f.priv as Sock).pollMask(),
  pollQueue: (f) => (f.priv as Sock).wait,
  llseek: () => {
    throw new Errno(ESPIPE);
  },
  fstat: (f) => ({
    dev: 8,
    ino: (f.priv as Sock).ino,
    mode: S_IFSOCK | 0o777,
    nlink: 1,
    uid: 0,
    gid: 0,
    rdev: 0,
    size: 0,
    blksize: 4096,
    blocks: 0,
    atimeNs: 0n,
    mtimeNs: 0n,
    ctimeNs: 0n,
    birthtimeNs: 0n,
  }),
  release: (f) => (f.priv as Sock).release(),
};

/** sock_alloc_file() + fd_install(): the socket as an fd of t. */
export function installSocket(t: Task, sock: Sock, nonblock: boolean, cloexec: boolean): number {
  const f = new File(socketFileOps, O_RDWR | (nonblock ? O_NONBLOCK : 0), sock, `socket:[${sock.ino}]`);
  sock.file = f;
  return t.files.install(f, cloexec);
}

/** The socket an fd refers to (ENOTSOCK otherwise). */
export function sockOf(t: Task, fd: number): Sock {
  const f = t.files.get(fd);
  if (!(f.priv instanceof Sock)) throw new Errno(ENOTSOCK);
  return f.priv;
}

export function checkInet(addr: SockAddr): asserts addr is Extract<SockAddr, { family: 2 }> {
  if (addr.family !== 2) throw new Errno(EINVAL);
}
