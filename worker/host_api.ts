// What the page may call in the worker (through comlink). worker/main.ts implements it on top of
// HostService; the page imports only this type, so it never pulls kernel code into its bundle.

import type { BootReport, SaveResult } from "./host_service.ts";
import type { Snapshot } from "./inspect_types.ts";
import type { DiskBench } from "./bench_disk.ts";
import type { Lang } from "./boot_messages.ts";

export type { BootReport, SaveResult } from "./host_service.ts";
export type { Snapshot } from "./inspect_types.ts";
export type { Lang } from "./boot_messages.ts";
export type { DiskBench } from "./bench_disk.ts";

export interface HostApi {
  bootReport(): Promise<BootReport>;
  /** onOutput gets the terminal's output, at most one batch per animation frame. */
  /** lang: the page's, for the terminal's "[vlab] ..." lines. */
  openTerminal(onOutput: (bytes: Uint8Array) => void, rows: number, cols: number, lang: Lang): Promise<number>;
  write(id: number, data: string): Promise<void>;
  /** The page has drawn n bytes of the terminal's output (writers wait while it is far behind). */
  outputDrawn(id: number, n: number): Promise<void>;
  resize(id: number, rows: number, cols: number): Promise<void>;
  closeTerminal(id: number): Promise<void>;
  inspect(): Promise<Snapshot>;
  processStatus(pid: number): Promise<string | null>;
  save(): Promise<SaveResult>;
  /** cb runs after each save that wrote the disk, or failed to (r.error). */
  watchSaves(cb: (r: SaveResult) => void): Promise<void>;
  /** Not the owner: cb runs once the owning tab has closed (the page then offers a reload). */
  watchOwner(cb: () => void): Promise<void>;
  exportDisk(): Promise<Uint8Array>;
  exportSavedDisk(): Promise<Uint8Array | null>;
  importDisk(bytes: Uint8Array): Promise<void>;
  resetDisk(): Promise<void>;
  startFresh(): Promise<void>;
  /** Benchmarks: save and restore times of the disk grown by extraBytes. */
  benchDisk(extraBytes: number): Promise<DiskBench>;
}
