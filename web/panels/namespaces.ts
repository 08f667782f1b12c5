// Namespaces as `lsns` lists them: one row per namespace with its type, inode number, the
// number of processes in it, the lowest pid and that process's command.

import type { Snapshot } from "../../worker/inspect_types.ts";
import { h } from "../dom.ts";
import { t } from "../i18n.ts";

export function renderNamespaces(snap: Snapshot): HTMLElement {
  return h(
    "table",
    { class: "grid" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "NS"), h("th", { scope: "col" }, t("panels.type")), h("th", { scope: "col" }, t("panels.nprocs")), h("th", { scope: "col" }, t("panels.pid")), h("th", { scope: "col" }, t("panels.command")))),
    h(
      "tbody",
      {},
      snap.namespaces.map((n) => h("tr", { "data-type": n.type }, h("td", { class: "num" }, String(n.inum)), h("td", {}, n.type), h("td", { class: "num" }, String(n.pids.length)), h("td", { class: "num" }, String(n.pid)), h("td", { class: "cmd" }, n.command))),
    ),
  );
}
