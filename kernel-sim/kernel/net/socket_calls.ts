// The socket system calls (socket, bind, listen, accept4, connect, getsockname, getpeername,
// shutdown, sendto, recvfrom, setsockopt) and sock_list for ss: decode, check, hand to the
// socket's protocol (socket.ts and its subclasses).

import type { Task } from "../task/task.ts";
import { installSocket, sockOf, type Sock } from "./socket.ts";
import { TcpSock } from "./tcp.ts";
import { UdpSock } from "./udp.ts";
import { IcmpSock } from "./icmp.ts";
import { UnixSock, unixSockets } from "./unix.ts";
import { netNs } from "./netns.ts";
import type { SockAddr, SockInfo } from "../../userland/lib/sys_net.ts";
import { AF_INET, AF_UNIX, IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, SO_REUSEADDR, SOCK_CLOEXEC, SOCK_DGRAM, SOCK_NONBLOCK, SOCK_RAW, SOCK_STREAM, SOL_SOCKET } from "../../userland/lib/sys_net.ts";
import { EAFNOSUPPORT, EINVAL, ENOPROTOOPT, EPERM, EPROTONOSUPPORT, ESOCKTNOSUPPORT, Errno } from "../../uapi/errno.ts";
import { CAP_NET_RAW } from "../cred/cred.ts";

type Handler = (task: Task, ...args: never[]) => unknown;

function socket(t: Task, domain: number, type: number, protocol: number): number {
  const nonblock = (type & SOCK_NONBLOCK) !== 0;
  const cloexec = (type & SOCK_CLOEXEC) !== 0;
  const kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  const ns = netNs(t);
  const ino = t.kernel.allocPipeIno();
  let s: Sock;
  if (domain === AF_INET) {
    if (kind === SOCK_STREAM && (protocol === 0 || protocol === IPPROTO_TCP)) s = new TcpSock(ns, ino);
    else if (kind === SOCK_DGRAM && (protocol === 0 || protocol === IPPROTO_UDP)) s = new UdpSock(ns, ino);
    else if ((kind === SOCK_DGRAM || kind === SOCK_RAW) && protocol === IPPROTO_ICMP) {
      if (kind === SOCK_RAW && !t.cred.capable(CAP_NET_RAW, ns.owner)) throw new Errno(EPERM);
      s = new IcmpSock(ns, ino);
    } else if (kind === SOCK_STREAM || kind === SOCK_DGRAM || kind === SOCK_RAW) throw new Errno(EPROTONOSUPPORT);
    else throw new Errno(ESOCKTNOSUPPORT);
  } else if (domain === AF_UNIX) {
    if (kind !== SOCK_STREAM) throw new Errno(ESOCKTNOSUPPORT);
    s = new UnixSock(ns, ino);
  } else throw new Errno(EAFNOSUPPORT);
  return installSocket(t, s, nonblock, cloexec);
}

async function accept(t: Task, fd: number, flags: number): Promise<{ fd: number; addr: SockAddr }> {
  const s = sockOf(t, fd);
  const { sock, addr } = await s.accept(t);
  return { fd: installSocket(t, sock, (flags & SOCK_NONBLOCK) !== 0, (flags & SOCK_CLOEXEC) !== 0), addr };
}

function setsockopt(t: Task, fd: number, level: number, name: number, value: number): void {
  const s = sockOf(t, fd);
  if (level === SOL_SOCKET && name === SO_REUSEADDR) {
    s.reuseAddr = value !== 0;
    return;
  }
  if (level === SOL_SOCKET || level === IPPROTO_TCP) return; // accepted and ignored (SO_KEEPALIVE, TCP_NODELAY...)
  throw new Errno(ENOPROTOOPT);
}

/** Every socket of the caller's namespace that ss would list. */
function sockList(t: Task): SockInfo[] {
  const ns = netNs(t);
  const out: SockInfo[] = [];
  for (const s of [...ns.sockets.sockets, ...unixSockets(ns)]) {
    const i = s.info();
    if (i) out.push(i);
  }
  return out.sort((a, b) => a.ino - b.ino);
}

export const socketCalls: { sync: Record<string, Handler>; async: Record<string, Handler> } = {
  sync: {
    socket,
    bind: (t: Task, fd: number, addr: SockAddr) => sockOf(t, fd).bind(t, addr),
    listen: (t: Task, fd: number, backlog: number) => sockOf(t, fd).listen(t, backlog),
    getsockname: (t: Task, fd: number) => sockOf(t, fd).sockname(),
    getpeername: (t: Task, fd: number) => sockOf(t, fd).peername(),
    shutdown: (t: Task, fd: number, how: number) => {
      if (how < 0 || how > 2) throw new Errno(EINVAL);
      sockOf(t, fd).shutdown(how);
    },
    setsockopt,
    sock_list: sockList,
  },
  async: {
    accept,
    connect: (t: Task, fd: number, addr: SockAddr) => sockOf(t, fd).connect(t, addr),
    sendto: (t: Task, fd: number, data: Uint8Array, addr: SockAddr | null) => sockOf(t, fd).sendto(t, data, addr),
    recvfrom: (t: Task, fd: number, count: number) => sockOf(t, fd).recvfrom(t, count),
  },
};

