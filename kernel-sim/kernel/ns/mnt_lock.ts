// Locked mounts: what a less privileged mount namespace may not undo. When unshare(CLONE_NEWNS)
// copies the mount tree into a namespace owned by another user namespace (unshare -r -m),
// every copied mount is locked (lock_mnt_tree() in fs/namespace.c): root there may mount on
// top of them, but not unmount or move one on its own ("umount: /proc: not mounted."), nor
// clear the read-only, nodev, nosuid, noexec flags it had, nor change its atime mode.
// Kept beside the mounts rather than as MNT_LOCK_* bits in Mount.flags.

import type { Mount, MountNamespace } from "../vfs/mount.ts";
import { MNT_NOATIME, MNT_NODEV, MNT_NODIRATIME, MNT_NOEXEC, MNT_NOSUID, MNT_READONLY, MNT_RELATIME } from "../vfs/mount.ts";
import type { Dentry } from "../vfs/dentry.ts";
import { treeOf } from "../vfs/pnode.ts";
import { isSubdir } from "../vfs/dir_ops.ts";

const MNT_ATIME_MASK = MNT_NOATIME | MNT_NODIRATIME | MNT_RELATIME;
const LOCKABLE = MNT_READONLY | MNT_NODEV | MNT_NOSUID | MNT_NOEXEC;

/**
 * The MNT_LOCK_* bits of a mount copied into a less privileged mount namespace, as
 * lock_mnt_tree() sets them: the flags it had then (atime mode always), and MNT_LOCKED - it
 * may not be unmounted or moved on its own, "to not reveal what is under a mount".
 * Invariant: only mounts of a namespace whose owner is less privileged than their source's.
 */
const lockedFlags = new WeakMap<Mount, number>();

/** lock_mnt_tree(): lock every mount of ns (copy_mnt_ns into another user namespace). */
export function lockMntTree(ns: MountNamespace): void {
  for (const m of treeOf(ns.root)) lockedFlags.set(m, m.flags & (LOCKABLE | MNT_ATIME_MASK));
}

/**
 * can_change_locked_flags(): a locked read-only, nodev, nosuid or noexec stays set, and a
 * locked atime mode stays the same.
 */
export function canChangeLockedFlags(m: Mount, mf: number): boolean {
  const locked = lockedFlags.get(m);
  if (locked === undefined) return true;
  if ((locked & LOCKABLE & ~mf) !== 0) return false;
  return (locked & MNT_ATIME_MASK) === (mf & MNT_ATIME_MASK);
}

/** MNT_LOCKED: may m not be unmounted or moved on its own? */
export function isLocked(m: Mount): boolean {
  return lockedFlags.has(m);
}

/**
 * has_locked_children(): is a locked mount hung anywhere under dentry of m? A bind without
 * MS_REC would show what such a mount hides, so do_loopback refuses it (EINVAL).
 */
export function hasLockedChildren(m: Mount, dentry: Dentry): boolean {
  for (const c of m.children.values()) if (lockedFlags.has(c) && isSubdir(c.mountpoint, dentry)) return true;
  return false;
}

/**
 * copy_tree() keeps MNT_LOCKED and the MNT_LOCK_* bits on the copies of locked mounts, except
 * on the top of the new tree (do_loopback clears it there): `mount --rbind /sys /x` in such a
 * namespace may be unmounted as a whole, not /x/fs/cgroup alone. A copy is matched to its
 * source by what both show: the same superblock, root dentry and mountpoint dentry.
 */
export function inheritLocks(src: Mount, copyTop: Mount): void {
  const sources = treeOf(src).filter((s) => lockedFlags.has(s));
  if (sources.length === 0) return;
  for (const c of treeOf(copyTop)) {
    if (c === copyTop) continue;
    const s = sources.find((x) => x.sb === c.sb && x.root === c.root && x.mountpoint === c.mountpoint);
    if (s) lockedFlags.set(c, lockedFlags.get(s)!);
  }
}
