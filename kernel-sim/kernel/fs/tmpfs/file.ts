// tmpfs regular files: read, write, seek, truncate on the inode's bytes. Analogous to
// shmem_file_operations (generic_file_read_iter/write_iter on the page cache). O_APPEND moves
// the offset to the end before every write - open(2). Writing past the end leaves a zero-filled
// hole; a write that does not fit under the size limit is short, or ENOSPC if nothing fits.

import type { File, FileOperations } from "../../vfs/file.ts";
import type { TmpfsInode } from "./inode.ts";
import { tmpfsSuper } from "./super.ts";
import { genericFstat } from "../../vfs/stat.ts";
import { EINVAL, ENOSPC, ENXIO, Errno, EFBIG } from "../../../uapi/errno.ts";
import { O_APPEND, SEEK_CUR, SEEK_END, SEEK_SET } from "../../../uapi/fcntl.ts";
import { POLLIN, POLLOUT } from "../../../userland/lib/sys.ts";

const SEEK_DATA = 3;
const SEEK_HOLE = 4;
const PAGE_SIZE = 4096;
/** MAX_LFS_FILESIZE on 64-bit, capped at what a JS array can hold. */
const MAX_FILE_SIZE = 2 ** 31;

function inodeOf(f: File): TmpfsInode {
  return f.priv as TmpfsInode;
}

export function readAt(inode: TmpfsInode, count: number, pos: number): Uint8Array {
  const end = Math.min(inode.size, pos + count);
  if (pos >= end) return new Uint8Array(0);
  inode.atimeNs = inode.now();
  const d = inode.data;
  if (end <= d.length) return d.slice(pos, end);
  // Past the bytes ever written lies a hole (a truncate that grew the file): zeros.
  const out = new Uint8Array(end - pos);
  if (pos < d.length) out.set(d.subarray(pos, d.length));
  return out;
}

export function writeAt(inode: TmpfsInode, data: Uint8Array, pos: number): number {
  let n = data.length;
  if (n === 0) return 0;
  if (pos + n > MAX_FILE_SIZE) throw new Errno(EFBIG);
  const s = tmpfsSuper(inode.sb);
  const first = Math.floor(pos / PAGE_SIZE);
  try {
    s.allocate(inode, first, Math.ceil((pos + n) / PAGE_SIZE));
  } catch (e) {
    // A short write: as many bytes as the free pages (and the pages already there) hold.
    let fit = 0;
    let free = s.freePages();
    for (let p = first; p * PAGE_SIZE < pos + n; p++) {
      if (inode.pages.missing(p, p + 1) === 1) {
        if (free === 0) break;
        free--;
      }
      fit = Math.min(pos + n, (p + 1) * PAGE_SIZE) - pos;
    }
    if (fit <= 0) throw e;
    n = fit;
    s.allocate(inode, first, Math.ceil((pos + n) / PAGE_SIZE));
  }
  if (pos + n > inode.data.length) {
    const grown = new Uint8Array(Math.max(pos + n, Math.min(MAX_FILE_SIZE, inode.data.length * 2), 64));
    grown.set(inode.data.subarray(0, Math.min(inode.size, inode.data.length)));
    inode.data = grown;
  }
  inode.data.set(n === data.length ? data : data.subarray(0, n), pos);
  if (pos + n > inode.size) inode.size = pos + n;
  inode.mtimeNs = inode.ctimeNs = inode.now();
  return n;
}

export const tmpfsFileOps: FileOperations = {
  read(f, count) {
    const out = readAt(inodeOf(f), count, f.pos);
    f.pos += out.length;
    return out;
  },
  write(f, data) {
    const inode = inodeOf(f);
    if (f.flags & O_APPEND) f.pos = inode.size;
    const n = writeAt(inode, data, f.pos);
    f.pos += n;
    return n;
  },
  llseek(f, offset, whence) {
    const size = inodeOf(f).size;
    let pos: number;
    switch (whence) {
      case SEEK_SET:
        pos = offset;
        break;
      case SEEK_CUR:
        pos = f.pos + offset;
        break;
      case SEEK_END:
        pos = size + offset;
        break;
      case SEEK_DATA:
        if (offset >= size) throw new Errno(ENXIO);
        pos = offset;
        break;
      case SEEK_HOLE:
        if (offset >= size) throw new Errno(ENXIO);
        pos = size;
        break;
      default:
        throw new Errno(EINVAL);
    }
    if (pos < 0) throw new Errno(EINVAL);
    f.pos = pos;
    return pos;
  },
  poll: () => POLLIN | POLLOUT,
  fstat: (f) => genericFstat(inodeOf(f)),
  ftruncate(f, length) {
    const inode = inodeOf(f);
    inode.ops.truncate!(inode, length);
  },
};
