// TCP sockets (net/ipv4/tcp*.c), reduced to their observable life: listen with a backlog,
// connect (refused without a listener, unreachable without a route, lost without a path),
// accept, a reliable byte stream each way (stream.ts), and close. The three-way handshake is
// one step: the kernel checks the path both ways (ip_path.ts) and makes the accepted socket.

import type { Task } from "../task/task.ts";
import type { NetNamespace } from "../ns/net.ts";
import { InetSock, inetAddr, parseSockAddr } from "./inet.ts";
import { StreamEnd } from "./stream.ts";
import { ipReach } from "./ip_path.ts";
import type { SockAddr, SockInfo } from "../../userland/lib/sys_net.ts";
import { AF_INET, IPPROTO_TCP, SHUT_RD, SHUT_RDWR, SHUT_WR, SOCK_STREAM, SOMAXCONN } from "../../userland/lib/sys_net.ts";
import { EAGAIN, ECONNREFUSED, EHOSTUNREACH, EINPROGRESS, EINVAL, EISCONN, ENETUNREACH, ENOTCONN, ETIMEDOUT, Errno } from "../../uapi/errno.ts";
import { POLLIN, POLLOUT } from "../../userland/lib/sys.ts";

/** How long a connect to a silent address waits (tcp_syn_retries 6: about 127 s). */
const SYN_TIMEOUT_NS = 127e9;
/** ARP gives up after about 3 s (mcast_solicit 3 x retrans_time 1 s). */
const ARP_TIMEOUT_NS = 3e9;

export class TcpSock extends InetSock {
  backlog = 0;
  readonly acceptQueue: TcpSock[] = [];
  stream: StreamEnd | null = null;

  constructor(ns: NetNamespace, ino: number) {
    super(ns, AF_INET, SOCK_STREAM, IPPROTO_TCP, ino);
    this.state = "CLOSE";
  }

  override listen(_t: Task, backlog: number): void {
    if (this.state !== "CLOSE" && this.state !== "LISTEN") throw new Errno(EINVAL);
    this.autobind();
    this.backlog = Math.min(Math.max(backlog, 0), SOMAXCONN);
    this.state = "LISTEN";
  }

  override async accept(t: Task): Promise<{ sock: TcpSock; addr: SockAddr }> {
    if (this.state !== "LISTEN") throw new Errno(EINVAL);
    await this.waitFor(t, () => this.acceptQueue.length > 0 || this.state !== "LISTEN");
    const c = this.acceptQueue.shift();
    if (!c) throw new Errno(EINVAL);
    return { sock: c, addr: inetAddr(c.remoteAddr, c.remotePort) };
  }

  override async connect(t: Task, a: SockAddr): Promise<void> {
    const { addr, port } = parseSockAddr(a);
    if (this.state === "ESTAB") throw new Errno(EISCONN);
    if (this.state === "LISTEN") throw new Errno(EINVAL);
    const there = ipReach(this.ns, addr);
    if (!there.ok) {
      if (there.why === "netunreach") throw new Errno(ENETUNREACH);
      if (this.nonblock) {
        this.state = "SYN-SENT";
        throw new Errno(EINPROGRESS);
      }
      await t.sleepUntil(t.kernel.clock.now() + (there.why === "hostunreach" ? ARP_TIMEOUT_NS : SYN_TIMEOUT_NS));
      throw new Errno(there.why === "hostunreach" ? EHOSTUNREACH : ETIMEDOUT);
    }
    if (this.localPort === 0) {
      this.localPort = this.ns.sockets.bindPort(this, there.src, 0);
      this.ns.sockets.sockets.add(this);
    }
    if (this.localAddr === 0) this.localAddr = there.src;
    const listener = there.ns.sockets.lookup(IPPROTO_TCP, addr, port, (s) => s.state === "LISTEN") as TcpSock | null;
    const back = ipReach(there.ns, this.localAddr, addr);
    if (!back.ok || back.ns !== this.ns) {
      await t.sleepUntil(t.kernel.clock.now() + SYN_TIMEOUT_NS);
      throw new Errno(ETIMEDOUT);
    }
    // A full accept queue drops the SYN; the client retries until its timeout.
    if (!listener) throw new Errno(ECONNREFUSED);
    if (listener.acceptQueue.length > listener.backlog) {
      if (this.nonblock) throw new Errno(EAGAIN);
      throw new Errno(ETIMEDOUT);
    }
    const child = new TcpSock(there.ns, t.kernel.allocPipeIno());
    child.isChild = true;
    child.localAddr = addr;
    child.localPort = port;
    child.remoteAddr = this.localAddr;
    child.remotePort = this.localPort;
    child.state = "ESTAB";
    there.ns.sockets.sockets.add(child);
    const [mine, theirs] = StreamEnd.pair(this.wait, child.wait);
    this.stream = mine;
    child.stream = theirs;
    this.remoteAddr = addr;
    this.remotePort = port;
    this.state = "ESTAB";
    listener.acceptQueue.push(child);
    listener.wait.wakeUp();
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

  override async recvfrom(t: Task, count: number) {
    const data = await this.read(t, count);
    return { data, from: inetAddr(this.remoteAddr, this.remotePort), ttl: 64 };
  }

  override shutdown(how: number): void {
    if (!this.stream) throw new Errno(ENOTCONN);
    if (how === SHUT_WR || how === SHUT_RDWR) this.stream.shutWrite();
    if (how === SHUT_RD || how === SHUT_RDWR) this.stream.readShut = true;
  }

  override peername(): SockAddr {
    if (this.state !== "ESTAB") throw new Errno(ENOTCONN);
    return inetAddr(this.remoteAddr, this.remotePort);
  }

  override pollMask(): number {
    if (this.state === "LISTEN") return this.acceptQueue.length > 0 ? POLLIN : 0;
    if (this.stream) return this.stream.pollMask();
    return POLLOUT;
  }

  override release(): void {
    if (this.state === "LISTEN") {
      for (const c of this.acceptQueue) c.abort();
      this.acceptQueue.length = 0;
    }
    this.stream?.close();
    this.state = "CLOSE";
    super.release();
  }

  /** The peer of a never-accepted connection sees a reset. */
  private abort(): void {
    if (this.stream?.peer) {
      this.stream.peer.reset = true;
      this.stream.peer.wait.wakeUp();
    }
    this.stream?.close();
    this.ns.sockets.sockets.delete(this);
  }

  override info(): SockInfo | null {
    const base = super.info()!;
    if (this.state === "LISTEN") return { ...base, recvQ: this.acceptQueue.length, sendQ: this.backlog, peer: null };
    if (this.state === "CLOSE") return null;
    return { ...base, recvQ: this.stream?.queued ?? 0, sendQ: 0 };
  }
}
