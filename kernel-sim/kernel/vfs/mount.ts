// Mounts and mount namespaces. Analogous to Linux's struct mount / struct vfsmount
// (fs/mount.h) and struct mnt_namespace. A Mount attaches a superblock's subtree (root) at a
// dentry (mountpoint) of its parent mount; a Path is a (mount, dentry) pair, the unit every
// lookup works on, because the same dentry can be visible through several mounts (bind mounts).
// See README.md beside this file for the walk across mount points.

import type { Dentry } from "./dentry.ts";
import { SB_RDONLY, type SuperBlock } from "./inode.ts";

/** A place in the tree: analogous to struct path. Invariant: dentry is under mnt.root. */
export interface Path {
  readonly mnt: Mount;
  readonly dentry: Dentry;
}

// Per-mount flags (MNT_* in include/linux/mount.h), what mountinfo's 6th field shows.
export const MNT_NOSUID = 0x01;
export const MNT_NODEV = 0x02;
export const MNT_NOEXEC = 0x04;
export const MNT_NOATIME = 0x08;
export const MNT_NODIRATIME = 0x10;
export const MNT_RELATIME = 0x20;
export const MNT_READONLY = 0x40;
export const MNT_NOSYMFOLLOW = 0x80;

export class Mount {
  /** Mounts attached inside this one, by the dentry they sit on (the topmost per dentry). */
  readonly children = new Map<Dentry, Mount>();
  /** Peer group id for shared propagation (issue 4); 0 = private. */
  peerGroup = 0;
  /** Master's peer group when a slave (issue 4); 0 = none. */
  master = 0;

  constructor(
    /** mnt_id: the first field of mountinfo; unique per kernel. */
    readonly id: number,
    readonly sb: SuperBlock,
    /** The dentry of sb this mount shows at its mountpoint (a bind mount's source). */
    readonly root: Dentry,
    /** MNT_* flags; changed by remount. */
    public flags: number,
    /** The namespace whose tree holds this mount. */
    public ns: MountNamespace,
    /** Where it is attached: null for the namespace root. */
    public parent: Mount | null = null,
    public mountpoint: Dentry = root,
    /** The device name given to mount(2) (bind mounts inherit the source's). */
    public devname: string = sb.source,
  ) {}

  get readonly(): boolean {
    return (this.flags & MNT_READONLY) !== 0 || (this.sb.flags & SB_RDONLY) !== 0;
  }
}

/** Analogous to struct mnt_namespace: a mount tree, its root, and an inode number for /proc/PID/ns/mnt. */
export class MountNamespace {
  root!: Mount;
  /** Every mount of the tree in mount order (what mountinfo lists). */
  readonly mounts: Mount[] = [];

  constructor(readonly inum: number) {}

  /** lookup_mnt(): the mount on top of dentry inside parent, if any. */
  lookupMnt(parent: Mount, dentry: Dentry): Mount | undefined {
    return dentry.mounted === 0 ? undefined : parent.children.get(dentry);
  }

  /** attach_mnt(): hang child at mountpoint of parent. */
  attach(child: Mount, parent: Mount, mountpoint: Dentry): void {
    child.parent = parent;
    child.mountpoint = mountpoint;
    child.ns = this;
    parent.children.set(mountpoint, child);
    mountpoint.mounted++;
    this.mounts.push(child);
  }

  /** umount_tree() for one mount: detach it (and, with its children, everything below). */
  detach(m: Mount): void {
    for (const c of [...m.children.values()]) this.detach(c);
    if (m.parent) {
      if (m.parent.children.get(m.mountpoint) === m) m.parent.children.delete(m.mountpoint);
      m.mountpoint.mounted--;
    }
    const i = this.mounts.indexOf(m);
    if (i >= 0) this.mounts.splice(i, 1);
  }
}
