// UDP sockets (net/ipv4/udp.c): datagrams to a bound port of the destination's namespace;
// nothing listening means the datagram is dropped, and a connected sender gets the ICMP
// port-unreachable as a pending ECONNREFUSED (sk_err) on its next send.

import type { Task } from "../task/task.ts";
import type { NetNamespace } from "../ns/net.ts";
import { InetSock, inetAddr, parseSockAddr } from "./inet.ts";
import { IPDEFTTL, ipReach } from "./ip_path.ts";
import type { SockAddr } from "../../userland/lib/sys_net.ts";
import { AF_INET, IPPROTO_UDP, SOCK_DGRAM } from "../../userland/lib/sys_net.ts";
import { ECONNREFUSED, EDESTADDRREQ, EMSGSIZE, ENETUNREACH, ENOTCONN, Errno } from "../../uapi/errno.ts";

export class UdpSock extends InetSock {
  /** An ICMP port-unreachable came back for a datagram of this connected socket. */
  private refused = false;

  constructor(ns: NetNamespace, ino: number) {
    super(ns, AF_INET, SOCK_DGRAM, IPPROTO_UDP, ino);
  }

  override connect(_t: Task, a: SockAddr): void {
    const { addr, port } = parseSockAddr(a);
    const r = ipReach(this.ns, addr);
    if (!r.ok && r.why === "netunreach") throw new Errno(ENETUNREACH);
    this.autobind();
    if (this.localAddr === 0 && r.ok) this.localAddr = r.src;
    this.remoteAddr = addr;
    this.remotePort = port;
    this.state = "ESTAB";
  }

  override sendto(_t: Task, data: Uint8Array, a: SockAddr | null): number {
    if (this.refused) {
      this.refused = false;
      throw new Errno(ECONNREFUSED);
    }
    if (data.length > 65507) throw new Errno(EMSGSIZE);
    let dst = this.remoteAddr;
    let port = this.remotePort;
    if (a) ({ addr: dst, port } = parseSockAddr(a));
    else if (!port) throw new Errno(EDESTADDRREQ);
    this.autobind();
    const there = ipReach(this.ns, dst, this.localAddr || null, data.length + 28);
    if (!there.ok) {
      if (there.why === "netunreach") throw new Errno(ENETUNREACH);
      return data.length;
    }
    const target = there.ns.sockets.lookup(IPPROTO_UDP, dst, port) as UdpSock | null;
    if (target && (!target.remotePort || (target.remoteAddr === there.src && target.remotePort === this.localPort))) {
      target.enqueue({ data: data.slice(), from: inetAddr(there.src, this.localPort), ttl: IPDEFTTL - there.hops });
    } else if (!a) this.refused = true;
    return data.length;
  }

  override peername(): SockAddr {
    if (!this.remotePort) throw new Errno(ENOTCONN);
    return inetAddr(this.remoteAddr, this.remotePort);
  }
}
