// How `ip link` and `ip addr` print a device (ip/ipaddress.c print_linkinfo): the header line
// with flags, mtu, qdisc, master, state, the link/ether line, and the brief (-br) forms.

import type { LinkInfo } from "../lib/sys_net.ts";
import { color, operColor, type IpContext } from "./common.ts";

const IFF_UP = 0x1;
const IFF_RUNNING = 0x40;

/** print_link_flags(): "<BROADCAST,MULTICAST,UP,LOWER_UP>" with NO-CARRIER and M-DOWN. */
export function linkFlags(l: LinkInfo, peerFlags: number | null): string {
  const NAMES: [number, string][] = [
    [0x8, "LOOPBACK"],
    [0x2, "BROADCAST"],
    [0x10, "POINTOPOINT"],
    [0x1000, "MULTICAST"],
    [0x80, "NOARP"],
    [0x200, "ALLMULTI"],
    [0x100, "PROMISC"],
    [0x400, "MASTER"],
    [0x800, "SLAVE"],
    [0x1, "UP"],
    [0x10000, "LOWER_UP"],
  ];
  const out: string[] = [];
  if (l.flags & IFF_UP && !(l.flags & IFF_RUNNING)) out.push("NO-CARRIER");
  for (const [bit, name] of NAMES) if (l.flags & bit) out.push(name);
  if (peerFlags !== null && !(peerFlags & IFF_UP)) out.push("M-DOWN");
  return `<${out.join(",")}>`;
}

/** The "@peer" after a name: the peer's name, or "ifN" when it is in another namespace. */
function peerSuffix(l: LinkInfo, all: LinkInfo[]): string {
  if (!l.link) return "";
  if (l.linkNetnsid >= 0) return `@if${l.link}`;
  const peer = all.find((x) => x.ifindex === l.link);
  return `@${peer ? peer.name : "NONE"}`;
}

function peerFlags(l: LinkInfo, all: LinkInfo[]): number | null {
  if (!l.link || l.linkNetnsid >= 0) return null;
  return all.find((x) => x.ifindex === l.link)?.flags ?? 0;
}

export function displayName(l: LinkInfo, all: LinkInfo[]): string {
  return l.name + peerSuffix(l, all);
}

/** The peer's namespace as ip names it: "link-netns NAME" or "link-netnsid N". */
export function linkNetns(l: LinkInfo, nsNames: Map<number, string>): string {
  if (l.linkNetnsid < 0) return "";
  const name = nsNames.get(l.linkNetnsid);
  return name !== undefined ? ` link-netns ${name}` : ` link-netnsid ${l.linkNetnsid}`;
}

/**
 * The header line and the link/ether line. mode: "link" adds "mode DEFAULT"; a family filter
 * (ip -4 addr) drops the link line, and then the link-netns note moves onto the header.
 */
export function printLink(ctx: IpContext, l: LinkInfo, all: LinkInfo[], mode: "link" | "addr", nsNames: Map<number, string>): string {
  const master = l.master ? all.find((x) => x.ifindex === l.master) : undefined;
  let s = `${l.ifindex}: ${color(ctx, "ifname", displayName(l, all) + ": ")}${linkFlags(l, peerFlags(l, all))} mtu ${l.mtu} qdisc ${l.qdisc}`;
  if (master) s += ` master ${master.name}`;
  s += ` state ${l.operstate === "UNKNOWN" ? "UNKNOWN " : operColor(ctx, l.operstate, l.operstate + " ")}`;
  if (mode === "link") s += "mode DEFAULT ";
  s += `group default qlen ${l.txqlen}`;
  const showLinkLine = !(mode === "addr" && ctx.family !== 0);
  if (!showLinkLine) return s + linkNetns(l, nsNames) + "\n";
  s += ctx.oneline ? "\\" : "\n";
  const type = l.kind === "loopback" ? "loopback" : "ether";
  s += `    link/${type} ${color(ctx, "mac", l.mac)} brd ${color(ctx, "mac", l.broadcast)}${linkNetns(l, nsNames)}`;
  if (ctx.details) s += linkDetails(l, ctx.oneline ? "\\" : "\n");
  s += "\n";
  if (ctx.stats) s += printStats(l);
  return s;
}

/** ip -d: promiscuity and MTU range, the kind's own line, then the generic netdev limits. */
function linkDetails(l: LinkInfo, nl: string): string {
  const lo = l.kind === "loopback";
  const promisc = l.master ? 1 : 0;
  let s = ` promiscuity ${promisc}  allmulti ${promisc} minmtu ${lo ? 0 : 68} maxmtu ${lo ? 0 : 65535} `;
  if (l.kind === "veth") s += nl + "    veth ";
  if (l.kind === "bridge") s += nl + "    bridge " + BRIDGE_DETAILS;
  // veth gets one queue per CPU (two simulated CPUs); a bridge caps TSO at 64k.
  const queues = l.kind === "veth" ? 2 : 1;
  const tso = l.kind === "bridge" ? 65536 : 524280;
  return s + `addrgenmode eui64 numtxqueues ${queues} numrxqueues ${queues} gso_max_size 65536 gso_max_segs 65535 tso_max_size ${tso} tso_max_segs 65535 gro_max_size 65536 `;
}

/** A new bridge's IFLA_BR_* attributes as print_linkinfo prints them (no ports, STP off). */
const BRIDGE_DETAILS =
  "forward_delay 1500 hello_time 200 max_age 2000 ageing_time 30000 stp_state 0 priority 32768 vlan_filtering 0 " +
  "bridge_id 8000.0:0:0:0:0:0 designated_root 8000.0:0:0:0:0:0 root_port 0 root_path_cost 0 topology_change 0 " +
  "topology_change_detected 0 hello_timer    0.00 tcn_timer    0.00 topology_change_timer    0.00 gc_timer    0.00 " +
  "group_fwd_mask 0 group_address 01:80:c2:00:00:00 mcast_snooping 1 no_linklocal_learn 0 mcast_vlan_snooping 0 " +
  "mcast_router 1 mcast_query_use_ifaddr 0 mcast_querier 0 mcast_hash_elasticity 16 mcast_hash_max 4096 " +
  "mcast_last_member_count 2 mcast_startup_query_count 2 mcast_last_member_interval 100 mcast_membership_interval 26000 " +
  "mcast_querier_interval 25500 mcast_query_interval 12500 mcast_query_response_interval 1000 " +
  "mcast_startup_query_interval 3124 mcast_stats_enabled 0 mcast_igmp_version 2 mcast_mld_version 1 " +
  "nf_call_iptables 0 nf_call_ip6tables 0 nf_call_arptables 0 ";

function printStats(l: LinkInfo): string {
  const st = l.stats;
  const widths = [10, 7, 6, 7, 7, 7];
  const row = (vals: number[]): string => "    " + vals.map((v, i) => String(v).padStart(widths[i]!)).join(" ") + " \n";
  return (
    "    RX:  bytes packets errors dropped  missed   mcast           \n" +
    row([st.rxBytes, st.rxPackets, 0, st.rxDropped, 0, 0]) +
    "    TX:  bytes packets errors dropped carrier collsns           \n" +
    row([st.txBytes, st.txPackets, 0, st.txDropped, 0, 0])
  );
}

/** print_linkinfo_brief(): "name  STATE  mac <FLAGS> ". */
export function printLinkBrief(ctx: IpContext, l: LinkInfo, all: LinkInfo[]): string {
  const name = displayName(l, all);
  const state = l.operstate;
  const nameCol = color(ctx, "ifname", name.padEnd(16) + " ");
  const stateCol = state === "UNKNOWN" ? state.padEnd(14) + " " : operColor(ctx, state, state.padEnd(14) + " ");
  return `${nameCol}${stateCol}${color(ctx, "mac", l.mac + " ")}${linkFlags(l, peerFlags(l, all))} \n`;
}

/**
 * print_linkinfo() under -j: one JSON object per device, keys in iproute2's print order
 * (ifindex, link, ifname, flags, mtu, qdisc, master, operstate, linkmode, group, txqlen,
 * link_type, address, broadcast, link_netnsid).
 */
export function printLinkJson(l: LinkInfo, all: LinkInfo[]): string {
  const o: Record<string, unknown> = { ifindex: l.ifindex };
  if (l.link) {
    const peer = l.linkNetnsid < 0 ? all.find((x) => x.ifindex === l.link) : undefined;
    if (peer) o.link = peer.name;
    else o.link_index = l.link;
  }
  o.ifname = l.name;
  const flags = linkFlags(l, peerFlags(l, all));
  o.flags = flags === "<>" ? [] : flags.slice(1, -1).split(",");
  o.mtu = l.mtu;
  o.qdisc = l.qdisc;
  const master = l.master ? all.find((x) => x.ifindex === l.master) : undefined;
  if (master) o.master = master.name;
  o.operstate = l.operstate;
  o.linkmode = "DEFAULT";
  o.group = "default";
  o.txqlen = l.txqlen;
  o.link_type = l.kind === "loopback" ? "loopback" : "ether";
  o.address = l.mac;
  o.broadcast = l.broadcast;
  if (l.linkNetnsid >= 0) o.link_netnsid = l.linkNetnsid;
  return JSON.stringify(o);
}
