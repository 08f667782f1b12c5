// mount(2), umount2(2), pivot_root(2): decode the flags, check privilege, resolve the paths,
// then let vfs/namespace.ts change the tree. Order as path_mount()/path_umount(): the target
// path first (ENOENT...), then EPERM without CAP_SYS_ADMIN, then the operation's own errors.

import type { Task } from "../../task/task.ts";
import type { MountNamespace, Path } from "../../vfs/mount.ts";
import { canChangeLockedFlags, hasLockedChildren, inheritLocks, isLocked } from "../../ns/mnt_lock.ts";
import type { SuperBlock } from "../../vfs/inode.ts";
import type { UserNamespace } from "../../ns/user.ts";
import { INIT_USER_NS } from "../../ns/user.ts";
import { lookupPath, followMounts, LOOKUP_FOLLOW, LOOKUP_DIRECTORY } from "../../vfs/namei.ts";
import { copyTree, graft, mntFlagsFrom, moveMount, newMount, pivotRoot, umount } from "../../vfs/namespace.ts";
import { changePropagation, treeOf } from "../../vfs/pnode.ts";
import { vfsState } from "../../vfs/state.ts";
import { SB_RDONLY } from "../../vfs/inode.ts";
import { MNT_NOATIME, MNT_NODIRATIME, MNT_RELATIME } from "../../vfs/mount.ts";
import { CAP_SYS_ADMIN } from "../../cred/cred.ts";
import { nsOwner } from "../../ns/ns_common.ts";
import { EINVAL, ENODEV, ENOTBLK, EPERM, Errno } from "../../../uapi/errno.ts";
import { AT_FDCWD } from "../../../uapi/fcntl.ts";
import {
  MNT_DETACH, MNT_EXPIRE, MNT_FORCE, MS_BIND, MS_MOVE, MS_NOATIME, MS_NODIRATIME, MS_PRIVATE, MS_RDONLY, MS_REC,
  MS_RELATIME, MS_REMOUNT, MS_SHARED, MS_SILENT, MS_SLAVE, MS_STRICTATIME, MS_UNBINDABLE, UMOUNT_NOFOLLOW,
} from "../../../uapi/mount.ts";

/** MS_MGC_VAL: the old magic in the top 16 bits of mount flags. */
const MS_MGC_MSK = 0xffff0000;
const MS_MGC_VAL = 0xc0ed0000;

function mntNs(task: Task): MountNamespace {
  return task.nsproxy.mnt as MountNamespace;
}

/** The atime bits of MNT_* flags: a remount keeps them unless it names one (path_mount). */
const MNT_ATIME_MASK = MNT_NOATIME | MNT_NODIRATIME | MNT_RELATIME;
const MS_ATIME_FLAGS = MS_NOATIME | MS_NODIRATIME | MS_RELATIME | MS_STRICTATIME;

/** do_change_type(): exactly one propagation type (plus MS_REC), on a mount's root. */
function changeType(task: Task, target: Path, flags: number): void {
  if (target.dentry !== target.mnt.root) throw new Errno(EINVAL);
  const type = flags & ~(MS_REC | MS_SILENT);
  if (type === 0 || (type & (type - 1)) !== 0) throw new Errno(EINVAL);
  const mounts = flags & MS_REC ? treeOf(target.mnt) : [target.mnt];
  for (const m of mounts) changePropagation(task.kernel, m, type);
}

/**
 * may_mount(): CAP_SYS_ADMIN in the user namespace that owns the caller's mount namespace, so
 * root of a user namespace may mount in a mount namespace it created (unshare -r -m).
 */
function mayMount(task: Task): boolean {
  return task.cred.capable(CAP_SYS_ADMIN, nsOwner(mntNs(task)));
}

/** The user namespace of the mounter of each superblock made here (sb->s_user_ns); others are init's. */
const sbUserNs = new WeakMap<SuperBlock, UserNamespace>();

/** Filesystems with FS_USERNS_MOUNT: root of a user namespace may make new instances of them. */
const USERNS_MOUNTABLE = new Set(["tmpfs", "ramfs", "overlay", "devpts", "mqueue"]);

/**
 * sget_fc()'s user-namespace rule for a new superblock: the init namespace's root may mount
 * anything; otherwise the type must allow it, and proc (sysfs, cgroup2) only for a pid (net,
 * cgroup) namespace the mounter's user namespace owns. devtmpfs never.
 */
function userNsMayMount(task: Task, fstype: string): boolean {
  if (task.cred.capable(CAP_SYS_ADMIN)) return true;
  const me = task.cred.userNs;
  if (fstype === "proc") return nsOwner(task.nsproxy.pidForChildren) === me || nsOwner(task.pidNs) === me;
  if (fstype === "sysfs") return task.nsproxy.net !== null && nsOwner(task.nsproxy.net) === me;
  // cgroup_get_tree(): CAP_SYS_ADMIN over the cgroup namespace (unshare -r -C -m).
  if (fstype === "cgroup2") return task.nsproxy.cgroup !== null && task.cred.capable(CAP_SYS_ADMIN, nsOwner(task.nsproxy.cgroup));
  return USERNS_MOUNTABLE.has(fstype);
}

export function mount(task: Task, source: string, target: string, fstype: string, flags: number, data: string): void {
  if ((flags & MS_MGC_MSK) >>> 0 === MS_MGC_VAL) flags &= ~MS_MGC_MSK;
  const tp = followMounts(lookupPath(task, AT_FDCWD, target, LOOKUP_FOLLOW));
  if (!mayMount(task)) throw new Errno(EPERM);
  const kernel = task.kernel;
  const ns = mntNs(task);
  let mf = mntFlagsFrom(flags);
  if (flags & MS_REMOUNT && !(flags & MS_ATIME_FLAGS)) mf = (mf & ~MNT_ATIME_MASK) | (tp.mnt.flags & MNT_ATIME_MASK);
  if (flags & MS_REMOUNT) {
    // do_reconfigure_mnt (MS_BIND: the mount's flags only) or do_remount (the superblock too).
    const m = tp.mnt;
    if (m.ns !== ns || tp.dentry !== m.root) throw new Errno(EINVAL);
    if (!canChangeLockedFlags(m, mf)) throw new Errno(EPERM);
    if (!(flags & MS_BIND)) {
      // do_remount(): the superblock's options only with CAP_SYS_ADMIN over its user namespace.
      if (!task.cred.capable(CAP_SYS_ADMIN, sbUserNs.get(m.sb) ?? INIT_USER_NS)) throw new Errno(EPERM);
      m.sb.ops.remount?.(m.sb, flags, data ?? "");
      m.sb.flags = flags & MS_RDONLY ? m.sb.flags | SB_RDONLY : m.sb.flags & ~SB_RDONLY;
    }
    m.flags = mf;
    return;
  }
  if (flags & MS_BIND) {
    // do_loopback
    if (source === "") throw new Errno(EINVAL);
    const src = lookupPath(task, AT_FDCWD, source, LOOKUP_FOLLOW);
    if (tp.mnt.ns !== ns) throw new Errno(EINVAL);
    // check_mnt(): the source must be in the caller's namespace - except an nsfs file
    // (/proc/PID/ns/X), which do_loopback lets through so namespaces can be pinned to files.
    if (src.mnt.unbindable || (src.mnt.ns !== ns && src.mnt.sb.type !== "nsfs")) throw new Errno(EINVAL);
    if (!(flags & MS_REC) && hasLockedChildren(src.mnt, src.dentry)) throw new Errno(EINVAL);
    const m = copyTree(kernel, src.mnt, src.dentry, ns, (flags & MS_REC) !== 0);
    inheritLocks(src.mnt, m);
    try {
      graft(kernel, ns, m, tp);
    } catch (e) {
      for (const x of treeOf(m)) ns.mounts.splice(ns.mounts.indexOf(x), 1);
      throw e;
    }
    return;
  }
  if (flags & (MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE)) return changeType(task, tp, flags);
  if (tp.mnt.ns !== ns) throw new Errno(EINVAL);
  if (flags & MS_MOVE) {
    if (source === "") throw new Errno(EINVAL);
    const src = followMounts(lookupPath(task, AT_FDCWD, source, LOOKUP_FOLLOW));
    if (isLocked(src.mnt)) throw new Errno(EINVAL); // do_move_mount: MNT_LOCKED
    return moveMount(kernel, ns, src, tp);
  }
  if (fstype === "") throw new Errno(EINVAL);
  const type = vfsState(kernel).fsTypes.get(fstype);
  if (!type) throw new Errno(ENODEV);
  if (!type.nodev && source === "") throw new Errno(ENOTBLK);
  if (!userNsMayMount(task, fstype)) throw new Errno(EPERM);
  const sb = type.mount(kernel, task, source, flags, data ?? "");
  if (task.cred.userNs !== INIT_USER_NS && !sbUserNs.has(sb)) sbUserNs.set(sb, task.cred.userNs);
  if (flags & MS_RDONLY) sb.flags |= SB_RDONLY;
  const m = newMount(kernel, ns, sb, mf, source || "none");
  graft(kernel, ns, m, tp);
}

export function umount2(task: Task, target: string, flags: number): void {
  if (flags & ~(MNT_FORCE | MNT_DETACH | MNT_EXPIRE | UMOUNT_NOFOLLOW)) throw new Errno(EINVAL);
  // LOOKUP_MOUNTPOINT: the mount on top of the final dentry is the one to go.
  const p = followMounts(lookupPath(task, AT_FDCWD, target, flags & UMOUNT_NOFOLLOW ? 0 : LOOKUP_FOLLOW));
  if (!mayMount(task)) throw new Errno(EPERM);
  // can_umount(): a mount locked by a copy into a less privileged namespace stays.
  if (p.dentry === p.mnt.root && isLocked(p.mnt)) throw new Errno(EINVAL);
  umount(task.kernel, mntNs(task), p, (flags & MNT_DETACH) !== 0);
}

export function pivot_root(task: Task, newRoot: string, putOld: string): void {
  if (!mayMount(task)) throw new Errno(EPERM);
  const n = followMounts(lookupPath(task, AT_FDCWD, newRoot, LOOKUP_FOLLOW | LOOKUP_DIRECTORY));
  const o = followMounts(lookupPath(task, AT_FDCWD, putOld, LOOKUP_FOLLOW | LOOKUP_DIRECTORY));
  pivotRoot(task.kernel, task, mntNs(task), n, o);
}
