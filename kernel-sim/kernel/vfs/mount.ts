// Mounts and mount namespaces. Analogous to Linux's struct mount / struct vfsmount
// (fs/mount.h) and struct mnt_namespace. A Mount attaches a superblock's subtree (root) at a
// dentry (mountpoint) of its parent mount; a Path is a (mount, dentry) pair, the unit every
// lookup works on, because the same dentry can be visible through several mounts (bind mounts).
// See README.md beside this file for the walk across mount points.

import type { Dentry } from "./dentry.ts";
import { SB_RDONLY, type SuperBlock } from "./inode.ts";

/**
 * A peer group (the ring of mounts linked by mnt_share in Linux, named by mnt_group_id): the
 * mounts that propagate mount events to each other. See README.md, "Mount propagation".
 * Invariant: members is never empty while the id is allocated; m.group === this for each member.
 */
export class PeerGroup {
  readonly members = new Set<Mount>();
  constructor(
    /** mnt_group_id: the N of "shared:N" in mountinfo; the smallest free id when made. */
    readonly id: number,
  ) {}
}

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
  /**
   * The peer group when shared (MNT_SHARED, mnt_share): a mount or umount under any member
   * happens under every member. null = not shared. Changed only through pnode.ts.
   */
  group: PeerGroup | null = null;
  /** The mount this one is a slave of (mnt_master): it receives, it does not send back. */
  master: Mount | null = null;
  /** Mounts whose master is this one (mnt_slave_list). Invariant: s.master === this for each s. */
  readonly slaves = new Set<Mount>();
  /** MNT_UNBINDABLE: bind mounts of it fail, rbind and copies skip it. */
  unbindable = false;

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
  /**
   * Every mount of the tree in the order mountinfo lists them: by creation (mnt_id_unique, the
   * rb-tree order of Linux 6.8+). Invariant: sorted by id (ids only grow).
   */
  readonly mounts: Mount[] = [];

  constructor(readonly inum: number) {}

  /** lookup_mnt(): the mount on top of dentry inside parent, if any. */
  lookupMnt(parent: Mount, dentry: Dentry): Mount | undefined {
    return dentry.mounted === 0 ? undefined : parent.children.get(dentry);
  }

  /** attach_mnt(): hang child at mountpoint of parent (listed last unless already listed). */
  attach(child: Mount, parent: Mount, mountpoint: Dentry): void {
    child.parent = parent;
    child.mountpoint = mountpoint;
    child.ns = this;
    parent.children.set(mountpoint, child);
    mountpoint.mounted++;
    this.list(child);
  }

  /** Add m to the mount list in id order (no-op when listed). */
  list(m: Mount): void {
    const a = this.mounts;
    let i = a.length;
    while (i > 0 && a[i - 1]!.id > m.id) i--;
    if (a[i - 1] !== m) a.splice(i, 0, m);
  }

  /** Take m off its mountpoint, keeping it and its subtree listed (a move, pivot_root). */
  unhook(m: Mount): void {
    if (!m.parent) return;
    if (m.parent.children.get(m.mountpoint) === m) m.parent.children.delete(m.mountpoint);
    m.mountpoint.mounted--;
    m.parent = null;
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
