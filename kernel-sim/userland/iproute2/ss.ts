// ss(8) from iproute2 6.1: list sockets of the caller's network namespace (-t -u -x -l -a -n
// -p, sport/dport filters). Columns are sized to their contents as ss's field layout does;
// -p finds each socket's processes through /proc/PID/fd links ("socket:[N]").

import { program, type Proc } from "../lib/main.ts";
import type { SockInfo } from "../lib/sys_net.ts";
import { AF_INET, AF_UNIX, SOCK_DGRAM, SOCK_STREAM } from "../lib/sys_net.ts";
import { O_RDONLY } from "../../uapi/fcntl.ts";
import { readAll } from "../lib/stdio.ts";
import { decode } from "../lib/text.ts";

const USAGE = `Usage: ss [ OPTIONS ]
       ss [ OPTIONS ] [ FILTER ]
   -h, --help          this message
   -V, --version       output version information
   -n, --numeric       don't resolve service names
   -r, --resolve       resolve host names
   -a, --all           display all sockets
   -l, --listening     display listening sockets
   -o, --options       show timer information
   -e, --extended      show detailed socket information
   -m, --memory        show socket memory usage
   -p, --processes     show process using socket
   -T, --threads       show thread using socket
   -i, --info          show internal TCP information
       --tipcinfo      show internal tipc socket information
   -s, --summary       show socket usage summary
       --tos           show tos and priority information
       --cgroup        show cgroup information
   -b, --bpf           show bpf filter socket information
   -E, --events        continually display sockets as they are destroyed
   -Z, --context       display task SELinux security contexts
   -z, --contexts      display task and socket SELinux security contexts
   -N, --net           switch to the specified network namespace name

   -4, --ipv4          display only IP version 4 sockets
   -6, --ipv6          display only IP version 6 sockets
   -0, --packet        display PACKET sockets
   -t, --tcp           display only TCP sockets
   -M, --mptcp         display only MPTCP sockets
   -S, --sctp          display only SCTP sockets
   -u, --udp           display only UDP sockets
   -d, --dccp          display only DCCP sockets
   -w, --raw           display only RAW sockets
   -x, --unix          display only Unix domain sockets
       --tipc          display only TIPC sockets
       --vsock         display only vsock sockets
       --xdp           display only XDP sockets
   -f, --family=FAMILY display sockets of type FAMILY
       FAMILY := {inet|inet6|link|unix|netlink|vsock|tipc|xdp|help}

   -K, --kill          forcibly close sockets, display what was closed
   -H, --no-header     Suppress header line
   -O, --oneline       socket's data printed on a single line
       --inet-sockopt  show various inet socket options

   -A, --query=QUERY, --socket=QUERY
       QUERY := {all|inet|tcp|mptcp|udp|raw|unix|unix_dgram|unix_stream|unix_seqpacket|packet|packet_raw|packet_dgram|netlink|dccp|sctp|vsock_stream|vsock_dgram|tipc|xdp}[,QUERY]

   -D, --diag=FILE     Dump raw information about TCP sockets to FILE
   -F, --filter=FILE   read filter information from FILE
       FILTER := [ state STATE-FILTER ] [ EXPRESSION ]
       STATE-FILTER := {all|connected|synchronized|bucket|big|TCP-STATES}
         TCP-STATES := {established|syn-sent|syn-recv|fin-wait-{1,2}|time-wait|closed|close-wait|last-ack|listening|closing}
          connected := {established|syn-sent|syn-recv|fin-wait-{1,2}|time-wait|close-wait|last-ack|closing}
       synchronized := {established|syn-recv|fin-wait-{1,2}|time-wait|close-wait|last-ack|closing}
             bucket := {syn-recv|time-wait}
                big := {established|syn-sent|fin-wait-{1,2}|closed|close-wait|last-ack|listening|closing}
`;

/** Well-known ports for the default (name-resolving) output, from /etc/services. */
const SERVICES: Record<number, string> = { 21: "ftp", 22: "ssh", 25: "smtp", 53: "domain", 80: "http", 443: "https", 8080: "http-alt" };

async function processMap(p: Proc): Promise<Map<number, string[]>> {
  const sys = p.sys;
  const out = new Map<number, string[]>();
  let fd: number;
  try {
    fd = await sys.open("/proc", O_RDONLY | 0o200000);
  } catch {
    return out;
  }
  const pids: number[] = [];
  for (let b = sys.getdents64(fd); b.length > 0; b = sys.getdents64(fd)) for (const d of b) if (/^\d+$/.test(d.name)) pids.push(Number(d.name));
  sys.close(fd);
  for (const pid of pids.sort((a, b) => a - b)) {
    let comm = "";
    try {
      const c = await sys.open(`/proc/${pid}/comm`, O_RDONLY);
      comm = decode(await readAll(sys, c)).trim();
      sys.close(c);
    } catch {
      continue;
    }
    let dfd: number;
    try {
      dfd = await sys.open(`/proc/${pid}/fd`, O_RDONLY | 0o200000);
    } catch {
      continue;
    }
    const fds: number[] = [];
    for (let b = sys.getdents64(dfd); b.length > 0; b = sys.getdents64(dfd)) for (const d of b) if (/^\d+$/.test(d.name)) fds.push(Number(d.name));
    sys.close(dfd);
    for (const n of fds.sort((a, b) => a - b)) {
      let link: string;
      try {
        link = sys.readlink(`/proc/${pid}/fd/${n}`);
      } catch {
        continue;
      }
      const m = /^socket:\[(\d+)\]$/.exec(link);
      if (!m) continue;
      const ino = Number(m[1]);
      if (!out.has(ino)) out.set(ino, []);
      out.get(ino)!.push(`("${comm}",pid=${pid},fd=${n})`);
    }
  }
  return out;
}

export default program(async (p) => {
  let tcp = false;
  let udp = false;
  let unix = false;
  let listening = false;
  let all = false;
  let numeric = false;
  let procs = false;
  /** -H, --no-header: "Suppress header line." - ss(8) */
  let noHeader = false;
  const args = p.argv.slice(1);
  let i = 0;
  for (; i < args.length && args[i]!.startsWith("-"); i++) {
    const a = args[i]!;
    const longs: Record<string, string> = { "--tcp": "t", "--udp": "u", "--unix": "x", "--listening": "l", "--all": "a", "--numeric": "n", "--processes": "p", "--no-header": "H", "--help": "h" };
    if (a.startsWith("--") && !longs[a]) {
      await p.err.write(`ss: unrecognized option '${a}'\n${USAGE}`);
      return 255;
    }
    if (a === "-V" || a === "--version") {
      await p.out.write("ss utility, iproute2-6.1.0\n");
      return 0;
    }
    const letters = a.startsWith("--") ? longs[a]! : a.slice(1);
    for (const c of letters) {
      if (c === "t") tcp = true;
      else if (c === "u") udp = true;
      else if (c === "x") unix = true;
      else if (c === "l") listening = true;
      else if (c === "a") all = true;
      else if (c === "n") numeric = true;
      else if (c === "p") procs = true;
      else if (c === "H") noHeader = true;
      // Accepted, with nothing more to show for the sockets simulated here.
      else if ("4eomiTbEZzKOr".includes(c)) continue;
      else if (c === "h") {
        await p.out.write(USAGE);
        return 0;
      } else {
        await p.err.write(`ss: invalid option -- '${c}'\n${USAGE}`);
        return 255;
      }
    }
  }
  // FILTER: "sport = :N", "dport = :N" (and the "sport :N" form).
  const filt = args.slice(i).join(" ");
  const sport = /sport\s*(?:=|==|eq)?\s*:(\d+)/.exec(filt)?.[1];
  const dport = /dport\s*(?:=|==|eq)?\s*:(\d+)/.exec(filt)?.[1];
  if (!tcp && !udp && !unix) tcp = udp = unix = true;
  const socks = p.sys.sock_list().filter((s) => {
    const kindOk = (s.family === AF_INET && s.type === SOCK_STREAM && tcp) || (s.family === AF_INET && s.type === SOCK_DGRAM && udp) || (s.family === AF_UNIX && unix);
    if (!kindOk) return false;
    const listen = s.state === "LISTEN" || (s.type === SOCK_DGRAM && s.state === "UNCONN");
    if (!all && listening !== listen) return false;
    if (sport && !(s.local.family === AF_INET && s.local.port === Number(sport))) return false;
    if (dport && !(s.peer?.family === AF_INET && s.peer.port === Number(dport))) return false;
    return true;
  });
  // ss shows the Netid column for several kinds, and always for unix sockets.
  const netid = [tcp, udp, unix].filter(Boolean).length > 1 || unix;
  const pmap = procs ? await processMap(p) : new Map<number, string[]>();
  const port = (n: number): string => (numeric ? String(n) : (SERVICES[n] ?? String(n)));
  const split = (s: SockInfo, peer: boolean): [string, string] => {
    const a = peer ? s.peer : s.local;
    if (!a) return s.family === AF_UNIX ? ["*", "0"] : ["0.0.0.0", "*"];
    if (a.family === AF_UNIX) return [peer ? "*" : a.path || "*", String(peer ? (s.peerIno ?? 0) : s.ino)];
    return [a.addr, a.port === 0 && peer ? "*" : port(a.port)];
  };
  const rows = socks.map((s) => {
    const [la, lp] = split(s, false);
    const [pa, pp] = split(s, true);
    const net = s.family === AF_UNIX ? "u_str" : s.type === SOCK_STREAM ? "tcp" : "udp";
    const users = pmap.get(s.ino);
    return { net, sep: s.family === AF_UNIX ? " " : ":", state: s.state, rq: String(s.recvQ), sq: String(s.sendQ), la, lp, pa, pp, proc: users ? ` users:(${users.join(",")})` : "" };
  });
  const w = (h: string, vals: string[], min = h.length): number => Math.max(min, ...vals.map((v) => v.length));
  const wNet = w("Netid", rows.map((r) => r.net));
  const wState = w("State", rows.map((r) => r.state));
  const wRq = w("Recv-Q", rows.map((r) => r.rq));
  const wSq = w("Send-Q", rows.map((r) => r.sq));
  const wLa = w("Local Address", rows.map((r) => r.la));
  const wLp = w("Port", rows.map((r) => r.lp));
  const wPa = w("Peer Address", rows.map((r) => r.pa));
  const wPp = w("Port", rows.map((r) => r.pp));
  const wProc = w("Process", rows.map((r) => r.proc));
  let out = (netid ? "Netid".padEnd(wNet) + " " : "") + `${"State".padEnd(wState)} ${"Recv-Q".padEnd(wRq)} ${"Send-Q".padEnd(wSq)} ${"Local Address".padStart(wLa)}:${"Port".padEnd(wLp)} ${"Peer Address".padStart(wPa)}:${"Port".padEnd(wPp)}${"Process".padEnd(rows.length ? wProc : 7)}`;
  out = noHeader ? "" : out.trimEnd() + "\n";
  for (const r of rows) {
    out += (netid ? r.net.padEnd(wNet) + " " : "") + `${r.state.padEnd(wState)} ${r.rq.padEnd(wRq)} ${r.sq.padEnd(wSq)} ${r.la.padStart(wLa)}${r.sep}${r.lp.padEnd(wLp)} ${r.pa.padStart(wPa)}${r.sep}${r.pp.padEnd(wPp)}${r.proc.padEnd(wProc)}\n`;
  }
  await p.out.write(out);
  return 0;
});
