// The order kernfs lists a directory in: by kernfs_name_hash(), then by name
// (fs/kernfs/dir.c, kernfs_name_compare). getdents, ls -f, find and rm -r see entries in this
// order on Linux, so they do here: rm -r of a group fails on cgroup.events first, as on Linux.

const GOLDEN_RATIO_64 = 0x61c8864680b583ebn;
const U64 = (1n << 64n) - 1n;
const INT_MAX = 0x7fffffff;
const cache = new Map<string, number>();
const encoder = new TextEncoder();

/** kernfs_name_hash(name, NULL): partial_name_hash per byte, end_name_hash (hash_64 to 32 bits), 31 bits kept. */
export function kernfsNameHash(name: string): number {
  let h = cache.get(name);
  if (h !== undefined) return h;
  let hash = 0n;
  for (const b of encoder.encode(name)) {
    const c = BigInt(b);
    hash = ((hash + (c << 4n) + (c >> 4n)) * 11n) & U64;
  }
  h = Number(((hash * GOLDEN_RATIO_64) & U64) >> 32n) & INT_MAX;
  if (h < 2) h += 2;
  if (h >= INT_MAX) h = INT_MAX - 1;
  cache.set(name, h);
  return h;
}

/** kernfs_name_compare() for two names in one directory (no namespace tags). */
export function kernfsCompare(a: string, b: string): number {
  const ha = kernfsNameHash(a);
  const hb = kernfsNameHash(b);
  if (ha !== hb) return ha - hb;
  return a < b ? -1 : a > b ? 1 : 0;
}
