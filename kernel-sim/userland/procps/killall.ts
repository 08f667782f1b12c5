// killall(1) (psmisc): signal processes by exact name: -s SIG / -SIG, -q, -v, -e, -I, -w, -l.
// "NAME: no process found" and exit 1 when a name matched nothing.

import { program, errmsg } from "../lib/main.ts";
import { readAllProcs } from "./proc.ts";
import { procpsSignal, PROCPS_SIGNAMES } from "./kill.ts";
import { SIGTERM } from "../../uapi/signal.ts";
import { KILLALL_USAGE } from "./killall_usage.ts";
import { Errno, ESRCH } from "../../uapi/errno.ts";

export default program(async (p) => {
  const args = p.argv.slice(1);
  let sig = SIGTERM;
  let sigName = "";
  let quiet = false, verbose = false, icase = false, wait = false;
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-l" || a === "--list") {
      await p.out.write(PROCPS_SIGNAMES.slice(1).join(" ").replace(/(.{1,77})( |$)/g, "$1\n").replace(/\n+$/, "\n"));
      return 0;
    } else if (a === "-s" || a === "--signal") sig = procpsSignal((sigName = args[++i] ?? ""));
    else if (a === "-q" || a === "--quiet") quiet = true;
    else if (a === "-v" || a === "--verbose") verbose = true;
    else if (a === "-I" || a === "--ignore-case") icase = true;
    else if (a === "-w" || a === "--wait") wait = true;
    else if (a === "-e" || a === "--exact") continue;
    else if (a === "-V" || a === "--version") {
      await p.err.write("killall (PSmisc) 23.6\n");
      return 0;
    } else if (/^-[A-Za-z0-9+]+$/.test(a) && procpsSignal(a.slice(1)) > 0) sig = procpsSignal(a.slice(1));
    else if (a.startsWith("-") && a.length > 1) {
      // psmisc names the unknown signal as given ("-FOO" → "FOO: unknown signal; ...").
      await p.err.write(`${a.slice(1)}: unknown signal; killall -l lists signals.\n`);
      return 1;
    } else names.push(a);
  }
  if (sig < 0) {
    await p.err.write(`${sigName}: unknown signal; killall -l lists signals.\n`);
    return 1;
  }
  if (names.length === 0) {
    await p.err.write(KILLALL_USAGE);
    return 1;
  }
  const me = p.sys.getpid();
  const all = (await readAllProcs(p.sys)).filter((x) => x.pid !== me);
  let status = 0;
  const killed: number[] = [];
  for (const n of names) {
    const base = n.slice(n.lastIndexOf("/") + 1);
    const eq = (c: string): boolean => (icase ? c.toLowerCase() === base.slice(0, 15).toLowerCase() : c === base.slice(0, 15));
    const hits = all.filter((x) => eq(x.comm) || (x.cmdline[0] !== undefined && (icase ? x.cmdline[0].toLowerCase() === n.toLowerCase() : x.cmdline[0] === n)));
    let any = false;
    for (const x of hits) {
      try {
        p.sys.kill(x.pid, sig);
        any = true;
        killed.push(x.pid);
        if (verbose) await p.err.write(`Killed ${x.comm}(${x.pid}) with signal ${sig}\n`);
      } catch (e) {
        if (!(e instanceof Errno && e.errno === ESRCH) && !quiet) await p.err.write(`${x.comm}(${x.pid}): ${errmsg(e)}\n`);
      }
    }
    if (!any) {
      if (!quiet) await p.err.write(`${n}: no process found\n`);
      status = 1;
    }
  }
  if (wait) {
    for (;;) {
      const left = (await readAllProcs(p.sys, false)).filter((x) => killed.includes(x.pid) && x.state !== "Z");
      if (left.length === 0) break;
      await p.sys.nanosleep(100e6);
    }
  }
  return status;
});
