// Network devices. Analogous to Linux's struct net_device (include/linux/netdevice.h) with the
// three drivers a container lab needs: loopback, veth (drivers/net/veth.c: a pair, what one end
// transmits the other receives) and bridge (net/bridge: a switch whose ports are enslaved
// devices). Carrier and operstate follow the kernel's rules so `ip link` prints the same state.

import type { NetNamespace } from "../ns/net.ts";
import type { IfAddr } from "./addr.ts";

// Interface flags (linux/if.h).
export const IFF_UP = 0x1;
export const IFF_BROADCAST = 0x2;
export const IFF_LOOPBACK = 0x8;
export const IFF_POINTOPOINT = 0x10;
export const IFF_RUNNING = 0x40;
export const IFF_NOARP = 0x80;
export const IFF_PROMISC = 0x100;
export const IFF_MULTICAST = 0x1000;
export const IFF_LOWER_UP = 0x10000;

export type DeviceKind = "loopback" | "veth" | "bridge" | "dummy";

/** RFC 2863 operational states as /sys/class/net/X/operstate and `ip link` name them. */
export type OperState = "UNKNOWN" | "DOWN" | "LOWERLAYERDOWN" | "UP";

export interface LinkStats {
  rxBytes: number;
  rxPackets: number;
  txBytes: number;
  txPackets: number;
  rxDropped: number;
  txDropped: number;
}

export class NetDevice {
  /** IFF_UP and the other administrative flags (not LOWER_UP/RUNNING: those are computed). */
  flags: number;
  mtu: number;
  txqlen = 1000;
  /** The bridge this device is a port of (IFLA_MASTER). */
  master: NetDevice | null = null;
  /** veth: the other end (possibly in another namespace). */
  peer: NetDevice | null = null;
  /** bridge: its ports. */
  readonly ports = new Set<NetDevice>();
  /** Addresses, in the order `ip addr` lists them (per family, newest primary last). */
  readonly addrs: IfAddr[] = [];
  /** Has the device ever been up (qdisc noop until then, noqueue after, for these drivers). */
  everUp = false;
  /** The MAC was chosen by the user (a bridge then keeps it instead of its lowest port's). */
  macSet = false;
  /** The name the device had when it was made; altnames and ifalias are not modelled. */
  readonly stats: LinkStats = { rxBytes: 0, rxPackets: 0, txBytes: 0, txPackets: 0, rxDropped: 0, txDropped: 0 };

  constructor(
    public ns: NetNamespace,
    public ifindex: number,
    public name: string,
    readonly kind: DeviceKind,
    /** 6 bytes. */
    public mac: Uint8Array,
  ) {
    this.flags = kind === "loopback" ? IFF_LOOPBACK : IFF_BROADCAST | IFF_MULTICAST;
    this.mtu = kind === "loopback" ? 65536 : 1500;
  }

  get up(): boolean {
    return (this.flags & IFF_UP) !== 0;
  }

  /** netif_carrier_ok(). */
  get carrier(): boolean {
    switch (this.kind) {
      case "loopback":
      case "dummy":
        return true;
      case "veth":
        // veth_open(): carrier on both ends once both are up.
        return this.up && !!this.peer && this.peer.up;
      case "bridge":
        // A bridge without ports has carrier (UNKNOWN); with ports, when one of them is forwarding.
        if (this.ports.size === 0) return true;
        for (const p of this.ports) if (p.up && p.carrier) return true;
        return false;
    }
  }

  /** dev->operstate as rfc2863_policy() sets it. */
  get operstate(): OperState {
    if (!this.up) return "DOWN";
    if (this.kind === "loopback" || this.kind === "dummy") return "UNKNOWN";
    if (this.kind === "bridge" && this.ports.size === 0) return "UNKNOWN";
    // rfc2863_policy(): no carrier is LOWERLAYERDOWN for a device with a lower link, and a
    // veth's iflink is its peer's ifindex - so a peer with the same number (in another
    // namespace) reads as DOWN, as on Linux.
    if (!this.carrier) return this.kind === "veth" && this.peer && this.peer.ifindex !== this.ifindex ? "LOWERLAYERDOWN" : "DOWN";
    return "UP";
  }

  /** The flags word as RTM_NEWLINK reports it (with LOWER_UP and RUNNING from the carrier). */
  get ifiFlags(): number {
    let f = this.flags;
    if (this.up && this.carrier) f |= IFF_LOWER_UP | IFF_RUNNING;
    return f;
  }

  get qdisc(): string {
    if (this.kind === "loopback") return this.up ? "noqueue" : "noop";
    return this.everUp ? "noqueue" : "noop";
  }

  /** Can a frame go out of this device right now? */
  get canTransmit(): boolean {
    return this.up && this.carrier;
  }
}

export function macToString(mac: Uint8Array): string {
  return [...mac].map((b) => b.toString(16).padStart(2, "0")).join(":");
}

/** eth_random_addr(): a random locally administered unicast address. */
export function randomMac(): Uint8Array {
  const mac = new Uint8Array(6);
  crypto.getRandomValues(mac);
  mac[0] = (mac[0]! & 0xfe) | 0x02;
  return mac;
}

/** Compare two MACs as the bridge does to pick the lowest port address. */
export function macCompare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
