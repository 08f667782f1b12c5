// Inodes and superblocks. Analogous to Linux's struct inode / struct inode_operations and struct
// super_block (include/linux/fs.h). An Inode here is plain data (mode, ids, times, size) plus a
// pointer to its filesystem's operations, so a filesystem such as tmpfs can add its own plain
// fields (file bytes, directory children) and a later issue can serialize them.

import type { Task } from "../task/task.ts";
import type { File } from "./file.ts";
import type { Dentry } from "./dentry.ts";
import type { Path } from "./mount.ts";
import type { Cred } from "../cred/cred.ts";
import type { Stat, Statfs } from "../../uapi/stat.ts";
import type { Kernel } from "../kernel.ts";
import type { PipeBuffer } from "../pipe/pipe.ts";
import { S_IFMT, S_IFDIR, S_IFLNK, S_IFREG, S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK } from "../../uapi/stat.ts";
import { DT_BLK, DT_CHR, DT_DIR, DT_FIFO, DT_LNK, DT_REG, DT_SOCK, DT_UNKNOWN } from "../../uapi/stat.ts";

/** One directory entry as a filesystem lists it (without "." and ".."). */
export interface DirEntry {
  name: string;
  ino: number;
  type: number; // DT_*
}

/**
 * What an inode can do. Analogous to struct inode_operations plus the open and xattr hooks.
 * Directory methods get the parent directory inode; the VFS has done the permission checks
 * and the dcache bookkeeping, so a filesystem only changes its own data.
 * A missing method means "not supported here" (the VFS answers EPERM/EINVAL/ENOTDIR as Linux).
 */
export interface InodeOperations {
  /** Precondition: dir is a directory. null means no such entry (the VFS says ENOENT). */
  lookup?(dir: Inode, name: string, task: Task): Inode | null;
  /** Entries of a directory, in the order getdents64 returns them. */
  readdir?(dir: Inode, task: Task): Iterable<DirEntry>;
  /** Make a new inode (regular file, directory, device, FIFO, socket) named name in dir. */
  create?(dir: Inode, name: string, mode: number, rdev: number, cred: Cred): Inode;
  symlink?(dir: Inode, name: string, target: string, cred: Cred): Inode;
  link?(inode: Inode, dir: Inode, name: string): void;
  /** Remove the name (the VFS checked type and emptiness). */
  unlink?(dir: Inode, name: string, inode: Inode): void;
  /** Move oldName in oldDir to newName in newDir; replaced is what newName named before (already checked). */
  rename?(oldDir: Inode, oldName: string, newDir: Inode, newName: string, replaced: Inode | null, exchange: boolean): void;
  /** Symlink target text (readlink(2)). */
  readlink?(inode: Inode, task: Task): string;
  /** proc's "magic" links (/proc/PID/cwd, fd/N): where following the link lands, bypassing the text. */
  getLink?(inode: Inode, task: Task): Path | null;
  /** Open the inode: the File for open(2). Default for regular files and dirs: the fs's fileOps. */
  open?(inode: Inode, flags: number, task: Task, path: Path, name: string): File | Promise<File>;
  /** Change the size (truncate); regular files only. */
  truncate?(inode: Inode, size: number): void;
  /**
   * notify_change(): the VFS has just changed mode, uid, gid or times on inode (chmod, chown,
   * utimensat); a filesystem whose inodes stand for others (overlay) passes the change on.
   */
  setattr?(inode: Inode, task: Task): void;
  /** getattr: struct stat when it is not plain generic_fillattr (overlay's st_dev and st_ino). */
  getattr?(inode: Inode): Stat;
  getxattr?(inode: Inode, name: string): Uint8Array | undefined;
  setxattr?(inode: Inode, name: string, value: Uint8Array, flags: number): void;
  listxattr?(inode: Inode): string[];
  removexattr?(inode: Inode, name: string): void;
}

/** Analogous to struct super_operations: what a filesystem instance reports as a whole. */
export interface SuperOperations {
  statfs(sb: SuperBlock): Statfs;
  /** Options for /proc/PID/mountinfo's super options field, after "rw"/"ro" (e.g. "size=1024k,mode=755"). */
  showOptions?(sb: SuperBlock): string;
  /** Called by MS_REMOUNT with the new data string. */
  remount?(sb: SuperBlock, flags: number, data: string): void;
}

/** SB_RDONLY: the superblock is read-only (mount -o remount,ro). */
export const SB_RDONLY = 1;

/**
 * One mounted instance of a filesystem. Analogous to struct super_block.
 * Invariant: dev is unique per superblock of a kernel (st_dev), inode numbers unique within it.
 */
export class SuperBlock {
  /** SB_RDONLY and friends; changed by remount. */
  flags = 0;
  /** The root dentry, set by the filesystem's mount function. */
  root!: Dentry;
  /**
   * Generated filesystems (proc, sysfs, devpts) change behind the VFS's back: every lookup asks
   * the filesystem again (d_revalidate) instead of trusting the dentry cache.
   */
  volatile = false;
  /** st_blksize of its files (devpts says 1024). */
  blksize = 4096;
  /** Filesystem-private state (tmpfs: its size accounting). */
  priv: unknown = null;

  constructor(
    readonly kernel: Kernel,
    /** The filesystem type name as mount -t and /proc/mounts show it: "tmpfs", "proc". */
    readonly type: string,
    readonly dev: number,
    readonly ops: SuperOperations,
    /** Source of the mount ("tmpfs", "proc", "udev"): the first field of /proc/mounts. */
    public source: string,
  ) {}
}

/** Analogous to struct inode. Fields are plain data; ops says what the inode can do. */
export class Inode {
  nlink = 1;
  size = 0;
  rdev = 0;
  atimeNs = 0n;
  mtimeNs = 0n;
  ctimeNs = 0n;
  btimeNs = 0n;
  /** A FIFO's pipe (i_pipe), made at first open; not persistent state. */
  pipe: PipeBuffer | null = null;

  constructor(
    readonly sb: SuperBlock,
    readonly ino: number,
    public mode: number,
    public uid: number,
    public gid: number,
    public ops: InodeOperations,
  ) {}

  get isDir(): boolean {
    return (this.mode & S_IFMT) === S_IFDIR;
  }
  get isSymlink(): boolean {
    return (this.mode & S_IFMT) === S_IFLNK;
  }
  get isReg(): boolean {
    return (this.mode & S_IFMT) === S_IFREG;
  }

  /** st_blocks: 512-byte blocks allocated (none for generated files). */
  blocks(): number {
    return 0;
  }

  /** The time to stamp on changes: the kernel's wall clock. */
  now(): bigint {
    return this.sb.kernel.clock.realtime();
  }

  /** Set all four times to t (a new inode). */
  setTimes(t: bigint): void {
    this.atimeNs = this.mtimeNs = this.ctimeNs = this.btimeNs = t;
  }
}

/** The d_type getdents64 reports for a mode (fs_umode_to_dtype). */
export function modeToDtype(mode: number): number {
  switch (mode & S_IFMT) {
    case S_IFREG:
      return DT_REG;
    case S_IFDIR:
      return DT_DIR;
    case S_IFLNK:
      return DT_LNK;
    case S_IFCHR:
      return DT_CHR;
    case S_IFBLK:
      return DT_BLK;
    case S_IFIFO:
      return DT_FIFO;
    case S_IFSOCK:
      return DT_SOCK;
    default:
      return DT_UNKNOWN;
  }
}
