// top(1) from procps-ng 4.0.2: the summary area (uptime and load, Tasks, %Cpu(s), MiB Mem,
// MiB Swap) and the task table sorted by %CPU, read from /proc (loadavg, meminfo, stat,
// PID/stat, PID/status) every -d seconds (3 by default). Full screen on a terminal: q or ^C
// quits, space refreshes, P M N T sort by %CPU, %MEM, PID, TIME+; SIGWINCH redraws at the new
// size. -b prints frames as text (80 columns unless -w or COLUMNS say otherwise), -n N stops
// after N frames.
//
// %CPU is the share of one CPU over the last interval (Irix mode); on the first frame, when
// there is no previous sample, it is the average since the task started and %Cpu(s) the
// average since boot.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { readFileText } from "../lib/input.ts";
import { readdir } from "../lib/dirent.ts";
import { UserDb } from "../lib/pwd.ts";
import { isatty } from "../lib/stdio.ts";
import { gmtime, strftime } from "../lib/time.ts";
import { CLOCK_MONOTONIC, CLOCK_REALTIME } from "../../uapi/clock.ts";
import { Tui, BOLD, NORMAL, REVERSE } from "../editors/tui.ts";
import { parseKeyValues, parseStat, readMeminfo, readUptime } from "./proc.ts";
import { uptimeText } from "./uptime.ts";

const HZ = 100;

const USAGE = `
Usage:
 top [options]

Options:
 -b, --batch-mode                run in non-interactive batch mode
 -c, --cmdline-toggle            reverse last remembered 'c' state
 -d, --delay =SECS [.TENTHS]     iterative delay as SECS [.TENTHS]
 -E, --scale-summary-mem =SCALE  set mem as: k,m,g,t,p,e for SCALE
 -e, --scale-task-mem =SCALE     set mem with: k,m,g,t,p for SCALE
 -H, --threads-show              show tasks plus all their threads
 -i, --idle-toggle               reverse last remembered 'i' state
 -n, --iterations =NUMBER        exit on maximum iterations NUMBER
 -O, --list-fields               output all field names, then exit
 -o, --sort-override =FIELD      force sorting on this named FIELD
 -p, --pid =PIDLIST              monitor only the tasks in PIDLIST
 -S, --accum-time-toggle         reverse last remembered 'S' state
 -s, --secure-mode               run with secure mode restrictions
 -U, --filter-any-user =USER     show only processes owned by USER
 -u, --filter-only-euser =USER   show only processes owned by USER
 -w, --width [=COLUMNS]          change print width [,use COLUMNS]
 -1, --single-cpu-toggle         reverse last remembered '1' state

 -h, --help                      display this help text, then exit
 -V, --version                   output version information & exit

For more details see top(1).
`;

const LONG = [
  { name: "batch-mode", has: 0, key: "b" }, { name: "cmdline-toggle", has: 0, key: "c" }, { name: "delay", has: 1, key: "d" },
  { name: "iterations", has: 1, key: "n" }, { name: "pid", has: 1, key: "p" }, { name: "filter-any-user", has: 1, key: "U" },
  { name: "filter-only-euser", has: 1, key: "u" }, { name: "width", has: 2, key: "w" }, { name: "help", has: 0, key: "h" },
  { name: "version", has: 0, key: "V" }, { name: "idle-toggle", has: 0, key: "i" }, { name: "secure-mode", has: 0, key: "s" },
] as const;

/** One task as top shows it (a row of the task area). */
interface Task {
  pid: number;
  user: string;
  pr: string;
  ni: number;
  virt: number; // KiB
  res: number;
  shr: number;
  state: string;
  cpu: number; // percent of one CPU
  mem: number;
  ticks: number; // utime + stime
  comm: string;
  cmdline: string;
}

type SortKey = "cpu" | "mem" | "pid" | "time";

interface Options {
  batch: boolean;
  delay: number; // seconds
  iterations: number; // Infinity for no limit
  pids: number[] | null;
  user: string | null;
  euidOnly: boolean;
  width: number | null;
  cmdline: boolean;
  sort: SortKey;
}

/** The previous sample: per-task ticks, the /proc/stat cpu line, and when it was taken. */
interface Sample {
  ticks: Map<number, number>;
  cpu: number[];
  at: number; // seconds (monotonic)
}

/** scale_mem(): KiB as a plain number if it fits width, else m, g, t with one decimal. */
export function scaleMem(kib: number, width: number): string {
  let s = String(Math.round(kib));
  if (s.length <= width) return s;
  let n = kib;
  for (const sfx of ["m", "g", "t", "p", "e"]) {
    n /= 1024;
    s = n.toFixed(1) + sfx;
    if (s.length <= width) return s;
  }
  return "?";
}

/** TIME+ as minutes:seconds.hundredths (scale_tics). */
export function timePlus(ticks: number): string {
  const cs = Math.floor((ticks * 100) / HZ);
  const m = Math.floor(cs / 6000);
  const s = Math.floor((cs % 6000) / 100);
  const h = cs % 100;
  const out = `${m}:${String(s).padStart(2, "0")}.${String(h).padStart(2, "0")}`;
  if (out.length <= 9) return out;
  return `${m}:${String(s).padStart(2, "0")}`;
}

const pct = (x: number): string => x.toFixed(1).padStart(5);
const mib = (kib: number): string => (kib / 1024).toFixed(1).padStart(8);

/** Where each fixed column of the task area ends (PID .. TIME+); COMMAND takes the rest. */
const COLUMN_ENDS = [5, 14, 18, 22, 30, 37, 44, 46, 52, 58, 68];

/**
 * Fit a task row (or the column header) to width as top does: only whole fixed columns, then
 * COMMAND if " COMMAND" fits, a command too long for the room cut with a '+' at the edge.
 */
function fitRow(fixed: string, cmd: string, width: number): string {
  const end = COLUMN_ENDS.findLast((e) => e <= width) ?? 0;
  if (end < 68 || width - 68 < 8) return fixed.slice(0, end);
  const room = width - 69;
  return fixed + " " + (cmd.length > room ? cmd.slice(0, room - 1) + "+" : cmd);
}

async function readTasks(sys: Proc["sys"], users: UserDb, prev: Sample | null, now: number, uptime: number, memTotal: number, withCmd: boolean): Promise<Task[]> {
  const out: Task[] = [];
  const names = (await readdir(sys, "/proc")).filter((d) => /^[0-9]+$/.test(d.name)).map((d) => Number(d.name));
  names.sort((a, b) => a - b);
  for (const pid of names) {
    let st, status;
    try {
      st = parseStat(await readFileText(sys, `/proc/${pid}/stat`));
      status = parseKeyValues(await readFileText(sys, `/proc/${pid}/status`));
    } catch {
      continue; // gone meanwhile
    }
    if (!st) continue;
    const kb = (k: string): number => parseInt(status.get(k) ?? "0", 10) || 0;
    const uid = Number((status.get("Uid") ?? "0").split(/\s+/)[1]);
    const ticks = (st.utime ?? 0) + (st.stime ?? 0);
    const before = prev?.ticks.get(pid);
    let cpu: number;
    if (prev && before !== undefined) cpu = now > prev.at ? ((ticks - before) / HZ / (now - prev.at)) * 100 : 0;
    else {
      const age = uptime - (st.startTime ?? 0) / HZ;
      cpu = age > 0 ? (ticks / HZ / age) * 100 : 0;
    }
    const res = kb("VmRSS");
    let cmdline = "";
    if (withCmd) cmdline = (await readFileText(sys, `/proc/${pid}/cmdline`).catch(() => "")).replace(/\0$/, "").replaceAll("\0", " ");
    const prio = st.priority ?? 20;
    out.push({
      pid,
      user: users.userName(uid),
      pr: prio < -99 ? "rt" : String(prio),
      ni: st.nice ?? 0,
      virt: kb("VmSize"),
      res,
      shr: kb("RssFile") + kb("RssShmem"),
      state: st.state ?? "?",
      cpu: Math.max(0, cpu),
      mem: memTotal > 0 ? (res / memTotal) * 100 : 0,
      ticks,
      comm: st.comm ?? "",
      cmdline,
    });
  }
  return out;
}

function sortTasks(tasks: Task[], key: SortKey): void {
  // Array.prototype.sort is stable: ties stay in pid order, as top lists them.
  const by: Record<SortKey, (a: Task, b: Task) => number> = {
    cpu: (a, b) => Number(b.cpu.toFixed(1)) - Number(a.cpu.toFixed(1)),
    mem: (a, b) => b.res - a.res,
    pid: (a, b) => b.pid - a.pid,
    time: (a, b) => b.ticks - a.ticks,
  };
  tasks.sort(by[key]);
}

/** Everything one frame shows, as plain text rows (summary first) plus which rows are running. */
interface Frame {
  summary: string[];
  header: string;
  rows: string[];
  running: boolean[];
}

class Top {
  private prev: Sample | null = null;
  private readonly users: UserDb;

  constructor(
    private readonly p: Proc,
    private readonly o: Options,
  ) {
    this.users = new UserDb(p.sys);
  }

  async frame(width: number): Promise<Frame> {
    const sys = this.p.sys;
    await this.users.load();
    const now = Number(sys.clock_gettime(CLOCK_MONOTONIC)) / 1e9;
    const uptime = await readUptime(sys);
    const mem = await readMeminfo(sys);
    const memTotal = mem.get("MemTotal") ?? 0;
    let tasks = await readTasks(sys, this.users, this.prev, now, uptime, memTotal, this.o.cmdline);
    const stat = await readFileText(sys, "/proc/stat").catch(() => "cpu 0 0 0 0");
    const cpu = (stat.split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
    const prevCpu = this.prev?.cpu ?? cpu.map(() => 0);
    this.prev = { ticks: new Map(tasks.map((t) => [t.pid, t.ticks])), cpu, at: now };

    if (this.o.pids) tasks = tasks.filter((t) => this.o.pids!.includes(t.pid));
    if (this.o.user !== null) tasks = tasks.filter((t) => t.user === this.o.user);
    sortTasks(tasks, this.o.sort);

    const load = (await readFileText(sys, "/proc/loadavg").catch(() => "0.00 0.00 0.00")).split(/\s+/);
    const clock = strftime("%H:%M:%S", gmtime(sys.clock_gettime(CLOCK_REALTIME)));
    const count = (f: (s: string) => boolean): string => String(tasks.filter((t) => f(t.state)).length).padStart(3);
    const d = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => (cpu[i] ?? 0) - (prevCpu[i] ?? 0));
    const total = d.reduce((a, b) => a + b, 0);
    const share = (i: number): string => pct(total > 0 ? (d[i]! / total) * 100 : i === 3 ? 100 : 0);
    const buffCache = (mem.get("Buffers") ?? 0) + (mem.get("Cached") ?? 0) + (mem.get("SReclaimable") ?? 0);
    const avail = mem.get("MemAvailable") ?? mem.get("MemFree") ?? 0;
    const swapTotal = mem.get("SwapTotal") ?? 0;
    const swapFree = mem.get("SwapFree") ?? 0;
    const summary = [
      `top - ${clock} up ${uptimeText(uptime)},  0 user,  load average: ${load[0]}, ${load[1]}, ${load[2]}`,
      `Tasks: ${String(tasks.length).padStart(3)} total, ${count((s) => s === "R")} running, ${count((s) => "SDI".includes(s))} sleeping, ${count((s) => s === "T" || s === "t")} stopped, ${count((s) => s === "Z")} zombie`,
      `%Cpu(s):${share(0)} us,${share(2)} sy,${share(1)} ni,${share(3)} id,${share(4)} wa,${share(5)} hi,${share(6)} si,${share(7)} st `,
      `MiB Mem : ${mib(memTotal)} total, ${mib(mem.get("MemFree") ?? 0)} free, ${mib(memTotal - avail)} used, ${mib(buffCache)} buff/cache     `,
      `MiB Swap: ${mib(swapTotal)} total, ${mib(swapFree)} free, ${mib(swapTotal - swapFree)} used. ${mib(avail)} avail Mem `,
    ];
    const header = fitRow("  PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+", "COMMAND", width);
    const rows = tasks.map((t) => {
      const user = t.user.length > 8 ? t.user.slice(0, 7) + "+" : t.user.padEnd(8);
      const cmd = this.o.cmdline && t.cmdline ? t.cmdline : t.comm;
      const row = `${String(t.pid).padStart(5)} ${user} ${t.pr.padStart(3)} ${String(t.ni).padStart(3)} ${scaleMem(t.virt, 7).padStart(7)} ${scaleMem(t.res, 6).padStart(6)} ${scaleMem(t.shr, 6).padStart(6)} ${t.state} ${pct(t.cpu)} ${pct(t.mem)} ${timePlus(t.ticks).padStart(9)}`;
      return fitRow(row, cmd, width);
    });
    return { summary: summary.map((l) => l.slice(0, width)), header, rows, running: tasks.map((t) => t.state === "R") };
  }
}

/** Bold the numbers of a summary line, as top's interactive summary shows them. */
function boldNumbers(line: string): string {
  const colon = line.indexOf(":");
  if (line.startsWith("top -") || colon < 0) return line;
  return line.slice(0, colon + 1) + line.slice(colon + 1).replace(/(\s*[0-9.]+ )/g, `${BOLD}$1${NORMAL}`);
}

async function batch(p: Proc, o: Options): Promise<number> {
  const cols = Number(p.getenv("COLUMNS"));
  const width = o.width ?? (cols > 0 ? cols : 80);
  const top = new Top(p, o);
  for (let i = 0; i < o.iterations; i++) {
    if (i > 0) {
      await p.sys.nanosleep(o.delay * 1e9);
      await p.out.write("\n");
    }
    const f = await top.frame(width);
    await p.out.write([...f.summary, "", f.header, ...f.rows].join("\n") + "\n");
    await p.out.flush();
  }
  return 0;
}

async function interactive(p: Proc, o: Options): Promise<number> {
  const tui = new Tui(p.sys);
  tui.start(false, false);
  const top = new Top(p, o);
  let message = "";
  try {
    for (let i = 0; i < o.iterations; i++) {
      const f = await top.frame(tui.cols);
      const lines = f.summary.map(boldNumbers);
      lines.push(message, REVERSE + f.header.padEnd(tui.cols));
      f.rows.forEach((r, k) => lines.push(f.running[k] ? BOLD + r : r));
      tui.paint(lines.slice(0, tui.rows), { row: 5, col: 0 });
      message = "";
      const deadline = Number(p.sys.clock_gettime(CLOCK_MONOTONIC)) / 1e6 + o.delay * 1000;
      for (;;) {
        const left = deadline - Number(p.sys.clock_gettime(CLOCK_MONOTONIC)) / 1e6;
        const k = left > 0 ? await tui.keyWithin(left) : null;
        if (k === null || k === " " || k === "Resize" || k === "C-l") break;
        if (k === "q" || k === "C-c" || k === "EOF") return 0;
        const sort: Record<string, SortKey> = { P: "cpu", M: "mem", N: "pid", T: "time" };
        if (k in sort) o.sort = sort[k]!;
        else if (k === "c") o.cmdline = !o.cmdline;
        else message = "Unknown command - try 'h' for help";
        break;
      }
    }
    return 0;
  } finally {
    tui.write(`\x1b[${tui.rows};1H\n`);
    await tui.stop(false);
  }
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "bcd:Ee:Hin:Oo:p:SsU:u:w::1hV", [...LONG]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`top: ${e.message}\n`);
    return 0; // procps-ng 4.0.2 exits 0 here
  }
  const o: Options = { batch: false, delay: 3, iterations: Infinity, pids: null, user: null, euidOnly: false, width: null, cmdline: false, sort: "cpu" };
  for (const { key, arg = "" } of parsed.opts) {
    switch (key) {
      case "h":
        await p.out.write(USAGE);
        return 0;
      case "V":
        await p.out.write("top from procps-ng 4.0.2\n");
        return 0;
      case "b": o.batch = true; break;
      case "c": o.cmdline = !o.cmdline; break;
      case "d": {
        const d = Number(arg.replace(",", "."));
        if (arg === "" || !Number.isFinite(d) || d < 0) return fail(p, `bad delay interval '${arg}'`);
        o.delay = d;
        break;
      }
      case "n": {
        const n = Number(arg);
        if (!/^\d+$/.test(arg) || n < 1) return fail(p, `bad iterations argument '${arg}'`);
        o.iterations = n;
        break;
      }
      case "p":
        o.pids = [...(o.pids ?? []), ...arg.split(",").map(Number)];
        if (o.pids.some((x) => !Number.isInteger(x) || x < 0)) return fail(p, `bad pid '${arg}'`);
        break;
      case "u": case "U": o.user = arg; o.euidOnly = key === "u"; break;
      case "w": {
        const w = arg === "" ? Number(p.getenv("COLUMNS")) || 512 : Number(arg);
        if (!Number.isInteger(w) || w < 1) return fail(p, `bad width arg '${arg}'`);
        o.width = w;
        break;
      }
      default:
        break; // accepted and ignored: -E -e -H -i -O -o -S -s -1
    }
  }
  if (o.user !== null) {
    const db = await new UserDb(p.sys).load();
    if (!db.byName(o.user) && !(/^\d+$/.test(o.user) && db.byUid(Number(o.user)))) return fail(p, `Invalid user`);
    if (/^\d+$/.test(o.user)) o.user = db.userName(Number(o.user));
  }
  if (!o.batch && (!isatty(p.sys, 0) || !isatty(p.sys, 1))) return fail(p, "failed tty get");
  return o.batch ? batch(p, o) : interactive(p, o);
});

async function fail(p: Proc, msg: string): Promise<number> {
  await p.err.write(`top: ${msg}\n`);
  return 1;
}
