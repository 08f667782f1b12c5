// overlay inodes. Analogous to fs/overlayfs/inode.c and util.c: an OvlInode stands for a
// merged object - its real dentry in the upper layer (once it has one) and the real dentries
// in the lower layers - and shows the attributes of the topmost of them. st_dev and st_ino
// follow ovl_map_dev_ino(): on one filesystem, the overlay's device and the inode number of the
// copy-up origin (so a file keeps its number when copied up); across filesystems, directories
// get the overlay's device and numbers of its own, other files the pseudo device of their layer.

import type { Task } from "../../task/task.ts";
import type { Stat } from "../../../uapi/stat.ts";
import { ovlDirOps } from "./dir.ts";
import { ovlFileOps } from "./file.ts";
import { Inode, SuperBlock } from "../../vfs/inode.ts";
import { Dentry } from "../../vfs/dentry.ts";
import { lookupDentry } from "../../vfs/namei.ts";
import { genericFstat } from "../../vfs/stat.ts";
import { ovlSuper, type Layer, type OvlSuper } from "./super.ts";
import { S_IFCHR, S_IFDIR, S_IFMT } from "../../../uapi/stat.ts";

/** A real dentry in a lower layer. */
export interface LowerDentry {
  dentry: Dentry;
  layer: Layer;
}

/**
 * Where a merged name lives in the layers. Analogous to struct ovl_entry plus the upper dentry.
 * Invariant: lowers is empty when upper is a non-directory or an opaque directory.
 */
export interface OvlEntry {
  /** The merged directory holding it (null for the root). */
  parent: OvlInode | null;
  name: string;
  upper: Dentry | null;
  /** Topmost first. */
  lowers: LowerDentry[];
}

export class OvlInode extends Inode {
  /** Where it was found last (a hard-linked file may be found under several names). */
  entry!: OvlEntry;

  override blocks(): number {
    return realDentry(this).inode.blocks();
  }
}

/** The dentry whose attributes and data the merged object shows: upper, else the top lower. */
export function realDentry(o: OvlInode): Dentry {
  return o.entry.upper ?? o.entry.lowers[0]!.dentry;
}

/** Is this real inode a whiteout (a character device 0/0)? */
export function isWhiteout(inode: Inode): boolean {
  return (inode.mode & S_IFMT) === S_IFCHR && inode.rdev === 0;
}

export const OVL_OPAQUE = "trusted.overlay.opaque";

/** An opaque directory hides the lower layers' directory of the same name (trusted.overlay.opaque=y). */
export function isOpaque(inode: Inode): boolean {
  const v = inode.ops.getxattr?.(inode, OVL_OPAQUE);
  return v !== undefined && v.length === 1 && v[0] === 0x79;
}

/** OVL_TYPE_MERGE: a directory made of more than one layer (its st_nlink reads 1). */
function isMerged(e: OvlEntry): boolean {
  return (e.upper ? 1 : 0) + e.lowers.length > 1;
}

/** Copy the real attributes onto the overlay inode (ovl_copyattr). */
export function refresh(o: OvlInode): void {
  const r = realDentry(o).inode;
  o.mode = r.mode;
  o.uid = r.uid;
  o.gid = r.gid;
  o.size = r.size;
  o.rdev = r.rdev;
  o.nlink = o.isDir && isMerged(o.entry) ? 1 : r.nlink;
  o.atimeNs = r.atimeNs;
  o.mtimeNs = r.mtimeNs;
  o.ctimeNs = r.ctimeNs;
  o.btimeNs = r.btimeNs;
}

/** The real inode a merged object is numbered after: its copy-up origin (ovl_get_inode's key). */
function originOf(s: OvlSuper, e: OvlEntry): Inode {
  if (e.lowers.length > 0) return e.lowers[0]!.dentry.inode;
  const up = e.upper!.inode;
  return s.origin.get(up)?.inode ?? up;
}

/** The layer a real inode's st_dev comes from. */
function layerOf(s: OvlSuper, e: OvlEntry): Layer {
  if (e.lowers.length > 0) return e.lowers[0]!.layer;
  return s.origin.get(e.upper!.inode)?.layer ?? s.upper!;
}

/** ovl_get_inode(): the overlay inode for an entry, made once per origin and kept in step. */
export function getInode(sb: SuperBlock, e: OvlEntry): OvlInode {
  const s = ovlSuper(sb);
  const key = originOf(s, e);
  let o = s.inodes.get(key);
  const r = (e.upper ?? e.lowers[0]!.dentry).inode;
  if (!o || (o.mode & S_IFMT) !== (r.mode & S_IFMT)) {
    const isDir = (r.mode & S_IFMT) === S_IFDIR;
    const ino = s.sameFs || !isDir ? key.ino : ++s.lastIno;
    o = new OvlInode(sb, ino, r.mode, r.uid, r.gid, isDir ? ovlDirOps : ovlFileOps);
    s.inodes.set(key, o);
  }
  o.entry = e;
  refresh(o);
  return o;
}

/** getattr: the real attributes, with overlay's device and inode numbers. */
export function ovlGetattr(inode: Inode): Stat {
  const o = inode as OvlInode;
  refresh(o);
  const st = genericFstat(o);
  const s = ovlSuper(o.sb);
  if (!s.sameFs && !o.isDir) st.dev = layerOf(s, o.entry).pseudoDev;
  return st;
}

/** The root: the upper layer's root merged with every lower layer's root. */
export function makeRoot(s: OvlSuper, sb: SuperBlock): Dentry {
  const e: OvlEntry = {
    parent: null,
    name: "",
    upper: s.upper?.path.dentry ?? null,
    lowers: s.upper && isOpaque(s.upper.path.dentry.inode) ? [] : s.lowers.map((l) => ({ dentry: l.path.dentry, layer: l })),
  };
  return new Dentry("/", null, getInode(sb, e));
}

/**
 * ovl_workdir_create(): workdir/work, mode 0, emptied of what an earlier mount left there.
 * Precondition: s.work is set.
 */
export function prepareWorkdir(s: OvlSuper, task: Task): void {
  const w = s.work!.path.dentry;
  const dir = w.inode;
  const old = lookupDentry(task, w, "work");
  if (old) {
    if (old.inode.isDir) for (const c of [...(old.inode.ops.readdir?.(old.inode, task) ?? [])]) {
      const d = lookupDentry(task, old, c.name);
      if (d && !d.inode.isDir) (old.inode.ops.unlink!(old.inode, c.name, d.inode), old.drop(c.name));
    }
    if (!old.inode.isDir) (dir.ops.unlink!(dir, "work", old.inode), w.drop("work"));
    else {
      s.workDir = old;
      return;
    }
  }
  const inode = dir.ops.create!(dir, "work", S_IFDIR, 0, s.mounterCred);
  s.workDir = w.add("work", inode);
}
