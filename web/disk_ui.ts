// The disk controls: status in the bar, Export / Import / Reset in the Machine menu, the
// "another tab owns the disk" banner, and the corrupt-disk choice. A reload is a reboot, so
// import and reset end by reloading the page.

import * as Comlink from "comlink";
import type { Remote } from "comlink";
import type { BootReport, HostApi, SaveResult } from "../worker/host_api.ts";
import { ask } from "./dialog.ts";
import { t } from "./i18n.ts";

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/octet-stream" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function stamp(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

export class DiskUi {
  private boot: BootReport | null = null;
  private savedAt: number | null = null;
  /** The last save failed (its banner is up until one succeeds). */
  private failed = false;

  constructor(
    private readonly api: Remote<HostApi>,
    private readonly refocus: () => void,
  ) {
    const $ = (id: string): HTMLElement => document.getElementById(id)!;
    const menu = $("machine-menu") as HTMLDetailsElement;
    const closeMenu = (): void => menu.removeAttribute("open");
    $("export-disk").addEventListener("click", () => {
      closeMenu();
      void this.exportDisk();
    });
    $("import-disk").addEventListener("click", () => {
      closeMenu();
      ($("import-file") as HTMLInputElement).click();
    });
    $("import-file").addEventListener("change", (e) => {
      const input = e.target as HTMLInputElement;
      const f = input.files?.[0];
      input.value = "";
      if (f) void this.importDisk(f);
    });
    $("reset-disk").addEventListener("click", () => {
      closeMenu();
      void this.reset();
    });
  }

  async start(boot: BootReport): Promise<void> {
    this.boot = boot;
    this.savedAt = boot.savedAt ?? null;
    this.render();
    if (!boot.storage) this.banner(t("disk.noStorage"));
    else if (!boot.owner && boot.disk !== "corrupt") {
      this.banner(t("disk.notOwner"));
      void this.api.watchOwner(
        Comlink.proxy(() => {
          const b = document.createElement("button");
          b.type = "button";
          b.textContent = t("update.reload");
          b.addEventListener("click", () => location.reload());
          document.getElementById("banner")!.replaceChildren(`${t("disk.ownerGone")} `, b);
        }),
      );
    }
    if (boot.disk === "corrupt") await this.corrupt(boot.corruptReason ?? "");
  }

  /** The tab is being hidden or closed: save now. */
  async flush(): Promise<void> {
    this.noteSave(await this.api.save());
  }

  /** A save's outcome: the time it holds, or why the browser refused it. */
  noteSave(r: SaveResult): void {
    if (r.saved) this.noteSaved(r.at);
    else if (r.error) this.saveFailed(r.error);
    else this.render();
  }

  /**
   * The browser would not store the disk (a full disk is QuotaExceededError): say so where it
   * is seen, with the way out - Export keeps the work in a file. The next save tries again.
   */
  private saveFailed(error: { name: string; message: string }): void {
    this.failed = true;
    this.render();
    const el = document.getElementById("banner")!;
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = t("menu.export");
    b.addEventListener("click", () => void this.exportDisk());
    const text = error.name === "QuotaExceededError" ? t("disk.full") : t("disk.saveFailed", { reason: `${error.name}: ${error.message}` });
    el.replaceChildren(`${text} `, b);
    el.dataset.kind = "save-failed";
    el.hidden = false;
  }

  noteSaved(at = Date.now()): void {
    this.savedAt = at;
    this.askPersistence();
    if (this.failed) {
      this.failed = false;
      const banner = document.getElementById("banner")!;
      if (banner.dataset.kind === "save-failed") banner.hidden = true;
    }
    const el = document.getElementById("disk-status")!;
    // What the saved disk holds is the disk as of this instant (e2e tests wait on it).
    el.dataset.savedAt = String(at);
    this.render();
  }

  render(): void {
    const el = document.getElementById("disk-status")!;
    const b = this.boot;
    if (!b) return;
    if (!b.owner || b.disk === "corrupt" || this.failed) el.textContent = t("disk.unsaved");
    else if (this.savedAt) el.textContent = t("disk.saved", { time: new Date(this.savedAt).toLocaleTimeString() });
    else el.textContent = t("disk.fresh");
    const owner = b.owner;
    for (const id of ["import-disk", "reset-disk"]) (document.getElementById(id) as HTMLButtonElement).disabled = !owner;
  }

  private persistenceAsked = false;

  /**
   * Once a disk is saved, ask the browser to keep the site's storage under storage pressure
   * (navigator.storage.persist): by default it is "best effort", and a browser short of space
   * may evict it - the learner's disk with it. Browsers grant it silently or ask; either way the
   * answer is on the status element (data-persisted) for the tests.
   */
  private askPersistence(): void {
    if (this.persistenceAsked || !navigator.storage?.persist) return;
    this.persistenceAsked = true;
    const el = document.getElementById("disk-status")!;
    void navigator.storage.persist().then(
      (granted) => (el.dataset.persisted = String(granted)),
      () => (el.dataset.persisted = "false"),
    );
  }

  private banner(text: string): void {
    const el = document.getElementById("banner")!;
    el.textContent = text;
    el.dataset.kind = "disk";
    el.hidden = false;
  }

  private async corrupt(reason: string): Promise<void> {
    this.banner(`${t("disk.corruptTitle")}: ${reason}`);
    for (;;) {
      const choice = await ask(t("disk.corruptTitle"), t("disk.corruptText", { reason }), [
        { value: "export", label: t("disk.exportBroken") },
        { value: "fresh", label: t("disk.startFresh"), primary: true },
        { value: "later", label: t("disk.later") },
      ]);
      if (choice === "export") {
        const bytes = await this.api.exportSavedDisk();
        if (bytes) download(bytes, `vlab-disk-unreadable-${stamp()}.vlabdisk`);
        continue;
      }
      if (choice === "fresh" && this.boot?.owner) {
        await this.api.startFresh();
        this.boot.disk = "fresh";
        document.getElementById("banner")!.hidden = true;
        this.noteSaved();
      }
      break;
    }
    this.refocus();
  }

  private async exportDisk(): Promise<void> {
    download(await this.api.exportDisk(), `vlab-disk-${stamp()}.vlabdisk`);
    this.refocus();
  }

  private async importDisk(f: File): Promise<void> {
    const bytes = new Uint8Array(await f.arrayBuffer());
    const ok = await ask(t("disk.importTitle"), t("disk.importText", { name: f.name }), [
      { value: "", label: t("disk.cancel") },
      { value: "yes", label: t("disk.importConfirm"), primary: true },
    ]);
    if (ok !== "yes") return this.refocus();
    try {
      await this.api.importDisk(bytes);
    } catch (e) {
      await ask(t("disk.importTitle"), t("disk.importFailed", { reason: e instanceof Error ? e.message : String(e) }), [{ value: "", label: "OK", primary: true }]);
      return this.refocus();
    }
    location.reload();
  }

  private async reset(): Promise<void> {
    const ok = await ask(t("disk.resetTitle"), t("disk.resetText"), [
      { value: "", label: t("disk.cancel") },
      { value: "yes", label: t("disk.resetConfirm"), primary: true },
    ]);
    if (ok !== "yes") return this.refocus();
    await this.api.resetDisk();
    location.reload();
  }
}
