// dmesg(1) from util-linux: the kernel ring buffer (syslog(2) SYSLOG_ACTION_READ_ALL), as
// "[    0.000000] message" lines; -T prints the wall-clock time instead ("[Tue Dec  1 19:00:00
// 2026]"), -r keeps the raw "<level>" prefix, -t drops the time. A refused read (EPERM under
// dmesg_restrict) is reported as util-linux reports it.

import { program } from "../lib/main.ts";
import { Errno, strerror } from "../../uapi/errno.ts";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function ctime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

export default program(async (p) => {
  let human = false;
  let raw = false;
  let noTime = false;
  for (const a of p.argv.slice(1)) {
    if (a === "-T" || a === "--ctime") human = true;
    else if (a === "-r" || a === "--raw") raw = true;
    else if (a === "-t" || a === "--notime") noTime = true;
    else if (a === "-H" || a === "-L" || a === "--color=never" || a === "-x") continue;
    else {
      await p.err.write(`dmesg: invalid option -- '${a.replace(/^-+/, "")}'\nTry 'dmesg --help' for more information.\n`);
      return 1;
    }
  }
  let log: string;
  try {
    log = p.sys.syslog_read_all();
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    await p.err.write(`dmesg: read kernel buffer failed: ${strerror(e.errno)}\n`);
    return 1;
  }
  if (raw) {
    await p.out.write(log);
    return 0;
  }
  const bootNs = p.sys.clock_gettime(0) - p.sys.clock_gettime(7);
  for (const line of log.split("\n")) {
    const m = /^<\d+>\[\s*(\d+)\.(\d+)\] ?(.*)$/.exec(line);
    if (!m) continue;
    const [, sec, frac, text] = m;
    if (noTime) await p.out.write(`${text}\n`);
    else if (human) {
      const at = new Date(Number((bootNs + BigInt(sec!) * 1_000_000_000n) / 1_000_000n));
      await p.out.write(`[${ctime(at)}] ${text}\n`);
    } else await p.out.write(`[${sec!.padStart(5)}.${frac}] ${text}\n`);
  }
  return 0;
});
