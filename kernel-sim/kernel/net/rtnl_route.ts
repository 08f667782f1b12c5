// RTM_NEWROUTE / RTM_DELROUTE / RTM_GETROUTE (net/ipv4/fib_frontend.c), and `ip route get`
// (inet_rtm_getroute): the main table, the local table derived from addresses, and a lookup.

import type { NetNamespace } from "../ns/net.ts";
import type { NetDevice } from "./device.ts";
import type { RouteInfo, RtnlReply, RtnlRequest } from "../../userland/lib/sys_net.ts";
import { formatIPv4, maskOf, networkOf, parseIPv4 } from "./addr.ts";
import { lookupRoute, mainTable, type Route } from "./route.ts";
import { EEXIST, EINVAL, ENETDOWN, ENETUNREACH, ENODEV, ENOENT, ESRCH } from "../../uapi/errno.ts";
import { rtnlErr } from "./rtnl_util.ts";

function dstText(dst: number, prefixlen: number): string {
  if (prefixlen === 0) return "default";
  return prefixlen === 32 ? formatIPv4(dst) : `${formatIPv4(dst)}/${prefixlen}`;
}

function info(r: Route): RouteInfo {
  return {
    dst: dstText(r.dst, r.prefixlen),
    dev: r.dev.ifindex,
    gateway: r.gateway === null ? null : formatIPv4(r.gateway),
    proto: r.proto,
    scope: r.scope,
    src: r.src === null ? null : formatIPv4(r.src),
    metric: r.metric,
    linkdown: !r.dev.carrier,
    type: "unicast",
    table: "main",
  };
}

/** The local table (table 255): local and broadcast routes of every up device's addresses. */
function localTable(ns: NetNamespace): { key: [number, number]; r: RouteInfo }[] {
  const out: { key: [number, number]; r: RouteInfo }[] = [];
  const add = (dst: number, plen: number, dev: NetDevice, type: "local" | "broadcast", src: number): void => {
    if (out.some((o) => o.key[0] === dst && o.key[1] === plen && o.r.type === type)) return;
    out.push({ key: [dst, plen], r: { dst: dstText(dst, plen), dev: dev.ifindex, gateway: null, proto: "kernel", scope: type === "local" ? "host" : "link", src: formatIPv4(src), metric: 0, linkdown: false, type, table: "local" } });
  };
  for (const dev of ns.devices.values()) {
    if (!dev.up) continue;
    for (const a of dev.addrs) {
      if (a.family !== 4) continue;
      if (dev.kind === "loopback" && a.prefixlen < 32) add(networkOf(a.v4, a.prefixlen), a.prefixlen, dev, "local", a.v4);
      add(a.v4, 32, dev, "local", a.v4);
      if (a.prefixlen < 31) add((networkOf(a.v4, a.prefixlen) | ~maskOf(a.prefixlen)) >>> 0, 32, dev, "broadcast", a.v4);
    }
  }
  return out.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1]);
}

export function getroute(ns: NetNamespace, table: "main" | "local" | "all"): RtnlReply {
  const routes: RouteInfo[] = [];
  if (table !== "local") routes.push(...mainTable(ns).map(info));
  if (table !== "main") {
    const local = localTable(ns);
    if (table === "local" && local.length === 0) return rtnlErr(ENOENT, "ipv4: FIB table does not exist");
    routes.push(...local.map((l) => l.r));
  }
  return { routes };
}

export function newroute(ns: NetNamespace, req: Extract<RtnlRequest, { op: "newroute" }>): RtnlReply {
  const dst = parseIPv4(req.dst);
  if (dst === null || req.prefixlen < 0 || req.prefixlen > 32) return rtnlErr(EINVAL);
  if (((dst & ~maskOf(req.prefixlen)) >>> 0) !== 0) return rtnlErr(EINVAL, "Invalid prefix for given prefix length");
  let dev = req.ifindex ? ns.devices.get(req.ifindex) : undefined;
  if (req.ifindex && !dev) return rtnlErr(ENODEV);
  let gw: number | null = null;
  if (req.gateway) {
    gw = parseIPv4(req.gateway);
    if (gw === null) return rtnlErr(EINVAL);
    // fib_check_nh(): the gateway must be on a connected network (of dev, if one was given).
    const via = mainTable(ns).find((r) => r.gateway === null && r.scope === "link" && ((gw! & maskOf(r.prefixlen)) >>> 0) === r.dst && (!dev || r.dev === dev));
    if (!via) return rtnlErr(EINVAL, "Nexthop has invalid gateway");
    dev ??= via.dev;
  }
  if (!dev) return rtnlErr(ENODEV, "Nexthop device required");
  if (!dev.up) return rtnlErr(ENETDOWN, "Nexthop device is not up");
  const metric = req.metric ?? 0;
  const existing = ns.routes.findIndex((r) => r.dst === dst && r.prefixlen === req.prefixlen && r.metric === metric);
  const route: Route = { dst, prefixlen: req.prefixlen, dev, gateway: gw, proto: (req.proto as Route["proto"]) ?? "boot", scope: gw === null ? "link" : "global", src: req.src ? parseIPv4(req.src) : null, metric };
  if (existing >= 0) {
    if (!req.replace) return rtnlErr(EEXIST);
    ns.routes[existing] = route;
  } else ns.routes.push(route);
  return { ok: true };
}

export function delroute(ns: NetNamespace, req: Extract<RtnlRequest, { op: "delroute" }>): RtnlReply {
  const dst = parseIPv4(req.dst);
  if (dst === null) return rtnlErr(EINVAL);
  const i = ns.routes.findIndex((r) => r.dst === dst && r.prefixlen === req.prefixlen && (!req.ifindex || r.dev.ifindex === req.ifindex));
  if (i < 0) {
    // A connected (proto kernel) route is derived from its addresses: deleting it marks them.
    let hit = false;
    for (const dev of req.gateway ? [] : ns.devices.values()) {
      if (req.ifindex && dev.ifindex !== req.ifindex) continue;
      for (const a of dev.addrs) {
        if (a.family !== 4 || a.prefixlen !== req.prefixlen || a.prefixRouteDeleted || networkOf(a.v4, a.prefixlen) !== dst) continue;
        a.prefixRouteDeleted = hit = true;
      }
    }
    return hit ? { ok: true } : rtnlErr(ESRCH);
  }
  ns.routes.splice(i, 1);
  return { ok: true };
}

/** `ip route get`: the local table first (an own address), then the main table. */
export function routeget(ns: NetNamespace, dstText_: string): RtnlReply {
  const dst = parseIPv4(dstText_);
  if (dst === null) return rtnlErr(EINVAL);
  const local = routeLocal(ns, dst);
  if (local) return { route: local };
  const r = lookupRoute(ns, dst);
  if (!r) return rtnlErr(ENETUNREACH);
  const src = r.src ?? primaryAddr(r.dev);
  return { route: { ...info(r), dst: formatIPv4(dst), src: src === null ? null : formatIPv4(src) } };
}

function routeLocal(ns: NetNamespace, dst: number): RouteInfo | null {
  for (const dev of ns.devices.values()) {
    if (!dev.up) continue;
    for (const a of dev.addrs) {
      if (a.family !== 4) continue;
      const hit = a.v4 === dst || (dev.kind === "loopback" && networkOf(dst, a.prefixlen) === networkOf(a.v4, a.prefixlen));
      if (hit) {
        const lo = [...ns.devices.values()].find((d) => d.kind === "loopback")!;
        return { dst: formatIPv4(dst), dev: lo.ifindex, gateway: null, proto: "kernel", scope: "host", src: formatIPv4(a.v4), metric: 0, linkdown: false, type: "local", table: "local" };
      }
    }
  }
  return null;
}

/** inet_select_addr(): the first global IPv4 address of dev. */
export function primaryAddr(dev: NetDevice): number | null {
  for (const a of dev.addrs) if (a.family === 4) return a.v4;
  return null;
}
