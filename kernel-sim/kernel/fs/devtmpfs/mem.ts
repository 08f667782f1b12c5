// The memory character devices of major 1. Analogous to drivers/char/mem.c and random.c:
// /dev/null (1,3) reads as end of file and swallows writes; /dev/zero (1,5) reads zeros;
// /dev/full (1,7) reads zeros and fails every write with ENOSPC; /dev/random (1,8) and
// /dev/urandom (1,9) read random bytes (crypto.getRandomValues) and accept writes.

import type { Kernel } from "../../kernel.ts";
import type { Inode } from "../../vfs/inode.ts";
import { File, type FileOperations } from "../../vfs/file.ts";
import { registerChrdev } from "../../vfs/chrdev.ts";
import { genericFstat } from "../../vfs/stat.ts";
import { ENOSPC, Errno } from "../../../uapi/errno.ts";
import { POLLIN, POLLOUT } from "../../../userland/lib/sys.ts";

/** Reads from random devices are capped per call, as getrandom(2) caps at 32 MiB; we use 1 MiB. */
const RANDOM_MAX = 1 << 20;

function devOps(read: (count: number) => Uint8Array, write: (data: Uint8Array) => number): FileOperations {
  return {
    read: (_f, count) => read(count),
    write: (_f, data) => write(data),
    llseek: (f) => (f.pos = 0),
    poll: () => POLLIN | POLLOUT,
    fstat: (f) => genericFstat(f.priv as Inode),
  };
}

function randomBytes(count: number): Uint8Array {
  const out = new Uint8Array(Math.min(count, RANDOM_MAX));
  for (let i = 0; i < out.length; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(out.length, i + 65536)));
  return out;
}

const sink = (d: Uint8Array): number => d.length;
const zeros = (n: number): Uint8Array => new Uint8Array(n);

export const nullOps = devOps(() => new Uint8Array(0), sink);
export const zeroOps = devOps(zeros, sink);
export const fullOps = devOps(zeros, () => {
  throw new Errno(ENOSPC);
});
export const randomOps = devOps(randomBytes, sink);

export function registerMemDevices(kernel: Kernel): void {
  const reg = (minor: number, ops: FileOperations): void =>
    registerChrdev(kernel, 1, minor, (_t, inode, flags, path) => new File(ops, flags, inode, path));
  reg(3, nullOps);
  reg(5, zeroOps);
  reg(7, fullOps);
  reg(8, randomOps);
  reg(9, randomOps);
}
