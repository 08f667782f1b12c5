// The mount tree operations behind mount(2), umount2(2), pivot_root(2) and CLONE_NEWNS.
// Analogous to fs/namespace.c: do_new_mount, do_loopback (bind), do_remount, do_move_mount,
// do_umount, pivot_root, copy_tree/copy_mnt_ns. Who receives a copy of a mount event is
// pnode.ts's business (mount propagation); this file builds and hangs the copies.

import type { Kernel } from "../kernel.ts";
import type { Task } from "../task/task.ts";
import type { SuperBlock } from "./inode.ts";
import { Mount, MountNamespace, MNT_NOATIME, MNT_NODEV, MNT_NODIRATIME, MNT_NOEXEC, MNT_NOSUID, MNT_NOSYMFOLLOW, MNT_READONLY, MNT_RELATIME, type Path } from "./mount.ts";
import { FsContext } from "./fs_struct.ts";
import { vfsState } from "./state.ts";
import { isSubdir } from "./dir_ops.ts";
import type { Dentry } from "./dentry.ts";
import { followMounts } from "./namei.ts";
import { childrenInOrder, dropPropagation, joinPeers, propagateMount, propagatedUmounts, reapDeadNamespaces, setMaster, setShared, treeOf } from "./pnode.ts";
import { EBUSY, EINVAL, ELOOP, ENOENT, ENOTDIR, Errno } from "../../uapi/errno.ts";
import { MS_NOATIME, MS_NODEV, MS_NODIRATIME, MS_NOEXEC, MS_NOSUID, MS_NOSYMFOLLOW, MS_RDONLY, MS_STRICTATIME } from "../../uapi/mount.ts";

/** The per-mount flags a mount(2) flags word asks for (relatime unless noatime/strictatime). */
export function mntFlagsFrom(flags: number): number {
  let m = 0;
  if (flags & MS_RDONLY) m |= MNT_READONLY;
  if (flags & MS_NOSUID) m |= MNT_NOSUID;
  if (flags & MS_NODEV) m |= MNT_NODEV;
  if (flags & MS_NOEXEC) m |= MNT_NOEXEC;
  if (flags & MS_NODIRATIME) m |= MNT_NODIRATIME;
  if (flags & MS_NOSYMFOLLOW) m |= MNT_NOSYMFOLLOW;
  if (flags & MS_NOATIME) m |= MNT_NOATIME;
  else if (!(flags & MS_STRICTATIME)) m |= MNT_RELATIME;
  return m;
}

/**
 * graft_tree()/attach_recursive_mnt(): hang the tree m at target. A directory goes on a
 * directory, a file on a file. Under a shared mount the new tree becomes shared (each mount
 * in a group of its own) and is copied to every receiver of target's mount (propagate_mnt).
 */
export function graft(kernel: Kernel, ns: MountNamespace, m: Mount, target: Path): void {
  if (m.root.inode.isDir !== target.dentry.inode.isDir) throw new Errno(ENOTDIR);
  const dest = target.mnt;
  const tree = [m, ...pendingChildren(ns, m)];
  if (dest.group) {
    reapDeadNamespaces(kernel);
    for (const x of tree) setShared(kernel, x);
    propagateMount(dest, target.dentry, m, (to, mp, source, asSlave) => propagatedCopy(kernel, to, mp, source, asSlave));
  }
  ns.attach(m, dest, target.dentry);
}

/** Mounts already hung below m (an rbind copy's children), so they get groups too. */
function pendingChildren(ns: MountNamespace, m: Mount): Mount[] {
  return m.children.size === 0 ? [] : treeOf(m).slice(1).filter((x) => x.ns === ns);
}

/**
 * propagate_one(): a copy of source's tree under receiver at mountpoint (on top of whatever
 * is already mounted there). A copy at a peer is a peer of source; at a slave, a slave of it,
 * and shared in a new group of its own when the slave is itself shared.
 */
function propagatedCopy(kernel: Kernel, receiver: Mount, mountpoint: Dentry, source: Mount, asSlave: boolean): Mount {
  const rel: CloneRel = asSlave ? (receiver.group ? "slave+shared" : "slave") : "same";
  const copy = copyTree(kernel, source, source.root, receiver.ns, true, rel);
  const top = followMounts({ mnt: receiver, dentry: mountpoint });
  receiver.ns.attach(copy, top.mnt, top.dentry);
  return copy;
}

/** A new mount of sb (do_new_mount's vfs_create_mount). */
export function newMount(kernel: Kernel, ns: MountNamespace, sb: SuperBlock, flags: number, devname: string): Mount {
  return new Mount(vfsState(kernel).allocMntId(), sb, sb.root, flags, ns, null, sb.root, devname);
}

/**
 * How a clone stands to its original (clone_mnt's CL_* flags): "same" joins its peer group and
 * has the same master (a bind mount, a namespace copy); "slave" is a slave of it (CL_SLAVE);
 * "slave+shared" also gets a group of its own (CL_SLAVE|CL_MAKE_SHARED); "to-slave" makes
 * shared originals masters and copies the rest as "same" (CL_SHARED_TO_SLAVE: a namespace
 * copied into a less privileged user namespace); "private" has no links (CL_PRIVATE).
 */
export type CloneRel = "same" | "slave" | "slave+shared" | "to-slave" | "private";

/** clone_mnt(): the same subtree at a new mount, flags inherited. */
function cloneMnt(kernel: Kernel, old: Mount, root: Dentry, ns: MountNamespace, rel: CloneRel): Mount {
  const m = new Mount(vfsState(kernel).allocMntId(), old.sb, root, old.flags, ns, null, root, old.devname);
  m.unbindable = old.unbindable;
  if (rel === "slave" || rel === "slave+shared" || (rel === "to-slave" && old.group)) {
    setMaster(m, old);
    if (rel === "slave+shared") setShared(kernel, m);
  } else if (rel !== "private") {
    joinPeers(m, old);
    setMaster(m, old.master);
  }
  return m;
}

/**
 * copy_tree(): clone src (rooted at dentry) and, if recursive, every mount under it that the
 * new root can see. Unbindable mounts are skipped unless copyUnbindable (CL_COPY_UNBINDABLE,
 * which a namespace copy uses). The top is listed in ns but not attached (graft does that).
 */
export function copyTree(kernel: Kernel, src: Mount, dentry: Dentry, ns: MountNamespace, recursive: boolean, rel: CloneRel = "same", copyUnbindable = false): Mount {
  const top = cloneMnt(kernel, src, dentry, ns, rel);
  ns.list(top);
  if (!recursive) return top;
  const walk = (from: Mount, to: Mount): void => {
    for (const child of childrenInOrder(from)) {
      if (!isSubdir(child.mountpoint, from === src ? dentry : from.root)) continue;
      if (child.unbindable && !copyUnbindable) continue;
      const c = cloneMnt(kernel, child, child.root, ns, rel);
      ns.attach(c, to, child.mountpoint);
      walk(child, c);
    }
  };
  walk(src, top);
  return top;
}

/**
 * copy_mnt_ns() for CLONE_NEWNS: a copy of the whole tree (unbindable mounts included); fs's
 * root and cwd move to the copies. Shared mounts stay peers of the originals, slaves stay
 * slaves of the same master - unless the new namespace belongs to a less privileged user
 * namespace (toSlave), where shared mounts become slaves of the originals (sharedsubtree.rst).
 */
export function copyMntNs(kernel: Kernel, old: MountNamespace, fs: FsContext | null, toSlave = false): MountNamespace {
  reapDeadNamespaces(kernel);
  const ns = new MountNamespace(kernel.allocInum());
  vfsState(kernel).namespaces.add(ns);
  const rel: CloneRel = toSlave ? "to-slave" : "same";
  const map = new Map<Mount, Mount>();
  const root = cloneMnt(kernel, old.root, old.root.root, ns, rel);
  ns.root = root;
  ns.list(root);
  map.set(old.root, root);
  // copy_tree walks the tree depth first, so the copies' ids (and mountinfo) come in that order.
  for (const m of treeOf(old.root)) {
    if (m === old.root || !m.parent) continue;
    const parent = map.get(m.parent);
    if (!parent) continue;
    const c = cloneMnt(kernel, m, m.root, ns, rel);
    ns.attach(c, parent, m.mountpoint);
    map.set(m, c);
  }
  if (fs) {
    const remap = (p: Path): Path => ({ mnt: map.get(p.mnt) ?? p.mnt, dentry: p.dentry });
    fs.root = remap(fs.root);
    fs.cwd = remap(fs.cwd);
  }
  return ns;
}

/** Is anything using m: a task's root or cwd, an open file? (do_umount's propagate_mount_busy) */
function mountBusy(kernel: Kernel, m: Mount): boolean {
  if (m.children.size > 0) return true;
  for (const t of kernel.tasks) {
    if (t.state === "Z") continue;
    if (t.fs.root.mnt === m || t.fs.cwd.mnt === m) return true;
    for (const [, f] of t.files.entries()) if (f.fpath?.mnt === m) return true;
  }
  return false;
}

/**
 * do_umount(): EINVAL unless p is a mount's root in this namespace; EBUSY for the namespace
 * root or a busy mount (unless lazy). The mounts on the same mountpoint in the propagation tree
 * of the parent go too (propagate_umount); a lazy umount takes everything below with it.
 */
export function umount(kernel: Kernel, ns: MountNamespace, p: Path, lazy: boolean): void {
  const m = p.mnt;
  if (p.dentry !== m.root || m.ns !== ns) throw new Errno(EINVAL);
  if (!m.parent) throw new Errno(EBUSY);
  const victims = [m, ...propagatedUmounts(m)];
  if (!lazy && victims.some((v) => mountBusy(kernel, v))) throw new Errno(EBUSY);
  for (const v of victims) umountTree(kernel, v);
}

/** umount_tree(): detach m and everything below it; they become private as they go. */
function umountTree(kernel: Kernel, m: Mount): void {
  for (const x of treeOf(m)) dropPropagation(kernel, x);
  m.ns.detach(m);
}

/**
 * do_move_mount() (mount --move): EINVAL when the mount is not a mount's root, is the namespace
 * root, sits under a shared mount, or is unbindable and would go under a shared one; ELOOP when
 * target is inside the mount being moved. The move propagates like a new mount.
 */
export function moveMount(kernel: Kernel, ns: MountNamespace, src: Path, target: Path): void {
  const m = src.mnt;
  if (src.dentry !== m.root || !m.parent || m.ns !== ns) throw new Errno(EINVAL);
  if (m.parent.group) throw new Errno(EINVAL);
  if (m.unbindable && target.mnt.group) throw new Errno(EINVAL);
  for (let x: Mount | null = target.mnt; x; x = x.parent) if (x === m) throw new Errno(ELOOP);
  ns.unhook(m);
  graft(kernel, ns, m, target);
}

/** Is path p at or below the subtree root (is_path_reachable)? */
function reachable(p: Path, root: Path): boolean {
  let mnt = p.mnt;
  let dentry = p.dentry;
  while (mnt !== root.mnt) {
    if (!mnt.parent) return false;
    dentry = mnt.mountpoint;
    mnt = mnt.parent;
  }
  return isSubdir(dentry, root.dentry);
}

/**
 * pivot_root(2): make newRoot the root mount of the caller's namespace and hang the old root
 * at putOld. Every task whose root or cwd was the old root moves to the new one.
 * Errors: EBUSY if new_root or put_old is on the current root mount; EINVAL if new_root is not
 * a mount point, the current root is not a mount's root, or put_old is not under new_root.
 */
export function pivotRoot(kernel: Kernel, task: Task, ns: MountNamespace, newRoot: Path, putOld: Path): void {
  const root = task.fs.root;
  if (!newRoot.dentry.inode.isDir || !putOld.dentry.inode.isDir) throw new Errno(ENOTDIR);
  if (putOld.mnt.group || newRoot.mnt.parent?.group || root.mnt.parent?.group) throw new Errno(EINVAL);
  if (newRoot.mnt.ns !== ns || root.mnt.ns !== ns) throw new Errno(EINVAL);
  if (newRoot.dentry.deleted) throw new Errno(ENOENT);
  if (newRoot.mnt === root.mnt || putOld.mnt === root.mnt) throw new Errno(EBUSY);
  if (root.dentry !== root.mnt.root || !root.mnt.parent) throw new Errno(EINVAL);
  if (newRoot.dentry !== newRoot.mnt.root || !newRoot.mnt.parent) throw new Errno(EINVAL);
  if (!reachable(putOld, newRoot)) throw new Errno(EINVAL);
  if (!reachable(newRoot, root)) throw new Errno(EINVAL);
  const oldRootMnt = root.mnt;
  const rootParent = oldRootMnt.parent!;
  const rootMountpoint = oldRootMnt.mountpoint;
  const newMnt = newRoot.mnt;
  const newParent = newMnt.parent!;
  unhook(newMnt, newParent);
  unhook(oldRootMnt, rootParent);
  hook(putOld.mnt, putOld.dentry, oldRootMnt);
  hook(rootParent, rootMountpoint, newMnt);
  const newRootPath: Path = { mnt: newMnt, dentry: newMnt.root };
  for (const t of kernel.tasks) {
    if (t.nsproxy.mnt !== ns) continue;
    if (t.fs.root.mnt === oldRootMnt && t.fs.root.dentry === root.dentry) t.fs.root = newRootPath;
    if (t.fs.cwd.mnt === oldRootMnt && t.fs.cwd.dentry === root.dentry) t.fs.cwd = newRootPath;
  }
}

function unhook(m: Mount, parent: Mount): void {
  if (parent.children.get(m.mountpoint) === m) parent.children.delete(m.mountpoint);
  m.mountpoint.mounted--;
}

function hook(parent: Mount, mountpoint: Path["dentry"], m: Mount): void {
  m.parent = parent;
  m.mountpoint = mountpoint;
  parent.children.set(mountpoint, m);
  mountpoint.mounted++;
}
