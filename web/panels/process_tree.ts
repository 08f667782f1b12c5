// Processes as a tree (like `ps --forest`), each coloured by its namespace set, with its pid
// as the host sees it and, inside a new pid namespace, the pid it has there. A row is a button:
// Enter or a click shows the essentials of /proc/PID/status.

import type { ProcessInfo, Snapshot } from "../../worker/inspect_types.ts";
import { h } from "../dom.ts";
import { t } from "../i18n.ts";
import { nsColour } from "./ns_colour.ts";

/**
 * Rows drawn at most: a machine with thousands of processes (a pids.max experiment, a fork
 * bomb) would otherwise rebuild thousands of buttons on every refresh and stall the page.
 */
export const MAX_ROWS = 500;

export function renderProcessTree(snap: Snapshot, selected: number | null, onSelect: (pid: number) => void): HTMLElement {
  const byParent = new Map<number, ProcessInfo[]>();
  const pids = new Set(snap.processes.map((p) => p.pid));
  for (const p of snap.processes) {
    const parent = pids.has(p.ppid) ? p.ppid : 0;
    const list = byParent.get(parent) ?? [];
    list.push(p);
    byParent.set(parent, list);
  }
  const hostKey = snap.processes.find((p) => p.pid === 1)?.nsKey ?? "";
  const list = h("ul", { class: "tree", role: "tree", "aria-label": t("panels.processes") });
  let rows = 0;
  const add = (p: ProcessInfo, depth: number): void => {
    if (rows++ >= MAX_ROWS) return;
    const inNs = p.nspid.length > 1 ? p.nspid[p.nspid.length - 1]! : null;
    const colour = nsColour(p.nsKey, hostKey);
    const row = h(
      "button",
      {
        type: "button",
        class: "proc" + (p.pid === selected ? " selected" : ""),
        role: "treeitem",
        "aria-level": depth + 1,
        "data-pid": p.pid,
        "data-ns": p.nsKey === hostKey ? "host" : "other",
        style: `--indent:${depth}; --ns:${colour}`,
        title: `${t("panels.nsSet")}: ${p.nsKey}`,
      },
      h("span", { class: "dot", "aria-hidden": "true" }),
      h("span", { class: "pid" }, String(p.pid)),
      inNs !== null ? h("span", { class: "nspid", title: t("panels.pidInNs", { pid: inNs }) }, `(${inNs})`) : null,
      h("span", { class: "state" }, p.state),
      h("span", { class: "cmd" }, p.cmdline || p.comm),
    );
    row.addEventListener("click", () => onSelect(p.pid));
    list.append(h("li", {}, row));
    for (const c of byParent.get(p.pid) ?? []) add(c, depth + 1);
  };
  for (const root of byParent.get(0) ?? []) add(root, 0);
  const more = snap.processes.length - Math.min(rows, MAX_ROWS);
  return h("div", {}, h("p", { class: "legend muted" }, t("panels.legend")), list, more > 0 ? h("p", { class: "muted more" }, t("panels.more", { n: more })) : null);
}

/** The lines of /proc/PID/status a learner looks at first. */
const ESSENTIAL = /^(Name|State|Tgid|Pid|PPid|Uid|Gid|Groups|NStgid|NSpid|NSpgid|NSsid|VmRSS|Threads|SigBlk|SigIgn|SigCgt|CapEff|Seccomp|Cpus_allowed_list):/;

export function renderStatus(pid: number, status: string | null): HTMLElement {
  if (status === null) return h("p", { class: "muted" }, t("panels.statusGone", { pid }));
  const lines = status.split("\n").filter((l) => ESSENTIAL.test(l));
  return h("figure", { class: "status-box" }, h("figcaption", {}, t("panels.status", { pid })), h("pre", {}, lines.join("\n")));
}
