// nc(1), OpenBSD netcat (Debian patchlevel 1.219-1): connect to or listen on a TCP or UDP
// port (or a unix socket with -U) and copy stdin to the socket and the socket to stdout; -z
// only checks the port, -v reports, -q/-N end after stdin's end of file, -w bounds connects
// and final reads, -k keeps listening.

import { program, type Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import type { SockAddr } from "../lib/sys_net.ts";
import { AF_INET, AF_UNIX, SHUT_WR, SOCK_DGRAM, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR } from "../lib/sys_net.ts";
import { POLLHUP, POLLIN } from "../lib/sys.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { CLOCK_MONOTONIC } from "../../uapi/clock.ts";
import { resolveIPv4 } from "../lib/hosts.ts";

const USAGE = `usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
\t  [destination] [port]
`;

const SERVICES: Record<number, string> = { 21: "ftp", 22: "ssh", 25: "smtp", 53: "domain", 80: "http", 443: "https", 8080: "http-alt" };

class NcExit {
  constructor(readonly status: number) {}
}

async function warn(p: Proc, msg: string): Promise<void> {
  await p.out.flush();
  await p.err.write(`nc: ${msg}\n`);
}

/** The address of host (a dotted quad, or its /etc/hosts line: vlab has no DNS). */
function hostAddr(p: Proc, host: string): Promise<string | null> {
  return resolveIPv4(p.sys, host);
}

export default program(async (p) => {
  try {
    return await nc(p);
  } catch (e) {
    if (e instanceof NcExit) return e.status;
    throw e;
  }
});

async function nc(p: Proc): Promise<number> {
  const sys = p.sys;
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "46bCDdFhI:i:klM:m:NnO:P:p:q:rSs:T:tUuV:vW:w:X:x:Zz");
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`nc: ${e.message}\n${USAGE}`);
    return 1;
  }
  let listen = false;
  let keep = false;
  let udp = false;
  let unixMode = false;
  let zero = false;
  let verbose = false;
  let shutOnEof = false;
  let quitAfter = -1;
  let timeoutS = -1;
  let detach = false;
  let srcPort: number | null = null;
  for (const o of parsed.opts) {
    switch (o.key) {
      case "l":
        listen = true;
        break;
      case "k":
        keep = true;
        break;
      case "u":
        udp = true;
        break;
      case "U":
        unixMode = true;
        break;
      case "z":
        zero = true;
        break;
      case "v":
        verbose = true;
        break;
      case "N":
        shutOnEof = true;
        break;
      case "d":
        detach = true;
        break;
      case "q":
        quitAfter = Number(o.arg);
        break;
      case "w":
        timeoutS = Number(o.arg);
        break;
      case "p":
        srcPort = Number(o.arg);
        break;
      case "h":
        // help(): the banner, the usage, the option list, all on stderr, status 0.
        await p.err.write(HELP);
        return 0;
    }
  }
  const ops = parsed.operands;
  const type = udp ? SOCK_DGRAM : SOCK_STREAM;
  const proto = udp ? "udp" : "tcp";
  if (listen) {
    const portText = unixMode ? null : (ops.length >= 2 ? ops[1] : (ops[0] ?? (srcPort !== null ? String(srcPort) : undefined)));
    if (!unixMode && portText === undefined) {
      await p.err.write(USAGE);
      return 1;
    }
    const host = !unixMode && ops.length >= 2 ? ops[0]! : "0.0.0.0";
    const fd = sys.socket(unixMode ? AF_UNIX : AF_INET, type, 0);
    sys.setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1);
    try {
      sys.bind(fd, unixMode ? { family: AF_UNIX, path: ops[0] ?? "" } : { family: AF_INET, addr: (await hostAddr(p, host)) ?? host, port: Number(portText) });
      // nc listens with a backlog of 1 for TCP and 5 for unix sockets.
      if (!udp) sys.listen(fd, unixMode ? 5 : 1);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await warn(p, strerror(e.errno));
      return 1;
    }
    if (verbose && !unixMode) await p.err.write(`Listening on ${host} ${portText}\n`);
    do {
      if (udp) {
        await pump(p, fd, fd, true, { shutOnEof, quitAfter, timeoutS, detach });
        break;
      }
      const c = await sys.accept(fd, 0);
      if (verbose && c.addr.family === AF_INET) await p.err.write(`Connection received on ${c.addr.addr} ${c.addr.port}\n`);
      await pump(p, c.fd, c.fd, false, { shutOnEof, quitAfter, timeoutS, detach });
      sys.close(c.fd);
    } while (keep);
    return 0;
  }
  if (unixMode) {
    if (!ops[0]) {
      await p.err.write(USAGE);
      return 1;
    }
    const fd = sys.socket(AF_UNIX, SOCK_STREAM, 0);
    try {
      await sys.connect(fd, { family: AF_UNIX, path: ops[0] });
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await warn(p, `unix connect failed: ${strerror(e.errno)}`);
      return 1;
    }
    if (!zero) await pump(p, fd, fd, false, { shutOnEof, quitAfter, timeoutS, detach });
    return 0;
  }
  if (ops.length < 2) {
    await p.err.write(USAGE);
    return 1;
  }
  const host = ops[0]!;
  const addr = await hostAddr(p, host);
  if (addr === null) {
    await warn(p, `getaddrinfo for host "${host}" port ${ops[1]}: Temporary failure in name resolution`);
    return 1;
  }
  let status = 0;
  for (const portSpec of ops.slice(1)) {
    const [lo, hi] = portSpec.includes("-") ? portSpec.split("-").map(Number) : [Number(portSpec), Number(portSpec)];
    for (let port = lo!; port <= hi!; port++) {
      const fd = sys.socket(AF_INET, type, 0);
      const dst: SockAddr = { family: AF_INET, addr, port };
      try {
        if (srcPort !== null) sys.bind(fd, { family: AF_INET, addr: "0.0.0.0", port: srcPort });
        await connectWithTimeout(p, fd, dst, timeoutS);
      } catch (e) {
        if (!(e instanceof Errno)) throw e;
        // As OpenBSD nc: a failed connect is reported only with -v.
        if (verbose) await warn(p, `connect to ${addr} port ${port} (${proto}) failed: ${strerror(e.errno)}`);
        status = 1;
        sys.close(fd);
        continue;
      }
      // udptest(): -z over UDP writes four probes; a port-unreachable makes a later one fail.
      if (udp && zero && !(await udpProbe(p, fd))) {
        status = 1;
        sys.close(fd);
        continue;
      }
      if (verbose) await p.err.write(`Connection to ${host} ${port} port [${proto}/${SERVICES[port] ?? "*"}] succeeded!\n`);
      if (!zero) await pump(p, fd, fd, udp, { shutOnEof, quitAfter, timeoutS, detach });
      sys.close(fd);
      status = 0;
    }
  }
  return status;
}

async function udpProbe(p: Proc, fd: number): Promise<boolean> {
  let ok = true;
  for (let i = 0; i <= 3; i++) {
    try {
      await p.sys.write(fd, "X");
      ok = true;
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      ok = false;
    }
  }
  return ok;
}

async function connectWithTimeout(p: Proc, fd: number, dst: SockAddr, timeoutS: number): Promise<void> {
  const sys = p.sys;
  if (timeoutS <= 0) return sys.connect(fd, dst);
  // connect(2) with -w: give up after the timeout (ETIMEDOUT), as nc's timeout_connect does.
  let done = false;
  let failure: unknown = null;
  const conn = sys.connect(fd, dst).then(
    () => void (done = true),
    (e: unknown) => void ((failure = e), (done = true)),
  );
  const start = sys.clock_gettime(CLOCK_MONOTONIC);
  while (!done) {
    if (Number(sys.clock_gettime(CLOCK_MONOTONIC) - start) / 1e9 >= timeoutS) throw new Errno(110);
    await sys.nanosleep(1e6);
  }
  await conn;
  if (failure) throw failure;
}

/** readwrite(): stdin -> socket, socket -> stdout, until the socket ends (or -q/-N after stdin's end). */
async function pump(p: Proc, rfd: number, wfd: number, udp: boolean, o: { shutOnEof: boolean; quitAfter: number; timeoutS: number; detach: boolean }): Promise<void> {
  const sys = p.sys;
  await p.out.flush();
  let stdinOpen = !o.detach;
  let eofAt: bigint | null = null;
  for (;;) {
    const fds = [{ fd: rfd, events: POLLIN }];
    if (stdinOpen) fds.push({ fd: 0, events: POLLIN });
    let wait = -1;
    if (eofAt !== null && o.quitAfter >= 0) {
      const left = o.quitAfter * 1000 - Number((sys.clock_gettime(CLOCK_MONOTONIC) - eofAt) / 1000000n);
      if (left <= 0) return;
      wait = left;
    } else if (!stdinOpen && o.timeoutS > 0) wait = o.timeoutS * 1000;
    const r = await sys.poll(fds, wait);
    if (r.every((x) => x === 0)) {
      if (eofAt !== null && o.quitAfter >= 0) return;
      if (!stdinOpen && o.timeoutS > 0) return;
      continue;
    }
    if (r[0]! & (POLLIN | POLLHUP)) {
      const d = udp ? (await sys.recvfrom(rfd, 65536)).data : await sys.read(rfd, 65536);
      if (d.length === 0) return;
      await sys.write(1, d);
    }
    if (stdinOpen && r[1]! & (POLLIN | POLLHUP)) {
      const d = await sys.read(0, 65536);
      if (d.length === 0) {
        stdinOpen = false;
        eofAt = sys.clock_gettime(CLOCK_MONOTONIC);
        if (o.shutOnEof && !udp) sys.shutdown(wfd, SHUT_WR);
        if (o.quitAfter === 0) return;
      } else if (udp) await sys.sendto(wfd, d, null);
      else await sys.write(wfd, d);
    }
  }
}

const HELP = `OpenBSD netcat (Debian patchlevel 1.219-1)
usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
	  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
	  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
	  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
	  [destination] [port]
	Command Summary:
		-4		Use IPv4
		-6		Use IPv6
		-b		Allow broadcast
		-C		Send CRLF as line-ending
		-D		Enable the debug socket option
		-d		Detach from stdin
		-F		Pass socket fd
		-h		This help text
		-I length	TCP receive buffer length
		-i interval	Delay interval for lines sent, ports scanned
		-k		Keep inbound sockets open for multiple connects
		-l		Listen mode, for inbound connects
		-M ttl		Outgoing TTL / Hop Limit
		-m minttl	Minimum incoming TTL / Hop Limit
		-N		Shutdown the network socket after EOF on stdin
		-n		Suppress name/port resolutions
		-O length	TCP send buffer length
		-P proxyuser	Username for proxy authentication
		-p port		Specify local port for remote connects
		-q secs		quit after EOF on stdin and delay of secs
		-r		Randomize remote ports
		-S		Enable the TCP MD5 signature option
		-s sourceaddr	Local source address
		-T keyword	TOS value
		-t		Answer TELNET negotiation
		-U		Use UNIX domain socket
		-u		UDP mode
		-V rtable	Specify alternate routing table
		-v		Verbose
		-W recvlimit	Terminate after receiving a number of packets
		-w timeout	Timeout for connects and final net reads
		-X proto	Proxy protocol: "4", "5" (SOCKS) or "connect"
		-x addr[:port]	Specify proxy address and port
		-Z		DCCP mode
		-z		Zero-I/O mode [used for scanning]
	Port numbers can be individual or ranges: lo-hi [inclusive]
`;
