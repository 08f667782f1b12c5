// RTM_NEWADDR / RTM_DELADDR / RTM_GETADDR (net/ipv4/devinet.c, net/ipv6/addrconf.c). IPv6
// link-local addresses are not stored: a device that is up with carrier has one, made from its
// MAC (addrconf's EUI-64), which is what a settled `ip addr` shows.

import type { NetNamespace } from "../ns/net.ts";
import type { NetDevice } from "./device.ts";
import type { AddrInfo, RtnlReply, RtnlRequest } from "../../userland/lib/sys_net.ts";
import { formatIPv4, formatIPv6, linkLocalOf, networkOf, parseIPv4, parseIPv6, v4Addr, v6Addr, type IfAddr, type Scope } from "./addr.ts";
import { EADDRNOTAVAIL, EEXIST, EINVAL, ENODEV } from "../../uapi/errno.ts";
import { rtnlErr } from "./rtnl_util.ts";

/** Every address dev has now, stored and automatic, in the order ip lists them. */
export function deviceAddrs(dev: NetDevice): IfAddr[] {
  const v4 = dev.addrs.filter((a) => a.family === 4);
  const v6 = dev.addrs.filter((a) => a.family === 6);
  if (dev.kind !== "loopback" && dev.up && dev.carrier) v6.push(v6Addr(linkLocalOf(dev.mac), 64, "link", "linklocal"));
  return [...v4, ...v6];
}

function info(dev: NetDevice, a: IfAddr): AddrInfo {
  return {
    ifindex: dev.ifindex,
    family: a.family,
    local: a.family === 4 ? formatIPv4(a.v4) : formatIPv6(a.v6!),
    prefixlen: a.prefixlen,
    scope: a.scope,
    broadcast: a.broadcast === null ? null : formatIPv4(a.broadcast),
    label: a.family === 4 ? a.label : "",
    secondary: a.secondary,
  };
}

export function getaddr(ns: NetNamespace): RtnlReply {
  const addrs: AddrInfo[] = [];
  for (const dev of [...ns.devices.values()].sort((a, b) => a.ifindex - b.ifindex)) for (const a of deviceAddrs(dev)) addrs.push(info(dev, a));
  return { addrs };
}

const SCOPES: readonly Scope[] = ["global", "site", "link", "host", "nowhere"];

export function newaddr(ns: NetNamespace, req: Extract<RtnlRequest, { op: "newaddr" }>): RtnlReply {
  const dev = ns.devices.get(req.ifindex);
  if (!dev) return rtnlErr(ENODEV);
  const scope = (req.scope ?? (dev.kind === "loopback" && req.family === 4 && (parseIPv4(req.local) ?? 0) >>> 24 === 127 ? "host" : "global")) as Scope;
  if (!SCOPES.includes(scope)) return rtnlErr(EINVAL);
  if (req.family === 4) {
    const local = parseIPv4(req.local);
    if (local === null || req.prefixlen < 0 || req.prefixlen > 32) return rtnlErr(EINVAL);
    if (dev.addrs.some((a) => a.family === 4 && a.v4 === local && a.prefixlen === req.prefixlen)) return rtnlErr(EEXIST, "ipv4: Address already assigned");
    const brd = req.broadcast ? parseIPv4(req.broadcast) : null;
    const a = v4Addr(local, req.prefixlen, req.label ?? dev.name, scope, brd);
    // __inet_insert_ifa(): a secondary goes last; a primary after the last primary.
    a.secondary = dev.addrs.some((b) => b.family === 4 && !b.secondary && b.prefixlen === a.prefixlen && networkOf(b.v4, b.prefixlen) === networkOf(local, a.prefixlen));
    let at = dev.addrs.length;
    if (!a.secondary) {
      at = 0;
      for (let i = 0; i < dev.addrs.length; i++) if (dev.addrs[i]!.family === 4 && !dev.addrs[i]!.secondary) at = i + 1;
    }
    dev.addrs.splice(at, 0, a);
  } else {
    const local = parseIPv6(req.local);
    if (!local || req.prefixlen < 0 || req.prefixlen > 128) return rtnlErr(EINVAL);
    if (dev.addrs.some((a) => a.family === 6 && formatIPv6(a.v6!) === formatIPv6(local))) return rtnlErr(EEXIST);
    dev.addrs.push(v6Addr(local, req.prefixlen, scope));
  }
  return { ok: true };
}

export function deladdr(ns: NetNamespace, req: Extract<RtnlRequest, { op: "deladdr" }>): RtnlReply {
  const dev = ns.devices.get(req.ifindex);
  if (!dev) return rtnlErr(ENODEV);
  const i = dev.addrs.findIndex((a) => {
    if (a.family !== req.family) return false;
    if (req.prefixlen !== null && a.prefixlen !== req.prefixlen) return false;
    return a.family === 4 ? formatIPv4(a.v4) === req.local : formatIPv6(a.v6!) === formatIPv6(parseIPv6(req.local) ?? new Uint8Array(16));
  });
  if (i < 0) return rtnlErr(EADDRNOTAVAIL, req.family === 4 ? "ipv4: Address not found" : undefined);
  dev.addrs.splice(i, 1);
  return { ok: true };
}

export function flushaddr(ns: NetNamespace, ifindex: number, family: 0 | 4 | 6): RtnlReply {
  const dev = ns.devices.get(ifindex);
  if (!dev) return rtnlErr(ENODEV);
  for (let i = dev.addrs.length - 1; i >= 0; i--) if (family === 0 || dev.addrs[i]!.family === family) dev.addrs.splice(i, 1);
  return { ok: true };
}
