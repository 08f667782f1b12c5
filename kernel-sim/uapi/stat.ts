// struct stat as userland sees it, and the st_mode bits. Source: linux/stat.h, inode(7).

export const S_IFMT = 0o170000;
export const S_IFSOCK = 0o140000;
export const S_IFLNK = 0o120000;
export const S_IFREG = 0o100000;
export const S_IFBLK = 0o060000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;
export const S_ISUID = 0o4000;
export const S_ISGID = 0o2000;
export const S_ISVTX = 0o1000;

export const S_ISREG = (m: number): boolean => (m & S_IFMT) === S_IFREG;
export const S_ISDIR = (m: number): boolean => (m & S_IFMT) === S_IFDIR;
export const S_ISLNK = (m: number): boolean => (m & S_IFMT) === S_IFLNK;
export const S_ISCHR = (m: number): boolean => (m & S_IFMT) === S_IFCHR;
export const S_ISBLK = (m: number): boolean => (m & S_IFMT) === S_IFBLK;
export const S_ISFIFO = (m: number): boolean => (m & S_IFMT) === S_IFIFO;
export const S_ISSOCK = (m: number): boolean => (m & S_IFMT) === S_IFSOCK;

/** A point in time as the kernel keeps it (struct timespec), in nanoseconds since the epoch. */
export type TimeNs = bigint;

/** struct stat. Times are nanoseconds since the epoch (st_atim etc. as one number). */
export interface Stat {
  dev: number; // st_dev, as makedev(major, minor)
  ino: number;
  mode: number; // file type and permission bits
  nlink: number;
  uid: number;
  gid: number;
  rdev: number; // device number for character and block special files
  size: number;
  blksize: number;
  blocks: number; // 512-byte blocks allocated
  atimeNs: TimeNs;
  mtimeNs: TimeNs;
  ctimeNs: TimeNs;
  birthtimeNs: TimeNs; // statx stx_btime
}

/** makedev(3): the kernel's new_encode_dev layout, as glibc's gnu_dev_makedev. */
export function makedev(major: number, minor: number): number {
  return ((minor & 0xff) | ((major & 0xfff) << 8) | ((minor & ~0xff) << 12)) >>> 0;
}
export function major(dev: number): number {
  return (dev >>> 8) & 0xfff;
}
export function minor(dev: number): number {
  return (dev & 0xff) | ((dev >>> 12) & 0xfff00);
}

/** struct statfs, for statfs(2), df and stat -f. */
export interface Statfs {
  type: number; // f_type magic, e.g. TMPFS_MAGIC
  bsize: number;
  blocks: number;
  bfree: number;
  bavail: number;
  files: number;
  ffree: number;
  fsid: number;
  namelen: number;
  frsize: number;
  flags: number; // ST_RDONLY etc.
}

/** f_type values. Source: linux/magic.h */
export const TMPFS_MAGIC = 0x01021994;
export const PROC_SUPER_MAGIC = 0x9fa0;
export const SYSFS_MAGIC = 0x62656572;
export const CGROUP2_SUPER_MAGIC = 0x63677270;
export const OVERLAYFS_SUPER_MAGIC = 0x794c7630;
export const DEVPTS_SUPER_MAGIC = 0x1cd1;
export const NSFS_MAGIC = 0x6e736673;

/** d_type values from getdents64(2). */
export const DT_UNKNOWN = 0;
export const DT_FIFO = 1;
export const DT_CHR = 2;
export const DT_DIR = 4;
export const DT_BLK = 6;
export const DT_REG = 8;
export const DT_LNK = 10;
export const DT_SOCK = 12;

/** One entry of getdents64(2). */
export interface Dirent {
  ino: number;
  type: number; // DT_*
  name: string;
}

/** utimensat(2) special values. */
export const UTIME_NOW = -1n;
export const UTIME_OMIT = -2n;
