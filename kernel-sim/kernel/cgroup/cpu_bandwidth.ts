// Simulated CPU time for sys.cpu_burn: the machine's NR_CPUS processors shared among the tasks
// that burn, as a fluid (generalized processor sharing) model of CFS with the cpu controller.
// At every moment each burning task runs at a rate (CPUs, at most 1), found top-down: a
// cgroup's rate is split among its entities (its own tasks at weight 100, and the child
// cgroups that have their own cpu css at their cpu.weight) in proportion to weight, no entity
// getting more than it can use (water-filling). What a cgroup can use is capped by cpu.max
// (quota/period CPUs on average: "The maximum bandwidth limit" - cgroup-v2.rst, "CPU Interface
// Files") and by how many CPUs its cpuset allows. Rates change only when a burn starts or ends
// or a limit is written; the next completion is a clock timer, so a virtual clock jumps to it.
// Throttling is counted per period as CFS would: a group that wants more than its quota runs
// quota/want of each period and is throttled for the rest.
//
// Approximations (deliberate): cpusets are caps, not placements (two groups pinned to the same
// CPU are not made to share it unless they share a parent that has the cpuset); tasks that
// compute in JavaScript (the shell's loops) are charged their real time and are not in the model.

import type { Kernel } from "../kernel.ts";
import type { Task } from "../task/task.ts";
import type { Cgroup } from "./cgroup.ts";
import { WaitQueue } from "../sched/waitqueue.ts";
import { NR_CPUS } from "../fs/proc/sysinfo.ts";

/** One task's burn in progress. */
interface Burn {
  task: Task;
  /** Work left (ns of one CPU). */
  work: { left: number };
  rate: number;
  readonly wq: WaitQueue;
  done: boolean;
}

/** What the model needs from a cpu css (cpu.ts). */
export interface CpuLimits {
  weight: number;
  /** quota/period in CPUs, Infinity for "max". */
  readonly bandwidth: number;
  readonly periodNs: number;
  /** How many CPUs the cgroup's effective cpuset allows. */
  cpus(): number;
  /** Throttling statistics, advanced by the model. */
  periods: number;
  throttledPeriods: number;
  throttledNs: number;
  /** The uncapped rate the group would get, and the rate it gets (CPUs), at the last reshare. */
  want: number;
  got: number;
}

/** An entity in one cgroup's share: a burning task, or a child group with a cpu css. */
type Entity = { kind: "task"; burn: Burn } | { kind: "group"; cg: Cgroup; limits: CpuLimits; members: Entity[] };

export class CpuBandwidth {
  private readonly burns = new Set<Burn>();
  private lastNs: number;
  private cancelTimer: (() => void) | null = null;

  /** The cpu css of a cgroup, or null where the controller is off (set by the root). */
  limits: (cg: Cgroup) => CpuLimits | null = () => null;

  constructor(private readonly kernel: Kernel) {
    this.lastNs = kernel.clock.now();
  }

  /**
   * Burn up to one 4 ms chunk of work.left on t's behalf: resolves when it is done; a signal
   * cuts it short (Interrupted), with the progress kept in work.left.
   */
  burn(t: Task, work: { left: number }, chunkNs: number): Promise<void> | undefined {
    const target = work.left - Math.min(work.left, chunkNs);
    const b: Burn = { task: t, work, rate: 0, wq: new WaitQueue(), done: false };
    this.advance();
    this.burns.add(b);
    this.reshare();
    const p = t.waitEvent(b.wq, () => b.done || work.left <= target);
    if (!p) return this.finish(b), undefined;
    return p.then(
      () => this.finish(b),
      (e: unknown) => {
        this.finish(b);
        throw e;
      },
    );
  }

  /** A limit changed (cpu.max, cpu.weight, cpuset): rates are recomputed from now. */
  changed(): void {
    this.advance();
    this.reshare();
  }

  private finish(b: Burn): void {
    if (!this.burns.has(b)) return;
    this.advance();
    this.burns.delete(b);
    this.reshare();
  }

  /** Bring every burn's progress, the tasks' CPU time and the throttling counters up to now. */
  private advance(): void {
    const now = this.kernel.clock.now();
    const dt = now - this.lastNs;
    this.lastNs = now;
    if (dt <= 0) return;
    for (const b of this.burns) {
      const ns = Math.min(b.work.left, b.rate * dt);
      b.work.left -= ns;
      b.task.utimeNs += ns;
      const cg = b.task.cgroup;
      if (cg) cg.cpuUsageNs += ns;
      if (b.work.left <= 1) {
        b.work.left = 0;
        b.done = true;
      }
    }
    for (const l of this.throttled) {
      const periods = dt / l.periodNs;
      l.periods += periods;
      if (l.want > l.got + 1e-9) {
        l.throttledPeriods += periods;
        l.throttledNs += dt * (1 - l.got / l.want);
      }
    }
  }

  /** Groups with a finite cpu.max and burners below them, at the last reshare. */
  private throttled: CpuLimits[] = [];

  private reshare(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    for (const b of this.burns) if (b.done) b.wq.wakeUp();
    const live = [...this.burns].filter((b) => !b.done);
    if (live.length === 0) {
      this.throttled = [];
      return;
    }
    const root = this.tree(live);
    this.throttled = [];
    this.share(root, NR_CPUS, NR_CPUS);
    let next = Infinity;
    for (const b of live) if (b.rate > 0) next = Math.min(next, b.work.left / b.rate);
    if (next === Infinity) return;
    const deadline = this.kernel.clock.now() + Math.max(1, Math.ceil(next));
    this.cancelTimer = this.kernel.clock.setTimer(deadline, () => {
      this.cancelTimer = null;
      this.advance();
      this.reshare();
    });
  }

  /** Build the entity tree of the burning tasks: each under its nearest cgroup with a cpu css. */
  private tree(live: Burn[]): Entity & { kind: "group" } {
    const groups = new Map<Cgroup, Entity & { kind: "group" }>();
    const groupOf = (cg: Cgroup): Entity & { kind: "group" } => {
      let c: Cgroup = cg;
      while (c.parent && !this.limits(c)) c = c.parent;
      let g = groups.get(c);
      if (g) return g;
      g = { kind: "group", cg: c, limits: this.limits(c) ?? ROOT_LIMITS, members: [] };
      groups.set(c, g);
      if (c.parent) groupOf(c.parent).members.push(g);
      return g;
    };
    for (const b of live) groupOf(b.task.cgroup ?? rootOf(b.task)).members.push({ kind: "task", burn: b });
    let root: Cgroup | null = null;
    for (const cg of groups.keys()) if (!cg.parent) root = cg;
    return root ? groups.get(root)! : groupOf(rootOf(live[0]!.task));
  }

  /** How many CPUs an entity can use at most. */
  private cap(e: Entity): number {
    if (e.kind === "task") return 1;
    let sum = 0;
    for (const m of e.members) sum += this.cap(m);
    return Math.min(sum, e.limits.bandwidth, e.limits.cpus());
  }

  /**
   * Give a group `offered` CPUs and split them among its members. room is what the parent had
   * to share: what the group would have got without its own cpu.max (for the throttling count).
   */
  private share(g: Entity & { kind: "group" }, offered: number, room: number): void {
    const want = Math.min(room, this.uncappedCap(g));
    const rate = Math.min(offered, this.cap(g));
    g.limits.want = want;
    g.limits.got = rate;
    if (g.limits.bandwidth !== Infinity) this.throttled.push(g.limits);
    let left = rate;
    let open = g.members.slice();
    const given = new Map<Entity, number>();
    while (open.length > 0 && left > 1e-12) {
      const total = open.reduce((s, m) => s + weightOf(m), 0);
      const full = open.filter((m) => (left * weightOf(m)) / total >= this.cap(m) - 1e-12);
      if (full.length === 0) {
        for (const m of open) given.set(m, (left * weightOf(m)) / total);
        break;
      }
      for (const m of full) {
        const c = this.cap(m);
        given.set(m, c);
        left -= c;
      }
      open = open.filter((m) => !full.includes(m));
    }
    for (const m of g.members) {
      const r = given.get(m) ?? 0;
      if (m.kind === "task") m.burn.rate = r;
      else this.share(m, r, offered);
    }
  }

  private uncappedCap(e: Entity): number {
    if (e.kind === "task") return 1;
    let sum = 0;
    for (const m of e.members) sum += this.cap(m);
    return Math.min(sum, e.limits.cpus());
  }
}

function weightOf(e: Entity): number {
  return e.kind === "task" ? 100 : e.limits.weight;
}

function rootOf(t: Task): Cgroup {
  // A task not yet in the hierarchy burns at the root (taskCgroup puts it there on first use).
  let c = t.cgroup!;
  while (c.parent) c = c.parent;
  return c;
}

const ROOT_LIMITS: CpuLimits = {
  weight: 100,
  bandwidth: Infinity,
  periodNs: 100e6,
  cpus: () => NR_CPUS,
  periods: 0,
  throttledPeriods: 0,
  throttledNs: 0,
  want: 0,
  got: 0,
};
