// The IPv4 packet path, reduced to what decides whether a packet arrives and where: routing
// (ip_route_output), neighbour resolution over the link layer (ARP: which device on the same
// segment owns the next hop), veth and bridge forwarding of frames, and IP forwarding between
// namespaces when net.ipv4.ip_forward is on (ip_forward, TTL - 1 per router). Transport code
// (ICMP echo, UDP, TCP) asks `ipReach` and then hands its payload to the other side.

import type { NetNamespace } from "../ns/net.ts";
import type { NetDevice } from "./device.ts";
import { lookupRoute } from "./route.ts";
import { primaryAddr } from "./rtnl_route.ts";

/** The default TTL (net.ipv4.ip_default_ttl). */
export const IPDEFTTL = 64;

export type Reach =
  | { ok: true; ns: NetNamespace; src: number; hops: number; dev: NetDevice | null; inDev: NetDevice | null }
  /** No route: sendto/connect fail with ENETUNREACH. */
  | { ok: false; why: "netunreach" }
  /** No neighbour answered ARP: "Destination Host Unreachable" from src after a while. */
  | { ok: false; why: "hostunreach"; src: number }
  /** Lost on the way (a link without carrier, a router not forwarding): silence. */
  | { ok: false; why: "dropped"; src: number };

/** Is addr one of ns's own addresses (on an up device; 127/8 once lo is up)? */
export function isLocal(ns: NetNamespace, addr: number): boolean {
  for (const d of ns.devices.values()) {
    if (!d.up) continue;
    for (const a of d.addrs) {
      if (a.family !== 4) continue;
      if (a.v4 === addr) return true;
      if (d.kind === "loopback" && a.prefixlen < 32 && ((addr ^ a.v4) >>> (32 - a.prefixlen)) === 0) return true;
    }
  }
  return false;
}

/** Devices that receive a frame sent out of dev: through a veth to its peer, across bridges. */
function segmentEndpoints(dev: NetDevice): NetDevice[] {
  const out: NetDevice[] = [];
  const seen = new Set<NetDevice>();
  // A frame leaving `from` arrives at these devices.
  const arriveFrom = (from: NetDevice): NetDevice[] => {
    if (from.kind === "veth") return from.peer && from.peer.up && from.canTransmit ? [from.peer] : [];
    if (from.kind === "bridge") return [...from.ports].filter((p) => p.canTransmit).flatMap((p) => arriveFrom(p));
    return [];
  };
  const receive = (d: NetDevice, via: NetDevice | null): void => {
    if (seen.has(d)) return;
    seen.add(d);
    const br = d.master;
    if (br) {
      // A bridge port hands the frame to its bridge: the bridge itself, and every other port.
      if (!br.up) return;
      receive(br, d);
      return;
    }
    if (d.kind === "bridge") {
      out.push(d);
      for (const p of d.ports) if (p !== via && p.canTransmit) for (const n of arriveFrom(p)) receive(n, null);
      return;
    }
    out.push(d);
  };
  for (const d of arriveFrom(dev)) receive(d, null);
  return out;
}

/** The endpoint device on dev's segment that owns addr (neigh_resolve via ARP). */
function arp(dev: NetDevice, addr: number): NetDevice | null {
  for (const d of segmentEndpoints(dev)) if (d.up && d.addrs.some((a) => a.family === 4 && a.v4 === addr)) return d;
  return null;
}

/** Where a packet from ns to dst ends up, and the source address it leaves with. */
export function ipReach(ns: NetNamespace, dst: number, src: number | null = null, size = 84, ttl = IPDEFTTL): Reach {
  let cur = ns;
  let hops = 0;
  let first: NetDevice | null = null;
  let srcAddr = src;
  let inDev: NetDevice | null = null;
  for (;;) {
    if (isLocal(cur, dst)) {
      if (srcAddr === null) srcAddr = dst;
      return { ok: true, ns: cur, src: srcAddr, hops, dev: first, inDev };
    }
    const r = lookupRoute(cur, dst);
    if (!r) {
      if (hops === 0) return { ok: false, why: "netunreach" };
      return { ok: false, why: "dropped", src: srcAddr ?? 0 };
    }
    if (srcAddr === null) srcAddr = r.src ?? primaryAddr(r.dev) ?? 0;
    if (hops === 0) first = r.dev;
    if (!r.dev.canTransmit) return { ok: false, why: "dropped", src: srcAddr };
    const nexthop = r.gateway ?? dst;
    const target = arp(r.dev, nexthop);
    if (!target) return { ok: false, why: "hostunreach", src: srcAddr };
    r.dev.stats.txPackets++;
    r.dev.stats.txBytes += size;
    target.stats.rxPackets++;
    target.stats.rxBytes += size;
    inDev = target;
    cur = target.ns;
    // ip_route_input(): 127/8 arriving on a real interface is a martian (route_localnet 0).
    if (dst >>> 24 === 127) return { ok: false, why: "dropped", src: srcAddr };
    if (isLocal(cur, dst)) return { ok: true, ns: cur, src: srcAddr, hops, dev: first, inDev };
    // A router: forward only with ip_forward on, and while the TTL lasts.
    if (!cur.ipForward || --ttl <= 0) return { ok: false, why: "dropped", src: srcAddr };
    hops++;
  }
}
