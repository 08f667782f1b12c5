// ping(8) from iputils 20221126, over an ICMP echo ("ping") socket: -c count, -W timeout,
// -i interval, -s size, -w deadline, -q, -n. Output lines, statistics and exit status (0 some
// reply, 1 none, 2 an error) as ping_common.c prints them.

import { program, type Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { AF_INET, IPPROTO_ICMP, SOCK_DGRAM } from "../lib/sys_net.ts";
import { POLLIN } from "../lib/sys.ts";
import { CLOCK_MONOTONIC } from "../../uapi/clock.ts";
import { SIGINT } from "../../uapi/signal.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { resolveIPv4 } from "../lib/hosts.ts";

const USAGE = `
Usage
  ping [options] <destination>

Options:
  <destination>      dns name or ip address
  -a                 use audible ping
  -A                 use adaptive ping
  -B                 sticky source address
  -c <count>         stop after <count> replies
  -D                 print timestamps
  -d                 use SO_DEBUG socket option
  -f                 flood ping
  -h                 print help and exit
  -I <interface>     either interface name or address
  -i <interval>      seconds between sending each packet
  -L                 suppress loopback of multicast packets
  -l <preload>       send <preload> number of packages while waiting replies
  -m <mark>          tag the packets going out
  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>
  -n                 no dns name resolution
  -O                 report outstanding replies
  -p <pattern>       contents of padding byte
  -q                 quiet output
  -Q <tclass>        use quality of service <tclass> bits
  -s <size>          use <size> as number of data bytes to be sent
  -S <size>          use <size> as SO_SNDBUF socket option value
  -t <ttl>           define time to live
  -U                 print user-to-user latency
  -v                 verbose output
  -V                 print version and exit
  -w <deadline>      reply wait <deadline> in seconds
  -W <timeout>       time to wait for response

IPv4 options:
  -4                 use IPv4
  -b                 allow pinging broadcast
  -R                 record route
  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>

IPv6 options:
  -6                 use IPv6
  -F <flowlabel>     define flow label, default is random
  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument

For more details see ping(8).
`;

const I64_MAX = "9223372036854775807";

class PingExit {
  constructor(readonly status: number) {}
}

async function fail(p: Proc, msg: string, status: number): Promise<never> {
  await p.out.flush();
  await p.err.write(`ping: ${msg}\n`);
  throw new PingExit(status);
}

/** The address of host (a dotted quad, or its /etc/hosts line: vlab has no DNS). */
function resolve(p: Proc, host: string): Promise<string | null> {
  return resolveIPv4(p.sys, host);
}

/** The "time=" text of one round trip (ping_common.c gather_statistics). */
function fmtTime(us: number): string {
  if (us >= 100000 - 50) return `${Math.floor((us + 500) / 1000)}`;
  if (us >= 10000 - 5) return `${Math.floor((us + 50) / 1000)}.${Math.floor(((us + 50) % 1000) / 100)}`;
  if (us >= 1000) return `${Math.floor((us + 5) / 1000)}.${String(Math.floor(((us + 5) % 1000) / 10)).padStart(2, "0")}`;
  return `0.${String(Math.floor(us)).padStart(3, "0")}`;
}

const ms3 = (us: number): string => (us / 1000).toFixed(3);

export default program(async (p) => {
  try {
    return await ping(p);
  } catch (e) {
    if (e instanceof PingExit) return e.status;
    throw e;
  }
});

async function ping(p: Proc): Promise<number> {
  const sys = p.sys;
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "aAbBc:dDfhi:I:l:Lm:M:nOp:qQ:Rs:S:t:T:UvVw:W:46");
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`ping: ${e.message}\n${USAGE}`);
    return 2;
  }
  let count = Infinity;
  let timeoutS = 10;
  let intervalS = 1;
  let size = 56;
  let deadline = Infinity;
  let quiet = false;
  let numeric = false;
  const num = async (arg: string, min: string, max: string, integer = true): Promise<number> => {
    const v = Number(arg);
    if (arg === "" || !Number.isFinite(v) || (integer && !Number.isInteger(v))) return fail(p, `invalid argument: '${arg}'`, 1);
    if (v < Number(min) || v > Number(max)) return fail(p, `invalid argument: '${arg}': out of range: ${min} <= value <= ${max}`, 1);
    return v;
  };
  for (const o of parsed.opts) {
    switch (o.key) {
      case "c":
        count = await num(o.arg!, "1", I64_MAX);
        break;
      case "W":
        timeoutS = await num(o.arg!, "0", "2147483647", false);
        break;
      case "i":
        intervalS = await num(o.arg!, "0", "2147483647", false);
        break;
      case "s":
        size = await num(o.arg!, "0", "2147483647");
        break;
      case "w":
        deadline = await num(o.arg!, "0", "2147483647");
        break;
      case "q":
        quiet = true;
        break;
      case "n":
        numeric = true;
        break;
      case "h":
        await p.err.write(USAGE);
        return 2;
      case "V":
        await p.out.write("ping from iputils 20221126\nlibcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n");
        return 0;
    }
  }
  const host = parsed.operands[parsed.operands.length - 1];
  if (host === undefined) return fail(p, "usage error: Destination address required", 1);
  const addr = await resolve(p, host);
  if (addr === null) return fail(p, `${host}: Temporary failure in name resolution`, 2);
  const byName = addr !== host && !numeric;

  const fd = sys.socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
  try {
    await sys.connect(fd, { family: AF_INET, addr, port: 0 });
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    return fail(p, `connect: ${strerror(e.errno)}`, 2);
  }
  let interrupted = false;
  sys.sigaction(SIGINT, { handler: () => void (interrupted = true) });

  const nowUs = (): number => Number(sys.clock_gettime(CLOCK_MONOTONIC) / 1000n);
  await p.out.write(`PING ${host} (${addr}) ${size}(${size + 28}) bytes of data.\n`);
  const sentAt = new Map<number, number>();
  const rtts: number[] = [];
  let sent = 0;
  let received = 0;
  let errors = 0;
  const start = nowUs();
  let lastSend = start;
  const id = Number(sys.getpid() & 0xffff);
  const who = byName ? `${host} (${addr})` : addr;

  const sendOne = async (seq: number): Promise<void> => {
    const pkt = new Uint8Array(8 + size);
    pkt[0] = 8;
    pkt[4] = id >> 8;
    pkt[5] = id & 255;
    pkt[6] = (seq >> 8) & 255;
    pkt[7] = seq & 255;
    for (let i = 16; i < pkt.length; i++) pkt[i] = (i - 8) & 255;
    sentAt.set(seq, (lastSend = nowUs()));
    // Past the IP limit: an ICMP message over 64k fails silently (EMSGSIZE from sendto, which
    // ping does not report); one that fits ICMP but not IP comes back as a local error.
    if (size + 8 > 65535) return void sent++;
    if (size + 28 > 65535) {
      await p.out.flush();
      await p.err.write("ping: local error: message too long, mtu=65535\n");
      errors++;
      return void sent++;
    }
    try {
      await sys.sendto(fd, pkt, null);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await p.out.write(`ping: sendmsg: ${strerror(e.errno)}\n`);
    }
    sent++;
  };

  const receiveUntil = async (untilUs: number, stopWhenAll: boolean): Promise<void> => {
    for (;;) {
      if (interrupted) return;
      if (stopWhenAll && received + errors >= sent) return;
      const left = untilUs - nowUs();
      if (left <= 0) return;
      const r = await sys.poll([{ fd, events: POLLIN }], Math.max(1, Math.ceil(left / 1000))).catch(() => [0]);
      if (interrupted) return;
      if (!(r[0]! & POLLIN)) continue;
      const d = await sys.recvfrom(fd, 65536);
      const seq = (d.data[6]! << 8) | d.data[7]!;
      if (d.data[0] === 0) {
        const t0 = sentAt.get(seq);
        if (t0 === undefined) continue;
        const rtt = nowUs() - t0;
        rtts.push(rtt);
        received++;
        // Without room for a timestamp (16 bytes of data) ping cannot time the reply.
        const time = size >= 16 ? ` time=${fmtTime(rtt)} ms` : "";
        if (!quiet) await p.out.write(`${d.data.length} bytes from ${who}: icmp_seq=${seq} ttl=${d.ttl}${time}\n`);
      } else if (d.data[0] === 3) {
        errors++;
        const inner = d.data.subarray(8);
        const iseq = (inner[6]! << 8) | inner[7]!;
        const from = d.from.family === AF_INET ? d.from.addr : "";
        if (!quiet) await p.out.write(`From ${from} icmp_seq=${iseq} Destination Host Unreachable\n`);
      }
    }
  };

  for (let seq = 1; seq <= count && !interrupted; seq++) {
    if ((nowUs() - start) / 1e6 >= deadline) break;
    await sendOne(seq);
    if (seq < count) await receiveUntil(start + seq * intervalS * 1e6, false);
  }
  if (!interrupted) await receiveUntil(Math.min(nowUs() + timeoutS * 1e6, deadline === Infinity ? Infinity : start + deadline * 1e6), true);

  // ping's "time" runs from the first send to the last one.
  const elapsedMs = Math.round((lastSend - start) / 1000);
  const loss = sent === 0 ? 0 : Math.floor(((sent - received) * 100) / sent);
  let stats = `\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${received} received, `;
  if (errors) stats += `+${errors} errors, `;
  stats += `${loss}% packet loss, time ${elapsedMs}ms\n`;
  if (rtts.length > 0) {
    const min = Math.min(...rtts);
    const max = Math.max(...rtts);
    const avg = rtts.reduce((a, b) => a + b, 0) / rtts.length;
    const mdev = Math.sqrt(Math.max(0, rtts.reduce((a, b) => a + b * b, 0) / rtts.length - avg * avg));
    stats += `rtt min/avg/max/mdev = ${ms3(min)}/${ms3(avg)}/${ms3(max)}/${ms3(mdev)} ms\n`;
  } else stats += "\n";
  await p.out.write(stats);
  return received > 0 ? 0 : 1;
}
