// stat(2) and statfs(2) data from inodes and superblocks. Analogous to generic_fillattr()
// and vfs_statfs() (fs/stat.c, fs/statfs.c).

import type { Inode } from "./inode.ts";
import type { Mount } from "./mount.ts";
import type { Stat, Statfs } from "../../uapi/stat.ts";
import { MNT_NOATIME, MNT_NODEV, MNT_NODIRATIME, MNT_NOEXEC, MNT_NOSUID, MNT_RELATIME } from "./mount.ts";

/** generic_fillattr(): struct stat of an inode. */
export function genericFstat(inode: Inode): Stat {
  return {
    dev: inode.sb.dev,
    ino: inode.ino,
    mode: inode.mode,
    nlink: inode.nlink,
    uid: inode.uid,
    gid: inode.gid,
    rdev: inode.rdev,
    size: inode.size,
    blksize: inode.sb.blksize,
    blocks: inode.blocks(),
    atimeNs: inode.atimeNs,
    mtimeNs: inode.mtimeNs,
    ctimeNs: inode.ctimeNs,
    birthtimeNs: inode.btimeNs,
  };
}

/** vfs_getattr(): the filesystem's getattr, or generic_fillattr. */
export function vfsGetattr(inode: Inode): Stat {
  return inode.ops.getattr ? inode.ops.getattr(inode) : genericFstat(inode);
}

// statfs f_flags (ST_* in include/linux/statfs.h).
const ST_RDONLY = 0x0001;
const ST_NOSUID = 0x0002;
const ST_NODEV = 0x0004;
const ST_NOEXEC = 0x0008;
const ST_NOATIME = 0x0400;
const ST_NODIRATIME = 0x0800;
const ST_RELATIME = 0x1000;
/** ST_VALID: f_flags is meaningful (always set by Linux). */
const ST_VALID = 0x0020;

/** vfs_statfs(): the superblock's numbers plus the mount's flags (calculate_f_flags). */
export function statfsOf(mnt: Mount): Statfs {
  const s = mnt.sb.ops.statfs(mnt.sb);
  let flags = ST_VALID;
  const f = mnt.flags;
  if (mnt.readonly) flags |= ST_RDONLY;
  if (f & MNT_NOSUID) flags |= ST_NOSUID;
  if (f & MNT_NODEV) flags |= ST_NODEV;
  if (f & MNT_NOEXEC) flags |= ST_NOEXEC;
  if (f & MNT_NOATIME) flags |= ST_NOATIME;
  if (f & MNT_NODIRATIME) flags |= ST_NODIRATIME;
  if (f & MNT_RELATIME) flags |= ST_RELATIME;
  return { ...s, flags };
}
