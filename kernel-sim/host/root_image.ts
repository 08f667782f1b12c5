// The machine's disk as plain data: the tmpfs mounted as "/" (/dev/root), walked into a
// RootImage and laid out from one at boot (BootOptions.rootImage). Only the root filesystem is
// in it: /proc, /sys, /dev, /run and /tmp are other mounts and come back fresh, as on a real
// reboot. The host owns both directions because both touch tmpfs inodes; the browser's worker
// only turns a RootImage into bytes and back (worker/disk_format.ts) and stores them.
//
// TmpfsInodes are plain data (kernel/fs/tmpfs/inode.ts), so a snapshot is a walk over
// `children` from the root inode, sharing hard links by inode number.

import type { SuperBlock } from "../kernel/vfs/inode.ts";
import { TmpfsInode, tmpfsInodeOps } from "../kernel/fs/tmpfs/inode.ts";
import { PAGE_SIZE, tmpfsSuper } from "../kernel/fs/tmpfs/super.ts";
import { S_IFDIR, S_IFMT } from "../uapi/stat.ts";

/** One inode of the root filesystem (a TmpfsInode without its ops). */
export interface DiskInode {
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  rdev: number;
  size: number;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  btimeNs: bigint;
  /**
   * Regular files: the parts that hold data, in file order; the rest of size is holes (zeros
   * that take no space), so `truncate -s 1G` saves no bytes. Each extent starts on a page.
   */
  extents?: DiskExtent[];
  /** Symlinks: the target. */
  target?: string;
  /** Directories: [name, ino] oldest first (the order tmpfs keeps). */
  children?: [string, number][];
  xattrs?: [string, Uint8Array][];
}

/** Allocated pages of a file: the bytes from `offset` (a multiple of PAGE_SIZE) on. */
export interface DiskExtent {
  offset: number;
  bytes: Uint8Array;
}

/** What the disk says about itself. */
export interface DiskMeta {
  format: "vlab-disk";
  /** Date.now() when it was saved. */
  savedAt: number;
  rootIno: number;
  /** The program names the machine had, so a newer vlab installs only programs added since. */
  programs: string[];
}

/** A saved root filesystem (the record worker/disk_format.ts encodes, schema and all). */
export interface DiskImage {
  schema: number;
  meta: DiskMeta;
  inodes: DiskInode[];
}

/** An image this machine cannot boot from (it does not fit, or its tree is broken). */
export class RootImageError extends Error {
  override name = "RootImageError";
}

/** What booting from an image found. */
export interface RootImageReport {
  files: number;
  bytes: number;
  savedAt: number;
  /** Programs this vlab has that the saved disk predates: installed into it at boot. */
  added: string[];
}

function rootInode(sb: SuperBlock): TmpfsInode {
  const root = sb.root.inode;
  if (!(root instanceof TmpfsInode)) throw new Error("the root filesystem is not a tmpfs");
  return root;
}

/**
 * Walk the root filesystem into a DiskImage. File bytes are views of the files' buffers, not
 * copies (a 20 MB disk is saved without a second 20 MB): encode the image before the machine
 * writes again.
 */
export function snapshotRoot(sb: SuperBlock, schema: number, programs: string[], now = Date.now()): DiskImage {
  const root = rootInode(sb);
  const seen = new Set<number>();
  const inodes: DiskInode[] = [];
  const stack: TmpfsInode[] = [root];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen.has(i.ino)) continue;
    seen.add(i.ino);
    const d: DiskInode = {
      ino: i.ino,
      mode: i.mode,
      uid: i.uid,
      gid: i.gid,
      nlink: i.nlink,
      rdev: i.rdev,
      size: i.size,
      atimeNs: i.atimeNs,
      mtimeNs: i.mtimeNs,
      ctimeNs: i.ctimeNs,
      btimeNs: i.btimeNs,
    };
    if (i.isReg) d.extents = extentsOf(i);
    else if (i.isSymlink) d.target = i.target;
    if (i.children) {
      d.children = [];
      for (const [name, c] of i.children) {
        d.children.push([name, c.ino]);
        stack.push(c);
      }
    }
    if (i.xattrs && i.xattrs.size > 0) d.xattrs = [...i.xattrs];
    inodes.push(d);
  }
  return { schema, meta: { format: "vlab-disk", savedAt: now, rootIno: root.ino, programs }, inodes };
}

/** A file's allocated pages as extents: views of its buffer, clipped to its size. */
function extentsOf(i: TmpfsInode): DiskExtent[] {
  const out: DiskExtent[] = [];
  const end = Math.min(i.size, i.data.length);
  i.pages.forEachRange((first, last) => {
    const from = first * PAGE_SIZE;
    const to = Math.min(last * PAGE_SIZE, end);
    if (to > from) out.push({ offset: from, bytes: i.data.subarray(from, to) });
  });
  return out;
}

/** A file's buffer from its extents (the first one itself when it is the whole file). */
function dataOf(d: DiskInode, extents: DiskExtent[]): Uint8Array {
  if (extents.length === 0) return new Uint8Array(0);
  if (extents.length === 1 && extents[0]!.offset === 0) return extents[0]!.bytes;
  const last = extents[extents.length - 1]!;
  const data = new Uint8Array(last.offset + last.bytes.length);
  for (const e of extents) {
    if (e.offset % PAGE_SIZE !== 0) throw new RootImageError(`inode ${d.ino}: an extent at byte ${e.offset} does not start on a page`);
    data.set(e.bytes, e.offset);
  }
  return data;
}

/**
 * A cheap summary that changes whenever the disk does (an inode's ctime moves on every write,
 * chmod, link or unlink, and a directory's on every entry change): a saver compares it to skip
 * saving an unchanged disk.
 */
export function rootFingerprint(sb: SuperBlock): string {
  let count = 0;
  let ctimes = 0n;
  let bytes = 0;
  const stack: TmpfsInode[] = [rootInode(sb)];
  while (stack.length > 0) {
    const i = stack.pop()!;
    count++;
    ctimes ^= i.ctimeNs * 2654435761n + BigInt(i.ino);
    bytes += i.size;
    if (i.children) for (const c of i.children.values()) if (c.ino !== i.ino) stack.push(c);
  }
  return `${count}:${bytes}:${ctimes}`;
}

/**
 * Lay out the root filesystem from an image: its inodes become the tree under sb's root dentry.
 * Precondition: sb is the fresh, empty root tmpfs of a booting machine (no name under "/" has
 * been looked up, so no dentry points at an old inode; init mounts /proc and the rest after).
 */
export function layOutRootImage(sb: SuperBlock, img: DiskImage): { files: number; bytes: number } {
  if (sb.root.children.size > 0) throw new Error("layOutRootImage: the root filesystem is already in use");
  const s = tmpfsSuper(sb);
  const made = new Map<number, TmpfsInode>();
  let pages = 0;
  let bytes = 0;
  let maxIno = 0;
  for (const d of img.inodes) {
    const i = new TmpfsInode(sb, d.ino, d.mode, d.uid, d.gid, tmpfsInodeOps);
    i.nlink = d.nlink;
    i.rdev = d.rdev;
    i.size = d.size;
    i.atimeNs = d.atimeNs;
    i.mtimeNs = d.mtimeNs;
    i.ctimeNs = d.ctimeNs;
    i.btimeNs = d.btimeNs;
    if (d.extents) {
      i.data = dataOf(d, d.extents);
      // The saved extents are allocated; the holes between and after them stay holes.
      for (const e of d.extents) pages += i.pages.add(e.offset / PAGE_SIZE, Math.ceil((e.offset + e.bytes.length) / PAGE_SIZE));
      bytes += d.size;
    }
    if (d.target !== undefined) i.target = d.target;
    if ((d.mode & S_IFMT) === S_IFDIR) i.children = new Map();
    if (d.xattrs) i.xattrs = new Map(d.xattrs);
    made.set(d.ino, i);
    if (d.ino > maxIno) maxIno = d.ino;
  }
  for (const d of img.inodes) {
    const dir = made.get(d.ino)!;
    for (const [name, ino] of d.children ?? []) {
      const c = made.get(ino);
      if (!dir.children || !c) throw new RootImageError(`inode ${d.ino} names a missing inode ${ino}`);
      dir.children.set(name, c);
    }
  }
  const root = made.get(img.meta.rootIno);
  if (!root?.children) throw new RootImageError(`the root inode ${img.meta.rootIno} is not a directory`);
  if (pages > s.opts.maxPages) throw new RootImageError(`the saved disk holds ${pages} pages, more than the root filesystem's ${s.opts.maxPages}`);
  sb.root.inode = root;
  s.inodes = made.size;
  s.usedPages = pages;
  s.nextIno = maxIno + 1;
  return { files: made.size, bytes };
}
