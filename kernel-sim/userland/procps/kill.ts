// kill(1) from procps-ng 4.0: kill [-s SIG | -SIG] PID..., -l [SIG], -L. Messages name the
// program as argv[0] was given ("/bin/kill: (42): No such process"), as procps does.

import { program, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { NSIG, SIGTERM } from "../../uapi/signal.ts";
import { Errno, EINVAL } from "../../uapi/errno.ts";

/** procps's signal names: as signal(7), but 29 is POLL (not IO). */
export const PROCPS_SIGNAMES = [
  "", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM",
  "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR", "SYS",
];
const ALIASES: Record<string, number> = { IO: 29, IOT: 6, CLD: 17, SIGIO: 29 };

/** procps signal_name_to_number: a name (with or without SIG), a number, or RTMIN+n. -1 if unknown. */
export function procpsSignal(s: string): number {
  if (/^[0-9]+$/.test(s)) {
    const n = Number(s);
    return n < NSIG ? n : -1;
  }
  let u = s.toUpperCase();
  if (u.startsWith("SIG")) u = u.slice(3);
  const i = PROCPS_SIGNAMES.indexOf(u);
  if (i > 0) return i;
  if (u in ALIASES) return ALIASES[u]!;
  const rt = /^RTMIN(?:\+([0-9]+))?$/.exec(u) ?? /^RTMAX(?:-([0-9]+))?$/.exec(u);
  if (rt) {
    const n = u.startsWith("RTMIN") ? 34 + Number(rt[1] ?? 0) : 64 - Number(rt[1] ?? 0);
    return n >= 34 && n <= 64 ? n : -1;
  }
  return -1;
}

export function signalList(): string {
  return PROCPS_SIGNAMES.slice(1, 17).join(" ") + "\n" + PROCPS_SIGNAMES.slice(17).join(" ") + "\n";
}

export function signalTable(): string {
  let out = "";
  for (let i = 1; i <= 31; i++) {
    const name = PROCPS_SIGNAMES[i]!;
    out += String(i).padStart(2) + " " + (i % 7 === 0 ? name + "\n" : name.padEnd(8));
  }
  return out + "\n";
}

const USAGE =
  "\nUsage:\n kill [options] <pid> [...]\n\nOptions:\n <pid> [...]            send signal to every <pid> listed\n" +
  " -<signal>, -s, --signal <signal>\n                        specify the <signal> to be sent\n" +
  " -q, --queue <value>    integer value to be sent with the signal\n" +
  " -l, --list=[<signal>]  list all signal names, or convert one to a name\n" +
  " -L, --table            list all signal names in a nice table\n\n" +
  " -h, --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see kill(1).\n";

async function usage(p: Proc, toErr: boolean): Promise<number> {
  if (toErr) {
    await p.err.write(USAGE);
    return 1;
  }
  await p.out.write(USAGE);
  return 0;
}

export default program(async (p) => {
  const args = p.argv.slice(1);
  const me = p.argv[0] ?? "kill";
  let sig = SIGTERM;
  let i = 0;
  if (args.length === 0) return usage(p, true);
  const first = args[0]!;
  if (first === "-l" || first === "--list" || first.startsWith("--list=")) {
    const spec = first.startsWith("--list=") ? first.slice(7) : args[1];
    if (spec === undefined) {
      await p.out.write(signalList());
      return 0;
    }
    const n = procpsSignal(spec);
    if (n <= 0 || n > 31) {
      await p.err.write(`${me}: unknown signal name ${spec}\n`);
      return 0;
    }
    await p.out.write(/^[0-9]+$/.test(spec) ? PROCPS_SIGNAMES[n]! + "\n" : n + "\n");
    return 0;
  }
  if (first === "-L" || first === "--table") {
    await p.out.write(signalTable());
    return 0;
  }
  if (first === "-h" || first === "--help") return usage(p, false);
  if (first === "-V" || first === "--version") {
    await p.out.write("kill from procps-ng 4.0.2\n");
    return 0;
  }
  if (first === "-s" || first === "--signal" || first === "-n") {
    const spec = args[1];
    if (spec === undefined) return usage(p, true);
    sig = procpsSignal(spec);
    i = 2;
  } else if (first.startsWith("-") && first !== "-" && !/^-[0-9]+$/.test(first) || /^-[0-9]+$/.test(first) && args.length > 1) {
    if (first === "--") i = 1;
    else {
      sig = procpsSignal(first.slice(1));
      i = 1;
    }
  }
  if (args[i] === "--") i++;
  if (i >= args.length) return usage(p, true);
  let status = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (!/^-?[0-9]+$/.test(a)) {
      await p.err.write(`${me}: failed to parse argument: '${a}'\n`);
      status = 1;
      continue;
    }
    try {
      if (sig < 0) throw new Errno(EINVAL);
      p.sys.kill(Number(a), sig);
    } catch (e) {
      await p.err.write(`${me}: (${a}): ${errmsg(e)}\n`);
      status = 1;
    }
  }
  return status;
});
