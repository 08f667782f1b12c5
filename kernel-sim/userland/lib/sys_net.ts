// Networking facet of the Sys handle: rtnetlink (as one structured request/reply call), sockets
// (AF_INET TCP/UDP, AF_UNIX stream, ICMP echo "ping sockets") and named network namespaces.
//
// rtnetlink: real `ip` sends RTM_* messages over a NETLINK_ROUTE socket and reads replies or
// an NLMSG_ERROR with an errno and an extended-ack text. Here `rtnl(req)` takes the request as
// a typed object and returns the reply the same way: data, or { errno, extack }.

export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
export const SOCK_NONBLOCK = 0o4000;
export const SOCK_CLOEXEC = 0o2000000;
export const IPPROTO_ICMP = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;
export const SHUT_RD = 0;
export const SHUT_WR = 1;
export const SHUT_RDWR = 2;
export const SOMAXCONN = 4096;

/** A socket address: AF_INET (dotted quad and port) or AF_UNIX (a path; "" for unnamed). */
export type SockAddr = { family: typeof AF_INET; addr: string; port: number } | { family: typeof AF_UNIX; path: string };

/** A received datagram (UDP, ICMP): the bytes, who sent them, and the IP TTL it arrived with. */
export interface Datagram {
  data: Uint8Array;
  from: SockAddr;
  ttl: number;
}

/** One socket of the caller's network namespace, as ss(8) reads them from sock_diag. */
export interface SockInfo {
  family: number;
  type: number;
  /** TCP_LISTEN, TCP_ESTABLISHED... as ss names them: LISTEN, ESTAB, UNCONN, TIME-WAIT. */
  state: string;
  recvQ: number;
  sendQ: number;
  local: SockAddr;
  peer: SockAddr | null;
  /** The socket's inode (socket:[N]), to find its processes through /proc/PID/fd. */
  ino: number;
  /** AF_UNIX: the inode of the connected peer (0: none). */
  peerIno?: number;
}

// ---- rtnetlink ----

export interface LinkInfo {
  ifindex: number;
  name: string;
  kind: "loopback" | "veth" | "bridge" | "dummy";
  /** ifi_flags: IFF_UP, IFF_LOWER_UP, ... */
  flags: number;
  mtu: number;
  qdisc: string;
  /** IFLA_OPERSTATE as ip prints it: UNKNOWN, DOWN, LOWERLAYERDOWN, UP. */
  operstate: string;
  txqlen: number;
  mac: string;
  broadcast: string;
  /** IFLA_MASTER (0: none). */
  master: number;
  /** IFLA_LINK: a veth's peer ifindex (0: none). */
  link: number;
  /** IFLA_LINK_NETNSID: the peer's namespace id when it lives elsewhere (-1: same namespace). */
  linkNetnsid: number;
  /** For a bridge port: its STP state ("forwarding", "disabled"), priority and cost. */
  brport: { state: string; priority: number; cost: number } | null;
  stats: { rxBytes: number; rxPackets: number; txBytes: number; txPackets: number; rxDropped: number; txDropped: number };
}

export interface AddrInfo {
  ifindex: number;
  family: 4 | 6;
  local: string;
  prefixlen: number;
  scope: string;
  broadcast: string | null;
  label: string;
  secondary: boolean;
}

export interface RouteInfo {
  /** "default" or "10.0.0.0/24" ("/32" omitted as ip prints it). */
  dst: string;
  dev: number;
  gateway: string | null;
  proto: string;
  scope: string;
  src: string | null;
  metric: number;
  /** The device has no carrier (ip prints "linkdown"). */
  linkdown: boolean;
  type: "unicast" | "local" | "broadcast";
  table: "main" | "local";
}

/** A namespace named by a file descriptor (nsfs or a named netns file) or a process. */
export type NetnsRef = { fd: number } | { pid: number };

export type RtnlRequest =
  | { op: "getlink" }
  | { op: "newlink"; name: string; kind: string; peer?: { name: string; netns?: NetnsRef }; netns?: NetnsRef; mtu?: number; address?: string }
  | { op: "setlink"; ifindex: number; up?: boolean; mtu?: number; name?: string; master?: number; address?: string; netns?: NetnsRef }
  | { op: "dellink"; ifindex: number }
  | { op: "getaddr" }
  | { op: "newaddr"; ifindex: number; family: 4 | 6; local: string; prefixlen: number; broadcast?: string; label?: string; scope?: string }
  | { op: "deladdr"; ifindex: number; family: 4 | 6; local: string; prefixlen: number | null }
  | { op: "flushaddr"; ifindex: number; family: 4 | 6 | 0 }
  | { op: "getroute"; table: "main" | "local" | "all" }
  | { op: "newroute"; dst: string; prefixlen: number; gateway?: string; ifindex?: number; src?: string; metric?: number; proto?: string; replace?: boolean }
  | { op: "delroute"; dst: string; prefixlen: number; gateway?: string; ifindex?: number }
  | { op: "routeget"; dst: string }
  | { op: "getnsid"; netns: NetnsRef };

export interface RtnlError {
  errno: number;
  /** The extended ack ("ipv4: Address already assigned"); ip prints "Error: <text>." */
  extack?: string;
}

export type RtnlReply =
  | RtnlError
  | { links: LinkInfo[] }
  | { addrs: AddrInfo[] }
  | { routes: RouteInfo[] }
  | { route: RouteInfo }
  | { nsid: number }
  | { ok: true; ifindex?: number };

export function isRtnlError(r: RtnlReply): r is RtnlError {
  return "errno" in r;
}

export interface SysNet {
  /** An rtnetlink request on the caller's network namespace (see RtnlRequest). */
  rtnl(req: RtnlRequest): RtnlReply;

  socket(domain: number, type: number, protocol: number): number;
  bind(fd: number, addr: SockAddr): void;
  listen(fd: number, backlog: number): void;
  /** accept4(2): blocks until a connection arrives (EAGAIN with SOCK_NONBLOCK). */
  accept(fd: number, flags: number): Promise<{ fd: number; addr: SockAddr }>;
  /** connect(2): TCP handshake (ECONNREFUSED, ENETUNREACH, ETIMEDOUT); UDP sets the peer. */
  connect(fd: number, addr: SockAddr): Promise<void>;
  getsockname(fd: number): SockAddr;
  getpeername(fd: number): SockAddr;
  shutdown(fd: number, how: number): void;
  /** sendto(2) for datagram sockets (UDP, ICMP echo); addr may be omitted once connected. */
  sendto(fd: number, data: Uint8Array, addr: SockAddr | null): Promise<number>;
  /** recvfrom(2) for datagram sockets; blocks until one arrives. */
  recvfrom(fd: number, count: number): Promise<Datagram>;
  /** SO_REUSEADDR and friends: only the options ss/nc/curl need. */
  setsockopt(fd: number, level: number, name: number, value: number): void;
  /** The sockets of the caller's network namespace (sock_diag / /proc/net/tcp). */
  sock_list(): SockInfo[];
}

export const SOL_SOCKET = 1;
export const SO_REUSEADDR = 2;
