// ICMP echo through "ping sockets" (socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP), net/ipv4/ping.c):
// the kernel sends an echo request, the destination's stack answers it (icmp_echo), and the
// reply comes back with the TTL it arrived with. When no neighbour answers ARP the sender gets
// "Destination Host Unreachable" from its own address after about 3 s.

import type { Task } from "../task/task.ts";
import type { NetNamespace } from "../ns/net.ts";
import { InetSock, inetAddr, parseSockAddr } from "./inet.ts";
import { IPDEFTTL, ipReach } from "./ip_path.ts";
import type { SockAddr } from "../../userland/lib/sys_net.ts";
import { AF_INET, IPPROTO_ICMP, SOCK_DGRAM } from "../../userland/lib/sys_net.ts";
import { EDESTADDRREQ, EINVAL, ENETUNREACH, Errno } from "../../uapi/errno.ts";

export const ICMP_ECHOREPLY = 0;
export const ICMP_DEST_UNREACH = 3;
export const ICMP_ECHO = 8;
export const ICMP_HOST_UNREACH = 1;

/** Simulated one-way latency: a local delivery, plus each link crossed. */
const BASE_NS = 20_000;
const PER_HOP_NS = 15_000;

/** The internet checksum (RFC 1071). */
export function inetChecksum(b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i + 1 < b.length; i += 2) sum += (b[i]! << 8) | b[i + 1]!;
  if (b.length % 2) sum += b[b.length - 1]! << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

function withHeader(type: number, code: number, body: Uint8Array): Uint8Array {
  const out = body.slice();
  out[0] = type;
  out[1] = code;
  out[2] = out[3] = 0;
  const c = inetChecksum(out);
  out[2] = c >> 8;
  out[3] = c & 255;
  return out;
}

export class IcmpSock extends InetSock {
  constructor(ns: NetNamespace, ino: number) {
    super(ns, AF_INET, SOCK_DGRAM, IPPROTO_ICMP, ino);
  }

  override connect(_t: Task, a: SockAddr): void {
    const { addr } = parseSockAddr(a);
    // ping's probe: connect() routes the destination (ENETUNREACH without a route).
    const r = ipReach(this.ns, addr);
    if (!r.ok && r.why === "netunreach") throw new Errno(ENETUNREACH);
    this.remoteAddr = addr;
    this.autobind();
  }

  override sendto(t: Task, data: Uint8Array, a: SockAddr | null): number {
    if (data.length < 8 || data[0] !== ICMP_ECHO) throw new Errno(EINVAL);
    let dst = this.remoteAddr;
    if (a) dst = parseSockAddr(a).addr;
    else if (!dst) throw new Errno(EDESTADDRREQ);
    this.autobind();
    // The kernel owns the identifier of a ping socket: its "port".
    const req = data.slice();
    req[4] = this.localPort >> 8;
    req[5] = this.localPort & 255;
    const size = req.length + 20;
    const there = ipReach(this.ns, dst, null, size);
    const clock = t.kernel.clock;
    if (!there.ok) {
      if (there.why === "netunreach") throw new Errno(ENETUNREACH);
      if (there.why === "hostunreach") {
        const err = withHeader(ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, new Uint8Array(8 + req.length).fill(0, 0, 8));
        err.set(req, 8);
        const from = there.src;
        clock.setTimer(clock.now() + 3e9, () => this.enqueue({ data: err, from: inetAddr(from, 0), ttl: IPDEFTTL }));
      }
      return data.length;
    }
    // icmp_echo() on the far side, and the reply's own trip back.
    const back = ipReach(there.ns, there.src, dst, size);
    if (!back.ok || back.ns !== this.ns) return data.length;
    // The reply carries the identifier the program sent.
    const reply = req.slice();
    reply[4] = data[4]!;
    reply[5] = data[5]!;
    const echoed = withHeader(ICMP_ECHOREPLY, 0, reply);
    const rtt = 2 * BASE_NS + PER_HOP_NS * (there.hops + back.hops + (there.inDev ? 2 : 0));
    clock.setTimer(clock.now() + rtt, () => this.enqueue({ data: echoed, from: inetAddr(dst, 0), ttl: IPDEFTTL - back.hops }));
    return data.length;
  }
}
