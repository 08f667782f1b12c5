// Mounts per mount namespace, like findmnt; an overlay mount is drawn as its layer stack:
// the merged view on top, then upperdir, then each lowerdir from the top one down.

import type { MountInfo, Snapshot } from "../../worker/inspect_types.ts";
import { h } from "../dom.ts";
import { t } from "../i18n.ts";

function layers(m: MountInfo): HTMLElement | null {
  if (!m.layers) return null;
  return h(
    "ol",
    { class: "layers", "aria-label": t("panels.layers", { upper: m.layers.upper, lowers: m.layers.lowers.join(":") }) },
    h("li", { class: "merged" }, `merged ${m.target}`),
    h("li", { class: "upper" }, `upper ${m.layers.upper}`),
    m.layers.lowers.map((l, i) => h("li", { class: "lower" }, `lower${i + 1} ${l}`)),
  );
}

export function renderMounts(snap: Snapshot): HTMLElement {
  return h(
    "div",
    {},
    snap.mountNamespaces.map((ns) =>
      h(
        "section",
        { class: "mntns" },
        h("h3", {}, t("panels.mountNs", { inum: ns.inum, pids: ns.pids.slice(0, 8).join(" ") + (ns.pids.length > 8 ? " …" : "") })),
        h(
          "table",
          { class: "grid" },
          h("tbody", {}, ns.mounts.map((m) => h("tr", { "data-fstype": m.fstype }, h("td", { class: "target" }, m.target, layers(m)), h("td", {}, m.fstype), h("td", { class: "muted" }, m.source), h("td", { class: "muted opts" }, (m.readonly ? "ro" : "rw") + (m.options ? "," + m.options : ""))))),
        ),
      ),
    ),
  );
}
