// What mount(8) says when mount(2) fails: libmount 2.38's mnt_context_get_mount_excode(), which
// looks at the errno and then at the target and source to say something more useful than
// strerror (a missing mount point, an unknown filesystem type, a bad option).

import type { Sys } from "../lib/sys.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { EACCES, EBUSY, EINVAL, EIO, EMFILE, ENODEV, ENOENT, ENOTBLK, ENOTDIR, ENXIO, EPERM, EROFS } from "../../uapi/errno.ts";
import { MS_BIND, MS_MOVE, MS_RDONLY, MS_REMOUNT } from "../../uapi/mount.ts";
import { S_ISDIR } from "../../uapi/stat.ts";

export interface MountAttempt {
  source: string;
  target: string;
  fstype: string;
  flags: number;
  /** The failure was in the separate propagation call (MNT_ERR_APPLYFLAGS). */
  applyFlags: boolean;
  /** The mount holding the source's parent directory is shared (libmount's is_shared_tree). */
  sharedTree?: boolean;
}

function ok(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (e) {
    if (e instanceof Errno) return false;
    throw e;
  }
}

function isDir(sys: Sys, p: string): boolean {
  try {
    return S_ISDIR(sys.stat(p).mode);
  } catch (e) {
    if (e instanceof Errno) return false;
    throw e;
  }
}

/** The message after "mount: TARGET: " (without the final "."). */
export function mountErrorMessage(sys: Sys, errno: number, a: MountAttempt, euid: number): string {
  const { source: src, target: tgt, flags } = a;
  switch (errno) {
    case EPERM:
      if (euid !== 0) return "must be superuser to use mount";
      return isDir(sys, tgt) ? "permission denied" : "mount point is not a directory";
    case EBUSY:
      if (flags & MS_REMOUNT) return "mount point is busy";
      return `${src} already mounted or mount point busy`;
    case ENOENT:
      if (!ok(() => sys.lstat(tgt))) return "mount point does not exist";
      if (!ok(() => sys.stat(tgt))) return "mount point is a symbolic link to nowhere";
      if (src && !ok(() => sys.stat(src))) return `special device ${src} does not exist`;
      return `mount(2) system call failed: ${strerror(errno)}`;
    case ENOTDIR:
      if (!isDir(sys, tgt)) return "mount point is not a directory";
      return `mount(2) system call failed: ${strerror(errno)}`;
    case EINVAL:
      if (flags & MS_REMOUNT) return "mount point not mounted or bad option";
      if (a.applyFlags) return "not mount point or bad option";
      if (flags & MS_MOVE && a.sharedTree) return "bad option; moving a mount residing under a shared mount is unsupported";
      return `wrong fs type, bad option, bad superblock on ${src}, missing codepage or helper program, or other error`;
    case EMFILE:
      return "mount table full";
    case EIO:
      return `can't read superblock on ${src}`;
    case ENODEV:
      return a.fstype ? `unknown filesystem type '${a.fstype}'` : "unknown filesystem type";
    case ENOTBLK:
      if (!ok(() => sys.stat(src))) return `${src} is not a block device, and stat(2) fails?`;
      return ` ${src} is not a block device`;
    case ENXIO:
      return `${src} is not a valid block device`;
    case EACCES:
    case EROFS:
      if (flags & MS_RDONLY) return `cannot mount ${src} read-only`;
      if (flags & MS_REMOUNT) return `cannot remount ${src} read-write, is write-protected`;
      if (flags & MS_BIND) return `bind ${src} failed`;
      return `mount(2) system call failed: ${strerror(errno)}`;
    default:
      return `mount(2) system call failed: ${strerror(errno)}`;
  }
}
