// A per-process memory picture for /proc/PID/{status,statm,stat}: what task_mem() and
// task_statm() (fs/proc/task_mmu.c) would report. Nothing is really mapped (DESIGN.md), so
// each program image has a base footprint measured on Debian 12 (`grep Vm /proc/PID/status`
// of the real binary), and what a program charges through mem_charge (stress --vm, the memory
// cgroup's accounting) is anonymous memory on top: it grows VmSize, VmRSS, RssAnon and VmData.

import type { Task } from "../../task/task.ts";
import { taskCharged } from "../../cgroup/memory.ts";

/** The fields of task_mem(), in kB. */
export interface TaskMem {
  peak: number;
  size: number;
  hwm: number;
  rss: number;
  anon: number;
  file: number;
  data: number;
  stk: number;
  exe: number;
  lib: number;
  pte: number;
}

type Base = Omit<TaskMem, "peak" | "hwm" | "rss">;

/** Footprints of the real Debian 12 binaries (kB), by comm; others look like a small coreutil. */
const IMAGES: Record<string, Base> = {
  sleep: { size: 2920, anon: 108, file: 1648, data: 224, stk: 132, exe: 20, lib: 1528, pte: 48 },
  dash: { size: 2592, anon: 108, file: 1580, data: 232, stk: 132, exe: 76, lib: 1528, pte: 48 },
  sh: { size: 2592, anon: 108, file: 1580, data: 232, stk: 132, exe: 76, lib: 1528, pte: 48 },
  bash: { size: 7064, anon: 1724, file: 3064, data: 1696, stk: 132, exe: 772, lib: 1596, pte: 56 },
  awk: { size: 3968, anon: 156, file: 2116, data: 304, stk: 132, exe: 100, lib: 1992, pte: 44 },
  mawk: { size: 3968, anon: 156, file: 2116, data: 304, stk: 132, exe: 100, lib: 1992, pte: 44 },
  top: { size: 9056, anon: 2072, file: 3252, data: 2440, stk: 132, exe: 80, lib: 4132, pte: 56 },
  ps: { size: 9536, anon: 1288, file: 2708, data: 1240, stk: 132, exe: 84, lib: 4132, pte: 56 },
  systemd: { size: 167640, anon: 4152, file: 7944, data: 18752, stk: 132, exe: 56, lib: 10804, pte: 88 },
  init: { size: 2592, anon: 108, file: 1580, data: 232, stk: 132, exe: 76, lib: 1528, pte: 48 },
  stress: { size: 3604, anon: 104, file: 1168, data: 308, stk: 132, exe: 12, lib: 1532, pte: 44 },
  dockerd: { size: 1721544, anon: 30212, file: 41036, data: 190880, stk: 132, exe: 38748, lib: 2964, pte: 240 },
};
const DEFAULT: Base = { size: 2952, anon: 120, file: 1700, data: 224, stk: 132, exe: 44, lib: 1528, pte: 44 };

/** The high-water marks seen so far (Linux keeps hiwater_vm/hiwater_rss in the mm; we note them when read). */
const peaks = new WeakMap<Task, { vm: number; rss: number }>();

/** task_mem() of t; zero for a zombie (its mm is gone). */
export function taskMem(t: Task): TaskMem {
  if (t.state === "Z" || t.state === "X") return { peak: 0, size: 0, hwm: 0, rss: 0, anon: 0, file: 0, data: 0, stk: 0, exe: 0, lib: 0, pte: 0 };
  const b = IMAGES[t.comm] ?? DEFAULT;
  // Charged bytes, rounded up to whole pages.
  const extra = Math.ceil(taskCharged(t) / 4096) * 4;
  const size = b.size + extra;
  const anon = b.anon + extra;
  const rss = anon + b.file;
  let p = peaks.get(t);
  if (!p) peaks.set(t, (p = { vm: size, rss }));
  p.vm = Math.max(p.vm, size);
  p.rss = Math.max(p.rss, rss);
  return { ...b, size, anon, rss, data: b.data + extra, peak: p.vm, hwm: p.rss };
}

/** task_statm(): size resident shared text lib data dt, in pages. */
export function showStatm(t: Task): string {
  const m = taskMem(t);
  const pages = (kb: number): number => Math.floor(kb / 4);
  return `${pages(m.size)} ${pages(m.rss)} ${pages(m.file)} ${pages(m.exe)} 0 ${pages(m.data + m.stk)} 0\n`;
}
