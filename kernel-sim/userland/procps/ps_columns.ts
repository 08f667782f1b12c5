// ps output columns (procps's format_array): header, width, alignment and how the value is
// printed. Values are computed from ProcInfo plus the machine context (uptime, boot time,
// total memory, user names).

import type { ProcInfo } from "./proc.ts";
import { ttyName } from "./proc.ts";
import { gmtime, strftime } from "../lib/time.ts";

export interface PsContext {
  nowSec: number;
  uptimeSec: number;
  bootSec: number; // epoch seconds of boot
  memTotalKb: number;
  hz: number;
  pageKb: number;
  userName(uid: number): string;
  groupName(gid: number): string;
}

export interface Column {
  header: string;
  width: number;
  right: boolean;
  /** The last column may run on; others are padded. */
  value(p: ProcInfo, c: PsContext): string;
  /** A /proc/PID link the value needs ("exe", "ns/pid"), read only when such a column is shown. */
  needs?: string;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** [DD-]HH:MM:SS, as TIME in ps -ef. */
export function cputime(sec: number): string {
  const d = Math.floor(sec / 86400);
  const s = sec % 86400;
  const hms = `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor((s % 3600) / 60))}:${pad2(s % 60)}`;
  return d > 0 ? `${d}-${hms}` : hms;
}

/** [[DD-]hh:]mm:ss, as ELAPSED. */
export function elapsed(sec: number): string {
  const d = Math.floor(sec / 86400);
  const h = Math.floor((sec % 86400) / 3600);
  const ms = `${pad2(Math.floor((sec % 3600) / 60))}:${pad2(sec % 60)}`;
  if (d > 0) return `${d}-${pad2(h)}:${ms}`;
  if (h > 0) return `${pad2(h)}:${ms}`;
  return ms;
}

const totalSec = (p: ProcInfo, c: PsContext): number => Math.floor((p.utime + p.stime) / c.hz);
const startEpoch = (p: ProcInfo, c: PsContext): number => c.bootSec + Math.floor(p.startTime / c.hz);

/** STAT: state plus < N L s l + flags, as procps's pr_stat. */
export function statFlags(p: ProcInfo): string {
  let s = p.state;
  if (p.nice < 0) s += "<";
  else if (p.nice > 0) s += "N";
  if (p.vmlck > 0) s += "L";
  if (p.session === p.pid) s += "s";
  if (p.nlwp > 1) s += "l";
  if (p.tpgid !== -1 && p.tpgid === p.pgrp && p.ttyNr !== 0) s += "+";
  return s;
}

function pcpu(p: ProcInfo, c: PsContext): string {
  // Integer per-mille, truncated, as procps's pr_pcpu.
  const seconds = Math.floor(c.uptimeSec - p.startTime / c.hz);
  const pm = seconds > 0 ? Math.floor(((p.utime + p.stime) * 1000) / c.hz / seconds) : 0;
  return `${Math.floor(pm / 10)}.${pm % 10}`;
}

function pmem(p: ProcInfo, c: PsContext): string {
  if (!c.memTotalKb) return "0.0";
  const v = (p.rss * c.pageKb * 100) / c.memTotalKb;
  return (Math.floor(v * 10) / 10).toFixed(1);
}

/** STIME/START for -f: HH:MM today, MmmDD this year, else the year. */
function stime(p: ProcInfo, c: PsContext): string {
  const t = startEpoch(p, c);
  const tm = gmtime(BigInt(t) * 1_000_000_000n);
  if (c.nowSec - t < 86400 && gmtime(BigInt(c.nowSec) * 1_000_000_000n).mday === tm.mday) return strftime("%H:%M", tm);
  if (c.nowSec - t < 365 * 86400) return strftime("%b%d", tm);
  return strftime("%Y", tm);
}

/** procps appends " <defunct>" to a zombie's command (pr_args; comm stays bare). */
const defunct = (p: ProcInfo): string => (p.state === "Z" ? " <defunct>" : "");

export function argsOf(p: ProcInfo): string {
  return (p.cmdline.length > 0 ? p.cmdline.join(" ") : `[${p.comm}]`) + defunct(p);
}

const col = (header: string, width: number, right: boolean, value: Column["value"]): Column => ({ header, width, right, value });

/** The format specifiers ps -o accepts, by name, with procps's header for each alias. */
export function columnFor(name: string, pidWidth: number): Column | null {
  const num = (h: string, f: (p: ProcInfo) => number): Column => col(h, Math.max(pidWidth, h.length), true, (p) => String(f(p)));
  const id = (h: string, f: (p: ProcInfo) => number): Column => col(h, 5, true, (p) => String(f(p)));
  const who = (h: string, f: (p: ProcInfo, c: PsContext) => string, n: (p: ProcInfo) => number): Column =>
    col(h, 8, false, (p, c) => fitName(f(p, c), n(p)));
  const user = (h: string, f: (p: ProcInfo) => number): Column => who(h, (p, c) => c.userName(f(p)), f);
  const group = (h: string, f: (p: ProcInfo) => number): Column => who(h, (p, c) => c.groupName(f(p)), f);
  const mask = (h: string, f: (p: ProcInfo) => string): Column => col(h, 16, true, f);
  const ns = (kind: string): Column => ({ ...col(`${kind.toUpperCase()}NS`, 10, true, (p) => nsInode(p.links[`ns/${kind}`])), needs: `ns/${kind}` });
  switch (name) {
    case "pid": return num("PID", (p) => p.pid);
    case "tgid": return num("TGID", (p) => p.pid);
    case "ppid": return num("PPID", (p) => p.ppid);
    case "pgid": return num("PGID", (p) => p.pgrp);
    case "pgrp": return num("PGRP", (p) => p.pgrp);
    case "sid": return num("SID", (p) => p.session);
    case "sess": case "session": return num("SESS", (p) => p.session);
    case "tpgid": return num("TPGID", (p) => p.tpgid);
    case "lwp": return num("LWP", (p) => p.pid);
    case "spid": return num("SPID", (p) => p.pid);
    case "tid": return num("TID", (p) => p.pid);
    case "nlwp": return col("NLWP", 4, true, (p) => String(p.nlwp));
    case "thcount": return col("THCNT", 5, true, (p) => String(p.nlwp));
    case "uid": return id("UID", (p) => p.euid);
    case "euid": return id("EUID", (p) => p.euid);
    case "ruid": return id("RUID", (p) => p.ruid);
    case "suid": return id("SUID", (p) => p.suid);
    case "fuid": return id("FUID", (p) => p.fuid);
    case "gid": return id("GID", (p) => p.egid);
    case "egid": return id("EGID", (p) => p.egid);
    case "rgid": return id("RGID", (p) => p.rgid);
    case "sgid": return id("SGID", (p) => p.sgid);
    case "fgid": return id("FGID", (p) => p.fgid);
    case "user": case "uname": return user("USER", (p) => p.euid);
    case "euser": return user("EUSER", (p) => p.euid);
    case "ruser": return user("RUSER", (p) => p.ruid);
    case "suser": return user("SUSER", (p) => p.suid);
    case "fuser": return user("FUSER", (p) => p.fuid);
    case "group": return group("GROUP", (p) => p.egid);
    case "egroup": return group("EGROUP", (p) => p.egid);
    case "rgroup": return group("RGROUP", (p) => p.rgid);
    case "sgroup": return group("SGROUP", (p) => p.sgid);
    case "fgroup": return group("FGROUP", (p) => p.fgid);
    case "tname": return col("TTY", 8, false, (p) => ttyName(p.ttyNr));
    case "tty": case "tt": return col("TT", 8, false, (p) => ttyName(p.ttyNr));
    case "stat": return col("STAT", 4, false, statFlags);
    case "s": case "state": return col("S", 1, false, (p) => p.state);
    case "time": case "cputime": return col("TIME", 8, true, (p, c) => cputime(totalSec(p, c)));
    case "times": case "cputimes": return col("TIME", 8, true, (p, c) => String(totalSec(p, c)));
    case "bsdtime": return col("TIME", 6, true, (p, c) => `${Math.floor(totalSec(p, c) / 60)}:${pad2(totalSec(p, c) % 60)}`);
    case "etime": return col("ELAPSED", 11, true, (p, c) => elapsed(Math.max(0, Math.floor(c.uptimeSec - p.startTime / c.hz))));
    case "etimes": return col("ELAPSED", 7, true, (p, c) => String(Math.max(0, Math.floor(c.uptimeSec - p.startTime / c.hz))));
    case "start": return col("STARTED", 8, true, (p, c) => strftime("%H:%M:%S", gmtime(BigInt(startEpoch(p, c)) * 1_000_000_000n)));
    case "start_time": return col("START", 5, true, stime);
    case "lstart": return col("STARTED", 24, true, (p, c) => strftime("%a %b %e %H:%M:%S %Y", gmtime(BigInt(startEpoch(p, c)) * 1_000_000_000n)));
    case "stime": return col("STIME", 5, true, stime);
    case "bsdstart": return col("START", 5, true, stime);
    case "c": return col("C", 2, true, (p, c) => String(Math.floor(Number(pcpu(p, c)))));
    case "cp": return col("CP", 3, true, (p, c) => String(Math.floor(Number(pcpu(p, c)) * 10)));
    case "%cpu": case "pcpu": return col("%CPU", 4, true, pcpu);
    case "%mem": case "pmem": return col("%MEM", 4, true, pmem);
    case "vsz": case "vsize": return col("VSZ", 6, true, (p) => String(Math.floor(p.vsize / 1024)));
    case "rss": case "rssize": return col("RSS", 5, true, (p, c) => String(p.rss * c.pageKb));
    case "rsz": return col("RSZ", 5, true, (p, c) => String(p.rss * c.pageKb));
    case "sz": return col("SZ", 5, true, (p) => String(Math.ceil(p.vsize / 4096)));
    // SIZE, DRS, TRS in kB: VmData+VmStk, VSZ minus VmExe, VmExe (procps's pr_size/pr_drs/pr_trs).
    case "size": return col("SIZE", 5, true, (p, c) => String(p.dataKb));
    case "drs": return col("DRS", 5, true, (p, c) => String(Math.max(0, Math.floor(p.vsize / 1024) - p.textKb)));
    case "trs": return col("TRS", 4, true, (p, c) => String(p.textKb));
    case "maj_flt": case "majflt": return col("MAJFL", 6, true, (p) => String(p.majflt));
    case "min_flt": case "minflt": return col("MINFL", 6, true, (p) => String(p.minflt));
    case "ni": case "nice": return col("NI", 3, true, (p) => String(p.nice));
    case "pri": return col("PRI", 3, true, (p) => String(39 - p.priority));
    case "opri": return col("PRI", 3, true, (p) => String(p.priority + 60));
    case "rtprio": return col("RTPRIO", 6, true, (p) => (p.policy === 0 ? "-" : String(p.rtPriority)));
    case "sched": return col("SCH", 3, true, (p) => String(p.policy));
    // procps prints "cls" right-aligned but "class" and "policy" left-aligned.
    case "cls": return col("CLS", 3, true, (p) => POLICY[p.policy] ?? "?");
    case "class": return col("CLS", 3, false, (p) => POLICY[p.policy] ?? "?");
    case "policy": return col("POL", 3, false, (p) => POLICY[p.policy] ?? "?");
    case "psr": return col("PSR", 3, true, (p) => String(p.processor));
    case "f": case "flag": case "flags": return col("F", 1, true, (p) => String((p.flags >> 6) & 0x5));
    case "wchan": return col("WCHAN", 6, false, (p) => (p.state === "R" ? "-" : (p.wchan || "-").slice(0, 6)));
    case "addr": return col("ADDR", 4, true, () => "-");
    case "pending": case "sig": return mask("PENDING", (p) => p.sigPending);
    case "blocked": case "sigmask": return mask("BLOCKED", (p) => p.sigBlocked);
    case "ignored": case "sigignore": return mask("IGNORED", (p) => p.sigIgnored);
    case "caught": case "sigcatch": return mask("CAUGHT", (p) => p.sigCaught);
    case "fname": return col("COMMAND", 8, false, (p) => p.comm.slice(0, 8));
    case "comm": case "ucomm": return col("COMMAND", 15, false, (p) => p.comm);
    case "ucmd": return col("CMD", 15, false, (p) => p.comm);
    case "cmd": return col("CMD", 0, false, argsOf);
    case "args": case "command": return col("COMMAND", 0, false, argsOf);
    case "exe": return { ...col("EXE", 25, false, (p) => p.links["exe"] || "-"), needs: "exe" };
    case "label": return col("LABEL", 31, false, () => "-");
    case "pidns": return ns("pid");
    case "userns": return ns("user");
    case "mntns": return ns("mnt");
    case "utsns": return ns("uts");
    case "ipcns": return ns("ipc");
    case "netns": return ns("net");
    case "cgroupns": return ns("cgroup");
    case "timens": return ns("time");
    default: return null;
  }
}

/** CLS/POL names by scheduling policy number (SCHED_OTHER, FIFO, RR, BATCH, ISO, IDLE, DEADLINE). */
const POLICY = ["TS", "FF", "RR", "B", "ISO", "IDL", "DLN"];

/** "pid:[4026531836]" → "4026531836"; "-" when unreadable. */
function nsInode(link: string | undefined): string {
  const m = link ? /\[(\d+)\]/.exec(link) : null;
  return m ? m[1]! : "-";
}

/** A name too wide for its column is shown as the number, as procps does. */
function fitName(name: string, id: number): string {
  return name.length > 8 ? String(id) : name;
}
