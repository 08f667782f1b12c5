// stress(1) 1.0.7: fork workers that hog the CPU (--cpu), sync() (--io), memory (--vm) and
// disk writes (--hdd), for --timeout seconds. Messages and their source line numbers are the
// real program's ("stress: FAIL: [PID] (LINE) ..."), so its output reads the same. The vm
// workers charge their memory to the kernel (mem_charge) a MiB at a time, as touching pages
// would, so a memory cgroup's limit and OOM killer act on them; cpu workers burn simulated CPU.

import type { Sys } from "../lib/sys.ts";
import { withMem } from "./sys_mem.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { SIGALRM, SIGUSR1 } from "../../uapi/signal.ts";
import { O_CREAT, O_EXCL, O_WRONLY } from "../../uapi/fcntl.ts";
import { encode } from "../lib/text.ts";

const USAGE = `\`stress' imposes certain types of compute stress on your system

Usage: stress [OPTION [ARG]] ...
 -?, --help         show this help statement
     --version      show version statement
 -v, --verbose      be verbose
 -q, --quiet        be quiet
 -n, --dry-run      show what would have been done
 -t, --timeout N    timeout after N seconds
     --backoff N    wait factor of N microseconds before work starts
 -c, --cpu N        spawn N workers spinning on sqrt()
 -i, --io N         spawn N workers spinning on sync()
 -m, --vm N         spawn N workers spinning on malloc()/free()
     --vm-bytes B   malloc B bytes per vm worker (default is 256MB)
     --vm-stride B  touch a byte every B bytes (default is 4096)
     --vm-hang N    sleep N secs before free (default none, 0 is inf)
     --vm-keep      redirty memory instead of freeing and reallocating
 -d, --hdd N        spawn N workers spinning on write()/unlink()
     --hdd-bytes B  write B bytes per hdd worker (default is 1GB)

Example: stress --cpu 8 --io 4 --vm 2 --vm-bytes 128M --timeout 10s

Note: Numbers may be suffixed with s,m,h,d,y (time) or B,K,M,G (size).
`;

/** Thrown to end the program with status 1 after a FAIL message. */
class Fail {}

interface Opts {
  debug: number;
  dryrun: boolean;
  timeout: number;
  backoff: number;
  cpu: number;
  io: number;
  vm: number;
  vmBytes: number;
  vmStride: number;
  vmHang: number;
  vmKeep: boolean;
  hdd: number;
  hddBytes: number;
}

/** A chunk of the vm worker's memory: charged, then "touched" (a little CPU per MiB). */
const MIB = 1 << 20;
const TOUCH_US_PER_MIB = 100;

export default async function stress(sys: Sys, argv: string[]): Promise<number> {
  const pid = sys.getpid();
  const wr = (fd: number, s: string): Promise<number> => sys.write(fd, s);
  const o: Opts = { debug: 1, dryrun: false, timeout: 0, backoff: 3000, cpu: 0, io: 0, vm: 0, vmBytes: 256 * MIB, vmStride: 4096, vmHang: -1, vmKeep: false, hdd: 0, hddBytes: 1024 * MIB };
  const info = (p: number, s: string) => (o.debug >= 1 ? wr(1, `stress: info: [${p}] ${s}\n`) : Promise.resolve(0));
  const dbg = (p: number, s: string) => (o.debug >= 2 ? wr(1, `stress: dbug: [${p}] ${s}\n`) : Promise.resolve(0));
  // -q silences info and warnings, not failures (err() prints at debug level 0).
  const fail = (p: number, line: number, s: string) => wr(2, `stress: FAIL: [${p}] (${line}) ${s}\n`);
  const warn = (p: number, line: number, s: string) => (o.debug >= 1 ? wr(2, `stress: WARN: [${p}] (${line}) ${s}\n`) : Promise.resolve(0));

  const size = async (arg: string): Promise<number> => {
    const m = /^(\d+)([bBkKmMgG]?)$/.exec(arg);
    if (!m) {
      await fail(pid, 665, `unrecognized suffix: ${arg.replace(/^\d+/, "").charAt(0) || arg}`);
      throw new Fail();
    }
    return Number(m[1]) * { "": 1, b: 1, k: 1024, m: MIB, g: 1024 * MIB }[m[2]!.toLowerCase()]!;
  };
  const time = async (arg: string): Promise<number> => {
    const m = /^(\d+)([smhdy]?)$/.exec(arg);
    if (!m) {
      await fail(pid, 723, `unrecognized suffix: ${arg.replace(/^\d+/, "").charAt(0) || arg}`);
      throw new Fail();
    }
    return Number(m[1]) * { "": 1, s: 1, m: 60, h: 3600, d: 86400, y: 31556952 }[m[2]!]!;
  };
  const count = async (arg: string, what: string, line: number): Promise<number> => {
    const n = /^\d+$/.test(arg) ? Number(arg) : 0;
    if (n <= 0) {
      await fail(pid, line, `invalid number of ${what} hogs: ${arg}`);
      throw new Fail();
    }
    return n;
  };

  try {
    if (argv.length <= 1) {
      await wr(1, USAGE);
      return 0;
    }
    for (let i = 1; i < argv.length; i++) {
      let a = argv[i]!;
      let val: string | undefined;
      const eq = a.startsWith("--") ? a.indexOf("=") : -1;
      if (eq > 0) [a, val] = [a.slice(0, eq), a.slice(eq + 1)];
      const next = (): string => val ?? argv[++i] ?? "";
      switch (a) {
        case "-?": case "--help": await wr(1, USAGE); return 0;
        case "--version": await wr(1, "stress 1.0.7\n"); return 0;
        case "-v": case "--verbose": o.debug = 2; break;
        case "-q": case "--quiet": o.debug = 0; break;
        case "-n": case "--dry-run": o.dryrun = true; break;
        case "-t": case "--timeout": o.timeout = await time(next()); break;
        case "--backoff": o.backoff = Number(next()) || 0; break;
        case "-c": case "--cpu": o.cpu = await count(next(), "cpu", 171); break;
        case "-i": case "--io": o.io = await count(next(), "io", 185); break;
        case "-m": case "--vm": o.vm = await count(next(), "vm", 199); break;
        case "--vm-bytes": o.vmBytes = await size(next()); break;
        case "--vm-stride": o.vmStride = await size(next()); break;
        case "--vm-hang": o.vmHang = await time(next()); break;
        case "--vm-keep": o.vmKeep = true; break;
        case "-d": case "--hdd": o.hdd = await count(next(), "hdd", 229); break;
        case "--hdd-bytes": o.hddBytes = await size(next()); break;
        default:
          await fail(pid, 251, `unrecognized option: ${a}`);
          return 1;
      }
    }
    return await run(sys, o, pid, { info, dbg, fail, warn });
  } catch (e) {
    if (e instanceof Fail) return 1;
    throw e;
  }
}

type Say = (p: number, s: string) => Promise<number>;
type SayAt = (p: number, line: number, s: string) => Promise<number>;

async function run(sys: Sys, o: Opts, pid: number, say: { info: Say; dbg: Say; fail: SayAt; warn: SayAt }): Promise<number> {
  const start = sys.clock_gettime(0);
  await say.info(pid, `dispatching hogs: ${o.cpu} cpu, ${o.io} io, ${o.vm} vm, ${o.hdd} hdd`);
  const forks = o.cpu + o.io + o.vm + o.hdd;
  const backoffUs = o.backoff * forks;
  await say.dbg(pid, `using backoff sleep of ${backoffUs}us`);
  if (o.timeout) await say.dbg(pid, `setting timeout to ${o.timeout}s`);
  let children = 0;
  const spawn = async (kind: string, n: number, work: (sys: Sys, me: number) => Promise<number>): Promise<void> => {
    for (let k = n; k > 0; k--) {
      const child = sys.fork(async (cs) => {
        if (o.timeout) cs.alarm(o.timeout);
        await cs.nanosleep(backoffUs * 1000);
        if (o.dryrun) return 0;
        return work(cs, cs.getpid());
      });
      children++;
      await say.dbg(pid, `--> hog${kind} worker ${k} [${child}] forked`);
    }
  };
  await spawn("cpu", o.cpu, hogCpu);
  await spawn("io", o.io, hogIo);
  await spawn("vm", o.vm, (cs, me) => hogVm(cs, me, o, say));
  await spawn("hdd", o.hdd, (cs, me) => hogHdd(cs, me, o, say));
  let retval = 0;
  const reap = async (line: number): Promise<void> => {
    await say.warn(pid, line, "now reaping child worker processes");
    sys.sigaction(SIGUSR1, { handler: "ignore" });
    try {
      sys.kill(-pid, SIGUSR1);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await say.fail(pid, line + 4, `kill error: ${strerror(e.errno)}`);
    }
  };
  while (children > 0) {
    let r;
    try {
      r = await sys.wait4(-1, 0);
    } catch (e) {
      if (e instanceof Errno) break;
      throw e;
    }
    children--;
    const st = r.status;
    const sig = st & 0x7f;
    if (sig === 0) {
      const code = (st >> 8) & 0xff;
      if (code === 0) await say.dbg(pid, `<-- worker ${r.pid} returned normally`);
      else {
        await say.fail(pid, 404, `<-- worker ${r.pid} returned error ${code}`);
        retval++;
        await reap(406);
      }
    } else if (sig === SIGALRM) await say.dbg(pid, `<-- worker ${r.pid} signalled normally`);
    else if (sig === SIGUSR1) await say.dbg(pid, `<-- worker ${r.pid} reaped`);
    else {
      await say.fail(pid, 425, `<-- worker ${r.pid} got signal ${sig}`);
      retval++;
      await reap(427);
    }
  }
  const runtime = Number((sys.clock_gettime(0) - start) / 1000000000n);
  if (retval) await say.fail(pid, 461, `failed run completed in ${runtime}s`);
  else await say.info(pid, `successful run completed in ${runtime}s`);
  return retval ? 1 : 0;
}

/** hogcpu(): sqrt(rand()) forever - simulated CPU, in 100 ms pieces. */
async function hogCpu(sys: Sys): Promise<number> {
  for (;;) await sys.cpu_burn(100000);
}

/** hogio(): sync() forever; there is no cache to write back, so it is mostly a syscall loop. */
async function hogIo(sys: Sys): Promise<number> {
  for (;;) await sys.cpu_burn(1000);
}

/** hogvm(): allocate, touch every page, maybe hang, free; again. */
async function hogVm(sys: Sys, me: number, o: Opts, say: { dbg: Say; fail: SayAt }): Promise<number> {
  const m = withMem(sys);
  let allocated = false;
  for (;;) {
    if (!allocated) {
      await say.dbg(me, `allocating ${o.vmBytes} bytes ...`);
      // malloc() itself only reserves address space; the pages are charged as they are touched.
    }
    await say.dbg(me, `touching bytes in strides of ${o.vmStride} bytes ...`);
    if (!allocated) {
      for (let done = 0; done < o.vmBytes; ) {
        const n = Math.min(MIB, o.vmBytes - done);
        try {
          await m.mem_charge(n);
        } catch (e) {
          if (!(e instanceof Errno)) throw e;
          await say.fail(me, 512, `hogvm malloc failed: ${strerror(e.errno)}`);
          return 1;
        }
        await sys.cpu_burn(TOUCH_US_PER_MIB);
        done += n;
      }
      if (o.vmKeep) allocated = true;
    } else await sys.cpu_burn(Math.ceil((o.vmBytes / MIB) * TOUCH_US_PER_MIB));
    if (o.vmHang === 0) {
      await say.dbg(me, "sleeping forever with allocated memory");
      for (;;) await sys.nanosleep(1024e9);
    } else if (o.vmHang > 0) {
      await say.dbg(me, `sleeping for ${o.vmHang}s with allocated memory`);
      await sys.nanosleep(o.vmHang * 1e9);
    }
    if (!o.vmKeep) {
      m.mem_uncharge(o.vmBytes);
      await say.dbg(me, `freed ${o.vmBytes} bytes`);
    }
  }
}

/** hoghdd(): write hdd-bytes to a fresh file in the cwd, unlink it, again. */
async function hogHdd(sys: Sys, me: number, o: Opts, say: { dbg: Say; fail: SayAt }): Promise<number> {
  const chunk = encode("Z".repeat(1024 * 1024 - 1) + "\n");
  await say.dbg(me, `seeding ${chunk.length - 1} byte buffer with random data`);
  for (let k = 0; ; k++) {
    const name = `./stress.${me.toString(36)}${k.toString(36)}`;
    let fd: number;
    try {
      fd = await sys.open(name, O_WRONLY | O_CREAT | O_EXCL, 0o600);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await say.fail(me, 583, `mkstemp failed: ${strerror(e.errno)}`);
      return 1;
    }
    await say.dbg(me, `opened ${name} for writing ${o.hddBytes} bytes`);
    await say.dbg(me, `unlinking ${name}`);
    sys.unlink(name);
    await say.dbg(me, `fast writing to ${name}`);
    for (let left = o.hddBytes; left > 0; ) {
      const n = Math.min(chunk.length, left);
      try {
        await sys.write(fd, n === chunk.length ? chunk : chunk.subarray(0, n));
      } catch (e) {
        if (!(e instanceof Errno)) throw e;
        await say.fail(me, 607, `write failed: ${strerror(e.errno)}`);
        sys.close(fd);
        return 1;
      }
      left -= n;
    }
    sys.close(fd);
  }
}
