// top's display, built from /proc: the summary area (uptime and load, Tasks, %Cpu(s), MiB Mem,
// MiB Swap) and the task area sorted on one field, as procps-ng 4.0.2's top lays them out
// (summary_show, task_show). top.ts drives it in batch mode or full screen.
//
// %CPU is the share of one CPU over the last interval (Irix mode); on the first frame, when
// there is no previous sample, it is the average since the task started and %Cpu(s) the
// average since boot.

import type { Sys } from "../lib/sys.ts";
import { readFileText } from "../lib/input.ts";
import { readdir } from "../lib/dirent.ts";
import { UserDb } from "../lib/pwd.ts";
import { gmtime, strftime } from "../lib/time.ts";
import { CLOCK_MONOTONIC, CLOCK_REALTIME } from "../../uapi/clock.ts";
import { parseKeyValues, parseStat, readMeminfo, readUptime } from "./proc.ts";
import { uptimeText } from "./uptime.ts";

const HZ = 100;

/** One task as top shows it (a row of the task area). */
export interface Task {
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

export type SortKey = "cpu" | "mem" | "pid" | "time" | "user" | "virt" | "res" | "shr" | "ni" | "pr" | "state" | "command";

/** top -o FIELD: the field names of the columns shown (as the header spells them). */
export const SORT_FIELDS: Record<string, SortKey> = {
  PID: "pid", USER: "user", PR: "pr", NI: "ni", VIRT: "virt", RES: "res", SHR: "shr", S: "state", "%CPU": "cpu", "%MEM": "mem", "TIME+": "time", TIME: "time", COMMAND: "command",
};

/** What the display depends on (top's command-line options and interactive toggles). */
export interface View {
  pids: number[] | null;
  user: string | null;
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
// procps 4's top gives PID 7 columns (as ps does with a 7-digit pid_max).
const COLUMN_ENDS = [7, 16, 20, 24, 32, 39, 46, 48, 54, 60, 70];

/**
 * Fit a task row (or the column header) to width as top does: only whole fixed columns, then
 * COMMAND if " COMMAND" fits, a command too long for the room cut with a '+' at the edge.
 */
function fitRow(fixed: string, cmd: string, width: number): string {
  const end = COLUMN_ENDS.findLast((e) => e <= width) ?? 0;
  if (end < 70 || width - 70 < 8) return fixed.slice(0, end);
  const room = width - 71;
  return fixed + " " + (cmd.length > room ? cmd.slice(0, room - 1) + "+" : cmd);
}

async function readTasks(sys: Sys, users: UserDb, prev: Sample | null, now: number, uptime: number, memTotal: number, withCmd: boolean): Promise<Task[]> {
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
    user: (a, b) => (a.user < b.user ? 1 : a.user > b.user ? -1 : 0),
    virt: (a, b) => b.virt - a.virt,
    res: (a, b) => b.res - a.res,
    shr: (a, b) => b.shr - a.shr,
    ni: (a, b) => b.ni - a.ni,
    pr: (a, b) => Number(b.pr) - Number(a.pr),
    state: (a, b) => (a.state < b.state ? 1 : a.state > b.state ? -1 : 0),
    command: (a, b) => (a.comm < b.comm ? 1 : a.comm > b.comm ? -1 : 0),
  };
  tasks.sort(by[key]);
}

/** Everything one frame shows, as plain text rows (summary first) plus which rows are running. */
export interface Frame {
  summary: string[];
  header: string;
  rows: string[];
  running: boolean[];
  /** The pid of each row (top's 'k' offers the first). */
  pids: number[];
}

export class TopFrames {
  private prev: Sample | null = null;
  private readonly users: UserDb;

  constructor(
    private readonly sys: Sys,
    private readonly o: View,
  ) {
    this.users = new UserDb(sys);
  }

  async frame(width: number): Promise<Frame> {
    const sys = this.sys;
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
    const header = fitRow("    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+", "COMMAND", width);
    const rows = tasks.map((t) => {
      const user = t.user.length > 8 ? t.user.slice(0, 7) + "+" : t.user.padEnd(8);
      const cmd = this.o.cmdline && t.cmdline ? t.cmdline : t.comm;
      const row = `${String(t.pid).padStart(7)} ${user} ${t.pr.padStart(3)} ${String(t.ni).padStart(3)} ${scaleMem(t.virt, 7).padStart(7)} ${scaleMem(t.res, 6).padStart(6)} ${scaleMem(t.shr, 6).padStart(6)} ${t.state} ${pct(t.cpu)} ${pct(t.mem)} ${timePlus(t.ticks).padStart(9)}`;
      return fitRow(row, cmd, width);
    });
    return { summary: summary.map((l) => l.slice(0, width)), header, rows, running: tasks.map((t) => t.state === "R"), pids: tasks.map((t) => t.pid) };
  }
}
