// The memory controller (mm/memcontrol.c), fed by simulated allocations: a program charges
// bytes with the mem_charge syscall (syscalls.ts) and gives them back with mem_uncharge or by
// exiting. Charges count in the task's memcg and every ancestor (page_counter); a charge that
// would take one over memory.max triggers the cgroup OOM killer (oom.ts); over memory.high it
// is throttled. "memory.max: ... If a cgroup's memory usage reaches this limit and can't be
// reduced, the OOM killer is invoked in the cgroup" - cgroup-v2.rst, "Memory Interface Files".
// Nothing is reclaimable here (anonymous memory, no swap device), so reclaim never helps.

import type { Task } from "../task/task.ts";
import type { Cgroup, Css } from "./cgroup.ts";
import type { CfType, Controller } from "./controller.ts";
import { parseMemory } from "./controller.ts";
import { EAGAIN, EINVAL, Errno } from "../../uapi/errno.ts";
import { memcgOutOfMemory } from "./oom.ts";

export const PAGE_SIZE = 4096;

/** memory.events fields, in the file's order. */
export const MEMCG_EVENTS = ["low", "high", "max", "oom", "oom_kill", "oom_group_kill"] as const;
export type MemcgEvent = (typeof MEMCG_EVENTS)[number];

export class MemCss implements Css {
  /** Bytes charged to this subtree (page_counter usage): memory.current. */
  usage = 0;
  peak = 0;
  max = Infinity;
  high = Infinity;
  low = 0;
  min = 0;
  swapMax = Infinity;
  swapHigh = Infinity;
  oomGroup = false;
  /** Charges that hit max (page_counter failcnt), for the OOM report. */
  failcnt = 0;
  readonly events = new Map<MemcgEvent, number>(MEMCG_EVENTS.map((e) => [e, 0]));
  readonly eventsLocal = new Map<MemcgEvent, number>(MEMCG_EVENTS.map((e) => [e, 0]));
  /** The nearest ancestor's memcg (parent_mem_cgroup); charges propagate along it. Immutable. */
  readonly parent: MemCss | null;
  constructor(readonly cgroup: Cgroup) {
    this.parent = cgroup.parent ? cgroup.parent.cssOf<MemCss>("memory") : null;
  }
  get isRoot(): boolean {
    return this.parent === null;
  }
}

/** Per task: bytes it has charged, by the memcg it charged them to (charges do not move with it). */
const charges = new WeakMap<Task, Map<MemCss, number>>();

/** Bytes charged by t (its simulated RSS), all memcgs together. */
export function taskCharged(t: Task): number {
  let n = 0;
  for (const b of charges.get(t)?.values() ?? []) n += b;
  return n;
}

/** memcg_memory_event(): counted locally, and in memory.events up to (not including) the root. */
export function memcgEvent(m: MemCss, e: MemcgEvent): void {
  m.eventsLocal.set(e, m.eventsLocal.get(e)! + 1);
  for (let p: MemCss | null = m; p && !p.isRoot; p = p.parent) p.events.set(e, p.events.get(e)! + 1);
}

/** The first memcg from m up that cannot take bytes more (the mem_over_limit), or null. */
export function overLimit(m: MemCss, bytes: number): MemCss | null {
  for (let p: MemCss | null = m; p; p = p.parent) if (p.usage + bytes > p.max) return p;
  return null;
}

/** Commit a charge of bytes by t to m and its ancestors (page_counter_try_charge succeeded). */
export function commitCharge(t: Task, m: MemCss, bytes: number): void {
  for (let p: MemCss | null = m; p; p = p.parent) {
    p.usage += bytes;
    if (p.usage > p.peak) p.peak = p.usage;
  }
  let own = charges.get(t);
  if (!own) charges.set(t, (own = new Map()));
  own.set(m, (own.get(m) ?? 0) + bytes);
}

/** Give back up to bytes of t's charges (newest memcg first); all of them without a count. */
export function uncharge(t: Task, bytes = Infinity): void {
  const own = charges.get(t);
  if (!own) return;
  const list = [...own].reverse();
  for (const [m, b] of list) {
    if (bytes <= 0) break;
    const n = Math.min(b, bytes);
    for (let p: MemCss | null = m; p; p = p.parent) p.usage -= n;
    bytes -= n;
    if (n === b) own.delete(m);
    else own.set(m, b - n);
  }
  if (own.size === 0) charges.delete(t);
}

/** memory.high crossed somewhere from m up: count it, and say whether to throttle. */
export function checkHigh(m: MemCss): boolean {
  let over = false;
  for (let p: MemCss | null = m; p; p = p.parent) {
    if (p.usage > p.high) {
      memcgEvent(p, "high");
      over = true;
    }
  }
  return over;
}

function mem(cg: Cgroup): MemCss {
  return cg.css.get("memory") as MemCss;
}

/** A limit file: memparse, "max", rounded down to pages (page_counter_memparse). */
function limitFile(name: string, get: (m: MemCss) => number, set: (m: MemCss, v: number) => void): CfType {
  return {
    name,
    mode: 0o644,
    where: "notRoot",
    show: (cg) => {
      const v = get(mem(cg));
      return `${v === Infinity ? "max" : v}\n`;
    },
    write(cg, text) {
      const v = parseMemory(text);
      if (v === undefined) throw new Errno(EINVAL);
      set(mem(cg), v === Infinity ? v : Math.floor(v / PAGE_SIZE) * PAGE_SIZE);
    },
  };
}

/** memory.stat keys in memory_stat_format()'s order (6.18); only anon and its LRU carry our charges. */
const STAT_KEYS = (
  "anon file kernel kernel_stack pagetables sec_pagetables percpu sock vmalloc shmem zswap zswapped file_mapped file_dirty file_writeback " +
  "swapcached anon_thp file_thp shmem_thp inactive_anon active_anon inactive_file active_file unevictable slab_reclaimable slab_unreclaimable slab " +
  "workingset_refault_anon workingset_refault_file workingset_activate_anon workingset_activate_file workingset_restore_anon workingset_restore_file " +
  "workingset_nodereclaim pgdemote_kswapd pgdemote_direct pgdemote_khugepaged pgdemote_proactive pgpromote_success pgscan pgsteal pswpin pswpout " +
  "pgscan_kswapd pgscan_direct pgscan_khugepaged pgscan_proactive pgsteal_kswapd pgsteal_direct pgsteal_khugepaged pgsteal_proactive pgfault " +
  "pgmajfault pgrefill pgactivate pgdeactivate pglazyfree pglazyfreed swpin_zero swpout_zero zswpin zswpout zswpwb thp_fault_alloc " +
  "thp_collapse_alloc thp_swpout thp_swpout_fallback numa_pages_migrated numa_pte_updates numa_hint_faults"
).split(" ");

/** memory_stat_format(): the memory.stat lines (also printed in the OOM report). */
export function memoryStat(m: MemCss): string[] {
  const usage = m.usage;
  return STAT_KEYS.map((k) => `${k} ${k === "anon" || k === "active_anon" ? usage : k === "pgfault" ? Math.floor(usage / PAGE_SIZE) : 0}`);
}

function eventsText(map: Map<MemcgEvent, number>): string {
  return MEMCG_EVENTS.map((e) => `${e} ${map.get(e)}\n`).join("");
}

export const memoryController: Controller = {
  name: "memory",
  cssAlloc: (cg) => new MemCss(cg),
  exit(t) {
    // The address space goes at exit (exit_mm), before the zombie is reaped.
    uncharge(t);
  },
  files: [
    { name: "memory.current", mode: 0o444, where: "notRoot", show: (cg) => `${mem(cg).usage}\n` },
    {
      name: "memory.peak",
      mode: 0o644,
      where: "notRoot",
      show: (cg) => `${mem(cg).peak}\n`,
      // Any write resets the peak to the current usage (6.12+ does it per open file; we do it for all).
      write(cg) {
        mem(cg).peak = mem(cg).usage;
      },
    },
    limitFile("memory.min", (m) => m.min, (m, v) => (m.min = v)),
    limitFile("memory.low", (m) => m.low, (m, v) => (m.low = v)),
    limitFile("memory.high", (m) => m.high, (m, v) => (m.high = v)),
    {
      ...limitFile("memory.max", (m) => m.max, (m, v) => (m.max = v)),
      // memory_max_write(): usage above the new limit cannot be reclaimed here, so the OOM
      // killer runs (in the writer's name) until it fits or nobody is left.
      write(cg, text, writer) {
        const v = parseMemory(text);
        if (v === undefined) throw new Errno(EINVAL);
        const m = mem(cg);
        m.max = v === Infinity ? v : Math.floor(v / PAGE_SIZE) * PAGE_SIZE;
        while (m.usage > m.max) {
          memcgEvent(m, "max");
          if (!memcgOutOfMemory(writer, m)) break;
        }
      },
    },
    { name: "memory.events", mode: 0o444, where: "notRoot", show: (cg) => eventsText(mem(cg).events) },
    { name: "memory.events.local", mode: 0o444, where: "notRoot", show: (cg) => eventsText(mem(cg).eventsLocal) },
    { name: "memory.stat", mode: 0o444, where: "all", show: (cg) => memoryStat(mem(cg)).join("\n") + "\n" },
    {
      name: "memory.oom.group",
      mode: 0o644,
      where: "notRoot",
      show: (cg) => `${mem(cg).oomGroup ? 1 : 0}\n`,
      write(cg, text) {
        const s = text.trim();
        if (!/^-?\d+$/.test(s)) throw new Errno(EINVAL);
        const v = Number(s);
        if (v !== 0 && v !== 1) throw new Errno(EINVAL);
        mem(cg).oomGroup = v === 1;
      },
    },
    { name: "memory.numa_stat", mode: 0o444, where: "all", show: (cg) => `anon N0=${mem(cg).usage}\nfile N0=0\nkernel_stack N0=0\nshmem N0=0\n` },
    // Nothing is reclaimable here: a write succeeds without effect once there is nothing to take.
    {
      name: "memory.reclaim",
      mode: 0o200,
      where: "all",
      // user_proactive_reclaim(): a byte count (memparse; "" or "max" is EINVAL). What is charged
      // here is anonymous memory with no swap, so nothing can be reclaimed: any amount is EAGAIN.
      write(_cg, text) {
        const s = text.trim();
        const v = s === "" || s === "max" ? undefined : parseMemory(s.split(" ")[0]!);
        if (v === undefined) throw new Errno(EINVAL);
        if (v >= PAGE_SIZE) throw new Errno(EAGAIN);
      },
    },
    { name: "memory.zswap.current", mode: 0o444, where: "notRoot", show: () => "0\n" },
    { name: "memory.zswap.max", mode: 0o644, where: "notRoot", show: () => "max\n", write: () => {} },
    { name: "memory.zswap.writeback", mode: 0o644, where: "all", show: () => "1\n", write: () => {} },
    { name: "memory.swap.current", mode: 0o444, where: "notRoot", show: () => "0\n" },
    { name: "memory.swap.peak", mode: 0o644, where: "notRoot", show: () => "0\n", write() {} },
    limitFile("memory.swap.high", (m) => m.swapHigh, (m, v) => (m.swapHigh = v)),
    limitFile("memory.swap.max", (m) => m.swapMax, (m, v) => (m.swapMax = v)),
    { name: "memory.swap.events", mode: 0o444, where: "notRoot", show: () => "high 0\nmax 0\nfail 0\n" },
  ],
};
