// The tab bar: several terminals on the same machine, like several ssh sessions. Tabs follow
// the WAI-ARIA tabs pattern (arrow keys move between tabs, the close button is its own control).

import type { Remote } from "comlink";
import type { HostApi } from "../worker/host_api.ts";
import { TerminalView } from "./terminal_view.ts";
import { t } from "./i18n.ts";

interface Tab {
  n: number;
  view: TerminalView;
  button: HTMLButtonElement;
  wrap: HTMLSpanElement;
}

export class Tabs {
  readonly tabs: Tab[] = [];
  private active: Tab | null = null;
  private counter = 0;
  screenReader = false;
  onOutput: () => void = () => {};
  /** Every tab's keys pass here on their way to the pty (the key bar's sticky Ctrl). */
  inputFilter: (data: string) => string = (d) => d;

  constructor(
    private readonly api: Remote<HostApi>,
    private readonly bar: HTMLElement,
    private readonly area: HTMLElement,
  ) {
    bar.addEventListener("keydown", (e) => {
      if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
      const i = this.tabs.findIndex((x) => x === this.active);
      const next = this.tabs[(i + (e.key === "ArrowRight" ? 1 : this.tabs.length - 1)) % this.tabs.length];
      if (next) {
        this.select(next);
        next.button.focus();
      }
    });
  }

  get activeView(): TerminalView | null {
    return this.active?.view ?? null;
  }

  open(): TerminalView {
    const n = ++this.counter;
    const wrap = document.createElement("span");
    wrap.className = "tab";
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("role", "tab");
    button.id = `tab-${n}`;
    const close = document.createElement("button");
    close.type = "button";
    close.className = "close";
    close.textContent = "×";
    wrap.append(button, close);
    this.bar.append(wrap);
    const view = new TerminalView(this.api, this.area, this.screenReader);
    view.element.setAttribute("role", "tabpanel");
    view.element.setAttribute("aria-labelledby", button.id);
    view.onOutput = () => this.onOutput();
    view.inputFilter = (d) => this.inputFilter(d);
    const tab: Tab = { n, view, button, wrap };
    this.tabs.push(tab);
    button.addEventListener("click", () => this.select(tab));
    close.addEventListener("click", () => this.close(tab));
    this.relabel();
    this.select(tab);
    return view;
  }

  select(tab: Tab): void {
    this.active = tab;
    for (const x of this.tabs) {
      const on = x === tab;
      x.button.setAttribute("aria-selected", String(on));
      x.button.tabIndex = on ? 0 : -1;
      x.wrap.classList.toggle("active", on);
      x.view.show(on);
    }
  }

  close(tab: Tab): void {
    const i = this.tabs.indexOf(tab);
    if (i < 0) return;
    this.tabs.splice(i, 1);
    tab.view.dispose();
    tab.wrap.remove();
    if (this.tabs.length === 0) this.open();
    else if (this.active === tab) this.select(this.tabs[Math.max(0, i - 1)]!);
  }

  relabel(): void {
    for (const x of this.tabs) {
      x.button.textContent = t("tabs.name", { n: x.n });
      const close = x.wrap.querySelector(".close")!;
      close.setAttribute("aria-label", `${t("tabs.close")} ${x.n}`);
    }
  }

  setScreenReader(on: boolean): void {
    this.screenReader = on;
    for (const x of this.tabs) x.view.setScreenReader(on);
  }

  fitAll(): void {
    this.active?.view.fitNow();
  }
}
