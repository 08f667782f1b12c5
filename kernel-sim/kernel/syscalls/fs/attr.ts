// Attribute changes: chmod, chown, truncate, utimensat. Analogous to chmod_common(),
// chown_common(), vfs_truncate()/do_sys_ftruncate() (fs/open.c), do_utimes() (fs/utimes.c)
// and the checks of setattr_prepare() (fs/attr.c). Every change stamps ctime.

import type { Task } from "../../task/task.ts";
import type { Path } from "../../vfs/mount.ts";
import type { Inode } from "../../vfs/inode.ts";
import { pathAt, fdPath } from "./at.ts";
import { checkPermission, checkWritable, MAY_WRITE, ownerOrCapable, permitted } from "../../vfs/permission.ts";
import { CAP_CHOWN, CAP_FSETID, CAP_DAC_OVERRIDE } from "../../cred/cred.ts";
import { EACCES, EBADF, EFBIG, EINVAL, EISDIR, EOPNOTSUPP, EPERM, Errno } from "../../../uapi/errno.ts";
import { INIT_USER_NS, makeKgid, makeKuid, INVALID_ID } from "../../ns/user.ts";
import { AT_EMPTY_PATH, AT_FDCWD, AT_SYMLINK_NOFOLLOW, O_PATH } from "../../../uapi/fcntl.ts";
import { S_ISGID, S_ISUID, UTIME_NOW, UTIME_OMIT } from "../../../uapi/stat.ts";

/** MAX_LFS_FILESIZE, as far as our files go. */
const MAX_FILE_SIZE = 2 ** 31;

function chmodCommon(task: Task, p: Path, mode: number): void {
  checkWritable(p);
  const inode = p.dentry.inode;
  if (!ownerOrCapable(task, inode)) throw new Errno(EPERM);
  let m = mode & 0o7777;
  // "If the calling process is not privileged, and the group of the file does not match the
  // effective group ID of the process or one of its supplementary group IDs, the S_ISGID bit
  // will be turned off, but this will not cause an error to be returned." - chmod(2)
  if (!task.cred.inGroup(inode.gid) && !task.cred.capable(CAP_FSETID)) m &= ~S_ISGID;
  inode.mode = (inode.mode & ~0o7777) | m;
  inode.ctimeNs = inode.now();
  inode.ops.setattr?.(inode, task);
}

export function chmod(task: Task, path: string, mode: number): void {
  chmodCommon(task, pathAt(task, AT_FDCWD, path, 0), mode);
}

export function fchmod(task: Task, fd: number, mode: number): void {
  const f = task.files.get(fd);
  if (f.flags & O_PATH || !f.fpath) throw new Errno(EBADF);
  chmodCommon(task, f.fpath, mode);
}

export function fchmodat(task: Task, dirfd: number, path: string, mode: number, flags: number): void {
  if (flags & ~AT_SYMLINK_NOFOLLOW) throw new Errno(EINVAL);
  const p = pathAt(task, dirfd, path, flags);
  // Linux 6.1 has no fchmodat2: glibc emulates AT_SYMLINK_NOFOLLOW and refuses symlinks.
  if (p.dentry.inode.isSymlink) throw new Errno(EOPNOTSUPP);
  chmodCommon(task, p, mode);
}

/** chown_common() + setattr_prepare()'s chown_ok/chgrp_ok. -1 leaves an id unchanged. */
function chownCommon(task: Task, p: Path, uid: number, gid: number): void {
  checkWritable(p);
  const inode = p.dentry.inode;
  const cred = task.cred;
  const ns = cred.userNs;
  // chown_common(): the ids are the caller's user namespace's; one with no mapping is EINVAL.
  if (ns !== INIT_USER_NS) {
    if (uid !== -1 && (uid = makeKuid(ns, uid)) === INVALID_ID) throw new Errno(EINVAL);
    if (gid !== -1 && (gid = makeKgid(ns, gid)) === INVALID_ID) throw new Errno(EINVAL);
  }
  const newUid = uid === -1 ? inode.uid : uid;
  const newGid = gid === -1 ? inode.gid : gid;
  // capable_wrt_inode_uidgid(): CAP_CHOWN in the caller's namespace counts only over an inode
  // whose owner and group are both mapped there.
  const priv =
    ns === INIT_USER_NS
      ? cred.capable(CAP_CHOWN)
      : cred.capable(CAP_CHOWN, ns) && ns.uidMap.up(inode.uid) !== INVALID_ID && ns.gidMap.up(inode.gid) !== INVALID_ID;
  const owner = cred.fsuid === inode.uid;
  // chown_ok(): only the privileged give a file away; chgrp_ok(): the owner may pick a group of theirs.
  if (uid !== -1 && !priv && !(owner && uid === inode.uid)) throw new Errno(EPERM);
  if (gid !== -1 && !priv && !(owner && (cred.inGroup(gid) || gid === inode.gid))) throw new Errno(EPERM);
  inode.uid = newUid;
  inode.gid = newGid;
  // "When the owner or group of an executable file is changed by an unprivileged user, the
  // S_ISUID and S_ISGID mode bits are cleared." Linux clears them for root too (not dirs).
  if (!inode.isDir && (uid !== -1 || gid !== -1)) {
    let clear = S_ISUID;
    if (inode.mode & 0o010) clear |= S_ISGID;
    inode.mode &= ~clear;
  }
  inode.ctimeNs = inode.now();
  inode.ops.setattr?.(inode, task);
}

export function chown(task: Task, path: string, uid: number, gid: number): void {
  chownCommon(task, pathAt(task, AT_FDCWD, path, 0), uid, gid);
}

export function lchown(task: Task, path: string, uid: number, gid: number): void {
  chownCommon(task, pathAt(task, AT_FDCWD, path, AT_SYMLINK_NOFOLLOW), uid, gid);
}

export function fchown(task: Task, fd: number, uid: number, gid: number): void {
  const f = task.files.get(fd);
  if (f.flags & O_PATH || !f.fpath) throw new Errno(EBADF);
  chownCommon(task, f.fpath, uid, gid);
}

/** vfs_truncate(): EINVAL (negative), path errors, EISDIR, EINVAL (not regular), EROFS, EACCES, EFBIG. */
export function truncate(task: Task, path: string, length: number): void {
  if (length < 0) throw new Errno(EINVAL);
  const p = pathAt(task, AT_FDCWD, path, 0);
  const inode = p.dentry.inode;
  if (inode.isDir) throw new Errno(EISDIR);
  if (!inode.isReg || !inode.ops.truncate) throw new Errno(EINVAL);
  checkWritable(p);
  checkPermission(task, inode, MAY_WRITE);
  if (length > MAX_FILE_SIZE) throw new Errno(EFBIG);
  inode.ops.truncate(inode, length);
}

/** do_sys_ftruncate(): "EBADF or EINVAL: fd is not open for writing" - ftruncate(2). */
export function ftruncate(task: Task, fd: number, length: number): void {
  if (length < 0) throw new Errno(EINVAL);
  const f = task.files.get(fd);
  if (f.flags & O_PATH) throw new Errno(EBADF);
  if (!f.writable || !f.ops.ftruncate) throw new Errno(EINVAL);
  if (length > MAX_FILE_SIZE) throw new Errno(EFBIG);
  f.ops.ftruncate(f, length, task);
}

function setTimes(inode: Inode, atime: bigint, mtime: bigint): void {
  const now = inode.now();
  if (atime !== UTIME_OMIT) inode.atimeNs = atime === UTIME_NOW ? now : atime;
  if (mtime !== UTIME_OMIT) inode.mtimeNs = mtime === UTIME_NOW ? now : mtime;
  inode.ctimeNs = now;
}

/**
 * utimensat(2): setting both to now needs ownership or write permission (EACCES); any explicit
 * time needs ownership (EPERM). An empty path means dirfd itself (futimens).
 */
export function utimensat(task: Task, dirfd: number, path: string, times: [bigint, bigint] | null, flags: number): void {
  if (flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) throw new Errno(EINVAL);
  const [a, m] = times ?? [UTIME_NOW, UTIME_NOW];
  if (a === UTIME_OMIT && m === UTIME_OMIT) return;
  const p = path === "" ? fdPath(task, dirfd) : pathAt(task, dirfd, path, flags);
  checkWritable(p);
  const inode = p.dentry.inode;
  const onlyNow = (a === UTIME_NOW || a === UTIME_OMIT) && (m === UTIME_NOW || m === UTIME_OMIT);
  if (!ownerOrCapable(task, inode)) {
    if (!onlyNow) throw new Errno(EPERM);
    if (!permitted(task, inode, MAY_WRITE) && !task.cred.capable(CAP_DAC_OVERRIDE)) throw new Errno(EACCES);
  }
  setTimes(inode, a, m);
  inode.ops.setattr?.(inode, task);
}
