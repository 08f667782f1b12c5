// The network namespace: its own devices (starting with lo), addresses, routes, sockets and
// port space. Analogous to Linux's struct net (include/net/net_namespace.h). The stack itself
// lives in kernel/net/; this is the per-namespace state it works on.

import type { UserNamespace } from "./user.ts";
import type { NetDevice } from "../net/device.ts";
import type { Route } from "../net/route.ts";
import type { SocketTable } from "../net/socket_table.ts";

/** The inode number of the initial network namespace on this kernel (init_net). */
export const PROC_NET_INIT_INO = 0xeffffff9;

export class NetNamespace {
  /** Devices by ifindex, in creation order (what `ip link` lists). */
  readonly devices = new Map<number, NetDevice>();
  /** The main routing table (table 254), in insertion order; `ip route` sorts for display. */
  readonly routes: Route[] = [];
  /** The next ifindex dev_new_index() hands out. */
  nextIfindex = 1;
  /** Bound, listening and connected sockets of this namespace (ports are per namespace). */
  sockets!: SocketTable;
  /** Ids this namespace gives other namespaces (RTM_NEWNSID, IFLA_LINK_NETNSID). */
  readonly nsids = new Map<NetNamespace, number>();
  /** net.ipv4.ip_forward. */
  ipForward = false;
  /** Tasks (counted by the net subsystem) and pins (named netns files, open ns fds). */
  users = 0;

  constructor(
    readonly inum: number,
    readonly owner: UserNamespace,
  ) {}

  deviceByName(name: string): NetDevice | undefined {
    for (const d of this.devices.values()) if (d.name === name) return d;
    return undefined;
  }
}
