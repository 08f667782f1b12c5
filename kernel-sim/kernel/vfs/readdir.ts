// Open directories: getdents64 with "." and "..", rewinding with lseek. Analogous to
// dcache_readdir()/generic_read_dir() (fs/libfs.c). The position is an index into the entry
// list: 0 is ".", 1 is "..", then the filesystem's entries in its order. An entry removed while
// a directory is being read may shift later ones (Linux's cursors avoid that; rm -r reads a
// whole batch before removing, so it does not notice).

import type { File, FileOperations } from "./file.ts";
import type { Inode } from "./inode.ts";
import type { Dirent } from "../../uapi/stat.ts";
import { DT_DIR } from "../../uapi/stat.ts";
import { EINVAL, EISDIR, Errno } from "../../uapi/errno.ts";
import { SEEK_CUR, SEEK_SET } from "../../uapi/fcntl.ts";
import { POLLIN, POLLOUT } from "../../userland/lib/sys.ts";
import { vfsGetattr } from "./stat.ts";

/** Entries per getdents64 call: about what glibc's 32 KiB buffer holds. */
const BATCH = 512;

export const dirFileOps: FileOperations = {
  read() {
    throw new Errno(EISDIR);
  },
  iterate(f, task): Dirent[] {
    const inode = f.priv as Inode;
    const out: Dirent[] = [];
    let i = 0;
    const start = f.pos;
    const push = (d: Dirent): boolean => {
      if (i++ >= start) out.push(d);
      return out.length >= BATCH;
    };
    const parent = f.fpath ? f.fpath.dentry.parent.inode : inode;
    if (push({ ino: inode.ino, type: DT_DIR, name: "." })) return done(f, out);
    if (push({ ino: parent.ino, type: DT_DIR, name: ".." })) return done(f, out);
    for (const e of inode.ops.readdir?.(inode, task) ?? []) {
      if (push({ ino: e.ino, type: e.type, name: e.name })) break;
    }
    return done(f, out);
  },
  llseek(f, offset, whence) {
    const pos = whence === SEEK_SET ? offset : whence === SEEK_CUR ? f.pos + offset : -1;
    if (pos < 0) throw new Errno(EINVAL);
    f.pos = pos;
    return pos;
  },
  poll: () => POLLIN | POLLOUT,
  fstat: (f) => vfsGetattr(f.priv as Inode),
};

function done(f: File, out: Dirent[]): Dirent[] {
  f.pos += out.length;
  inodeAccessed(f.priv as Inode);
  return out;
}

/** Reading a directory updates its atime (relatime, roughly). */
function inodeAccessed(inode: Inode): void {
  inode.atimeNs = inode.now();
}
