// AF_UNIX stream sockets (net/unix/af_unix.c): bind makes a socket file in the filesystem
// (mknod S_IFSOCK, EADDRINUSE if the name exists), connect finds the listener through that
// file's inode (ECONNREFUSED when nobody listens on it, ENOENT without the file), and the
// connection is a byte stream (stream.ts). Names starting with NUL are the abstract namespace,
// kept per network namespace.

import type { Task } from "../task/task.ts";
import type { NetNamespace } from "../ns/net.ts";
import type { Inode } from "../vfs/inode.ts";
import { Sock } from "./socket.ts";
import { StreamEnd } from "./stream.ts";
import type { Datagram, SockAddr, SockInfo } from "../../userland/lib/sys_net.ts";
import { AF_UNIX, SHUT_RD, SHUT_RDWR, SHUT_WR, SOCK_STREAM, SOMAXCONN } from "../../userland/lib/sys_net.ts";
import { EADDRINUSE, EAGAIN, ECONNREFUSED, EEXIST, EINVAL, EISCONN, ENOTCONN, Errno } from "../../uapi/errno.ts";
import { lookupPath, LOOKUP_FOLLOW } from "../vfs/namei.ts";
import { S_IFMT, S_IFSOCK } from "../../uapi/stat.ts";
import { POLLIN, POLLOUT } from "../../userland/lib/sys.ts";

/** Socket inodes -> the socket bound to them (unix_find_socket_byinode). */
const boundByInode = new WeakMap<Inode, UnixSock>();
/** Abstract names, per network namespace. */
const abstract = new WeakMap<NetNamespace, Map<string, UnixSock>>();
/** Bound and connected unix sockets of each namespace, for ss -x (sock_diag lists them per netns). */
const live = new WeakMap<NetNamespace, Set<UnixSock>>();

function track(s: UnixSock): void {
  let set = live.get(s.netns);
  if (!set) live.set(s.netns, (set = new Set()));
  set.add(s);
}

export function unixSockets(ns: NetNamespace): UnixSock[] {
  return [...(live.get(ns) ?? [])];
}

export class UnixSock extends Sock {
  path: string | null = null;
  private inode: Inode | null = null;
  listening = false;
  backlog = 0;
  readonly acceptQueue: UnixSock[] = [];
  stream: StreamEnd | null = null;
  peerPath: string | null = null;
  /** The inode of the other end of a connection (what ss -x shows as the peer's "port"). */
  peerIno = 0;

  constructor(
    readonly netns: NetNamespace,
    ino: number,
  ) {
    super(netns, AF_UNIX, SOCK_STREAM, 0, ino);
  }

  override bind(t: Task, a: SockAddr): void {
    if (a.family !== AF_UNIX) throw new Errno(EINVAL);
    if (this.path !== null) throw new Errno(EINVAL);
    if (a.path.startsWith("\0")) {
      let m = abstract.get(this.netns);
      if (!m) abstract.set(this.netns, (m = new Map()));
      if (m.has(a.path)) throw new Errno(EADDRINUSE);
      m.set(a.path, this);
      this.path = a.path;
      track(this);
      return;
    }
    try {
      t.kernel.fs.mknod(t, a.path, S_IFSOCK | 0o777, 0);
    } catch (e) {
      if (e instanceof Errno && e.errno === EEXIST) throw new Errno(EADDRINUSE);
      throw e;
    }
    const inode = lookupPath(t, -100, a.path, 0).dentry.inode;
    boundByInode.set(inode, this);
    this.inode = inode;
    this.path = a.path;
    track(this);
  }

  override listen(_t: Task, backlog: number): void {
    if (this.path === null || this.stream) throw new Errno(EINVAL);
    this.listening = true;
    this.backlog = Math.min(Math.max(backlog, 0), SOMAXCONN);
  }

  override async accept(t: Task): Promise<{ sock: UnixSock; addr: SockAddr }> {
    if (!this.listening) throw new Errno(EINVAL);
    await this.waitFor(t, () => this.acceptQueue.length > 0);
    const c = this.acceptQueue.shift()!;
    return { sock: c, addr: { family: AF_UNIX, path: "" } };
  }

  override connect(t: Task, a: SockAddr): void {
    if (a.family !== AF_UNIX) throw new Errno(EINVAL);
    if (this.stream) throw new Errno(EISCONN);
    let server: UnixSock | undefined;
    if (a.path.startsWith("\0")) server = abstract.get(this.netns)?.get(a.path);
    else {
      const inode = lookupPath(t, -100, a.path, LOOKUP_FOLLOW).dentry.inode;
      if ((inode.mode & S_IFMT) !== S_IFSOCK) throw new Errno(ECONNREFUSED);
      server = boundByInode.get(inode);
    }
    if (!server || !server.listening) throw new Errno(ECONNREFUSED);
    if (server.acceptQueue.length > server.backlog) throw new Errno(EAGAIN);
    const child = new UnixSock(server.netns, t.kernel.allocPipeIno());
    child.path = server.path;
    const [mine, theirs] = StreamEnd.pair(this.wait, child.wait);
    this.stream = mine;
    child.stream = theirs;
    this.peerPath = server.path;
    this.peerIno = child.ino;
    child.peerIno = this.ino;
    track(this);
    track(child);
    server.acceptQueue.push(child);
    server.wait.wakeUp();
  }

  override read(t: Task, count: number): Promise<Uint8Array> {
    if (!this.stream) return Promise.reject(new Errno(ENOTCONN));
    return this.stream.read(t, count, this.nonblock);
  }
  override write(t: Task, data: Uint8Array): number {
    if (!this.stream) throw new Errno(ENOTCONN);
    return this.stream.write(t, data);
  }
  override sendto(t: Task, data: Uint8Array): number {
    return this.write(t, data);
  }
  override async recvfrom(t: Task, count: number): Promise<Datagram> {
    return { data: await this.read(t, count), from: { family: AF_UNIX, path: this.peerPath ?? "" }, ttl: 0 };
  }
  override shutdown(how: number): void {
    if (!this.stream) throw new Errno(ENOTCONN);
    if (how === SHUT_WR || how === SHUT_RDWR) this.stream.shutWrite();
    if (how === SHUT_RD || how === SHUT_RDWR) this.stream.readShut = true;
  }
  sockname(): SockAddr {
    return { family: AF_UNIX, path: this.path ?? "" };
  }
  override peername(): SockAddr {
    if (!this.stream) throw new Errno(ENOTCONN);
    return { family: AF_UNIX, path: this.peerPath ?? "" };
  }
  pollMask(): number {
    if (this.listening) return this.acceptQueue.length > 0 ? POLLIN : 0;
    return this.stream ? this.stream.pollMask() : POLLOUT;
  }
  release(): void {
    this.stream?.close();
    for (const c of this.acceptQueue) c.stream?.close();
    this.acceptQueue.length = 0;
    this.listening = false;
    if (this.inode && boundByInode.get(this.inode) === this) boundByInode.delete(this.inode);
    if (this.path?.startsWith("\0")) abstract.get(this.netns)?.delete(this.path);
    live.get(this.netns)?.delete(this);
    this.wait.wakeUp();
  }
  info(): SockInfo | null {
    return {
      family: AF_UNIX,
      type: SOCK_STREAM,
      state: this.listening ? "LISTEN" : this.stream ? "ESTAB" : "UNCONN",
      recvQ: this.listening ? this.acceptQueue.length : (this.stream?.queued ?? 0),
      sendQ: this.listening ? this.backlog : 0,
      local: this.sockname(),
      peer: this.stream ? { family: AF_UNIX, path: this.peerPath ?? "" } : null,
      ino: this.ino,
      peerIno: this.peerIno,
    };
  }
}
