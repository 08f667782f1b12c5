// /proc/PID/status and /proc/PID/stat. Analogous to fs/proc/array.c (proc_pid_status,
// do_task_stat) of Linux 6.1: the same field order, tabs and widths. Memory figures come
// from mm.ts (a base per program image plus what the task charged).

import type { Task } from "../../task/task.ts";
import type { PidNamespace, Pid } from "../../task/pid.ts";
import { NSIG } from "../../../uapi/signal.ts";
import { taskMem } from "./mm.ts";
import { INIT_USER_NS, fromKgid, fromKuid, type UserNamespace } from "../../ns/user.ts";

/** USER_HZ: the unit of times in /proc/PID/stat. */
export const USER_HZ = 100;

const STATE_NAMES: Record<string, string> = {
  R: "R (running)",
  S: "S (sleeping)",
  D: "D (disk sleep)",
  T: "T (stopped)",
  Z: "Z (zombie)",
  X: "X (dead)",
};


/** CAP_LAST_CAP 40: the full set is 0x1ffffffffff. */
const CAP_FULL = "000001ffffffffff";
const CAP_NONE = "0000000000000000";

/** The leaders' pids as seen from ns (0 when not visible). */
function nr(p: Pid | null | undefined, ns: PidNamespace): number {
  return p ? p.nr(ns) : 0;
}

/** getppid() as seen from ns: 0 for a namespace's init or an invisible parent. */
export function ppidIn(t: Task, ns: PidNamespace): number {
  // task_tgid_nr_ns(real_parent, ns): 0 only where the parent is not visible (a namespace's
  // init seen from inside), its real pid when read from an ancestor namespace.
  return t.parent ? t.parent.pid.nr(ns) : 0;
}

function hex16(v: bigint): string {
  return v.toString(16).padStart(16, "0");
}

/** Ignored and caught signal sets from the dispositions. */
function sigSets(t: Task): { ign: bigint; cgt: bigint } {
  let ign = 0n;
  let cgt = 0n;
  for (let s = 1; s < NSIG; s++) {
    const h = t.sighand.action[s]?.handler;
    if (h === "ignore") ign |= 1n << BigInt(s - 1);
    else if (typeof h === "function") cgt |= 1n << BigInt(s - 1);
  }
  return { ign, cgt };
}

const kb = (n: number): string => `${String(n).padStart(8, " ")} kB`;

/** The 32 words of Mems_allowed with CONFIG_NODES_SHIFT=10 (Debian's), node 0 only. */
const MEMS_ALLOWED = Array.from({ length: 32 }, (_, i) => (i === 31 ? "00000001" : "00000000")).join(",");

const NAME_ESCAPES: Record<string, string> = { "\n": "\\n", "\t": "\\t", "\r": "\\r", "\f": "\\f", "\v": "\\v", "\\": "\\\\", "\x07": "\\a", "\x1b": "\\e" };

/** proc_task_name(): Name: escapes white space and specials (ESCAPE_SPACE | ESCAPE_SPECIAL). */
function escapeName(s: string): string {
  return s.replace(/[\n\t\r\f\v\\\x07\x1b]/g, (c) => NAME_ESCAPES[c]!);
}

/**
 * proc_pid_status(). ns is the reader's pid namespace, userNs its user namespace (seq_user_ns:
 * the opener's): ids are shown as from_kuid_munged(userNs, id) makes them, 65534 when unmapped.
 */
export function showStatus(t: Task, ns: PidNamespace, userNs: UserNamespace = INIT_USER_NS): string {
  const c = t.cred;
  const zombie = t.state === "Z" || t.state === "X";
  const level = ns.level;
  const chain = (p: Pid): string => p.numbers.slice(level).join("\t");
  const { ign, cgt } = sigSets(t);
  // Permitted equals effective in this kernel's capability model (cred.capEff).
  const caps = hex16(c.capEff);
  const prm = caps;
  let s = `Name:\t${escapeName(t.comm)}\nUmask:\t${t.fs.umask.toString(8).padStart(4, "0")}\nState:\t${STATE_NAMES[t.state]}\n`;
  s += `Tgid:\t${t.pid.nr(ns)}\nNgid:\t0\nPid:\t${t.pid.nr(ns)}\nPPid:\t${ppidIn(t, ns)}\nTracerPid:\t0\n`;
  const u = (id: number): number => fromKuid(userNs, id);
  const g = (id: number): number => fromKgid(userNs, id);
  s += `Uid:\t${u(c.uid)}\t${u(c.euid)}\t${u(c.suid)}\t${u(c.fsuid)}\nGid:\t${g(c.gid)}\t${g(c.egid)}\t${g(c.sgid)}\t${g(c.fsgid)}\n`;
  s += `FDSize:\t${zombie ? 0 : 64}\nGroups:\t${c.groups.map(g).join(" ")} \n`; // " ": "Trailing space shouldn't have been added in the first place."
  s += `NStgid:\t${chain(t.pid)}\nNSpid:\t${chain(t.pid)}\nNSpgid:\t${chain(t.pgrp)}\nNSsid:\t${chain(t.session)}\n`;
  if (!zombie) {
    const VM = taskMem(t);
    s += `VmPeak:\t${kb(VM.peak)}\nVmSize:\t${kb(VM.size)}\nVmLck:\t${kb(0)}\nVmPin:\t${kb(0)}\nVmHWM:\t${kb(VM.hwm)}\nVmRSS:\t${kb(VM.rss)}\n`;
    s += `RssAnon:\t${kb(VM.anon)}\nRssFile:\t${kb(VM.file)}\nRssShmem:\t${kb(0)}\nVmData:\t${kb(VM.data)}\nVmStk:\t${kb(VM.stk)}\n`;
    s += `VmExe:\t${kb(VM.exe)}\nVmLib:\t${kb(VM.lib)}\nVmPTE:\t${kb(VM.pte)}\nVmSwap:\t${kb(0)}\nHugetlbPages:\t${kb(0)}\n`;
  }
  s += `CoreDumping:\t0\nTHP_enabled:\t1\nThreads:\t1\nSigQ:\t0/7645\n`;
  s += `SigPnd:\t${hex16(0n)}\nShdPnd:\t${hex16(t.pending)}\nSigBlk:\t${hex16(t.blocked)}\nSigIgn:\t${hex16(ign)}\nSigCgt:\t${hex16(cgt)}\n`;
  s += `CapInh:\t${CAP_NONE}\nCapPrm:\t${prm}\nCapEff:\t${caps}\nCapBnd:\t${CAP_FULL}\nCapAmb:\t${CAP_NONE}\n`;
  s += `NoNewPrivs:\t0\nSeccomp:\t0\nSeccomp_filters:\t0\nSpeculation_Store_Bypass:\tthread vulnerable\nSpeculationIndirectBranch:\tconditional enabled\n`;
  s += `Cpus_allowed:\t3\nCpus_allowed_list:\t0-1\nMems_allowed:\t${MEMS_ALLOWED}\nMems_allowed_list:\t0\n`;
  s += `voluntary_ctxt_switches:\t0\nnonvoluntary_ctxt_switches:\t0\n`;
  return s;
}

/** Nanoseconds -> clock ticks. */
const ticks = (ns: number): number => Math.floor(ns / (1e9 / USER_HZ));

/** The controlling terminal as the tty layer keeps it: its device number and foreground group. */
interface CttyView {
  rdev?: number;
  pgrp?: Pid | null;
}

/** do_task_stat(): the 52 fields of /proc/PID/stat. */
export function showStat(t: Task, ns: PidNamespace): string {
  const zombie = t.state === "Z" || t.state === "X";
  const tty = t.ctty as CttyView | null;
  const ttyNr = tty?.rdev ?? 0;
  const tpgid = tty?.pgrp ? tty.pgrp.nr(ns) : -1;
  const { ign, cgt } = sigSets(t);
  const vm = taskMem(t);
  const vsize = vm.size * 1024;
  const rss = Math.floor(vm.rss / 4);
  const code = zombie ? 0 : 94558112432128;
  const f: (number | string | bigint)[] = [
    t.pid.nr(ns), `(${t.comm})`, t.state, ppidIn(t, ns), nr(t.pgrp, ns), nr(t.session, ns), ttyNr, tpgid,
    4194560, 112, 0, 0, 0,
    ticks(t.utimeNs), ticks(t.stimeNs), ticks(t.cutimeNs), ticks(t.cstimeNs),
    20 + t.nice, t.nice, 1, 0, ticks(t.startTime), vsize, rss, "18446744073709551615",
    code ? code : 0, code ? code + 24576 : 0, zombie ? 0 : 140726514437888, 0, 0,
    t.pending & 0x7fffffffn, t.blocked & 0x7fffffffn, ign & 0x7fffffffn, cgt & 0x7fffffffn,
    0, 0, 0, t.exitSignal, 0, 0, 0, 0, 0, 0,
    code ? code + 36864 : 0, code ? code + 38512 : 0, code ? code + 41943040 : 0,
    zombie ? 0 : 140726514445000, zombie ? 0 : 140726514445020, zombie ? 0 : 140726514445020, zombie ? 0 : 140726514446315,
    zombie ? t.exitCode : 0,
  ];
  return f.join(" ") + "\n";
}

/** /proc/PID/cmdline: argv NUL-terminated; empty for a zombie. */
export function showCmdline(t: Task): string {
  if (t.state === "Z" || t.state === "X" || t.cmdline.length === 0) return "";
  return t.cmdline.map((a) => a + "\0").join("");
}

export function showEnviron(t: Task): string {
  if (t.state === "Z" || t.state === "X") return "";
  return t.environ.map((a) => a + "\0").join("");
}
