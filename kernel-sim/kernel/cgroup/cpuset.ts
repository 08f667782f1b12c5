// The cpuset controller (kernel/cgroup/cpuset.c): which CPUs and memory nodes a cgroup's
// tasks may use. "cpuset.cpus.effective: ... If "cpuset.cpus" is empty, the
// "cpuset.cpus.effective" file shows all the CPUs from the parent cgroup that can be
// available to be used by this cgroup" - cgroup-v2.rst, "Cpuset Interface Files".
// The CPU simulator (cpu_bandwidth.ts) caps a cgroup at as many CPUs as it may use.

import type { Cgroup, Css } from "./cgroup.ts";
import type { CfType, Controller } from "./controller.ts";
import { NR_CPUS } from "../fs/proc/sysinfo.ts";
import { EINVAL, ERANGE, Errno } from "../../uapi/errno.ts";

/** Memory nodes of the machine: one (node 0). */
const NR_NODES = 1;

export class CpusetCss implements Css {
  /** cpuset.cpus / cpuset.mems as written (null: empty, inherit the parent's). */
  cpus: number[] | null = null;
  mems: number[] | null = null;
  partition: "member" | "root" | "isolated" = "member";
  constructor(readonly cgroup: Cgroup) {}

  private parentCss(): CpusetCss | null {
    return this.cgroup.parent ? this.cgroup.parent.cssOf<CpusetCss>("cpuset") : null;
  }

  effectiveCpus(): number[] {
    const up = this.parentCss();
    const base = up ? up.effectiveCpus() : range(NR_CPUS);
    if (!this.cpus) return base;
    const own = this.cpus.filter((c) => base.includes(c));
    return own.length ? own : base;
  }

  effectiveMems(): number[] {
    const up = this.parentCss();
    const base = up ? up.effectiveMems() : range(NR_NODES);
    if (!this.mems) return base;
    const own = this.mems.filter((c) => base.includes(c));
    return own.length ? own : base;
  }
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** cpulist_parse(): "0-2,5" -> [0,1,2,5]; past the last CPU or node is `beyond` (cpus: ERANGE, mems: EINVAL), anything else EINVAL. */
function parseList(text: string, limit: number, beyond: number): number[] | null {
  const s = text.trim();
  if (s === "") return null;
  const out = new Set<number>();
  for (const part of s.split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) throw new Errno(EINVAL);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b < a) throw new Errno(EINVAL);
    if (b >= limit) throw new Errno(beyond);
    for (let i = a; i <= b; i++) out.add(i);
  }
  return [...out].sort((x, y) => x - y);
}

/** The kernel's "%*pbl" format: ranges joined by commas. */
export function formatList(list: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < list.length; ) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j]! + 1) j++;
    parts.push(i === j ? `${list[i]}` : `${list[i]}-${list[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}

function cs(cg: Cgroup): CpusetCss {
  return cg.css.get("cpuset") as CpusetCss;
}

const files: CfType[] = [
  {
    name: "cpuset.cpus",
    mode: 0o644,
    where: "notRoot",
    show: (cg) => `${formatList(cs(cg).cpus ?? [])}\n`,
    write(cg, text) {
      // Any CPUs of the machine: the effective set is what the parent allows of them, or all of
      // the parent's when that is empty (cgroup v2 does not ask for a subset).
      cs(cg).cpus = parseList(text, NR_CPUS, ERANGE);
      cg.root.cpu.changed();
    },
  },
  { name: "cpuset.cpus.effective", mode: 0o444, where: "all", show: (cg) => `${formatList(cg.cssOf<CpusetCss>("cpuset").effectiveCpus())}\n` },
  { name: "cpuset.cpus.exclusive", mode: 0o644, where: "notRoot", show: () => "\n", write: () => {} },
  { name: "cpuset.cpus.exclusive.effective", mode: 0o444, where: "notRoot", show: () => "\n" },
  { name: "cpuset.cpus.isolated", mode: 0o444, where: "root", show: () => "\n" },
  {
    name: "cpuset.cpus.partition",
    mode: 0o644,
    where: "notRoot",
    show: (cg) => {
      const p = cs(cg).partition;
      return p === "member" || cs(cg).cpus ? `${p}\n` : `${p} invalid (cpuset.cpus and cpuset.cpus.exclusive are empty)\n`;
    },
    write(cg, text) {
      const s = text.trim();
      if (s !== "member" && s !== "root" && s !== "isolated") throw new Errno(EINVAL);
      cs(cg).partition = s;
    },
  },
  {
    name: "cpuset.mems",
    mode: 0o644,
    where: "notRoot",
    show: (cg) => `${formatList(cs(cg).mems ?? [])}\n`,
    write(cg, text) {
      const list = parseList(text, NR_NODES, EINVAL);
      cs(cg).mems = list;
    },
  },
  { name: "cpuset.mems.effective", mode: 0o444, where: "all", show: (cg) => `${formatList(cg.cssOf<CpusetCss>("cpuset").effectiveMems())}\n` },
];

export const cpusetController: Controller = { name: "cpuset", cssAlloc: (cg) => new CpusetCss(cg), files };
