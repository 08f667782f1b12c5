// The page, once main.ts has started the machine's worker: open the first terminal at once,
// then wire the tabs, panels, disk controls, language and accessibility settings. window.vlab
// is the handle the end-to-end tests and benchmarks read the terminals through.

import "@xterm/xterm/css/xterm.css";
import "./style.css";
import * as Comlink from "comlink";
import type { HostApi } from "../worker/host_api.ts";
import { Tabs } from "./tabs.ts";
import { Panels } from "./panels/panels.ts";
import { KeyBar } from "./key_bar.ts";
import { DiskUi } from "./disk_ui.ts";
import { getLang, initialLang, onLang, setLang, t, type Lang } from "./i18n.ts";
import { applyI18n } from "./i18n_dom.ts";
import { registerServiceWorker } from "./pwa.ts";

export function start(worker: Worker): void {
  performance.mark("vlab:app-start");
  const api = Comlink.wrap<HostApi>(worker);

  const params = new URLSearchParams(location.search);
  const a11y = params.get("a11y") === "1" || localStorage.getItem("vlab.a11y") === "1";

  setLang(initialLang(location.search, localStorage.getItem("vlab.lang"), navigator.languages));
  document.documentElement.lang = getLang();
  applyI18n(document);

  const tabs = new Tabs(api, document.querySelector(".tabs")!, document.getElementById("terminals")!);
  tabs.screenReader = a11y;
  tabs.open();
  const keyBar = new KeyBar(() => tabs.activeView);
  tabs.inputFilter = (d) => keyBar.takeCtrl(d);
  document.getElementById("terminals")!.after(keyBar.element);

  const panelsEl = document.getElementById("panels")!;
  const panels = new Panels(api, panelsEl);
  // The service worker precaches every chunk (each program is one): it starts once the first
  // prompt is on the screen, so its downloads do not compete with the cold start.
  const startServiceWorker = (): void => registerServiceWorker(() => disk.flush());
  let swTimer = setTimeout(startServiceWorker, 5000); // even if the machine never prints
  let swSoon = false;
  tabs.onOutput = () => {
    panels.poke();
    if (swSoon) return;
    swSoon = true;
    clearTimeout(swTimer);
    swTimer = setTimeout(startServiceWorker, 300);
  };

  const togglePanels = document.getElementById("toggle-panels")!;
  const setPanels = (on: boolean): void => {
    panelsEl.hidden = !on;
    panels.visible = on;
    togglePanels.setAttribute("aria-expanded", String(on));
    if (on) panels.poke();
    requestAnimationFrame(() => tabs.fitAll());
  };
  // Phones start with the terminal alone; the panels are one tap away.
  setPanels(window.innerWidth >= 900 && localStorage.getItem("vlab.panels") !== "0");
  togglePanels.addEventListener("click", () => {
    setPanels(panelsEl.hidden !== false);
    localStorage.setItem("vlab.panels", panelsEl.hidden !== false ? "0" : "1");
  });

  document.getElementById("new-tab")!.addEventListener("click", () => tabs.open());

  const refocus = (): void => tabs.activeView?.focus();
  const disk = new DiskUi(api, refocus);
  void api.bootReport().then(
    (boot) => {
      void api.watchSaves(Comlink.proxy((r) => disk.noteSave(r)));
      void disk.start(boot);
    },
    (e: unknown) => {
      const el = document.getElementById("banner")!;
      el.textContent = t("boot.failed", { reason: e instanceof Error ? e.message : String(e) });
      el.hidden = false;
    },
  );

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") void disk.flush();
  });
  window.addEventListener("pagehide", () => void disk.flush());

  const a11yBox = document.getElementById("a11y-toggle") as HTMLInputElement;
  a11yBox.checked = a11y;
  a11yBox.addEventListener("change", () => {
    localStorage.setItem("vlab.a11y", a11yBox.checked ? "1" : "0");
    tabs.setScreenReader(a11yBox.checked);
  });

  const langSelect = document.getElementById("lang-select") as HTMLSelectElement;
  langSelect.value = getLang();
  langSelect.addEventListener("change", () => {
    localStorage.setItem("vlab.lang", langSelect.value);
    setLang(langSelect.value as Lang);
  });
  onLang((l) => {
    document.documentElement.lang = l;
    applyI18n(document);
    tabs.relabel();
    keyBar.relabel();
    panels.relabel();
    disk.render();
  });

  // The terminal keeps the keyboard: closing the menu or a dialog gives focus back to it.
  document.getElementById("machine-menu")!.addEventListener("toggle", (e) => {
    if (!(e.target as HTMLDetailsElement).open) refocus();
  });
  window.addEventListener("resize", () => tabs.fitAll());

  window.vlab = { tabs, api, screen: () => tabs.activeView?.screenText() ?? [] };
}

declare global {
  interface Window {
    vlab: { tabs: Tabs; api: Comlink.Remote<HostApi>; screen(): string[] };
  }
}
