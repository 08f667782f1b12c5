// RTM_NEWLINK / RTM_SETLINK / RTM_DELLINK / RTM_GETLINK (net/core/rtnetlink.c): making veth
// pairs and bridges, bringing devices up and down, enslaving to a bridge, renaming, and moving
// a device to another namespace (dev_change_net_namespace).

import type { Task } from "../task/task.ts";
import type { NetNamespace } from "../ns/net.ts";
import { NetDevice, macCompare, macToString, randomMac } from "./device.ts";
import { setUp, unregisterDevice } from "./netns.ts";
import { flushDevRoutes } from "./route.ts";
import type { LinkInfo, RtnlReply, RtnlRequest } from "../../userland/lib/sys_net.ts";
import { EEXIST, EINVAL, ENODEV, EOPNOTSUPP } from "../../uapi/errno.ts";
import { nsidOf, resolveNetns, rtnlErr } from "./rtnl_util.ts";

/** IFNAMSIZ - 1. */
export const IFNAMSIZ_MAX = 15;

function register(ns: NetNamespace, name: string, kind: NetDevice["kind"], wantIndex = 0): NetDevice {
  const idx = wantIndex && !ns.devices.has(wantIndex) ? wantIndex : ns.nextIfindex++;
  if (idx >= ns.nextIfindex) ns.nextIfindex = idx + 1;
  const dev = new NetDevice(ns, idx, name, kind, randomMac());
  ns.devices.set(idx, dev);
  return dev;
}

/** dev_alloc_name(): the first free "veth%d". */
function allocName(ns: NetNamespace, pattern: string): string {
  for (let i = 0; ; i++) {
    const n = pattern.replace("%d", String(i));
    if (!ns.deviceByName(n)) return n;
  }
}

/** br_stp_recalculate_bridge_id(): a bridge without a set address takes its lowest port's. */
export function recalcBridgeMac(br: NetDevice): void {
  if (br.macSet || br.ports.size === 0) return;
  let low: Uint8Array | null = null;
  for (const p of br.ports) if (!low || macCompare(p.mac, low) < 0) low = p.mac;
  if (low) br.mac = low.slice();
}

function parseMac(s: string): Uint8Array | null {
  const m = /^([0-9a-fA-F]{1,2}:){5}[0-9a-fA-F]{1,2}$/.test(s);
  return m ? Uint8Array.from(s.split(":").map((x) => parseInt(x, 16))) : null;
}

export function newlink(t: Task, ns: NetNamespace, req: Extract<RtnlRequest, { op: "newlink" }>): RtnlReply {
  if (req.kind !== "veth" && req.kind !== "bridge") return rtnlErr(EOPNOTSUPP, "Unknown device type");
  const home = req.netns ? resolveNetns(t, req.netns) : ns;
  if (!home) return rtnlErr(EINVAL);
  if (req.name && home.deviceByName(req.name)) return rtnlErr(EEXIST);
  let dev: NetDevice;
  if (req.kind === "veth") {
    // veth_newlink(): the peer is registered first, so it gets the lower ifindex.
    const peerNs = req.peer?.netns ? resolveNetns(t, req.peer.netns) : home;
    if (!peerNs) return rtnlErr(EINVAL);
    const peerName = req.peer?.name || allocName(peerNs, "veth%d");
    if (peerNs.deviceByName(peerName)) return rtnlErr(EEXIST);
    const peer = register(peerNs, peerName, "veth");
    dev = register(home, req.name || allocName(home, "veth%d"), "veth");
    dev.peer = peer;
    peer.peer = dev;
  } else {
    dev = register(home, req.name || allocName(home, "bridge%d"), "bridge");
  }
  if (req.mtu) dev.mtu = req.mtu;
  if (req.address) {
    const mac = parseMac(req.address);
    if (mac) {
      dev.mac = mac;
      dev.macSet = true;
    }
  }
  return { ok: true, ifindex: dev.ifindex };
}

export function setlink(t: Task, ns: NetNamespace, req: Extract<RtnlRequest, { op: "setlink" }>): RtnlReply {
  const dev = ns.devices.get(req.ifindex);
  if (!dev) return rtnlErr(ENODEV);
  if (req.netns) {
    const target = resolveNetns(t, req.netns);
    if (!target) return rtnlErr(EINVAL);
    if (dev.kind === "loopback") return rtnlErr(EINVAL);
    if (target !== ns) moveDevice(dev, target);
  }
  if (req.name !== undefined && req.name !== dev.name) {
    // Linux 6.x renames a device that is up as well (IFF_LIVE_RENAME_OK for all since 6.2).
    if (dev.ns.deviceByName(req.name)) return rtnlErr(EEXIST);
    dev.name = req.name;
    for (const a of dev.addrs) if (a.family === 4 && (a.label === "" || !a.label.includes(":"))) a.label = req.name;
  }
  if (req.mtu !== undefined) {
    if (req.mtu < 68) return rtnlErr(EINVAL, `mtu less than device minimum`);
    if (req.mtu > 65535) return rtnlErr(EINVAL, `mtu greater than device maximum`);
    dev.mtu = req.mtu;
  }
  if (req.address !== undefined) {
    const mac = parseMac(req.address);
    if (!mac) return rtnlErr(EINVAL);
    dev.mac = mac;
    dev.macSet = true;
    if (dev.master) recalcBridgeMac(dev.master);
  }
  if (req.master !== undefined) {
    if (req.master === 0) {
      if (dev.master) {
        const br = dev.master;
        br.ports.delete(dev);
        dev.master = null;
        recalcBridgeMac(br);
      }
    } else {
      const br = dev.ns.devices.get(req.master);
      if (!br) return rtnlErr(ENODEV);
      if (br.kind !== "bridge" || br === dev || dev.kind === "bridge" || dev.kind === "loopback") return rtnlErr(EOPNOTSUPP);
      if (dev.master && dev.master !== br) dev.master.ports.delete(dev);
      dev.master = br;
      br.ports.add(dev);
      recalcBridgeMac(br);
    }
  }
  if (req.up !== undefined) setUp(dev, req.up);
  return { ok: true };
}

/** dev_change_net_namespace(): down, addresses and routes dropped, same ifindex if free there. */
export function moveDevice(dev: NetDevice, target: NetNamespace): void {
  const from = dev.ns;
  // The move's notification names the new namespace by an id of the old one (IFLA_NEW_NETNSID).
  nsidOf(from, target);
  setUp(dev, false);
  flushDevRoutes(from, dev);
  dev.addrs.length = 0;
  if (dev.master) {
    dev.master.ports.delete(dev);
    dev.master = null;
  }
  from.devices.delete(dev.ifindex);
  let idx = dev.ifindex;
  if (target.devices.has(idx)) idx = target.nextIfindex++;
  else if (idx >= target.nextIfindex) target.nextIfindex = idx + 1;
  if (target.deviceByName(dev.name)) dev.name = allocName(target, "dev%d");
  dev.ifindex = idx;
  dev.ns = target;
  target.devices.set(idx, dev);
}

export function dellink(ns: NetNamespace, ifindex: number): RtnlReply {
  const dev = ns.devices.get(ifindex);
  if (!dev) return rtnlErr(ENODEV);
  if (dev.kind === "loopback") return rtnlErr(EOPNOTSUPP);
  unregisterDevice(dev);
  return { ok: true };
}

/** What RTM_NEWLINK reports of dev to a reader in ns. */
export function linkInfo(ns: NetNamespace, dev: NetDevice): LinkInfo {
  const peer = dev.peer;
  const br = dev.master;
  return {
    ifindex: dev.ifindex,
    name: dev.name,
    kind: dev.kind,
    flags: dev.ifiFlags,
    mtu: dev.mtu,
    qdisc: dev.qdisc,
    operstate: dev.operstate,
    txqlen: dev.txqlen,
    mac: macToString(dev.mac),
    broadcast: dev.kind === "loopback" ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff",
    master: br ? br.ifindex : 0,
    link: peer ? peer.ifindex : 0,
    linkNetnsid: peer && peer.ns !== ns ? nsidOf(ns, peer.ns) : -1,
    brport: br ? { state: dev.canTransmit && br.up ? "forwarding" : "disabled", priority: 32, cost: 2 } : null,
    stats: { ...dev.stats },
  };
}

export function getlink(ns: NetNamespace): RtnlReply {
  return { links: [...ns.devices.values()].sort((a, b) => a.ifindex - b.ifindex).map((d) => linkInfo(ns, d)) };
}
