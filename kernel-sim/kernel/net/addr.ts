// Interface addresses. Analogous to Linux's struct in_ifaddr (IPv4, net/ipv4/devinet.c) and
// inet6_ifaddr (IPv6, net/ipv6/addrconf.c), with the text forms `ip addr` prints.

export type Scope = "global" | "site" | "link" | "host" | "nowhere";

export interface IfAddr {
  family: 4 | 6;
  /** IPv4: the address as an unsigned 32-bit number; IPv6: 16 bytes. */
  v4: number;
  v6: Uint8Array | null;
  prefixlen: number;
  scope: Scope;
  /** IPv4 broadcast, when one was given ("brd"). */
  broadcast: number | null;
  /** IFA_LABEL (IPv4 only): the device name, or an alias such as eth0:1. */
  label: string;
  /** Its prefix route was deleted (ip route del/flush): mainTable derives none for it. */
  prefixRouteDeleted?: boolean;
  /** Made by the kernel (lo's 127.0.0.1 stays; link-local IPv6 goes away when the link goes down). */
  auto: "none" | "linklocal";
  /** IFA_F_SECONDARY: another address of the device already covers this subnet. */
  secondary: boolean;
}

/** Parse dotted-quad IPv4; null if it is not one (inet_pton). */
export function parseIPv4(s: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const p = m.slice(1).map(Number);
  if (p.some((x) => x > 255)) return null;
  return ((p[0]! << 24) | (p[1]! << 16) | (p[2]! << 8) | p[3]!) >>> 0;
}

export function formatIPv4(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
}

/** The netmask of a prefix length, as a 32-bit number. */
export function maskOf(prefixlen: number): number {
  return prefixlen === 0 ? 0 : (0xffffffff << (32 - prefixlen)) >>> 0;
}

export function networkOf(a: number, prefixlen: number): number {
  return (a & maskOf(prefixlen)) >>> 0;
}

/** Parse an IPv6 address (with :: and an embedded IPv4 tail); null if invalid. */
export function parseIPv6(s: string): Uint8Array | null {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return null;
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(":");
  if (s.slice(lastColon + 1).includes(".")) {
    const v4 = parseIPv4(s.slice(lastColon + 1));
    if (v4 === null) return null;
    tail = [v4 >>> 16, v4 & 0xffff];
    s = s.slice(0, lastColon + 1) + "0";
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const parse = (h: string): number[] | null => {
    if (h === "") return [];
    const out: number[] = [];
    for (const g of h.split(":")) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const a = parse(halves[0]!);
  const b = halves.length === 2 ? parse(halves[1]!) : [];
  if (!a || !b) return null;
  if (tail.length) (b.length ? b : a).pop();
  const groups = halves.length === 2 ? [...a, ...new Array<number>(8 - a.length - b.length - tail.length).fill(0), ...b, ...tail] : [...a, ...tail];
  if (groups.length !== 8 || (halves.length === 2 && a.length + b.length + tail.length > 7)) return null;
  const out = new Uint8Array(16);
  groups.forEach((g, i) => ((out[2 * i] = g >> 8), (out[2 * i + 1] = g & 255)));
  return out;
}

/** RFC 5952 text form (inet_ntop): lowercase, longest run of zero groups as "::". */
export function formatIPv6(a: Uint8Array): string {
  const g: number[] = [];
  for (let i = 0; i < 8; i++) g.push((a[2 * i]! << 8) | a[2 * i + 1]!);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (xs: number[]): string => xs.map((x) => x.toString(16)).join(":");
  if (best < 0) return hex(g);
  return `${hex(g.slice(0, best))}::${hex(g.slice(best + bestLen))}`;
}

/** The EUI-64 link-local address of a MAC (addrconf_addr_eui48): fe80::MAC with ff:fe inserted. */
export function linkLocalOf(mac: Uint8Array): Uint8Array {
  const a = new Uint8Array(16);
  a[0] = 0xfe;
  a[1] = 0x80;
  a[8] = mac[0]! ^ 0x02;
  a[9] = mac[1]!;
  a[10] = mac[2]!;
  a[11] = 0xff;
  a[12] = 0xfe;
  a[13] = mac[3]!;
  a[14] = mac[4]!;
  a[15] = mac[5]!;
  return a;
}

export const IPV6_LOOPBACK = parseIPv6("::1")!;

/** An IPv4 address record. */
export function v4Addr(local: number, prefixlen: number, label: string, scope: Scope = "global", broadcast: number | null = null): IfAddr {
  return { family: 4, v4: local, v6: null, prefixlen, scope, broadcast, label, auto: "none", secondary: false };
}

export function v6Addr(local: Uint8Array, prefixlen: number, scope: Scope, auto: IfAddr["auto"] = "none"): IfAddr {
  return { family: 6, v4: 0, v6: local, prefixlen, scope, broadcast: null, label: "", auto, secondary: false };
}
