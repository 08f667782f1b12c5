// The machine's disk: the tmpfs mounted as "/" (/dev/root), walked into a DiskImage and back.
// TmpfsInodes are plain data (kernel-sim/kernel/fs/tmpfs/inode.ts), so saving is a walk over
// `children` from the root inode, sharing hard links by inode number. Only the root
// filesystem is saved: /proc, /sys, /dev, /run and /tmp are other mounts and come back fresh,
// as on a real reboot.
//
// Restoring happens right after Host.boot(), before any terminal opens: the freshly laid-out
// tree is swapped for the saved one in place, and the dentry cache is rebound to the new
// inodes (mount points such as /proc must keep their Dentry objects, because mounts are keyed
// by dentry). This is the one place outside kernel-sim/ that writes kernel objects; a boot
// option that lays out the disk from an image would replace it (see worker/README.md).

import type { Host } from "../kernel-sim/host/index.ts";
import type { Dentry } from "../kernel-sim/kernel/vfs/dentry.ts";
import type { SuperBlock } from "../kernel-sim/kernel/vfs/inode.ts";
import { TmpfsInode, tmpfsInodeOps } from "../kernel-sim/kernel/fs/tmpfs/inode.ts";
import { PAGE_SIZE, tmpfsSuper } from "../kernel-sim/kernel/fs/tmpfs/super.ts";
import { VLAB_MAGIC } from "../kernel-sim/kernel/task/exec.ts";
import { PROGRAMS } from "../kernel-sim/userland/programs.ts";
import { S_IFDIR, S_IFMT } from "../kernel-sim/uapi/stat.ts";
import { DISK_SCHEMA, DiskFormatError, decodeDisk, encodeDisk, type DiskImage, type DiskInode } from "./disk_format.ts";

/** The root filesystem's superblock: what init's "/" is. */
export function rootSuperBlock(host: Host): SuperBlock {
  return host.init.fs.root.mnt.sb;
}

function rootInode(host: Host): TmpfsInode {
  const root = rootSuperBlock(host).root.inode;
  if (!(root instanceof TmpfsInode)) throw new Error("the root filesystem is not a tmpfs");
  return root;
}

/** Walk the root filesystem into a DiskImage (file bytes are copied: the image is a snapshot). */
export function snapshotDisk(host: Host, now = Date.now()): DiskImage {
  const root = rootInode(host);
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
    if (i.isReg) d.data = i.data.subarray(0, i.size);
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
  return { schema: DISK_SCHEMA, meta: { format: "vlab-disk", savedAt: now, rootIno: root.ino, programs: [...host.kernel.programs.keys()] }, inodes };
}

/** The root filesystem as bytes, ready for IndexedDB or a download. */
export function serializeDisk(host: Host): Uint8Array {
  return encodeDisk(snapshotDisk(host));
}

/**
 * A cheap summary that changes whenever the disk does (an inode's ctime moves on every write,
 * chmod, link or unlink, and a directory's on every entry change): the saver compares it to
 * skip saving an unchanged disk.
 */
export function diskFingerprint(host: Host): string {
  let count = 0;
  let ctimes = 0n;
  let bytes = 0;
  const stack: TmpfsInode[] = [rootInode(host)];
  while (stack.length > 0) {
    const i = stack.pop()!;
    count++;
    ctimes ^= i.ctimeNs * 2654435761n + BigInt(i.ino);
    bytes += i.size;
    if (i.children) for (const c of i.children.values()) if (c.ino !== i.ino) stack.push(c);
  }
  return `${count}:${bytes}:${ctimes}`;
}

export interface RestoreReport {
  files: number;
  bytes: number;
  savedAt: number;
  /** Programs this app has that the saved disk predates: installed into it. */
  added: string[];
}

/**
 * Replace the booted machine's root filesystem by the saved image. Precondition: called right
 * after Host.boot(), before any process but init runs (nothing holds an open file on the disk).
 */
export async function applyDiskImage(host: Host, img: DiskImage): Promise<RestoreReport> {
  const sb = rootSuperBlock(host);
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
    if (d.data) {
      i.data = d.data;
      pages += Math.ceil(d.size / PAGE_SIZE);
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
    for (const [name, ino] of d.children ?? []) dir.children!.set(name, made.get(ino)!);
  }
  if (pages > s.opts.maxPages) throw new DiskFormatError(`the saved disk holds ${pages} pages, more than the root filesystem's ${s.opts.maxPages}`);
  const root = made.get(img.meta.rootIno)!;
  rebind(sb.root, root);
  s.inodes = made.size;
  s.usedPages = pages;
  s.nextIno = maxIno + 1;
  const added = await installNewPrograms(host, img.meta.programs);
  return { files: made.size, bytes, savedAt: img.meta.savedAt, added };
}

/**
 * Point each cached dentry at the inode of the same name in the new tree. A name the image
 * lacks is dropped from the cache, except a mount point, which gets an empty directory so
 * its mount stays reachable.
 */
function rebind(d: Dentry, inode: TmpfsInode): void {
  d.inode = inode;
  for (const [name, c] of [...d.children]) {
    let ci = inode.children?.get(name);
    if (!ci && c.mounted > 0 && inode.children) {
      const old = c.inode;
      ci = new TmpfsInode(inode.sb, old.ino, old.mode, old.uid, old.gid, tmpfsInodeOps);
      ci.children = new Map();
      ci.nlink = 2;
      ci.size = old.size;
      ci.setTimes(old.ctimeNs);
      inode.children.set(name, ci);
      inode.nlink++;
    }
    if (ci) rebind(c, ci);
    else d.drop(name);
  }
}

/** Programs added to vlab after the disk was saved get their /usr/bin files (an upgrade). */
async function installNewPrograms(host: Host, known: string[]): Promise<string[]> {
  const had = new Set(known);
  const added: string[] = [];
  for (const [name, { path }] of Object.entries(PROGRAMS)) {
    if (had.has(name)) continue;
    if (lookupPath(host, path)) continue;
    await host.writeFile(path, `${VLAB_MAGIC}${name}\n`, 0o755);
    added.push(name);
  }
  return added;
}

function lookupPath(host: Host, path: string): boolean {
  let i: TmpfsInode | undefined = rootInode(host);
  for (const part of path.split("/").filter(Boolean)) {
    i = i?.children?.get(part);
    if (!i) return false;
  }
  return true;
}

/** Decode saved bytes and put them on the booted host. Throws DiskFormatError when unreadable. */
export async function restoreDisk(host: Host, bytes: Uint8Array): Promise<RestoreReport> {
  return applyDiskImage(host, decodeDisk(bytes));
}
