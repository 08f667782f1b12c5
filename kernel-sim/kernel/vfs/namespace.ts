// The mount tree operations behind mount(2), umount2(2), pivot_root(2) and CLONE_NEWNS.
// Analogous to fs/namespace.c: do_new_mount, do_loopback (bind), do_remount, do_move_mount,
// do_umount, pivot_root, copy_tree/copy_mnt_ns. Propagation (shared/slave) is issue 4: the
// peer group ids are kept so mountinfo can show them, but events do not propagate yet.

import type { Kernel } from "../kernel.ts";
import type { Task } from "../task/task.ts";
import type { SuperBlock } from "./inode.ts";
import { Mount, MountNamespace, MNT_NOATIME, MNT_NODEV, MNT_NODIRATIME, MNT_NOEXEC, MNT_NOSUID, MNT_NOSYMFOLLOW, MNT_READONLY, MNT_RELATIME, type Path } from "./mount.ts";
import { FsContext } from "./fs_struct.ts";
import { vfsState } from "./state.ts";
import { isSubdir } from "./dir_ops.ts";
import { EBUSY, EINVAL, ENOTDIR, Errno } from "../../uapi/errno.ts";
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

/** graft_tree(): attach m on top of target. A directory goes on a directory, a file on a file. */
export function graft(ns: MountNamespace, m: Mount, target: Path): void {
  if (m.root.inode.isDir !== target.dentry.inode.isDir) throw new Errno(ENOTDIR);
  ns.attach(m, target.mnt, target.dentry);
}

/** A new mount of sb (do_new_mount's vfs_create_mount). */
export function newMount(kernel: Kernel, ns: MountNamespace, sb: SuperBlock, flags: number, devname: string): Mount {
  return new Mount(vfsState(kernel).allocMntId(), sb, sb.root, flags, ns, null, sb.root, devname);
}

/** clone_mnt(): the same subtree at a new mount, flags inherited. */
function cloneMnt(kernel: Kernel, old: Mount, root: Path["dentry"], ns: MountNamespace): Mount {
  const m = new Mount(vfsState(kernel).allocMntId(), old.sb, root, old.flags, ns, null, root, old.devname);
  m.peerGroup = old.peerGroup;
  m.master = old.master;
  return m;
}

/** copy_tree(): clone src (rooted at dentry) and, if recursive, every mount under it. */
export function copyTree(kernel: Kernel, src: Mount, dentry: Path["dentry"], ns: MountNamespace, recursive: boolean): Mount {
  const top = cloneMnt(kernel, src, dentry, ns);
  ns.mounts.push(top);
  if (!recursive) return top;
  const walk = (from: Mount, to: Mount): void => {
    for (const child of childrenInOrder(from)) {
      if (!isSubdir(child.mountpoint, from === src ? dentry : from.root)) continue;
      const c = cloneMnt(kernel, child, child.root, ns);
      ns.attach(c, to, child.mountpoint);
      walk(child, c);
    }
  };
  walk(src, top);
  return top;
}

/** Children of a mount in the order they were mounted (mountinfo order). */
function childrenInOrder(m: Mount): Mount[] {
  return m.ns.mounts.filter((c) => c.parent === m);
}

/** copy_mnt_ns() for CLONE_NEWNS: a copy of the whole tree; fs's root and cwd move to the copies. */
export function copyMntNs(kernel: Kernel, old: MountNamespace, fs: FsContext | null): MountNamespace {
  const ns = new MountNamespace(kernel.allocInum());
  const map = new Map<Mount, Mount>();
  const root = cloneMnt(kernel, old.root, old.root.root, ns);
  ns.root = root;
  ns.mounts.push(root);
  map.set(old.root, root);
  for (const m of old.mounts) {
    if (m === old.root || !m.parent) continue;
    const parent = map.get(m.parent);
    if (!parent) continue;
    const c = cloneMnt(kernel, m, m.root, ns);
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

/** do_umount(): EINVAL unless p is a mount's root; EBUSY for the namespace root or a busy mount (unless lazy). */
export function umount(kernel: Kernel, ns: MountNamespace, p: Path, lazy: boolean): void {
  const m = p.mnt;
  if (p.dentry !== m.root || m.ns !== ns) throw new Errno(EINVAL);
  if (!m.parent) throw new Errno(EBUSY);
  if (!lazy && mountBusy(kernel, m)) throw new Errno(EBUSY);
  ns.detach(m);
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
  if (newRoot.mnt.ns !== ns || putOld.mnt.ns !== ns) throw new Errno(EINVAL);
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
