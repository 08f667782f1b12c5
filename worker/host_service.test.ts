import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { set } from "idb-keyval";
import { HostService } from "./host_service.ts";
import { DiskStore } from "./disk_store.ts";
import { soleOwner, type DiskLock } from "./disk_lock.ts";

let n = 0;
const freshStore = (): DiskStore => new DiskStore(`svc-${n++}`, "disk");
const notOwner: DiskLock = { acquire: () => Promise.resolve(false), whenFree: () => {} };
const dec = new TextDecoder();

/** Open a terminal and collect its screen text. */
function terminal(s: HostService): { id: number; text: () => string; until: (re: RegExp) => Promise<string> } {
  let out = "";
  const id = s.openTerminal((b) => (out += dec.decode(b)));
  const until = async (re: RegExp): Promise<string> => {
    for (let i = 0; i < 400 && !re.test(out); i++) await new Promise((r) => setTimeout(r, 10));
    if (!re.test(out)) throw new Error(`no ${re} in ${JSON.stringify(out)}`);
    return out;
  };
  return { id, text: () => out, until };
}

describe("HostService", () => {
  it("boots a fresh disk, runs a command in a terminal, saves, and restores it in a new service", async () => {
    const store = freshStore();
    const a = await HostService.start({ store, lock: soleOwner, saveDelayMs: 60_000 });
    expect(a.boot).toMatchObject({ disk: "fresh", storage: true, owner: true });
    const t = terminal(a);
    await t.until(/# $/);
    expect(t.text()).toMatch(/^\x1b\[2m\[vlab\] booted with a fresh disk/);
    a.write(t.id, "echo saved-file > /root/f\r");
    await t.until(/saved-file > \/root\/f\r\n[\s\S]*# $/);
    const r = await a.save();
    expect(r.saved).toBe(true);
    expect((await a.save()).reason).toBe("unchanged");

    const b = await HostService.start({ store, lock: soleOwner });
    expect(b.boot.disk).toBe("restored");
    const t2 = terminal(b);
    await t2.until(/# $/);
    expect(t2.text()).toMatch(/booted from the saved disk/);
    b.write(t2.id, "cat /root/f\r");
    await t2.until(/\r\nsaved-file\r\n/);
  });

  it("saves by itself a little after a command", async () => {
    const store = freshStore();
    const s = await HostService.start({ store, lock: soleOwner, saveDelayMs: 20 });
    const saves: number[] = [];
    s.watchSaves((r) => saves.push(r.bytes));
    const t = terminal(s);
    await t.until(/# $/);
    s.write(t.id, "touch /root/x\r");
    for (let i = 0; i < 200 && saves.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(saves.length).toBeGreaterThan(0);
    expect((await store.load()).kind).toBe("ok");
  });

  it("logs in again on Enter after the shell exited, twice", async () => {
    const s = await HostService.start({ store: null, lock: soleOwner });
    const t = terminal(s);
    await t.until(/# $/);
    for (let i = 1; i <= 2; i++) {
      s.write(t.id, "exit\r");
      await t.until(new RegExp(`([\\s\\S]*press Enter for a new one){${i}}`));
      s.write(t.id, "\r");
      await t.until(new RegExp(`([\\s\\S]*press Enter for a new one){${i}}[\\s\\S]*# $`));
    }
    s.write(t.id, "tty\r");
    await t.until(/\/dev\/pts\/2\r\n/);
  });

  it("writes its own [vlab] lines in the page's language", async () => {
    const s = await HostService.start({ store: freshStore(), lock: soleOwner, saveDelayMs: 60_000 });
    let out = "";
    const id = s.openTerminal((b) => (out += dec.decode(b)), 24, 80, false, "zh-CN");
    for (let i = 0; i < 400 && !/# $/.test(out); i++) await new Promise((r) => setTimeout(r, 10));
    expect(out).toMatch(/^\x1b\[2m\[vlab\] 已用全新磁盘启动\x1b\[0m\r\n/);
    s.write(id, "exit 3\r");
    for (let i = 0; i < 400 && !/按回车键/.test(out); i++) await new Promise((r) => setTimeout(r, 10));
    expect(out).toContain("[vlab] 登录 shell 已退出（状态 3）；按回车键重新登录");
  });

  it("says at boot that nothing is kept when the browser gives no storage", async () => {
    const s = await HostService.start({ store: null, lock: soleOwner });
    expect(s.boot).toMatchObject({ storage: false, owner: false, disk: "fresh" });
    const t = terminal(s);
    expect(await t.until(/# $/)).toMatch(/\[vlab\] this browser gives the page no storage \(IndexedDB\)/);
    expect((await s.save()).saved).toBe(false);
  });

  it("does not save when another tab owns the disk", async () => {
    const store = freshStore();
    const s = await HostService.start({ store, lock: notOwner });
    expect(s.boot.owner).toBe(false);
    expect(s.boot.log).toContainEqual({ key: "notOwner" });
    expect((await s.save()).saved).toBe(false);
    expect(await store.load()).toEqual({ kind: "none" });
    await expect(s.resetDisk()).rejects.toThrow(/another tab/);
  });

  it("keeps a damaged disk, boots fresh unsaved, and starts fresh only when asked", async () => {
    const store = freshStore();
    await store.save(new TextEncoder().encode("VLABDISK garbage"));
    const s = await HostService.start({ store, lock: soleOwner });
    expect(s.boot.disk).toBe("corrupt");
    expect(s.boot.corruptReason).toBeTruthy();
    expect((await s.save()).saved).toBe(false);
    expect(dec.decode(s.exportSavedDisk()!)).toBe("VLABDISK garbage");
    expect((await store.load()).kind).toBe("ok"); // still there
    await s.startFresh();
    const again = await HostService.start({ store, lock: soleOwner });
    expect(again.boot.disk).toBe("restored");
  });

  it("reports a damaged index record as corrupt", async () => {
    const store = freshStore();
    await set("current", "nonsense", store.store);
    const s = await HostService.start({ store, lock: soleOwner });
    expect(s.boot.disk).toBe("corrupt");
  });

  it("imports an exported disk", async () => {
    const store = freshStore();
    const a = await HostService.start({ store: null, lock: soleOwner });
    await a.host.writeFile("/root/imported", "yes\n");
    const bytes = a.exportDisk();
    const b = await HostService.start({ store, lock: soleOwner });
    await expect(b.importDisk(new Uint8Array([1, 2, 3]))).rejects.toThrow(/not a vlab disk/);
    await b.importDisk(bytes);
    const c = await HostService.start({ store, lock: soleOwner });
    expect(c.boot.disk).toBe("restored");
    const snap = await c.inspect();
    expect(snap.processes[0]!.pid).toBe(1);
  });
});
