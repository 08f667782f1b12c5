// Copy-up. Analogous to fs/overlayfs/copy_up.c: before anything changes an object that lives
// only in a lower layer, it is copied into the upper layer - its parent directories first
// (ovl_copy_up_one for each ancestor), then the object itself: a directory without its
// entries, a file with its data, a symlink, a device node; with mode, owner, times and xattrs
// (but not overlay's own trusted.overlay.*). The copy remembers its origin, so it keeps the
// lower inode number. Linux stages the copy in workdir and renames it into place; the end
// state is the same, so this copies in place.

import type { Task } from "../../task/task.ts";
import type { Dentry } from "../../vfs/dentry.ts";
import type { Inode } from "../../vfs/inode.ts";
import type { File } from "../../vfs/file.ts";
import { ovlSuper, type OvlSuper } from "./super.ts";
import { realDentry, refresh, type OvlInode } from "./inode.ts";
import { lookupDentry } from "../../vfs/namei.ts";
import { EIO, EROFS, Errno } from "../../../uapi/errno.ts";
import { O_RDONLY, O_WRONLY } from "../../../uapi/fcntl.ts";
import { S_IFLNK, S_IFMT, S_IFREG } from "../../../uapi/stat.ts";

export const OVL_XATTR_PREFIX = "trusted.overlay.";

/** ovl_copy_up(): the upper dentry of o, made now if it has none. Throws EROFS on a lower-only overlay. */
export function copyUp(o: OvlInode, task: Task | null): Dentry {
  const e = o.entry;
  if (e.upper) return e.upper;
  const s = ovlSuper(o.sb);
  if (!s.upper || !e.parent) throw new Errno(EROFS);
  const t = task ?? s.mounter;
  const dir = copyUp(e.parent, t);
  const lower = e.lowers[0]!.dentry.inode;
  const stale = lookupDentry(t, dir, e.name);
  if (stale) (dir.inode.ops.unlink!(dir.inode, e.name, stale.inode), dir.drop(e.name)); // a whiteout left by a race
  const type = lower.mode & S_IFMT;
  const inode =
    type === S_IFLNK
      ? dir.inode.ops.symlink!(dir.inode, e.name, lower.ops.readlink!(lower, t), s.mounterCred)
      : dir.inode.ops.create!(dir.inode, e.name, lower.mode, lower.rdev, s.mounterCred);
  const upper = dir.add(e.name, inode);
  if (type === S_IFREG) copyData(s, o, lower, upper, t);
  for (const name of lower.ops.listxattr?.(lower) ?? []) {
    if (name.startsWith(OVL_XATTR_PREFIX)) continue;
    const v = lower.ops.getxattr?.(lower, name);
    if (v) inode.ops.setxattr?.(inode, name, v, 0);
  }
  inode.mode = lower.mode;
  inode.uid = lower.uid;
  inode.gid = lower.gid;
  inode.atimeNs = lower.atimeNs;
  inode.mtimeNs = lower.mtimeNs;
  s.origin.set(inode, s.origin.get(lower) ?? { inode: lower, layer: e.lowers[0]!.layer });
  e.upper = upper;
  refresh(o);
  return upper;
}

/** ovl_copy_up_data(): the file's bytes, through the real filesystems' own file operations. */
function copyData(s: OvlSuper, o: OvlInode, lower: Inode, upper: Dentry, task: Task): void {
  const lowerPath = { mnt: o.entry.lowers[0]!.layer.path.mnt, dentry: realDentry(o) };
  const upperPath = { mnt: s.upper!.path.mnt, dentry: upper };
  const src = syncOpen(lower.ops.open!(lower, O_RDONLY, task, lowerPath, ""));
  const dst = syncOpen(upper.inode.ops.open!(upper.inode, O_WRONLY, task, upperPath, ""));
  try {
    for (;;) {
      const b = src.ops.read!(src, 1 << 20, task);
      if (b instanceof Promise) throw new Errno(EIO);
      if (b.length === 0) break;
      const n = dst.ops.write!(dst, b, task);
      if (n instanceof Promise) throw new Errno(EIO);
    }
  } finally {
    src.put();
    dst.put();
  }
}

/** Real regular files open without waiting (tmpfs, overlay); anything else is not a layer we support. */
function syncOpen(f: File | Promise<File>): File {
  if (f instanceof Promise) throw new Errno(EIO);
  return f;
}
