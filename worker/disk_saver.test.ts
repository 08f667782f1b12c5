import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { Host } from "../kernel-sim/host/index.ts";
import { DiskSaver, type SaveResult } from "./disk_saver.ts";
import { DiskStore } from "./disk_store.ts";

/** A store the browser refuses to grow until `full` is cleared, as IndexedDB does at its quota. */
class FullStore extends DiskStore {
  full = true;
  override async save(bytes: Uint8Array, now?: number): ReturnType<DiskStore["save"]> {
    if (this.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return super.save(bytes, now);
  }
}

describe("DiskSaver", () => {
  it("reports a refused save with the browser's error, keeps the disk changed, and saves on the next try", async () => {
    const host = await Host.boot();
    const store = new FullStore("saver-full", "disk");
    const saver = new DiskSaver(host, store, 60_000);
    saver.markClean();
    const seen: SaveResult[] = [];
    saver.onSaved = (r) => seen.push(r);
    await host.writeFile("/root/work", "keep me\n");

    const failed = await saver.saveNow();
    expect(failed).toMatchObject({ saved: false, error: { name: "QuotaExceededError", message: "The quota has been exceeded." } });
    expect(seen).toEqual([failed]);
    expect((await store.load()).kind).toBe("none"); // nothing half-written

    store.full = false;
    const ok = await saver.saveNow(); // not "unchanged": the failed save did not count
    expect(ok.saved).toBe(true);
    expect(seen.at(-1)).toBe(ok);
    expect((await store.load()).kind).toBe("ok");
    expect((await saver.saveNow()).reason).toBe("unchanged");
  });
});
