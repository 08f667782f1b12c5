// Permission checks. Analogous to Linux's generic_permission() / inode_permission()
// (fs/namei.c) and may_delete() / may_create(). Rules quoted from path_resolution(7) and
// capabilities(7):
// - "If the process's fsuid equals the owner's uid, the owner bits apply; else if its fsgid
//   or a supplementary group matches, the group bits; else the other bits." - path_resolution(7)
// - CAP_DAC_OVERRIDE bypasses read, write and execute checks, but execute only "if at least
//   one of the three execute permission bits is set" for non-directories. - capabilities(7)
// - CAP_DAC_READ_SEARCH bypasses read checks and directory search. - capabilities(7)
// - Sticky directories: only the file's owner, the directory's owner or CAP_FOWNER may
//   unlink or rename an entry. - inode(7)
// Capabilities count in the task's own user namespace, and only over inodes whose owner and
// group both have a mapping there (capable_wrt_inode_uidgid): root of `unshare -r` overrides
// the modes of its own user's files, never those of unmapped (nobody-looking) ones.

import type { Task } from "../task/task.ts";
import type { Inode } from "./inode.ts";
import type { Path } from "./mount.ts";
import { CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER, type Cred } from "../cred/cred.ts";
import { kgidHasMapping, kuidHasMapping } from "../ns/user.ts";
import { EACCES, EPERM, EROFS, Errno } from "../../uapi/errno.ts";
import { S_ISVTX } from "../../uapi/stat.ts";

export const MAY_EXEC = 1;
export const MAY_WRITE = 2;
export const MAY_READ = 4;

/** Does the task's fsuid/fsgid pass the mode bits for mask, without capabilities (acl_permission_check)? */
function aclPermission(task: Task, inode: Inode, mask: number): boolean {
  const cred = task.cred;
  let mode = inode.mode;
  if (cred.fsuid === inode.uid) mode >>= 6;
  else if (cred.inGroup(inode.gid)) mode >>= 3;
  return (mask & ~mode & 7) === 0;
}

/** privileged_wrt_inode_uidgid(): the inode's owner and group both have ids in cred's user ns. */
export function privilegedWrtInodeUidgid(cred: Cred, inode: Inode): boolean {
  return kuidHasMapping(cred.userNs, inode.uid) && kgidHasMapping(cred.userNs, inode.gid);
}

/** capable_wrt_inode_uidgid(): cap in the task's own user namespace, over a mapped inode. */
export function capableWrtInodeUidgid(cred: Cred, inode: Inode, cap: number): boolean {
  return cred.capable(cap, cred.userNs) && privilegedWrtInodeUidgid(cred, inode);
}

/** generic_permission(): true if allowed. */
export function permitted(task: Task, inode: Inode, mask: number): boolean {
  if (aclPermission(task, inode, mask)) return true;
  const cred = task.cred;
  if (inode.isDir) {
    if (!(mask & MAY_WRITE) && capableWrtInodeUidgid(cred, inode, CAP_DAC_READ_SEARCH)) return true;
    return capableWrtInodeUidgid(cred, inode, CAP_DAC_OVERRIDE);
  }
  if (mask === MAY_READ && capableWrtInodeUidgid(cred, inode, CAP_DAC_READ_SEARCH)) return true;
  if (!(mask & MAY_EXEC) || (inode.mode & 0o111) !== 0) return capableWrtInodeUidgid(cred, inode, CAP_DAC_OVERRIDE);
  return false;
}

/** inode_permission(): throws EACCES when denied. */
export function checkPermission(task: Task, inode: Inode, mask: number): void {
  if (!permitted(task, inode, mask)) throw new Errno(EACCES);
}

/** mnt_want_write(): EROFS on a read-only mount or superblock. */
export function checkWritable(path: Path): void {
  if (path.mnt.readonly) throw new Errno(EROFS);
}

/**
 * inode_owner_or_capable(): the owner, or CAP_FOWNER in the task's user namespace when the
 * owner (the uid only) is mapped there (chmod, utimes with explicit times, xattrs).
 */
export function ownerOrCapable(task: Task, inode: Inode): boolean {
  const cred = task.cred;
  return cred.fsuid === inode.uid || (kuidHasMapping(cred.userNs, inode.uid) && cred.capable(CAP_FOWNER, cred.userNs));
}

/** check_sticky(): in a sticky dir, may this task remove the entry? Throws EPERM if not. */
export function checkSticky(task: Task, dir: Inode, inode: Inode): void {
  if (!(dir.mode & S_ISVTX)) return;
  const uid = task.cred.fsuid;
  if (uid === inode.uid || uid === dir.uid || capableWrtInodeUidgid(task.cred, inode, CAP_FOWNER)) return;
  throw new Errno(EPERM);
}
