// The core interface files every cgroup has (cgroup_base_files, cgroup_psi_files), with
// their formats and errors as kernel/cgroup/cgroup.c writes them - cgroup-v2.rst, "Core
// Interface Files".

import type { Task } from "../task/task.ts";
import type { Cgroup } from "./cgroup.ts";
import type { CfType } from "./controller.ts";
import { SUBSYS_ORDER } from "./root.ts";
import { procsWrite } from "./attach.ts";
import { THREADED_CONTROLLERS, canBeThreadRoot, hasDomainSubtreeControl, isThreadRoot, isValidDomain } from "./threaded.ts";
import { cgroupFrozen, setFreeze, cgroupKill } from "./freezer.ts";
import { cpuStatLocalText, cpuStatText } from "./cpu.ts";
import { EBUSY, EINVAL, ENOENT, EOPNOTSUPP, ERANGE, Errno } from "../../uapi/errno.ts";

/** The controllers of a set, in ssid order, space-separated (cgroup_print_ss_mask). */
function ssList(cg: Cgroup, names: Set<string>): string {
  const out = cg.root.controllers.filter((c) => names.has(c.name)).map((c) => c.name);
  return out.length ? out.join(" ") + "\n" : "";
}

/** kstrtoint(strstrip(buf), 0, &v): an int, or EINVAL. */
function parseInt0(text: string): number {
  const s = text.trim();
  if (!/^[+-]?\d+$/.test(s)) throw new Errno(EINVAL);
  return Number(s);
}

/** cgroup.procs / cgroup.threads read: the member pids the reader can see, in joining order. */
function showProcs(cg: Cgroup, reader: Task): string {
  let out = "";
  for (const t of cg.tasks) {
    const nr = t.pid.nr(reader.pidNs);
    if (nr > 0) out += `${nr}\n`;
  }
  return out;
}

/** cgroup_subtree_control_write(). */
function subtreeControlWrite(cg: Cgroup, text: string): void {
  const enable = new Set<string>();
  const disable = new Set<string>();
  for (const tok of text.split(/[ \t\n]/)) {
    if (tok === "") continue;
    const name = tok.slice(1);
    if (!cg.root.byName.has(name) || (tok[0] !== "+" && tok[0] !== "-")) throw new Errno(EINVAL);
    if (tok[0] === "+") {
      enable.add(name);
      disable.delete(name);
    } else {
      disable.add(name);
      enable.delete(name);
    }
  }
  for (const c of cg.root.controllers) {
    const n = c.name;
    if (enable.has(n)) {
      if (cg.subtreeControl.has(n)) enable.delete(n);
      else if (!cg.controllers().has(n)) throw new Errno(ENOENT);
    } else if (disable.has(n)) {
      if (!cg.subtreeControl.has(n)) disable.delete(n);
      else for (const child of cg.children.values()) if (child.subtreeControl.has(n)) throw new Errno(EBUSY);
    }
  }
  if (enable.size === 0 && disable.size === 0) return;
  // cgroup_vet_subtree_control_enable(): domain controllers need a domain without processes.
  if (enable.size > 0) {
    if (!isValidDomain(cg.domain)) throw new Errno(EOPNOTSUPP);
    const domainEnable = [...enable].some((n) => !THREADED_CONTROLLERS.has(n));
    if (!cg.isRoot && domainEnable) {
      if (isThreadRoot(cg) || cg.threaded) throw new Errno(EOPNOTSUPP);
      if (cg.tasks.size > 0) throw new Errno(EBUSY);
    }
  }
  for (const c of cg.root.controllers) {
    if (enable.has(c.name)) {
      cg.subtreeControl.add(c.name);
      for (const child of cg.children.values()) child.css.set(c.name, c.cssAlloc(child));
    } else if (disable.has(c.name)) {
      cg.subtreeControl.delete(c.name);
      for (const child of cg.children.values()) {
        const css = child.css.get(c.name);
        child.css.delete(c.name);
        if (css) c.cssFree?.(css);
      }
    }
  }
}

/** cgroup.stat: descendants and live csses per subsystem in the subtree. */
function showStat(cg: Cgroup): string {
  let out = `nr_descendants ${cg.nrDescendants}\n`;
  for (const ss of SUBSYS_ORDER) {
    let n = 0;
    for (const c of cg.descendantsPre()) if (ss === "perf_event" || c.css.has(ss)) n++;
    out += `nr_subsys_${ss} ${n}\n`;
  }
  out += "nr_dying_descendants 0\n";
  for (const ss of SUBSYS_ORDER) out += `nr_dying_subsys_${ss} 0\n`;
  return out;
}

/** cgroup_type_show(). */
function showType(cg: Cgroup): string {
  if (cg.threaded) return "threaded\n";
  if (!isValidDomain(cg)) return "domain invalid\n";
  if (isThreadRoot(cg)) return "domain threaded\n";
  return "domain\n";
}

/** cgroup_type_write() / cgroup_enable_threaded(): only "threaded" may be written, and not undone. */
function typeWrite(cg: Cgroup, text: string): void {
  if (text.trim() !== "threaded") throw new Errno(EINVAL);
  if (cg.threaded) return;
  if (cg.nrPopulated > 0 || hasDomainSubtreeControl(cg)) throw new Errno(EOPNOTSUPP);
  const dom = cg.parent!.domain;
  if (!isValidDomain(dom) || !canBeThreadRoot(dom)) throw new Errno(EOPNOTSUPP);
  cg.threaded = true;
}

function maxFile(name: string, get: (cg: Cgroup) => number, set: (cg: Cgroup, v: number) => void): CfType {
  return {
    name,
    mode: 0o644,
    where: "all",
    show: (cg) => `${get(cg) === Infinity ? "max" : get(cg)}\n`,
    write(cg, text) {
      const s = text.trim();
      if (s === "max") return set(cg, Infinity);
      const v = parseInt0(s);
      if (v < 0) throw new Errno(ERANGE);
      set(cg, v);
    },
  };
}

const PSI = "some avg10=0.00 avg60=0.00 avg300=0.00 total=0\nfull avg10=0.00 avg60=0.00 avg300=0.00 total=0\n";

/** cgroup.<name>.pressure and friends: pressure stall information, always idle here. */
function pressureFile(name: string): CfType {
  return { name, mode: 0o644, where: "all", show: () => PSI, write: () => {} };
}

export const CORE_FILES: readonly CfType[] = [
  { name: "cgroup.controllers", mode: 0o444, where: "all", show: (cg) => ssList(cg, cg.controllers()) },
  {
    name: "cgroup.events",
    mode: 0o444,
    where: "notRoot",
    show: (cg) => `populated ${cg.nrPopulated > 0 ? 1 : 0}\nfrozen ${cgroupFrozen(cg) ? 1 : 0}\n`,
  },
  {
    name: "cgroup.freeze",
    mode: 0o644,
    where: "notRoot",
    show: (cg) => `${cg.selfFreeze ? 1 : 0}\n`,
    write(cg, text) {
      const v = parseInt0(text);
      if (v < 0 || v > 1) throw new Errno(ERANGE);
      setFreeze(cg, v === 1);
    },
  },
  {
    name: "cgroup.kill",
    mode: 0o200,
    where: "notRoot",
    write(cg, text) {
      const v = parseInt0(text);
      if (v !== 1) throw new Errno(ERANGE);
      cgroupKill(cg);
    },
  },
  maxFile("cgroup.max.depth", (cg) => cg.maxDepth, (cg, v) => (cg.maxDepth = v)),
  maxFile("cgroup.max.descendants", (cg) => cg.maxDescendants, (cg, v) => (cg.maxDescendants = v)),
  { name: "cgroup.pressure", mode: 0o644, where: "all", show: () => "1\n", write: () => {} },
  { name: "cgroup.procs", mode: 0o644, where: "all", show: showProcs, write: (cg, text, w) => procsWrite(w, cg, text, false) },
  { name: "cgroup.stat", mode: 0o444, where: "all", show: showStat },
  { name: "cgroup.stat.local", mode: 0o444, where: "notRoot", show: () => "frozen_usec 0\n" },
  { name: "cgroup.subtree_control", mode: 0o644, where: "all", show: (cg) => ssList(cg, cg.subtreeControl), write: subtreeControlWrite },
  { name: "cgroup.threads", mode: 0o644, where: "all", show: showProcs, write: (cg, text, w) => procsWrite(w, cg, text, true) },
  { name: "cgroup.type", mode: 0o644, where: "notRoot", show: showType, write: typeWrite },
  pressureFile("cpu.pressure"),
  { name: "cpu.stat", mode: 0o444, where: "all", show: cpuStatText },
  { name: "cpu.stat.local", mode: 0o444, where: "all", show: cpuStatLocalText },
  pressureFile("io.pressure"),
  pressureFile("memory.pressure"),
];
