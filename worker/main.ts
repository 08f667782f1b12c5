// The Web Worker entry: boot the machine as soon as the worker starts, and expose its
// HostService to the page through comlink. Every method waits for the boot first, so the page
// can open a terminal before the machine is up.

import * as Comlink from "comlink";
import { HostService, type BootReport, type SaveResult } from "./host_service.ts";
import type { DiskBench, HostApi, Lang } from "./host_api.ts";
import { DiskStore } from "./disk_store.ts";
import { webLock } from "./disk_lock.ts";
import type { Snapshot } from "./inspect_types.ts";

declare const self: DedicatedWorkerGlobalScope;

/** Opening IndexedDB can fail (private windows of some browsers): then the disk is not kept. */
function openStore(): DiskStore | null {
  try {
    return typeof indexedDB === "undefined" ? null : new DiskStore();
  } catch {
    return null;
  }
}

/** A MessageChannel-based macrotask: setTimeout(0) is clamped to 4 ms once nested. */
function channelMacrotask(): (fn: () => void) => void {
  const ch = new MessageChannel();
  const queue: (() => void)[] = [];
  ch.port1.onmessage = () => queue.shift()?.();
  return (fn) => {
    queue.push(fn);
    ch.port2.postMessage(0);
  };
}

const service: Promise<HostService> = HostService.start({ store: openStore(), lock: webLock(self.navigator.locks), boot: { macrotask: channelMacrotask() } });

/** What the page calls (through comlink). */
const api: HostApi = {
  async bootReport(): Promise<BootReport> {
    return (await service).boot;
  },
  async openTerminal(onOutput: (bytes: Uint8Array) => void, rows: number, cols: number, lang: Lang): Promise<number> {
    const s = await service;
    // Transfer each batch's buffer instead of copying it.
    return s.openTerminal((b) => void onOutput(Comlink.transfer(b, [b.buffer as ArrayBuffer])), rows, cols, true, lang);
  },
  async outputDrawn(id: number, n: number): Promise<void> {
    (await service).outputDrawn(id, n);
  },
  async write(id: number, data: string): Promise<void> {
    (await service).write(id, data);
  },
  async resize(id: number, rows: number, cols: number): Promise<void> {
    (await service).resize(id, rows, cols);
  },
  async closeTerminal(id: number): Promise<void> {
    (await service).closeTerminal(id);
  },
  async inspect(): Promise<Snapshot> {
    return (await service).inspect();
  },
  async processStatus(pid: number): Promise<string | null> {
    return (await service).processStatus(pid);
  },
  async save(): Promise<SaveResult> {
    return (await service).save();
  },
  async watchSaves(cb: (r: SaveResult) => void): Promise<void> {
    (await service).watchSaves((r) => void cb(r));
  },
  async watchOwner(cb: () => void): Promise<void> {
    (await service).watchOwner(() => void cb());
  },
  async exportDisk(): Promise<Uint8Array> {
    const b = (await service).exportDisk();
    return Comlink.transfer(b, [b.buffer as ArrayBuffer]);
  },
  async exportSavedDisk(): Promise<Uint8Array | null> {
    return (await service).exportSavedDisk();
  },
  async importDisk(bytes: Uint8Array): Promise<void> {
    return (await service).importDisk(bytes);
  },
  async resetDisk(): Promise<void> {
    return (await service).resetDisk();
  },
  async startFresh(): Promise<void> {
    return (await service).startFresh();
  },
  /** For benchmarks: the whole disk's save and restore times on a disk made bigger by `extraBytes`. */
  async benchDisk(extraBytes: number): Promise<DiskBench> {
    const { benchDisk } = await import("./bench_disk.ts");
    return benchDisk(await service, extraBytes);
  },
};

Comlink.expose(api);
