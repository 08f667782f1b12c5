// The disk figures of `npm run bench` (issue 6: "saving and restoring a 20 MB disk"), measured
// in the worker of a real browser against a throwaway IndexedDB database.

import { Host } from "../kernel-sim/host/index.ts";
import { DiskStore } from "./disk_store.ts";
import { bootFromDisk, serializeDisk } from "./disk_image.ts";
import type { HostService } from "./host_service.ts";

export interface DiskBench {
  /** serializeMs + storeMs: the whole save. */
  saveMs: number;
  serializeMs: number;
  /** The IndexedDB transaction (structured clone included). */
  storeMs: number;
  restoreMs: number;
  bytes: number;
}

export async function benchDisk(_s: HostService, extraBytes: number): Promise<DiskBench> {
  const host = await Host.boot({ clock: "real" });
  const chunk = 1024 * 1024;
  for (let i = 0; i * chunk < extraBytes; i++) await host.writeFile(`/root/blob${i}`, new Uint8Array(chunk).fill(i & 0xff));
  const store = new DiskStore("vlab-bench", "disk");
  const t0 = performance.now();
  const bytes = serializeDisk(host);
  const tS = performance.now();
  await store.save(bytes);
  const t1 = performance.now();
  // A reload's restore: read the saved bytes, boot a machine from them.
  const t2 = performance.now();
  const loaded = await store.load();
  if (loaded.kind !== "ok") throw new Error("bench: the disk did not load back");
  await bootFromDisk(loaded.bytes, { clock: "real" });
  const t3 = performance.now();
  await store.reset();
  return { saveMs: t1 - t0, serializeMs: tS - t0, storeMs: t1 - tS, restoreMs: t3 - t2, bytes: bytes.length };
}
