// ulimit: bash 5.2's (ulimit.def: -a table, several resources at once, "hard"/"soft"/"unlimited")
// and dash's (one resource, its own -a table and messages), over getrlimit(2)/setrlimit(2).
// Without -H or -S a new value sets both limits and the soft one is printed, as both shells do.

import type { Shell } from "../interp/shell.ts";
import {
  RLIMIT_AS, RLIMIT_CORE, RLIMIT_CPU, RLIMIT_DATA, RLIMIT_FSIZE, RLIMIT_LOCKS, RLIMIT_MEMLOCK,
  RLIMIT_MSGQUEUE, RLIMIT_NICE, RLIMIT_NOFILE, RLIMIT_NPROC, RLIMIT_RSS, RLIMIT_RTPRIO,
  RLIMIT_RTTIME, RLIMIT_SIGPENDING, RLIMIT_STACK, RLIM_INFINITY, type Rlimit,
} from "../../../uapi/resource.ts";
import { EINVAL, Errno, strerror } from "../../../uapi/errno.ts";
import { badOption, out } from "./io.ts";

/** One row of a shell's limits table; resource -1 is bash's pseudo-limit "pipe size". */
interface Limit {
  opt: string;
  resource: number;
  factor: number;
  desc: string;
  units: string;
}

/** bash's limits[] on Linux, in its -a order. */
const BASH: Limit[] = [
  { opt: "R", resource: RLIMIT_RTTIME, factor: 1, desc: "real-time non-blocking time", units: "microseconds" },
  { opt: "c", resource: RLIMIT_CORE, factor: 1024, desc: "core file size", units: "blocks" },
  { opt: "d", resource: RLIMIT_DATA, factor: 1024, desc: "data seg size", units: "kbytes" },
  { opt: "e", resource: RLIMIT_NICE, factor: 1, desc: "scheduling priority", units: "" },
  { opt: "f", resource: RLIMIT_FSIZE, factor: 1024, desc: "file size", units: "blocks" },
  { opt: "i", resource: RLIMIT_SIGPENDING, factor: 1, desc: "pending signals", units: "" },
  { opt: "l", resource: RLIMIT_MEMLOCK, factor: 1024, desc: "max locked memory", units: "kbytes" },
  { opt: "m", resource: RLIMIT_RSS, factor: 1024, desc: "max memory size", units: "kbytes" },
  { opt: "n", resource: RLIMIT_NOFILE, factor: 1, desc: "open files", units: "" },
  { opt: "p", resource: -1, factor: 512, desc: "pipe size", units: "512 bytes" },
  { opt: "q", resource: RLIMIT_MSGQUEUE, factor: 1, desc: "POSIX message queues", units: "bytes" },
  { opt: "r", resource: RLIMIT_RTPRIO, factor: 1, desc: "real-time priority", units: "" },
  { opt: "s", resource: RLIMIT_STACK, factor: 1024, desc: "stack size", units: "kbytes" },
  { opt: "t", resource: RLIMIT_CPU, factor: 1, desc: "cpu time", units: "seconds" },
  { opt: "u", resource: RLIMIT_NPROC, factor: 1, desc: "max user processes", units: "" },
  { opt: "v", resource: RLIMIT_AS, factor: 1024, desc: "virtual memory", units: "kbytes" },
  { opt: "x", resource: RLIMIT_LOCKS, factor: 1, desc: "file locks", units: "" },
];

/** dash's limits[] (miscbltin.c), in its -a order. */
const DASH: Limit[] = [
  { opt: "t", resource: RLIMIT_CPU, factor: 1, desc: "time(seconds)", units: "" },
  { opt: "f", resource: RLIMIT_FSIZE, factor: 512, desc: "file(blocks)", units: "" },
  { opt: "d", resource: RLIMIT_DATA, factor: 1024, desc: "data(kbytes)", units: "" },
  { opt: "s", resource: RLIMIT_STACK, factor: 1024, desc: "stack(kbytes)", units: "" },
  { opt: "c", resource: RLIMIT_CORE, factor: 512, desc: "coredump(blocks)", units: "" },
  { opt: "m", resource: RLIMIT_RSS, factor: 1024, desc: "memory(kbytes)", units: "" },
  { opt: "l", resource: RLIMIT_MEMLOCK, factor: 1024, desc: "locked memory(kbytes)", units: "" },
  { opt: "p", resource: RLIMIT_NPROC, factor: 1, desc: "process", units: "" },
  { opt: "n", resource: RLIMIT_NOFILE, factor: 1, desc: "nofiles", units: "" },
  { opt: "v", resource: RLIMIT_AS, factor: 1024, desc: "vmemory(kbytes)", units: "" },
  { opt: "w", resource: RLIMIT_LOCKS, factor: 1, desc: "locks", units: "" },
  { opt: "r", resource: RLIMIT_RTPRIO, factor: 1, desc: "rtprio", units: "" },
];

const SOFT = 1;
const HARD = 2;
const PIPE_BUF_BLOCKS = 8; // PIPE_BUF (4096) in 512-byte units: bash's fixed "pipe size"

function current(sh: Shell, l: Limit): Rlimit {
  if (l.resource < 0) return { cur: PIPE_BUF_BLOCKS * 512, max: PIPE_BUF_BLOCKS * 512 };
  return sh.sys.getrlimit(l.resource);
}

function show(v: number, factor: number): string {
  return v === RLIM_INFINITY ? "unlimited" : String(Math.floor(v / factor));
}

/** bash's printone(): "%-20s %20s" of description and "(units, -x) ", then the value. */
function bashRow(l: Limit, value: string, describe: boolean): string {
  if (!describe) return value + "\n";
  const unit = l.units ? `(${l.units}, -${l.opt}) ` : `(-${l.opt}) `;
  return `${l.desc.padEnd(20)} ${unit.padStart(20)}${value}\n`;
}

export async function ulimit(sh: Shell, argv: string[]): Promise<number> {
  return sh.bash ? bashUlimit(sh, argv) : dashUlimit(sh, argv);
}

async function bashUlimit(sh: Shell, argv: string[]): Promise<number> {
  let mode = 0;
  let all = false;
  const todo: { l: Limit; value: string | null }[] = [];
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    for (const c of a.slice(1)) {
      if (c === "H") mode |= HARD;
      else if (c === "S") mode |= SOFT;
      else if (c === "a") all = true;
      else {
        const l = BASH.find((x) => x.opt === c);
        if (!l) return badOption(sh, "ulimit", `-${c}`, "ulimit [-SHabcdefiklmnpqrstuvxPRT] [limit]");
        // an option's value is the next word when it does not look like another option
        const next = argv[i + 1];
        const value = next !== undefined && !next.startsWith("-") ? next : null;
        if (value !== null) i++;
        todo.push({ l, value });
      }
    }
  }
  if (i < argv.length && todo.length <= 1) {
    if (todo.length === 0) todo.push({ l: BASH.find((x) => x.opt === "f")!, value: argv[i]! });
    else if (todo[0]!.value === null) todo[0]!.value = argv[i]!;
  }
  if (all) {
    let s = "";
    for (const l of BASH) {
      const r = current(sh, l);
      s += bashRow(l, show(mode & HARD ? r.max : r.cur, l.factor), true);
    }
    return (await out(sh, "ulimit", s)) ? 0 : 1;
  }
  if (todo.length === 0) todo.push({ l: BASH.find((x) => x.opt === "f")!, value: null });
  const describe = todo.length > 1;
  let status = 0;
  for (const { l, value } of todo) {
    if (value === null) {
      const r = current(sh, l);
      if (!(await out(sh, "ulimit", bashRow(l, show(mode & HARD ? r.max : r.cur, l.factor), describe)))) return 1;
      continue;
    }
    const r = current(sh, l);
    let v: number;
    if (value === "unlimited") v = RLIM_INFINITY;
    else if (value === "hard") v = r.max;
    else if (value === "soft") v = r.cur;
    else if (/^[0-9]+$/.test(value)) v = Number(value) * l.factor;
    else {
      await sh.error(`ulimit: ${value}: invalid number`);
      status = 1;
      continue;
    }
    const err = setLimit(sh, l, r, v, mode || SOFT | HARD);
    if (err) {
      await sh.error(`ulimit: ${l.desc}: cannot modify limit: ${strerror(err)}`);
      status = 1;
    }
  }
  return status;
}

/** setrlimit with the soft, hard or both limits replaced; the errno on failure, else 0. */
function setLimit(sh: Shell, l: Limit, r: Rlimit, v: number, mode: number): number {
  if (l.resource < 0) return EINVAL;
  const next = { cur: mode & SOFT ? v : r.cur, max: mode & HARD ? v : r.max };
  try {
    sh.sys.setrlimit(l.resource, next);
    return 0;
  } catch (e) {
    if (e instanceof Errno) return e.errno;
    throw e;
  }
}

/** dash: one resource (the last letter given), -a prints its own table with "%-20s ". */
async function dashUlimit(sh: Shell, argv: string[]): Promise<number> {
  let mode = 0;
  let all = false;
  let l = DASH.find((x) => x.opt === "f")!;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    for (const c of a.slice(1)) {
      if (c === "H") mode = HARD;
      else if (c === "S") mode = SOFT;
      else if (c === "a") all = true;
      else {
        const x = DASH.find((y) => y.opt === c);
        if (!x) {
          await sh.error(`ulimit: Illegal option -${c}`);
          return 2;
        }
        l = x;
      }
    }
  }
  const rest = argv.slice(i);
  if (rest.length > 1) {
    await sh.error("ulimit: too many arguments");
    return 2;
  }
  const pick = (r: Rlimit) => (mode === HARD ? r.max : r.cur);
  if (all) {
    let s = "";
    for (const x of DASH) s += `${x.desc.padEnd(20)} ${show(pick(current(sh, x)), x.factor)}\n`;
    return (await out(sh, "ulimit", s)) ? 0 : 1;
  }
  const r = current(sh, l);
  if (rest.length === 0) return (await out(sh, "ulimit", show(pick(r), l.factor) + "\n")) ? 0 : 1;
  const value = rest[0]!;
  let v: number;
  if (value === "unlimited") v = RLIM_INFINITY;
  else if (/^[0-9]+$/.test(value)) v = Number(value) * l.factor;
  else {
    await sh.error("ulimit: bad number");
    return 2;
  }
  const err = setLimit(sh, l, r, v, mode || SOFT | HARD);
  if (err) {
    await sh.error(`ulimit: error setting limit (${strerror(err)})`);
    return 2;
  }
  return 0;
}
