// The cgroup v2 tree with each group's memory, CPU and pids use drawn against its limits.

import type { CgroupInfo, Snapshot } from "../../worker/inspect_types.ts";
import { h } from "../dom.ts";
import { t } from "../i18n.ts";

function human(n: number): string {
  const u = ["B", "K", "M", "G", "T"];
  let i = 0;
  while (n >= 1024 && i < u.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)}${u[i]}`;
}

function bar(label: string, used: number, max: number | null, show: (n: number) => string): HTMLElement {
  const frac = max === null || max === 0 ? 0 : Math.min(1, used / max);
  const text = `${label} ${show(used)} / ${max === null ? t("panels.unlimited") : show(max)}`;
  return h("div", { class: "meter", role: "meter", "aria-label": text, "aria-valuenow": used, "aria-valuemin": 0, "aria-valuemax": max ?? used }, h("span", { class: "fill" + (frac > 0.9 ? " hot" : ""), style: `width:${(frac * 100).toFixed(1)}%` }), h("span", { class: "label" }, text));
}

/** CPU use between two snapshots, as a fraction of one CPU (usage_usec delta over wall time). */
type CpuRate = (c: CgroupInfo) => number;

function group(c: CgroupInfo, depth: number, rate: CpuRate): HTMLElement[] {
  const rows: HTMLElement[] = [
    h(
      "li",
      { style: `--indent:${depth}` },
      h("div", { class: "cg-name" }, c.path, h("span", { class: "muted" }, ` · ${c.procs.length} ${t("panels.nprocs")}`)),
      c.memory ? bar("memory", c.memory.current, c.memory.max, human) : null,
      c.cpu ? bar("cpu", rate(c), c.cpu.maxFraction ?? 1, (n) => `${n.toFixed(2)} CPU`) : null,
      c.pids ? bar("pids", c.pids.current, c.pids.max, String) : null,
    ),
  ];
  for (const k of c.children) rows.push(...group(k, depth + 1, rate));
  return rows;
}

function usageByPath(c: CgroupInfo | null, out = new Map<string, number>()): Map<string, number> {
  if (!c) return out;
  if (c.cpu) out.set(c.path, c.cpu.usageUsec);
  for (const k of c.children) usageByPath(k, out);
  return out;
}

export function renderCgroups(snap: Snapshot, prev: Snapshot | null): HTMLElement {
  if (!snap.cgroups) return h("p", { class: "muted" }, t("panels.noCgroups"));
  const before = usageByPath(prev?.cgroups ?? null);
  const dtUsec = prev ? (snap.at - prev.at) * 1000 : 0;
  const rate: CpuRate = (c) => {
    const b = before.get(c.path);
    return b === undefined || dtUsec <= 0 || !c.cpu ? 0 : Math.max(0, (c.cpu.usageUsec - b) / dtUsec);
  };
  return h("ul", { class: "cgroups" }, group(snap.cgroups, 0, rate));
}
