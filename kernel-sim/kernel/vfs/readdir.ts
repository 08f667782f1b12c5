// Open directories: getdents64 with "." and "..", rewinding with lseek. Analogous to
// dcache_readdir()/generic_read_dir() (fs/libfs.c). The position is an index into the entry
// list: 0 is ".", 1 is "..", then the filesystem's entries in its order. A reading from the start
// remembers what it returned, so removing entries meanwhile does not shift the rest (Linux's
// cursor dentries); after an lseek the position is an index again.

import type { File, FileOperations } from "./file.ts";
import type { Task } from "../task/task.ts";
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
    let c = cursors.get(f);
    if (!c || c.pos !== f.pos) {
      if (f.pos !== 0) return iterateByIndex(f, task);
      c = { pos: 0, seen: new Set() };
      cursors.set(f, c);
    }
    return iterateFromCursor(f, task, c);
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

/**
 * A reading that started at 0 and was not seeked: what it has returned so far. Linux keeps a
 * cursor in the directory's list, so removing entries already read (rm -r reads a batch,
 * removes it, reads on) does not make it skip the ones after; skipping the names returned
 * gives the same.
 */
interface Cursor {
  pos: number;
  seen: Set<string>;
}
const cursors = new WeakMap<File, Cursor>();

function iterateFromCursor(f: File, task: Task, c: Cursor): Dirent[] {
  const inode = f.priv as Inode;
  const out: Dirent[] = [];
  const push = (d: Dirent): boolean => {
    if (c.seen.has(d.name)) return false;
    c.seen.add(d.name);
    out.push(d);
    return out.length >= BATCH;
  };
  const parent = f.fpath ? f.fpath.dentry.parent.inode : inode;
  if (!push({ ino: inode.ino, type: DT_DIR, name: "." }) && !push({ ino: parent.ino, type: DT_DIR, name: ".." })) {
    for (const e of inode.ops.readdir?.(inode, task) ?? []) if (push({ ino: e.ino, type: e.type, name: e.name })) break;
  }
  done(f, out);
  c.pos = f.pos;
  return out;
}

/** After an lseek: the position is an index into the entries as they are now. */
function iterateByIndex(f: File, task: Task): Dirent[] {
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
}

function done(f: File, out: Dirent[]): Dirent[] {
  f.pos += out.length;
  inodeAccessed(f.priv as Inode);
  return out;
}

/** Reading a directory updates its atime (relatime, roughly). */
function inodeAccessed(inode: Inode): void {
  inode.atimeNs = inode.now();
}
