// stress-ng(1) 0.15, a subset: --cpu N, --vm N --vm-bytes B, --fork N, --timeout T, -q, -v,
// --metrics-brief (accepted; no table). Each stressor runs N workers for the timeout; the vm
// workers charge memory (mem_charge) and, as stress-ng's "oomable" stressors do, are restarted
// when the OOM killer takes them; fork workers fork and reap children as fast as they can.

import type { Sys } from "../lib/sys.ts";
import { withMem } from "./sys_mem.ts";
import { Errno } from "../../uapi/errno.ts";
import { SIGALRM, SIGKILL, SIGTERM } from "../../uapi/signal.ts";

const MIB = 1 << 20;

interface Stressor {
  name: string;
  n: number;
}

function parseSize(s: string): number | undefined {
  const m = /^(\d+)([bBkKmMgG%]?)$/.exec(s);
  if (!m) return undefined;
  return Number(m[1]) * { "": 1, b: 1, k: 1024, m: MIB, g: 1024 * MIB, "%": 0 }[m[2]!.toLowerCase()]!;
}

function parseTime(s: string): number | undefined {
  const m = /^(\d+)([smhdy]?)$/.exec(s);
  if (!m) return undefined;
  return Number(m[1]) * { "": 1, s: 1, m: 60, h: 3600, d: 86400, y: 31556952 }[m[2]!]!;
}

export default async function stressNg(sys: Sys, argv: string[]): Promise<number> {
  const pid = sys.getpid();
  let quiet = false;
  let timeout = 0;
  let vmBytes = 256 * MIB;
  const stressors: Stressor[] = [];
  const bad = async (msg: string): Promise<number> => {
    await sys.write(2, `stress-ng: ${msg}\nTry 'stress-ng --help' for more information.\n`);
    return 1;
  };
  for (let i = 1; i < argv.length; i++) {
    let a = argv[i]!;
    let val: string | undefined;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    if (eq > 0) [a, val] = [a.slice(0, eq), a.slice(eq + 1)];
    const next = (): string => val ?? argv[++i] ?? "";
    switch (a) {
      case "-c": case "--cpu": case "-m": case "--vm": case "-f": case "--fork": {
        const name = a.replace(/^-+/, "") === "c" ? "cpu" : a.replace(/^-+/, "") === "m" ? "vm" : a.replace(/^-+/, "") === "f" ? "fork" : a.slice(2);
        const v = next();
        if (!/^\d+$/.test(v)) return bad(`invalid number of ${name} stressor instances '${v}'`);
        // 0 means one per online CPU.
        stressors.push({ name, n: Number(v) === 0 ? 2 : Number(v) });
        break;
      }
      case "--vm-bytes": {
        const v = parseSize(next());
        if (v === undefined) return bad("invalid --vm-bytes size");
        vmBytes = v;
        break;
      }
      case "-t": case "--timeout": {
        const v = parseTime(next());
        if (v === undefined) return bad("invalid --timeout value");
        timeout = v;
        break;
      }
      case "-q": case "--quiet": quiet = true; break;
      case "-v": case "--verbose": case "--metrics-brief": case "--metrics": break;
      default:
        return bad(`unrecognized option '${a}'`);
    }
  }
  const info = (s: string): Promise<number> => (quiet ? Promise.resolve(0) : sys.write(1, `stress-ng: info:  [${pid}] ${s}\n`));
  if (timeout === 0) {
    timeout = 86400;
    await info("defaulting to a 86400 second (1 day, 0.00 secs) run per stressor");
  } else await info(`setting to a ${timeout} second${timeout === 1 ? "" : "s"} run per stressor`.replace(/ seconds run/, " second run"));
  if (stressors.length === 0) {
    await sys.write(2, `stress-ng: error: [${pid}] No stress workers invoked\n`);
    return 1;
  }
  await info(`dispatching hogs: ${stressors.map((s) => `${s.n} ${s.name}`).join(", ")}`);
  const start = sys.clock_gettime(1);
  const deadline = start + BigInt(timeout) * 1000000000n;
  const kids = new Map<number, string>();
  const spawn = (name: string): void => {
    const work = name === "cpu" ? cpu : name === "vm" ? (s: Sys) => vm(s, vmBytes) : forker;
    const left = Number((deadline - sys.clock_gettime(1)) / 1000000000n);
    if (left <= 0) return;
    const child = sys.fork(async (cs) => {
      cs.alarm(left);
      return work(cs);
    });
    kids.set(child, name);
  };
  for (const s of stressors) for (let k = 0; k < s.n; k++) spawn(s.name);
  let failed = 0;
  while (kids.size > 0) {
    let r;
    try {
      r = await sys.wait4(-1, 0);
    } catch (e) {
      if (e instanceof Errno) break;
      throw e;
    }
    const name = kids.get(r.pid);
    kids.delete(r.pid);
    if (!name) continue;
    const sig = r.status & 0x7f;
    if (sig === SIGKILL && name === "vm") spawn(name); // killed by the OOM killer: restart it
    else if (sig !== 0 && sig !== SIGALRM && sig !== SIGTERM) failed++;
    else if (sig === 0 && (r.status >> 8) & 0xff) failed++;
  }
  const secs = Number(sys.clock_gettime(1) - start) / 1e9;
  if (failed) {
    await sys.write(2, `stress-ng: info:  [${pid}] unsuccessful run completed in ${secs.toFixed(2)}s\n`);
    return 2;
  }
  await info(`successful run completed in ${secs.toFixed(2)}s`);
  return 0;
}

async function cpu(sys: Sys): Promise<number> {
  for (;;) await sys.cpu_burn(100000);
}

async function vm(sys: Sys, bytes: number): Promise<number> {
  const m = withMem(sys);
  for (;;) {
    for (let done = 0; done < bytes; done += MIB) {
      try {
        await m.mem_charge(Math.min(MIB, bytes - done));
      } catch (e) {
        if (!(e instanceof Errno)) throw e;
        await sys.nanosleep(10e6);
      }
      await sys.cpu_burn(100);
    }
    m.mem_uncharge(bytes);
  }
}

async function forker(sys: Sys): Promise<number> {
  for (;;) {
    try {
      sys.fork(async () => 0);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await sys.nanosleep(1e6); // EAGAIN (pids.max): back off and try again
      continue;
    }
    try {
      await sys.wait4(-1, 0);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
    }
  }
}
