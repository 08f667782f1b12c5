// mount(2), umount2(2), pivot_root(2): decode the flags, check privilege, resolve the paths,
// then let vfs/namespace.ts change the tree. Order as path_mount()/path_umount(): the target
// path first (ENOENT...), then EPERM without CAP_SYS_ADMIN, then the operation's own errors.

import type { Task } from "../../task/task.ts";
import type { MountNamespace, Path } from "../../vfs/mount.ts";
import { lookupPath, followMounts, LOOKUP_FOLLOW, LOOKUP_DIRECTORY } from "../../vfs/namei.ts";
import { copyTree, graft, mntFlagsFrom, newMount, pivotRoot, umount } from "../../vfs/namespace.ts";
import { vfsState } from "../../vfs/state.ts";
import { SB_RDONLY } from "../../vfs/inode.ts";
import { MNT_READONLY } from "../../vfs/mount.ts";
import { CAP_SYS_ADMIN } from "../../cred/cred.ts";
import { EINVAL, ENODEV, ENOTBLK, EPERM, Errno } from "../../../uapi/errno.ts";
import { AT_FDCWD } from "../../../uapi/fcntl.ts";
import {
  MNT_DETACH, MNT_EXPIRE, MNT_FORCE, MS_BIND, MS_MOVE, MS_PRIVATE, MS_RDONLY, MS_REC, MS_REMOUNT, MS_SHARED,
  MS_SILENT, MS_SLAVE, MS_UNBINDABLE, UMOUNT_NOFOLLOW,
} from "../../../uapi/mount.ts";

/** MS_MGC_VAL: the old magic in the top 16 bits of mount flags. */
const MS_MGC_MSK = 0xffff0000;
const MS_MGC_VAL = 0xc0ed0000;

function mntNs(task: Task): MountNamespace {
  return task.nsproxy.mnt as MountNamespace;
}

let nextPeerGroup = 1;

/** change_mnt_propagation() bookkeeping (no propagation yet: issue 4). */
function setPropagation(task: Task, target: Path, flags: number): void {
  if (target.dentry !== target.mnt.root) throw new Errno(EINVAL);
  const apply = (m: Path["mnt"]): void => {
    if (flags & MS_SHARED) m.peerGroup ||= nextPeerGroup++;
    else if (flags & (MS_PRIVATE | MS_UNBINDABLE)) {
      m.peerGroup = 0;
      m.master = 0;
    } else if (flags & MS_SLAVE) {
      m.master = m.peerGroup;
      m.peerGroup = 0;
    }
    if (flags & MS_REC) for (const c of mntNs(task).mounts) if (c.parent === m) apply(c);
  };
  apply(target.mnt);
}

export function mount(task: Task, source: string, target: string, fstype: string, flags: number, data: string): void {
  if ((flags & MS_MGC_MSK) >>> 0 === MS_MGC_VAL) flags &= ~MS_MGC_MSK;
  const tp = followMounts(lookupPath(task, AT_FDCWD, target, LOOKUP_FOLLOW));
  if (!task.cred.capable(CAP_SYS_ADMIN)) throw new Errno(EPERM);
  const kernel = task.kernel;
  const ns = mntNs(task);
  if (tp.mnt.ns !== ns) throw new Errno(EINVAL);
  flags &= ~MS_SILENT;
  if (flags & MS_REMOUNT) {
    if (tp.dentry !== tp.mnt.root) throw new Errno(EINVAL);
    const m = tp.mnt;
    const mf = mntFlagsFrom(flags);
    if (flags & MS_BIND) {
      m.flags = mf;
      return;
    }
    m.sb.ops.remount?.(m.sb, flags, data ?? "");
    m.sb.flags = flags & MS_RDONLY ? m.sb.flags | SB_RDONLY : m.sb.flags & ~SB_RDONLY;
    m.flags = mf & ~MNT_READONLY;
    if (flags & MS_RDONLY) m.flags |= MNT_READONLY;
    return;
  }
  if (flags & (MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE)) return setPropagation(task, tp, flags);
  if (flags & MS_BIND) {
    const src = lookupPath(task, AT_FDCWD, source, LOOKUP_FOLLOW);
    if (src.mnt.ns !== ns) throw new Errno(EINVAL);
    const m = copyTree(kernel, src.mnt, src.dentry, ns, (flags & MS_REC) !== 0);
    // copyTree listed it; graft hangs it (and its copied children) at the target.
    ns.mounts.splice(ns.mounts.indexOf(m), 1);
    graft(ns, m, tp);
    if (flags & MS_RDONLY) m.flags |= MNT_READONLY;
    return;
  }
  if (flags & MS_MOVE) {
    const src = followMounts(lookupPath(task, AT_FDCWD, source, LOOKUP_FOLLOW));
    const m = src.mnt;
    if (src.dentry !== m.root || !m.parent || m.ns !== ns) throw new Errno(EINVAL);
    ns.detach(m);
    graft(ns, m, tp);
    return;
  }
  const type = vfsState(kernel).fsTypes.get(fstype);
  if (!type) throw new Errno(ENODEV);
  if (!type.nodev && source === "") throw new Errno(ENOTBLK);
  const sb = type.mount(kernel, task, source, flags, data ?? "");
  if (flags & MS_RDONLY) sb.flags |= SB_RDONLY;
  const m = newMount(kernel, ns, sb, mntFlagsFrom(flags), source || "none");
  graft(ns, m, tp);
}

export function umount2(task: Task, target: string, flags: number): void {
  if (flags & ~(MNT_FORCE | MNT_DETACH | MNT_EXPIRE | UMOUNT_NOFOLLOW)) throw new Errno(EINVAL);
  // LOOKUP_MOUNTPOINT: the mount on top of the final dentry is the one to go.
  const p = followMounts(lookupPath(task, AT_FDCWD, target, flags & UMOUNT_NOFOLLOW ? 0 : LOOKUP_FOLLOW));
  if (!task.cred.capable(CAP_SYS_ADMIN)) throw new Errno(EPERM);
  umount(task.kernel, mntNs(task), p, (flags & MNT_DETACH) !== 0);
}

export function pivot_root(task: Task, newRoot: string, putOld: string): void {
  if (!task.cred.capable(CAP_SYS_ADMIN)) throw new Errno(EPERM);
  const n = followMounts(lookupPath(task, AT_FDCWD, newRoot, LOOKUP_FOLLOW | LOOKUP_DIRECTORY));
  const o = followMounts(lookupPath(task, AT_FDCWD, putOld, LOOKUP_FOLLOW | LOOKUP_DIRECTORY));
  pivotRoot(task.kernel, task, mntNs(task), n, o);
}
