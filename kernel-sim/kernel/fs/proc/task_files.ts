// Small per-process files of /proc/PID: limits (proc_pid_limits), oom_score_adj
// (oom_score_adj_write) and a minimal maps. Analogous to parts of fs/proc/base.c.

import type { Task } from "../../task/task.ts";
import { CAP_SYS_RESOURCE } from "../../cred/cred.ts";
import { EACCES, EINVAL, Errno } from "../../../uapi/errno.ts";

/** proc_pid_limits' rows: name, units, in RLIMIT_* order (fs/proc/base.c lnames[]). */
const LIMITS: Array<[string, string]> = [
  ["Max cpu time", "seconds"],
  ["Max file size", "bytes"],
  ["Max data size", "bytes"],
  ["Max stack size", "bytes"],
  ["Max core file size", "bytes"],
  ["Max resident set", "bytes"],
  ["Max processes", "processes"],
  ["Max open files", "files"],
  ["Max locked memory", "bytes"],
  ["Max address space", "bytes"],
  ["Max file locks", "locks"],
  ["Max pending signals", "signals"],
  ["Max msgqueue size", "bytes"],
  ["Max nice priority", ""],
  ["Max realtime priority", ""],
  ["Max realtime timeout", "us"],
];

/** proc_pid_limits(): the task's soft and hard limits (task/rlimit.ts). */
export function showLimits(t: Task): string {
  const v = (n: number) => (n === Infinity ? "unlimited" : String(n));
  let s = `${"Limit".padEnd(26)}${"Soft Limit".padEnd(21)}${"Hard Limit".padEnd(21)}${"Units".padEnd(10)}\n`;
  LIMITS.forEach(([name, unit], i) => {
    const l = t.rlim[i]!;
    s += `${name.padEnd(26)}${v(l.cur).padEnd(21)}${v(l.max).padEnd(21)}${unit.padEnd(10)}\n`;
  });
  return s;
}

/** oom_score_adj per task (-1000..1000), as written; see oomScoreAdjOf for inheritance. */
const written = new WeakMap<Task, number>();

/**
 * A task's oom_score_adj: its own, else its parent's (fork copies signal->oom_score_adj; this
 * kernel has no hook there, so a child reads through its ancestors until it writes its own).
 */
export function oomScoreAdjOf(t: Task): number {
  for (let x: Task | null = t; x; x = x.parent) {
    const v = written.get(x);
    if (v !== undefined) return v;
  }
  return 0;
}

/** oom_score_adj_write(): an integer in [-1000, 1000]; lowering it needs CAP_SYS_RESOURCE. */
export function setOomScoreAdj(writer: Task, t: Task, text: string): void {
  const v = text.trim();
  if (!/^-?\d+$/.test(v)) throw new Errno(EINVAL);
  const n = Number(v);
  if (n < -1000 || n > 1000) throw new Errno(EINVAL);
  if (n < oomScoreAdjOf(t) && !writer.cred.capable(CAP_SYS_RESOURCE)) throw new Errno(EACCES);
  written.set(t, n);
}

/**
 * A minimal /proc/PID/maps: the program's text as one mapping, a heap, a stack, vdso. Addresses
 * are fixed (there is no address space); the format is show_map_vma's.
 */
export function showMaps(t: Task): string {
  if (t.state === "Z" || t.state === "X") return "";
  const exe = t.exe ?? "";
  const line = (range: string, perms: string, off: string, dev: string, ino: number, name: string): string => {
    const head = `${range} ${perms} ${off} ${dev} ${ino}`;
    return name ? `${head.padEnd(73)}${name}\n` : `${head}\n`;
  };
  return (
    line("55d0c3a00000-55d0c3a02000", "r--p", "00000000", "00:00", 0, exe) +
    line("55d0c3a02000-55d0c3a07000", "r-xp", "00002000", "00:00", 0, exe) +
    line("55d0c4b1e000-55d0c4b3f000", "rw-p", "00000000", "00:00", 0, "[heap]") +
    line("7ffd5e1f0000-7ffd5e211000", "rw-p", "00000000", "00:00", 0, "[stack]") +
    line("7ffd5e3b4000-7ffd5e3b6000", "r-xp", "00000000", "00:00", 0, "[vdso]")
  );
}

/**
 * proc_pid_wchan(): the kernel function a sleeping task waits in, "0" when it runs. This kernel
 * does not record where a task blocks, so the name is inferred from what it is likely doing:
 * sleep(1) in hrtimer_nanosleep, a parent with live children in do_wait, else a poll.
 */
export function showWchan(t: Task): string {
  if (t.state !== "S" && t.state !== "D") return "0";
  if (t.comm === "sleep") return "hrtimer_nanosleep";
  for (const c of t.children) if (c.state !== "Z" && c.state !== "X") return "do_wait";
  return "do_sys_poll";
}
