// What AF_INET sockets share (net/ipv4/af_inet.c): local and remote address and port, binding
// into the namespace's port table, and the datagram receive queue ICMP and UDP use.

import type { Task } from "../task/task.ts";
import type { NetNamespace } from "../ns/net.ts";
import { Sock } from "./socket.ts";
import type { Datagram, SockAddr, SockInfo } from "../../userland/lib/sys_net.ts";
import { AF_INET } from "../../userland/lib/sys_net.ts";
import { formatIPv4, parseIPv4 } from "./addr.ts";
import { isLocal } from "./ip_path.ts";
import { EACCES, EADDRNOTAVAIL, EINVAL, Errno } from "../../uapi/errno.ts";
import { CAP_NET_BIND_SERVICE } from "../cred/cred.ts";
import { POLLIN, POLLOUT } from "../../userland/lib/sys.ts";

/** /proc/sys/net/ipv4/ip_unprivileged_port_start. */
export const PROT_SOCK = 1024;

export function inetAddr(addr: number, port: number): SockAddr {
  return { family: AF_INET, addr: formatIPv4(addr), port };
}

export function parseSockAddr(a: SockAddr): { addr: number; port: number } {
  if (a.family !== AF_INET) throw new Errno(EINVAL);
  const v = parseIPv4(a.addr);
  if (v === null || !(a.port >= 0 && a.port <= 65535)) throw new Errno(EINVAL);
  return { addr: v, port: a.port };
}

export abstract class InetSock extends Sock {
  localAddr = 0;
  localPort = 0;
  remoteAddr = 0;
  remotePort = 0;
  /** TCP state name as ss prints it; datagram sockets are UNCONN (or ESTAB once connected). */
  state = "UNCONN";
  /** A socket accept() made from a listener (it shares the listener's port). */
  isChild = false;
  readonly rx: Datagram[] = [];

  declare readonly ns: NetNamespace;

  override bind(t: Task, a: SockAddr): void {
    const { addr, port } = parseSockAddr(a);
    if (this.localPort !== 0) throw new Errno(EINVAL);
    if (addr !== 0 && !isLocal(this.ns, addr)) throw new Errno(EADDRNOTAVAIL);
    if (port !== 0 && port < PROT_SOCK && !t.cred.capable(CAP_NET_BIND_SERVICE, this.ns.owner)) throw new Errno(EACCES);
    this.localPort = this.ns.sockets.bindPort(this, addr, port);
    this.localAddr = addr;
    this.ns.sockets.sockets.add(this);
  }

  /** inet_autobind(): an ephemeral port on first use. */
  autobind(): void {
    if (this.localPort !== 0) return;
    this.localPort = this.ns.sockets.bindPort(this, 0, 0);
    this.ns.sockets.sockets.add(this);
  }

  sockname(): SockAddr {
    return inetAddr(this.localAddr, this.localPort);
  }

  /** A datagram arrived for this socket. */
  enqueue(d: Datagram): void {
    this.rx.push(d);
    this.wait.wakeUp();
  }

  override async recvfrom(t: Task, count: number): Promise<Datagram> {
    await this.waitFor(t, () => this.rx.length > 0);
    const d = this.rx.shift()!;
    return { ...d, data: d.data.subarray(0, count) };
  }

  pollMask(): number {
    return (this.rx.length > 0 ? POLLIN : 0) | POLLOUT;
  }

  release(): void {
    this.ns.sockets.sockets.delete(this);
    this.wait.wakeUp();
  }

  info(): SockInfo | null {
    return {
      family: AF_INET,
      type: this.type,
      state: this.state,
      recvQ: this.rx.reduce((a, d) => a + d.data.length, 0),
      sendQ: 0,
      local: this.sockname(),
      peer: this.remotePort ? inetAddr(this.remoteAddr, this.remotePort) : null,
      ino: this.ino,
    };
  }
}
