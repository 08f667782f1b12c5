// The cpu controller (kernel/sched/core.c's cpu_files): cpu.weight and cpu.weight.nice for
// proportional shares, cpu.max for bandwidth, cpu.stat for accounting - cgroup-v2.rst, "CPU".
// The shares and limits act on the simulated CPU time of sys.cpu_burn (cpu_bandwidth.ts).

import type { Cgroup, Css } from "./cgroup.ts";
import type { CfType, Controller } from "./controller.ts";
import type { CpuLimits } from "./cpu_bandwidth.ts";
import type { CpusetCss } from "./cpuset.ts";
import { EINVAL, ERANGE, Errno } from "../../uapi/errno.ts";

/** sched_prio_to_weight[]: nice -20..19 as CFS load weights. */
const PRIO_TO_WEIGHT = [
  88761, 71755, 56483, 46273, 36291, 29154, 23254, 18705, 14949, 11916, 9548, 7620, 6100, 4904, 3906, 3121, 2501, 1991, 1586, 1277, 1024, 820, 655, 526, 423, 335, 272,
  215, 172, 137, 110, 87, 70, 56, 45, 36, 29, 23, 18, 15,
];

export class CpuCss implements Css, CpuLimits {
  /** cpu.weight, 1..10000 (default 100). */
  weight = 100;
  /** cpu.max quota and period in µs (quota Infinity = "max"). */
  quotaUs = Infinity;
  periodUs = 100000;
  burstUs = 0;
  idle = 0;
  periods = 0;
  throttledPeriods = 0;
  throttledNs = 0;
  want = 0;
  got = 0;
  constructor(readonly cgroup: Cgroup) {}
  get bandwidth(): number {
    return this.quotaUs / this.periodUs;
  }
  get periodNs(): number {
    return this.periodUs * 1000;
  }
  cpus(): number {
    return this.cgroup.cssOf<CpusetCss>("cpuset").effectiveCpus().length;
  }
}

function cpu(cg: Cgroup): CpuCss {
  return cg.css.get("cpu") as CpuCss;
}

function changed(cg: Cgroup): void {
  cg.root.cpu.changed();
}

/** Usage of the whole subtree in ns (cgroup_base_stat_cputime_show sums the rstat tree). */
export function cpuUsageNs(cg: Cgroup): number {
  let n = 0;
  for (const c of cg.descendantsPre()) n += c.cpuUsageNs;
  return n;
}

/**
 * cpu.stat, a core file of every cgroup (cgroup_base_stat_cputime_show); the cpu controller
 * adds its bandwidth lines (cpu_extra_stat_show) where it is enabled.
 */
export function cpuStatText(cg: Cgroup): string {
  const us = Math.floor(cpuUsageNs(cg) / 1000);
  let out = `usage_usec ${us}\nuser_usec ${us}\nsystem_usec 0\nnice_usec 0\n`;
  const c = cg.css.get("cpu") as CpuCss | undefined;
  if (!c) return out;
  out += `nr_periods ${Math.floor(c.periods)}\nnr_throttled ${Math.floor(c.throttledPeriods)}\nthrottled_usec ${Math.floor(c.throttledNs / 1000)}\nnr_bursts 0\nburst_usec 0\n`;
  return out;
}

/** cpu.stat.local: the cpu controller's own throttled time, empty without it. */
export function cpuStatLocalText(cg: Cgroup): string {
  const c = cg.css.get("cpu") as CpuCss | undefined;
  return c ? `throttled_usec ${Math.floor(c.throttledNs / 1000)}\n` : "";
}

function intArg(text: string): number {
  const s = text.trim();
  if (!/^[+-]?\d+$/.test(s)) throw new Errno(EINVAL);
  return Number(s);
}

/** cpu_period_quota_parse() + tg_set_bandwidth()'s range checks (1 ms .. 1 s periods, quota >= 1 ms). */
function cpuMaxWrite(cg: Cgroup, text: string): void {
  const c = cpu(cg);
  const toks = text.trim().split(/\s+/).filter((t) => t !== "");
  if (toks.length === 0) throw new Errno(EINVAL);
  let quota: number;
  if (/^\d+$/.test(toks[0]!)) quota = Number(toks[0]);
  else if (toks[0] === "max") quota = Infinity;
  else throw new Errno(EINVAL);
  let period = c.periodUs;
  if (toks[1] !== undefined && /^\d+$/.test(toks[1])) period = Number(toks[1]);
  if (period < 1000 || period > 1000000) throw new Errno(EINVAL);
  if (quota !== Infinity && quota < 1000) throw new Errno(EINVAL);
  c.quotaUs = quota;
  c.periodUs = period;
  changed(cg);
}

function niceOf(weight: number): number {
  const shares = Math.round((weight * 1024) / 100);
  let last = Infinity;
  let prio = 0;
  for (; prio < PRIO_TO_WEIGHT.length; prio++) {
    const d = Math.abs(PRIO_TO_WEIGHT[prio]! - shares);
    if (d >= last) break;
    last = d;
  }
  return prio - 1 - 20;
}

const files: CfType[] = [
  {
    name: "cpu.weight",
    mode: 0o644,
    where: "notRoot",
    show: (cg) => `${cpu(cg).weight}\n`,
    write(cg, text) {
      // cpu_weight_write_u64(): a u64 ("-1" does not parse: EINVAL), then the range (ERANGE).
      const s = text.trim();
      if (!/^\+?\d+$/.test(s)) throw new Errno(EINVAL);
      const v = Number(s);
      if (v < 1 || v > 10000) throw new Errno(ERANGE);
      cpu(cg).weight = v;
      changed(cg);
    },
  },
  {
    name: "cpu.weight.nice",
    mode: 0o644,
    where: "notRoot",
    show: (cg) => `${niceOf(cpu(cg).weight)}\n`,
    write(cg, text) {
      const v = intArg(text);
      if (v < -20 || v > 19) throw new Errno(ERANGE);
      cpu(cg).weight = Math.min(10000, Math.max(1, Math.round((PRIO_TO_WEIGHT[v + 20]! * 100) / 1024)));
      changed(cg);
    },
  },
  {
    name: "cpu.idle",
    mode: 0o644,
    where: "notRoot",
    show: (cg) => `${cpu(cg).idle}\n`,
    write(cg, text) {
      const v = intArg(text);
      if (v !== 0 && v !== 1) throw new Errno(EINVAL);
      cpu(cg).idle = v;
    },
  },
  {
    name: "cpu.max",
    mode: 0o644,
    where: "notRoot",
    show: (cg) => `${cpu(cg).quotaUs === Infinity ? "max" : cpu(cg).quotaUs} ${cpu(cg).periodUs}\n`,
    write: cpuMaxWrite,
  },
  {
    name: "cpu.max.burst",
    mode: 0o644,
    where: "notRoot",
    show: (cg) => `${cpu(cg).burstUs}\n`,
    write(cg, text) {
      const v = intArg(text);
      if (v < 0) throw new Errno(EINVAL);
      cpu(cg).burstUs = v;
    },
  },
  { name: "cpu.uclamp.min", mode: 0o644, where: "notRoot", show: () => "0.00\n", write: () => {} },
  { name: "cpu.uclamp.max", mode: 0o644, where: "notRoot", show: () => "max\n", write: () => {} },
];

export const cpuController: Controller = {
  name: "cpu",
  cssAlloc: (cg) => new CpuCss(cg),
  cssFree: (css) => css.cgroup.root.cpu.changed(),
  attach: (_t, _src, dst) => dst.root.cpu.changed(),
  files,
};
