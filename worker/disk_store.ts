// Where the disk lives between visits: IndexedDB, through idb-keyval. Two kinds of records:
//   "current"       -> DiskPointer: which image is the disk (a named, versioned record)
//   "image:<gen>"   -> Uint8Array: an encoded disk (disk_format.ts)
// A save writes the new image and moves the pointer in ONE transaction (setMany), so a crash
// or a closed tab mid-save leaves the previous disk intact; the old image is deleted after.
// An unreadable disk is never deleted by the app: "start fresh" moves it to "broken:<time>".

import { createStore, del, delMany, get, keys, setMany, type UseStore } from "idb-keyval";

export const POINTER_SCHEMA = 1;

export interface DiskPointer {
  format: "vlab-disk-pointer";
  schema: number;
  gen: number;
  /** Date.now() of the save. */
  savedAt: number;
  bytes: number;
}

export type LoadResult = { kind: "none" } | { kind: "ok"; bytes: Uint8Array; pointer: DiskPointer } | { kind: "corrupt"; reason: string; bytes: Uint8Array | null };

export class DiskStore {
  readonly store: UseStore;

  constructor(dbName = "vlab", storeName = "disk") {
    this.store = createStore(dbName, storeName);
  }

  private async pointer(): Promise<unknown> {
    return get("current", this.store);
  }

  async load(): Promise<LoadResult> {
    const p = await this.pointer();
    if (p === undefined) return { kind: "none" };
    if (!isPointer(p)) return { kind: "corrupt", reason: "the saved disk's index record is damaged", bytes: p instanceof Uint8Array ? p : null };
    if (p.schema > POINTER_SCHEMA) return { kind: "corrupt", reason: `the saved disk was written by a newer vlab (index schema ${p.schema})`, bytes: await this.imageBytes(p.gen) };
    const bytes = await this.imageBytes(p.gen);
    if (!bytes) return { kind: "corrupt", reason: `the saved disk image ${p.gen} is missing`, bytes: null };
    return { kind: "ok", bytes, pointer: p };
  }

  private async imageBytes(gen: number): Promise<Uint8Array | null> {
    const v = await get<unknown>(`image:${gen}`, this.store);
    if (v instanceof Uint8Array) return v;
    if (v instanceof ArrayBuffer) return new Uint8Array(v);
    return null;
  }

  /** Atomically make bytes the saved disk. */
  async save(bytes: Uint8Array, now = Date.now()): Promise<DiskPointer> {
    const old = await this.pointer();
    const oldGen = isPointer(old) ? old.gen : 0;
    const gen = oldGen + 1;
    const pointer: DiskPointer = { format: "vlab-disk-pointer", schema: POINTER_SCHEMA, gen, savedAt: now, bytes: bytes.length };
    await setMany(
      [
        [`image:${gen}`, bytes],
        ["current", pointer],
      ],
      this.store,
    );
    // Leftovers of older gens (an earlier crash between the two steps) go too.
    const stale = (await keys<string>(this.store)).filter((k) => typeof k === "string" && k.startsWith("image:") && k !== `image:${gen}`);
    if (stale.length > 0) await delMany(stale, this.store);
    return pointer;
  }

  /** Forget the saved disk (Reset machine): the next boot lays out a fresh one. */
  async reset(): Promise<void> {
    const all = (await keys<string>(this.store)).filter((k) => typeof k === "string" && (k === "current" || k.startsWith("image:")));
    await delMany(all, this.store);
  }

  /** Keep an unreadable disk aside under "broken:<time>" and start from none. */
  async quarantine(bytes: Uint8Array | null, now = Date.now()): Promise<string> {
    const key = `broken:${now}`;
    await setMany([[key, bytes ?? new Uint8Array(0)]], this.store);
    await this.reset();
    return key;
  }

  async deleteKey(key: string): Promise<void> {
    await del(key, this.store);
  }
}

function isPointer(p: unknown): p is DiskPointer {
  if (typeof p !== "object" || p === null) return false;
  const o = p as Record<string, unknown>;
  return o.format === "vlab-disk-pointer" && typeof o.schema === "number" && typeof o.gen === "number" && typeof o.savedAt === "number";
}
