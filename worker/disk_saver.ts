// When to save the disk: a short while after the machine goes quiet (terminal input with Enter,
// or output, re-arms a DEBOUNCE_MS timer), and at once when the page asks (the tab is being
// hidden or closed). A save that finds the disk unchanged since the last one (diskFingerprint)
// writes nothing. Saves never overlap: a request during a save runs once it finished. A save
// the browser refuses (storage full, IndexedDB gone) is reported, not thrown: the disk stays
// "changed", so the next quiet moment tries again.

import type { Host } from "../kernel-sim/host/index.ts";
import { diskFingerprint, serializeDisk } from "./disk_image.ts";
import type { DiskStore } from "./disk_store.ts";

export const DEBOUNCE_MS = 750;
/** A machine that never goes quiet (`yes > /dev/null`, a busy loop printing) still saves this often. */
export const MAX_WAIT_MS = 10_000;

export interface SaveResult {
  saved: boolean;
  bytes: number;
  /** Time to serialize and commit, ms. */
  ms: number;
  /** Date.now() when the disk was read for this save (what it holds is the disk as of then). */
  at?: number;
  reason?: string;
  /** The save failed: the error as the browser named it (QuotaExceededError: storage is full). */
  error?: { name: string; message: string };
}

function describe(e: unknown): { name: string; message: string } {
  if (e instanceof Error) return { name: e.name, message: e.message }; // DOMException is an Error too
  return { name: "Error", message: String(e) };
}

export class DiskSaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** performance.now() of the first poke since the last save (0: none pending). */
  private firstPoke = 0;
  private last = "";
  private running: Promise<SaveResult> | null = null;
  /** Saving is off while another tab owns the disk or a damaged disk waits for the user's choice. */
  enabled = true;
  /** After each save that wrote the disk or failed to (r.error). */
  onSaved: (r: SaveResult) => void = () => {};

  constructor(
    private readonly host: Host,
    private readonly store: DiskStore,
    private readonly delayMs = DEBOUNCE_MS,
  ) {}

  /** The disk as restored or laid out counts as saved (nothing to write until it changes). */
  markClean(): void {
    this.last = diskFingerprint(this.host);
  }

  /** Something happened: save once it has been quiet for a while. */
  poke(): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (this.firstPoke === 0) this.firstPoke = now;
    if (this.timer !== null) {
      // Keep the pending timer if pushing it back would exceed MAX_WAIT_MS.
      if (now - this.firstPoke + this.delayMs > MAX_WAIT_MS) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveNow();
    }, this.delayMs);
  }

  async saveNow(force = false): Promise<SaveResult> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.firstPoke = 0;
    if (!this.enabled) return { saved: false, bytes: 0, ms: 0, reason: "saving is off" };
    while (this.running) await this.running;
    const p = this.run(force);
    this.running = p;
    try {
      return await p;
    } finally {
      this.running = null;
    }
  }

  private async run(force: boolean): Promise<SaveResult> {
    const t0 = performance.now();
    const fp = diskFingerprint(this.host);
    if (!force && fp === this.last) return { saved: false, bytes: 0, ms: performance.now() - t0, reason: "unchanged" };
    const at = Date.now();
    let r: SaveResult;
    let size = 0;
    try {
      const bytes = serializeDisk(this.host);
      size = bytes.length;
      await this.store.save(bytes, at);
      this.last = fp;
      r = { saved: true, bytes: size, ms: performance.now() - t0, at };
    } catch (e) {
      r = { saved: false, bytes: size, ms: performance.now() - t0, at, reason: "the save failed", error: describe(e) };
    }
    this.onSaved(r);
    return r;
  }
}
