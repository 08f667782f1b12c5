// Reading the process table from /proc as procps's readproc does: /proc/PID/stat, status and
// cmdline, plus /proc/uptime, /proc/meminfo and /proc/stat for the machine-wide numbers.
// Shared by ps, pgrep/pkill, free, uptime and top-like tools.

import type { Sys } from "../lib/sys.ts";
import { readdir } from "../lib/dirent.ts";
import { readFileText } from "../lib/input.ts";

/** One process as read from /proc (analogous to procps's proc_t). */
export interface ProcInfo {
  pid: number;
  comm: string;
  state: string;
  ppid: number;
  pgrp: number;
  session: number;
  ttyNr: number;
  tpgid: number;
  flags: number;
  utime: number; // clock ticks
  stime: number;
  priority: number;
  nice: number;
  nlwp: number;
  startTime: number; // ticks after boot
  vsize: number; // bytes
  rss: number; // pages
  processor: number;
  /** argv from /proc/PID/cmdline; empty for kernel threads and zombies. */
  cmdline: string[];
  ruid: number;
  euid: number;
  suid: number;
  rgid: number;
  egid: number;
  fuid: number;
  sgid: number;
  fgid: number;
  minflt: number;
  majflt: number;
  rtPriority: number;
  /** SCHED_* policy number (stat field 41). */
  policy: number;
  /** SigPnd|ShdPnd, SigBlk, SigIgn, SigCgt of /proc/PID/status: 16 hex digits each. */
  sigPending: string;
  sigBlocked: string;
  sigIgnored: string;
  sigCaught: string;
  /** VmData+VmStk and VmExe in kB (ps SIZE and TRS). */
  dataKb: number;
  textKb: number;
  /** Targets of /proc/PID links ("exe", "ns/pid") that a shown column asked for (readLinks). */
  links: Record<string, string>;
  /** VmLck in kB: non-zero gives STAT its 'L'. */
  vmlck: number;
  wchan: string;
}

/** Parse /proc/PID/stat (the comm is in parentheses and may hold spaces or ')'). */
export function parseStat(text: string): Partial<ProcInfo> | null {
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  if (open < 0 || close < 0) return null;
  const f = text.slice(close + 2).trim().split(/\s+/);
  const n = (i: number): number => Number(f[i - 3] ?? 0); // field numbers as in proc(5)
  return {
    pid: Number(text.slice(0, open)),
    comm: text.slice(open + 1, close),
    state: f[0] ?? "?",
    ppid: n(4),
    pgrp: n(5),
    session: n(6),
    ttyNr: n(7),
    tpgid: n(8),
    flags: n(9),
    minflt: n(10),
    majflt: n(12),
    utime: n(14),
    stime: n(15),
    priority: n(18),
    nice: n(19),
    nlwp: n(20),
    startTime: n(22),
    vsize: n(23),
    rss: n(24),
    processor: n(39),
    rtPriority: n(40),
    policy: n(41),
  };
}

/** Parse the "Key:\tvalue" lines of /proc/PID/status or /proc/meminfo. */
export function parseKeyValues(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of text.split("\n")) {
    const i = line.indexOf(":");
    if (i > 0) m.set(line.slice(0, i), line.slice(i + 1).trim());
  }
  return m;
}

/** Read one process; null when it vanished meanwhile. */
export async function readProc(sys: Sys, pid: number, withCmdline = true): Promise<ProcInfo | null> {
  let st: Partial<ProcInfo> | null;
  let status: Map<string, string>;
  try {
    st = parseStat(await readFileText(sys, `/proc/${pid}/stat`));
    status = parseKeyValues(await readFileText(sys, `/proc/${pid}/status`).catch(() => ""));
  } catch {
    return null;
  }
  if (!st) return null;
  const ids = (k: string): number[] => (status.get(k) ?? "0 0 0 0").split(/\s+/).map(Number);
  const [ruid = 0, euid = 0, suid = 0] = ids("Uid");
  const [rgid = 0, egid = 0, sgid = 0, fgid = 0] = ids("Gid");
  const fuid = ids("Uid")[3] ?? 0;
  const kb = (k: string): number => parseInt(status.get(k) ?? "0", 10) || 0;
  const sig = (k: string): string => status.get(k) ?? "0000000000000000";
  const pend = (BigInt("0x" + sig("SigPnd")) | BigInt("0x" + sig("ShdPnd"))).toString(16).padStart(16, "0");
  let cmdline: string[] = [];
  if (withCmdline) {
    const raw = await readFileText(sys, `/proc/${pid}/cmdline`).catch(() => "");
    if (raw.length > 0) cmdline = raw.replace(/\0$/, "").split("\0");
  }
  const wchan = await readFileText(sys, `/proc/${pid}/wchan`).catch(() => "");
  return {
    ...(st as ProcInfo),
    cmdline,
    ruid,
    euid,
    suid,
    rgid,
    egid,
    fuid,
    sgid,
    fgid,
    sigPending: pend,
    sigBlocked: sig("SigBlk"),
    sigIgnored: sig("SigIgn"),
    sigCaught: sig("SigCgt"),
    dataKb: kb("VmData") + kb("VmStk"),
    textKb: kb("VmExe"),
    links: {},
    vmlck: parseInt(status.get("VmLck") ?? "0", 10) || 0,
    wchan: wchan === "0" ? "" : wchan,
  };
}

/** Every process in /proc, in directory order (ascending pids, as Linux lists them). */
export async function readAllProcs(sys: Sys, withCmdline = true): Promise<ProcInfo[]> {
  const out: ProcInfo[] = [];
  const dents = await readdir(sys, "/proc");
  const pids = dents.filter((d) => /^[0-9]+$/.test(d.name)).map((d) => Number(d.name));
  pids.sort((a, b) => a - b);
  for (const pid of pids) {
    const p = await readProc(sys, pid, withCmdline);
    if (p) out.push(p);
  }
  return out;
}

/** Fill p.links[name] with readlink(/proc/PID/name) for each name; "" where unreadable. */
export function readLinks(sys: Sys, procs: ProcInfo[], names: string[]): void {
  for (const p of procs) {
    for (const n of names) {
      try {
        p.links[n] = sys.readlink(`/proc/${p.pid}/${n}`);
      } catch {
        p.links[n] = "";
      }
    }
  }
}

/** /proc/uptime's first number, in seconds. */
export async function readUptime(sys: Sys): Promise<number> {
  try {
    return Number((await readFileText(sys, "/proc/uptime")).split(/\s+/)[0]) || 0;
  } catch {
    return sys.sysinfo().uptimeSec;
  }
}

/** /proc/stat's btime (epoch seconds of boot), as procps' getbtime() reads it; null without it. */
export async function readBtime(sys: Sys): Promise<number | null> {
  try {
    const m = /^btime (\d+)$/m.exec(await readFileText(sys, "/proc/stat"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** /proc/meminfo as kB numbers. */
export async function readMeminfo(sys: Sys): Promise<Map<string, number>> {
  const kv = parseKeyValues(await readFileText(sys, "/proc/meminfo").catch(() => ""));
  const m = new Map<string, number>();
  for (const [k, v] of kv) m.set(k, parseInt(v, 10) || 0);
  return m;
}

/** The tty name of a tty_nr (dev_t) as ps prints it: pts/0, tty1, ttyS0, console, or "?". */
export function ttyName(dev: number): string {
  if (dev === 0) return "?";
  const maj = (dev >>> 8) & 0xfff;
  const min = (dev & 0xff) | ((dev >>> 12) & 0xfff00);
  if (maj >= 136 && maj <= 143) return `pts/${(maj - 136) * 256 + min}`;
  if (maj === 4) return min < 64 ? `tty${min}` : `ttyS${min - 64}`;
  if (maj === 5 && min === 1) return "console";
  if (maj === 5 && min === 0) return "tty";
  return "?";
}
