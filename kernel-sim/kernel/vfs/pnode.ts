// Mount propagation. Analogous to Linux's fs/pnode.c, following
// Documentation/filesystems/sharedsubtree.rst:
// - a shared mount is in a peer group: a mount or umount under one member happens under all;
// - a slave receives events from its master's group but sends none back;
// - a mount can be both (shared:N master:M): it receives from M and shares with N;
// - private mounts neither send nor receive; unbindable ones are private and cannot be bound.
// The propagation tree of a mount is its peers, then the slaves of each, recursively.

import type { Kernel } from "../kernel.ts";
import type { Dentry } from "./dentry.ts";
import { PeerGroup, type Mount } from "./mount.ts";
import { vfsState } from "./state.ts";
import { isSubdir } from "./dir_ops.ts";
import { MS_PRIVATE, MS_SHARED, MS_SLAVE, MS_UNBINDABLE } from "../../uapi/mount.ts";

/**
 * put_mnt_ns() for namespaces whose last task is gone (this kernel has no hook at exit): their
 * mounts stop receiving events and give their group ids back. Called before anything that
 * allocates a group id or walks a propagation tree.
 */
export function reapDeadNamespaces(kernel: Kernel): void {
  const all = vfsState(kernel).namespaces;
  if (all.size === 0) return;
  const live = new Set<unknown>();
  for (const t of kernel.tasks) if (t.state !== "Z" && t.state !== "X") live.add(t.nsproxy.mnt);
  for (const ns of all) {
    if (live.has(ns)) continue;
    all.delete(ns);
    for (const m of ns.mounts) dropPropagation(kernel, m);
  }
}

/** set_mnt_shared() with a fresh group (invent_group_ids for one mount); no-op when shared. */
export function setShared(kernel: Kernel, m: Mount): void {
  m.unbindable = false;
  if (m.group) return;
  reapDeadNamespaces(kernel);
  const g = new PeerGroup(vfsState(kernel).allocGroupId());
  g.members.add(m);
  m.group = g;
}

/** Put m in the same peer group as peer (clone_mnt's list_add to mnt_share). */
export function joinPeers(m: Mount, peer: Mount): void {
  if (!peer.group) return;
  m.group = peer.group;
  peer.group.members.add(m);
}

/** Take m out of its peer group; the id is freed with the last member (mnt_release_group_id). */
export function leavePeers(kernel: Kernel, m: Mount): void {
  const g = m.group;
  if (!g) return;
  g.members.delete(m);
  m.group = null;
  if (g.members.size === 0) vfsState(kernel).freeGroupId(g.id);
}

/** Make m a slave of master (or of nobody). */
export function setMaster(m: Mount, master: Mount | null): void {
  m.master?.slaves.delete(m);
  m.master = master;
  master?.slaves.add(m);
}

/**
 * do_make_slave(): m leaves its peer group and becomes a slave of a former peer (or stays a
 * slave of its master). Its own slaves move to that new master, so nobody loses events.
 */
function makeSlave(kernel: Kernel, m: Mount): void {
  let master: Mount | null = m.master;
  if (m.group) {
    for (const p of m.group.members) if (p !== m) {
      master = p;
      break;
    }
    leavePeers(kernel, m);
  }
  for (const s of [...m.slaves]) setMaster(s, master);
  setMaster(m, master);
}

/** change_mnt_propagation(): one mount, for mount --make-{shared,slave,private,unbindable}. */
export function changePropagation(kernel: Kernel, m: Mount, type: number): void {
  if (type & MS_SHARED) return setShared(kernel, m);
  makeSlave(kernel, m);
  if (type & MS_SLAVE) return;
  setMaster(m, null);
  m.unbindable = (type & MS_UNBINDABLE) !== 0 && !(type & MS_PRIVATE);
}

/** Forget every propagation link of a mount that is gone (umount_tree's change to private). */
export function dropPropagation(kernel: Kernel, m: Mount): void {
  leavePeers(kernel, m);
  for (const s of [...m.slaves]) setMaster(s, m.master);
  setMaster(m, null);
}

/** Every mount of a tree, root first (next_mnt order). */
export function treeOf(root: Mount): Mount[] {
  const out: Mount[] = [root];
  for (let i = 0; i < out.length; i++) for (const c of childrenInOrder(out[i]!)) out.push(c);
  return out;
}

/** Children of a mount in the order they were mounted (mountinfo order). */
export function childrenInOrder(m: Mount): Mount[] {
  return m.ns.mounts.filter((c) => c.parent === m);
}

/**
 * The propagation tree of m without m itself: its peers, then the slaves of every member of the
 * group, and theirs (propagation_next). Each receiver comes with the mount it receives from
 * (a peer of the sender, or the master of a slave), which is what a copy is made a peer or slave of.
 */
export function propagationTree(m: Mount): Array<{ to: Mount; from: Mount; asSlave: boolean }> {
  const out: Array<{ to: Mount; from: Mount; asSlave: boolean }> = [];
  const seen = new Set<Mount>([m]);
  const visit = (first: Mount): void => {
    const members = first.group ? [...first.group.members] : [first];
    for (const p of members) {
      if (seen.has(p)) continue;
      seen.add(p);
      out.push({ to: p, from: first, asSlave: false });
    }
    for (const p of members) {
      for (const s of p.slaves) {
        if (seen.has(s)) continue;
        seen.add(s);
        out.push({ to: s, from: p, asSlave: true });
        visit(s);
      }
    }
  };
  visit(m);
  return out;
}

/** What the VFS must do to hang a copy of a tree at a receiving mount (namespace.ts knows how). */
export type CopyAt = (receiver: Mount, mountpoint: Dentry, source: Mount, asSlave: boolean) => Mount;

/**
 * propagate_mnt(): source (a tree just mounted at mountpoint of dest) is copied under every
 * mount in dest's propagation tree where that mountpoint is visible. A copy at a peer of dest
 * is a peer of source; a copy at a slave is a slave of the copy its master got (of source when
 * the master did not get one). Precondition: dest is shared and source's tree already has groups.
 */
export function propagateMount(dest: Mount, mountpoint: Dentry, source: Mount, copyAt: CopyAt): void {
  const copies = new Map<Mount, Mount>([[dest, source]]);
  for (const { to, from, asSlave } of propagationTree(dest)) {
    // IS_MNT_NEW: the tree being mounted may itself be a peer of dest (a bind mount of a
    // directory of a shared mount): it is not attached yet and receives nothing.
    if (to.parent === null && to.ns.root !== to) continue;
    const upstream = copies.get(from) ?? copiesUpstream(copies, from) ?? source;
    if (!isSubdir(mountpoint, to.root)) continue;
    copies.set(to, copyAt(to, mountpoint, upstream, asSlave));
  }
}

/** A sender that got no copy (the mountpoint was outside its root) passes on what it was sent. */
function copiesUpstream(copies: Map<Mount, Mount>, m: Mount): Mount | undefined {
  for (let p = m.master; p; p = p.master) {
    const c = copies.get(p);
    if (c) return c;
    if (p.group) for (const q of p.group.members) if (copies.has(q)) return copies.get(q);
  }
  return undefined;
}

/**
 * propagate_umount(): the mounts that go along with umounting m: in every mount of its parent's
 * propagation tree, the mount sitting on the same mountpoint, if it has no mounts of its own.
 */
export function propagatedUmounts(m: Mount): Mount[] {
  const parent = m.parent;
  if (!parent) return [];
  const out: Mount[] = [];
  for (const { to } of propagationTree(parent)) {
    const child = to.children.get(m.mountpoint);
    if (child && child !== m && child.children.size === 0) out.push(child);
  }
  return out;
}

/** get_dominating_id(): the nearest master group that is reachable in ns (mountinfo's propagate_from). */
export function dominatingId(m: Mount, inNs: (x: Mount) => boolean): number {
  for (let p = m.master; p; p = p.master) {
    if (!p.group) continue;
    for (const q of p.group.members) if (inNs(q)) return p.group.id;
  }
  return 0;
}
