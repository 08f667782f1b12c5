// The bound inet sockets of one network namespace, by protocol and port: Linux's
// inet_hashinfo (TCP) and udp_table, per namespace by way of net_eq(). Ports are per
// namespace, so two containers can both listen on :80.

import type { InetSock } from "./inet.ts";
import { EADDRINUSE, EAGAIN, Errno } from "../../uapi/errno.ts";

/** /proc/sys/net/ipv4/ip_local_port_range. */
export const EPHEMERAL_LOW = 32768;
export const EPHEMERAL_HIGH = 60999;

export class SocketTable {
  /** Every inet socket of this namespace that has a local port. */
  readonly sockets = new Set<InetSock>();
  private nextEphemeral = EPHEMERAL_LOW;

  /** inet_csk_get_port(): check a port is free for (proto, addr), or pick an ephemeral one. */
  bindPort(s: InetSock, addr: number, port: number): number {
    if (port === 0) {
      for (let i = 0; i <= EPHEMERAL_HIGH - EPHEMERAL_LOW; i++) {
        const p = this.nextEphemeral;
        this.nextEphemeral = p >= EPHEMERAL_HIGH ? EPHEMERAL_LOW : p + 1;
        if (!this.conflicts(s, addr, p)) return p;
      }
      throw new Errno(EAGAIN);
    }
    if (this.conflicts(s, addr, port)) throw new Errno(EADDRINUSE);
    return port;
  }

  private conflicts(s: InetSock, addr: number, port: number): boolean {
    for (const o of this.sockets) {
      if (o === s || o.protocol !== s.protocol || o.localPort !== port) continue;
      if (o.localAddr !== 0 && addr !== 0 && o.localAddr !== addr) continue;
      // SO_REUSEADDR lets a new listener share the port with connections (not with a listener).
      if (s.reuseAddr && o.reuseAddr && o.state !== "LISTEN") continue;
      if (o.state !== "LISTEN" && o.isChild) continue;
      return true;
    }
    return false;
  }

  /** The socket that receives for (proto, addr, port): an exact address before 0.0.0.0. */
  lookup(protocol: number, addr: number, port: number, pred: (s: InetSock) => boolean = () => true): InetSock | null {
    let wild: InetSock | null = null;
    for (const s of this.sockets) {
      if (s.protocol !== protocol || s.localPort !== port || s.isChild || !pred(s)) continue;
      if (s.localAddr === addr) return s;
      if (s.localAddr === 0) wild = s;
    }
    return wild;
  }

  closeAll(): void {
    for (const s of [...this.sockets]) s.reset();
    this.sockets.clear();
  }
}
