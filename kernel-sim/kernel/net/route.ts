// The IPv4 routing table of a namespace. Analogous to Linux's FIB (net/ipv4/fib_*.c), reduced to
// one main table. Connected routes ("proto kernel scope link") are derived from the addresses
// of devices that are up, as fib_add_ifaddr() would keep them; routes the user adds are stored
// and dropped when their device goes down (fib_sync_down_dev).

import type { NetNamespace } from "../ns/net.ts";
import type { NetDevice } from "./device.ts";
import { maskOf, networkOf } from "./addr.ts";

export interface Route {
  dst: number;
  prefixlen: number;
  dev: NetDevice;
  gateway: number | null;
  proto: "kernel" | "boot" | "static" | "dhcp";
  scope: "global" | "link" | "host";
  src: number | null;
  metric: number;
}

/** Every route of the main table: connected ones first derived, then the stored ones; sorted as the FIB dumps them. */
export function mainTable(ns: NetNamespace): Route[] {
  const out: Route[] = [];
  for (const dev of ns.devices.values()) {
    if (!dev.up || dev.kind === "loopback") continue;
    for (const a of dev.addrs) {
      if (a.family !== 4 || a.prefixlen === 32 || a.prefixRouteDeleted) continue;
      const dst = networkOf(a.v4, a.prefixlen);
      if (out.some((r) => r.dst === dst && r.prefixlen === a.prefixlen && r.dev === dev)) continue;
      out.push({ dst, prefixlen: a.prefixlen, dev, gateway: null, proto: "kernel", scope: "link", src: a.v4, metric: 0 });
    }
  }
  out.push(...ns.routes);
  return out.sort((a, b) => a.dst - b.dst || a.prefixlen - b.prefixlen || a.metric - b.metric);
}

/** fib_lookup(): the longest-prefix match for dst, or null. */
export function lookupRoute(ns: NetNamespace, dst: number): Route | null {
  let best: Route | null = null;
  for (const r of mainTable(ns)) {
    if (((dst & maskOf(r.prefixlen)) >>> 0) !== r.dst) continue;
    if (!best || r.prefixlen > best.prefixlen || (r.prefixlen === best.prefixlen && r.metric < best.metric)) best = r;
  }
  return best;
}

/** Drop stored routes through dev (it went down, or left the namespace). */
export function flushDevRoutes(ns: NetNamespace, dev: NetDevice): void {
  for (let i = ns.routes.length - 1; i >= 0; i--) if (ns.routes[i]!.dev === dev) ns.routes.splice(i, 1);
}
