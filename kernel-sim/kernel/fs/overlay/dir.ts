// Merged directories. Analogous to fs/overlayfs/dir.c and readdir.c: every change happens in
// the upper layer, after copying up the directory (and, for link and rename, the object):
// - create/mkdir/mknod/symlink over a whiteout replace it (a directory made there is opaque);
// - unlink/rmdir remove the upper object and leave a whiteout where a lower one shows through;
// - rename of a directory that has lower layers is EXDEV, as with redirect_dir=off (mv then
//   copies and deletes);
// - readdir merges the layers: the lowest layer's entries first, then those only above it,
//   each name once, whiteouts hidden (ovl_dir_read_merged).

import type { Task } from "../../task/task.ts";
import type { Cred } from "../../cred/cred.ts";
import type { DirEntry, Inode, InodeOperations } from "../../vfs/inode.ts";
import type { Dentry } from "../../vfs/dentry.ts";
import type { File } from "../../vfs/file.ts";
import { File as VfsFile } from "../../vfs/file.ts";
import { lookupDentry } from "../../vfs/namei.ts";
import { vfsRename } from "../../vfs/dir_ops.ts";
import { dirFileOps } from "../../vfs/readdir.ts";
import { ovlSuper } from "./super.ts";
import { getInode, isWhiteout, ovlGetattr, type OvlEntry, type OvlInode } from "./inode.ts";
import { lookupEntry } from "./lookup.ts";
import { copyUp } from "./copy_up.ts";
import { clearWhiteouts, makeWhiteout, realRemove, setOpaque, setRedirect } from "./whiteout.ts";
import { attrOps } from "./file.ts";
import { EEXIST, ENOENT, Errno, EXDEV } from "../../../uapi/errno.ts";
import { S_IFDIR, S_IFMT } from "../../../uapi/stat.ts";

function ovl(i: Inode): OvlInode {
  return i as OvlInode;
}

/** The entry for name in dir now (a hard-linked inode's own entry may name another link). */
function entryOf(dir: OvlInode, name: string): OvlEntry {
  const e = lookupEntry(dir, name, ovlSuper(dir.sb).mounter);
  if (!e) throw new Errno(ENOENT);
  return e;
}

/**
 * Make room for a new name in the upper directory: a whiteout there goes (its lower object
 * stays hidden by what replaces it). Returns whether there was one.
 */
function takeName(up: Dentry, name: string, task: Task): boolean {
  const old = lookupDentry(task, up, name);
  if (!old) return false;
  if (!isWhiteout(old.inode)) throw new Errno(EEXIST);
  realRemove(up, name, old);
  return true;
}

/** ovl_create_object(): the new upper object, and the overlay inode for it. */
function createWith(dir: Inode, name: string, make: (up: Dentry) => Inode): Inode {
  const d = ovl(dir);
  const s = ovlSuper(d.sb);
  const up = copyUp(d, s.mounter);
  const overWhiteout = takeName(up, name, s.mounter);
  const real = make(up);
  const dentry = up.add(name, real);
  if (overWhiteout && (real.mode & S_IFMT) === S_IFDIR) setOpaque(dentry);
  return getInode(d.sb, { parent: d, name, upper: dentry, lowers: [] });
}

/** Every entry of a real directory, by name. */
function realEntries(dir: Dentry, task: Task): Iterable<DirEntry> {
  return dir.inode.ops.readdir?.(dir.inode, task) ?? [];
}

function* mergedReaddir(dir: Inode, task: Task): Iterable<DirEntry> {
  const e = ovl(dir).entry;
  const layers: Dentry[] = [...(e.upper ? [e.upper] : []), ...e.lowers.map((l) => l.dentry)];
  const isWo = (layer: Dentry, ent: DirEntry): boolean => {
    if (ent.type !== 2 /* DT_CHR */) return false;
    const d = lookupDentry(task, layer, ent.name);
    return d !== null && isWhiteout(d.inode);
  };
  if (layers.length === 1) {
    for (const ent of realEntries(layers[0]!, task)) if (!isWo(layers[0]!, ent)) yield ent;
    return;
  }
  // name -> entry; whiteouts are kept (they hide the name below) and skipped at the end.
  const above = new Map<string, DirEntry & { whiteout: boolean }>();
  for (const layer of layers.slice(0, -1)) {
    for (const ent of realEntries(layer, task)) {
      if (above.has(ent.name)) continue;
      above.set(ent.name, { ...ent, whiteout: isWo(layer, ent) });
    }
  }
  const lowest = layers[layers.length - 1]!;
  const out: Array<DirEntry & { whiteout: boolean }> = [];
  const moved = new Set<string>();
  for (const ent of realEntries(lowest, task)) {
    const a = above.get(ent.name);
    if (a) {
      moved.add(ent.name);
      out.push(a);
    } else out.push({ ...ent, whiteout: isWo(lowest, ent) });
  }
  for (const [name, a] of above) if (!moved.has(name)) out.push(a);
  // d_ino as stat shows st_ino (ovl_cache_update_ino): through the merged lookup.
  const d = ovl(dir);
  for (const x of out) {
    if (x.whiteout) continue;
    const e = lookupEntry(d, x.name, task);
    yield { name: x.name, ino: e ? getInode(d.sb, e).ino : x.ino, type: x.type };
  }
}

export const ovlDirOps: InodeOperations = {
  ...attrOps,
  lookup(dir, name, task) {
    const e = lookupEntry(ovl(dir), name, task);
    return e ? getInode(dir.sb, e) : null;
  },
  readdir: mergedReaddir,
  create(dir, name, mode, rdev, cred: Cred) {
    return createWith(dir, name, (up) => up.inode.ops.create!(up.inode, name, mode, rdev, cred));
  },
  symlink(dir, name, target, cred: Cred) {
    return createWith(dir, name, (up) => up.inode.ops.symlink!(up.inode, name, target, cred));
  },
  link(inode, dir, name) {
    const s = ovlSuper(dir.sb);
    const src = copyUp(ovl(inode), s.mounter);
    const up = copyUp(ovl(dir), s.mounter);
    takeName(up, name, s.mounter);
    up.inode.ops.link!(src.inode, up.inode, name);
    up.add(name, src.inode);
  },
  unlink(dir, name) {
    const d = ovl(dir);
    const s = ovlSuper(d.sb);
    const e = entryOf(d, name);
    const up = copyUp(d, s.mounter);
    if (e.upper) {
      if (e.upper.inode.isDir) clearWhiteouts(e.upper, s.mounter);
      realRemove(up, name, e.upper);
    }
    if (e.lowers.length > 0) makeWhiteout(s, up, name);
  },
  rename(oldDir, oldName, newDir, newName, replaced, exchange) {
    const s = ovlSuper(oldDir.sb);
    const src = entryOf(ovl(oldDir), oldName);
    const isDir = (src.upper ?? src.lowers[0]!.dentry).inode.isDir;
    // A directory with lower layers can only move with redirect_dir=on, and here only within
    // its own parent (a relative redirect); anything else is EXDEV and mv copies.
    const redirect = isDir && src.lowers.length > 0;
    if (exchange || (redirect && (!s.redirectDir || oldDir !== newDir))) throw new Errno(EXDEV);
    const dst = replaced ? entryOf(ovl(newDir), newName) : null;
    if (dst && (dst.upper ?? dst.lowers[0]!.dentry).inode.isDir && dst.lowers.length > 0) throw new Errno(EXDEV);
    const upOld = copyUp(ovl(oldDir), s.mounter);
    const upNew = copyUp(ovl(newDir), s.mounter);
    const moved = copyUp(getInode(oldDir.sb, src), s.mounter);
    const target = lookupDentry(s.mounter, upNew, newName);
    const overWhiteout = target !== null && isWhiteout(target.inode);
    if (target?.inode.isDir) clearWhiteouts(target, s.mounter);
    const mnt = s.upper!.path.mnt;
    vfsRename({ mnt, dentry: upOld }, oldName, moved, { mnt, dentry: upNew }, newName, target, false);
    if (src.lowers.length > 0) makeWhiteout(s, upOld, oldName);
    if (isDir && overWhiteout) setOpaque(moved);
    if (redirect) setRedirect(moved, oldName);
  },
  open(inode, flags, _task, path, name): File {
    const f = new VfsFile({ ...dirFileOps, fstat: () => ovlGetattr(inode) }, flags, inode, name);
    f.fpath = path;
    return f;
  },
};
