import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { set } from "idb-keyval";
import { DiskStore } from "./disk_store.ts";

let n = 0;
const fresh = (): DiskStore => new DiskStore(`test-${n++}`, "disk");

describe("DiskStore", () => {
  it("loads nothing, then what was saved last", async () => {
    const s = fresh();
    expect(await s.load()).toEqual({ kind: "none" });
    await s.save(new Uint8Array([1]));
    const p = await s.save(new Uint8Array([2, 3]));
    expect(p.gen).toBe(2);
    const r = await s.load();
    expect(r.kind).toBe("ok");
    if (r.kind === "ok") expect([...r.bytes]).toEqual([2, 3]);
  });

  it("reports a damaged pointer or a missing image as corrupt, and quarantine keeps the bytes", async () => {
    const s = fresh();
    await set("current", { nonsense: true }, s.store);
    expect((await s.load()).kind).toBe("corrupt");
    await set("current", { format: "vlab-disk-pointer", schema: 1, gen: 7, savedAt: 0, bytes: 1 }, s.store);
    expect(await s.load()).toMatchObject({ kind: "corrupt", reason: expect.stringMatching(/missing/) });
    const key = await s.quarantine(new Uint8Array([9]));
    expect(key).toMatch(/^broken:/);
    expect(await s.load()).toEqual({ kind: "none" });
  });

  it("reset forgets the disk", async () => {
    const s = fresh();
    await s.save(new Uint8Array([1]));
    await s.reset();
    expect(await s.load()).toEqual({ kind: "none" });
  });
});
