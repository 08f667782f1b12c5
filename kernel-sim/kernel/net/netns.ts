// Making, entering and destroying network namespaces (net/core/net_namespace.c). Every new
// namespace starts with lo, down and without addresses; the machine's initial one has lo up
// with 127.0.0.1/8 and ::1/128, as a booted host has. A namespace lives while a task is in it
// or an nsfs bind mount holds it (`ip netns add` mounts /proc/self/ns/net on /run/netns/NAME);
// when the last reference goes, its devices are unregistered - a veth with its peer, wherever
// the peer is. As Linux's cleanup_net() runs later from a workqueue, a namespace whose last
// mount went away is torn down at the next look at the namespaces (reapNets).

import type { Kernel } from "../kernel.ts";
import type { Task } from "../task/task.ts";
import { NetNamespace, PROC_NET_INIT_INO } from "../ns/net.ts";
import { INIT_USER_NS, type UserNamespace } from "../ns/user.ts";
import { IFF_UP, NetDevice } from "./device.ts";
import { IPV6_LOOPBACK, v4Addr, v6Addr } from "./addr.ts";
import { SocketTable } from "./socket_table.ts";
import { flushDevRoutes } from "./route.ts";
import { nsfsMounted } from "../ns/ns_common.ts";

const LOOPBACK_ADDR = 0x7f000001;

/** The machine's net state: every namespace that exists (for lsns and ip netns identify). */
export interface NetState {
  init: NetNamespace;
  all: Set<NetNamespace>;
}

export function netState(kernel: Kernel): NetState {
  let s = kernel.subsys.get("net") as (NetState & { onTaskExit(t: Task): void }) | undefined;
  if (!s) {
    const init = makeNamespace(PROC_NET_INIT_INO, INIT_USER_NS);
    const lo = init.deviceByName("lo")!;
    setUp(lo, true);
    init.users = 1; // init_net is never freed
    const state = {
      init,
      all: new Set([init]),
      onTaskExit(t: Task) {
        if (t.nsproxy.net) putNet(kernel, t.nsproxy.net);
      },
    };
    kernel.subsys.set("net", state);
    s = state;
  }
  return s;
}

export function initNet(kernel: Kernel): NetNamespace {
  return netState(kernel).init;
}

/** The network namespace of task t. */
export function netNs(t: Task): NetNamespace {
  return t.nsproxy.net ?? netState(t.kernel).init;
}

function makeNamespace(inum: number, owner: UserNamespace): NetNamespace {
  const ns = new NetNamespace(inum, owner);
  ns.sockets = new SocketTable();
  const lo = new NetDevice(ns, ns.nextIfindex++, "lo", "loopback", new Uint8Array(6));
  ns.devices.set(lo.ifindex, lo);
  return ns;
}

/** copy_net_ns() for CLONE_NEWNET: a fresh namespace with one reference (the caller's). */
export function createNetNs(kernel: Kernel, owner: UserNamespace): NetNamespace {
  const st = netState(kernel);
  const ns = makeNamespace(kernel.allocInum(), owner);
  ns.users = 1;
  st.all.add(ns);
  return ns;
}

export function getNet(kernel: Kernel, ns: NetNamespace | null): void {
  if (ns) ns.users++;
  else netState(kernel);
}

/** put_net(): drop a reference; the last one tears the namespace down unless a mount holds it. */
export function putNet(kernel: Kernel, ns: NetNamespace): void {
  if (--ns.users > 0) return;
  const st = netState(kernel);
  if (ns === st.init || nsfsMounted(kernel, ns)) return;
  cleanupNet(st, ns);
}

/** Tear down every namespace no task is in and no nsfs mount holds (after an umount). */
export function reapNets(kernel: Kernel): void {
  const st = netState(kernel);
  for (const ns of st.all) if (ns.users <= 0 && ns !== st.init && !nsfsMounted(kernel, ns)) cleanupNet(st, ns);
}

/** cleanup_net(). */
function cleanupNet(st: NetState, ns: NetNamespace): void {
  st.all.delete(ns);
  for (const dev of [...ns.devices.values()]) unregisterDevice(dev);
  ns.sockets.closeAll();
}

/** unregister_netdevice(): remove dev (and a veth's peer; a bridge releases its ports). */
export function unregisterDevice(dev: NetDevice): void {
  const ns = dev.ns;
  if (!ns.devices.has(dev.ifindex)) return;
  ns.devices.delete(dev.ifindex);
  flushDevRoutes(ns, dev);
  if (dev.master) {
    dev.master.ports.delete(dev);
    dev.master = null;
  }
  for (const p of dev.ports) p.master = null;
  dev.ports.clear();
  const peer = dev.peer;
  dev.peer = null;
  if (peer) {
    peer.peer = null;
    unregisterDevice(peer);
  }
}

/** dev_open()/dev_close(): set IFF_UP, bringing lo's addresses and IPv6 link-locals with it. */
export function setUp(dev: NetDevice, up: boolean): void {
  if (dev.up === up) return;
  if (up) {
    dev.flags |= IFF_UP;
    dev.everUp = true;
    if (dev.kind === "loopback") {
      if (!dev.addrs.some((a) => a.family === 4 && a.v4 === LOOPBACK_ADDR)) dev.addrs.unshift(v4Addr(LOOPBACK_ADDR, 8, "lo", "host"));
      if (!dev.addrs.some((a) => a.family === 6)) dev.addrs.push(v6Addr(IPV6_LOOPBACK, 128, "host"));
    }
  } else {
    dev.flags &= ~IFF_UP;
    flushDevRoutes(dev.ns, dev);
    // addrconf_ifdown(): IPv6 addresses go with the link (lo's ::1 included); IPv4 ones stay.
    for (let i = dev.addrs.length - 1; i >= 0; i--) if (dev.addrs[i]!.family === 6) dev.addrs.splice(i, 1);
  }
}
