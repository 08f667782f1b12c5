// The panels beside the terminal: processes, namespaces, cgroups, mounts, drawn from
// HostService.inspect(). Refreshed shortly after terminal output (so `unshare` or `mount` shows
// at once) and every few seconds otherwise, never more than once per REFRESH_MS, and not at all
// while the page is hidden or the panels are closed.

import type { Remote } from "comlink";
import type { HostApi, Snapshot } from "../../worker/host_api.ts";
import { h } from "../dom.ts";
import { t, type MessageKey } from "../i18n.ts";
import { renderProcessTree, renderStatus } from "./process_tree.ts";
import { renderNamespaces } from "./namespaces.ts";
import { renderCgroups } from "./cgroups.ts";
import { renderMounts } from "./mounts.ts";

const REFRESH_MS = 300;
/** A refresh may take at most this share of the time: a slow one (thousands of processes) waits longer for the next. */
const MAX_SHARE = 0.1;
const IDLE_MS = 3000;
const VIEWS = ["processes", "namespaces", "cgroups", "mounts"] as const;
type View = (typeof VIEWS)[number];

export class Panels {
  private view: View = "processes";
  private snap: Snapshot | null = null;
  private prev: Snapshot | null = null;
  private selected: number | null = null;
  private status: HTMLElement | null = null;
  private pending = false;
  /** A refresh was asked for while one ran: run once more after it. */
  private again = false;
  private lastRun = 0;
  /** How long the last refresh took (inspect + draw), ms. */
  private cost = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;
  private readonly tabList: HTMLElement;
  private readonly body: HTMLElement;
  visible = true;

  constructor(
    private readonly api: Remote<HostApi>,
    private readonly root: HTMLElement,
  ) {
    this.tabList = h("div", { class: "panel-tabs", role: "tablist" });
    this.body = h("div", { class: "panel-body", role: "tabpanel", tabindex: 0, id: "panel-body" });
    root.append(this.tabList, this.body);
    this.tabList.addEventListener("keydown", (e) => {
      if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
      const i = VIEWS.indexOf(this.view);
      this.select(VIEWS[(i + (e.key === "ArrowRight" ? 1 : VIEWS.length - 1)) % VIEWS.length]!);
      this.tabList.querySelector<HTMLElement>("[aria-selected=true]")?.focus();
    });
    this.body.addEventListener("keydown", (e) => this.treeKeys(e));
    this.drawTabs();
    document.addEventListener("visibilitychange", () => this.poke());
    this.poke();
  }

  /** Up/Down move between process rows (the tree pattern). */
  private treeKeys(e: KeyboardEvent): void {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const rows = [...this.body.querySelectorAll<HTMLElement>("button.proc")];
    const i = rows.indexOf(document.activeElement as HTMLElement);
    const next = rows[i < 0 ? 0 : Math.max(0, Math.min(rows.length - 1, i + (e.key === "ArrowDown" ? 1 : -1)))];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  }

  private drawTabs(): void {
    this.tabList.replaceChildren(
      ...VIEWS.map((v) => {
        const b = h("button", { type: "button", role: "tab", "aria-selected": String(v === this.view), "aria-controls": "panel-body", tabindex: v === this.view ? 0 : -1, "data-view": v }, t(`panels.${v}` as MessageKey));
        b.addEventListener("click", () => this.select(v));
        return b;
      }),
    );
  }

  select(v: View): void {
    this.view = v;
    this.drawTabs();
    this.draw();
  }

  relabel(): void {
    this.drawTabs();
    this.draw();
  }

  /** Something may have changed: refresh soon (throttled). */
  poke(): void {
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastRun + Math.max(REFRESH_MS, this.cost / MAX_SHARE) - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.refresh();
    }, wait);
  }

  private async refresh(): Promise<void> {
    if (this.pending) {
      this.again = true;
      return;
    }
    if (!this.visible || document.visibilityState === "hidden") return;
    this.pending = true;
    this.lastRun = performance.now();
    try {
      const snap = await this.api.inspect();
      this.prev = this.snap;
      this.snap = snap;
      if (this.selected !== null) this.status = renderStatus(this.selected, await this.api.processStatus(this.selected));
      this.draw();
      this.cost = performance.now() - this.lastRun;
    } finally {
      this.pending = false;
      if (this.again) {
        this.again = false;
        this.poke();
      }
      if (this.idle !== null) clearTimeout(this.idle);
      this.idle = setTimeout(() => {
        this.idle = null;
        this.poke();
      }, IDLE_MS);
    }
  }

  private async choose(pid: number): Promise<void> {
    this.selected = pid;
    this.status = renderStatus(pid, await this.api.processStatus(pid));
    this.draw();
    this.body.querySelector<HTMLElement>(`button.proc[data-pid="${pid}"]`)?.focus();
  }

  private draw(): void {
    const s = this.snap;
    if (!s) return;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.pid;
    let content: HTMLElement;
    switch (this.view) {
      case "processes":
        content = h("div", { class: "procs" }, renderProcessTree(s, this.selected, (pid) => void this.choose(pid)), this.status);
        break;
      case "namespaces":
        content = renderNamespaces(s);
        break;
      case "cgroups":
        content = renderCgroups(s, this.prev);
        break;
      case "mounts":
        content = renderMounts(s);
        break;
    }
    this.body.replaceChildren(content);
    if (focused) this.body.querySelector<HTMLElement>(`button.proc[data-pid="${focused}"]`)?.focus();
  }
}
