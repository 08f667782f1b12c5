// tmpfs inodes and their directory operations. Analogous to Linux's mm/shmem.c with the
// libfs helpers it uses (simple_lookup, dcache_readdir, simple_link, simple_unlink).
//
// A TmpfsInode is plain data: the VFS fields (mode, ids, times, nlink) plus the file bytes,
// the directory's children, the symlink target and the xattrs. No closures, so a later issue
// can serialize the whole tree (the machine's disk) by walking children from the root.

import { PageMap } from "./pages.ts";
import { Inode, modeToDtype, type DirEntry, type InodeOperations, type SuperBlock } from "../../vfs/inode.ts";
import type { Cred } from "../../cred/cred.ts";
import { File } from "../../vfs/file.ts";
import { tmpfsFileOps } from "./file.ts";
import { dirFileOps } from "../../vfs/readdir.ts";
import { tmpfsSuper } from "./super.ts";
import { EEXIST, ENODATA, ENOSPC, Errno, ERANGE } from "../../../uapi/errno.ts";
import { S_IFDIR, S_IFLNK, S_IFMT } from "../../../uapi/stat.ts";

/** BOGO_DIRENT_SIZE: tmpfs reports a directory's size as 20 bytes per entry, "." and ".." included. */
export const BOGO_DIRENT_SIZE = 20;

/** setxattr(2) flags. */
export const XATTR_CREATE = 1;
export const XATTR_REPLACE = 2;
/** XATTR_SIZE_MAX: the largest value setxattr accepts. */
const XATTR_SIZE_MAX = 65536;

export class TmpfsInode extends Inode {
  /** Regular file bytes; data.length is the capacity, size the file length. */
  data: Uint8Array = EMPTY;
  /** Directory entries, oldest first (readdir lists newest first, as Linux's tmpfs). */
  children: Map<string, TmpfsInode> | null = null;
  /** Symlink target. */
  target = "";
  /** Extended attributes by full name ("user.x", "trusted.overlay.opaque"). */
  xattrs: Map<string, Uint8Array> | null = null;

  /** The pages written so far (holes excluded). */
  pages = new PageMap();

  /** Allocated pages of a regular file, in 512-byte units (a hole counts none). */
  override blocks(): number {
    return this.isReg ? this.pages.count * 8 : 0;
  }
}

const EMPTY = new Uint8Array(0);

function child(dir: Inode): Map<string, TmpfsInode> {
  return (dir as TmpfsInode).children!;
}

/** shmem_get_inode(): a new inode on sb, charged to its inode limit. */
export function newTmpfsInode(sb: SuperBlock, mode: number, uid: number, gid: number, rdev = 0): TmpfsInode {
  const s = tmpfsSuper(sb);
  if (s.maxInodes !== 0 && s.inodes >= s.maxInodes) throw new Errno(ENOSPC); // nr_inodes=0: no limit
  s.inodes++;
  const inode = new TmpfsInode(sb, s.nextIno++, mode, uid, gid, tmpfsInodeOps);
  inode.rdev = rdev;
  inode.setTimes(inode.now());
  if ((mode & S_IFMT) === S_IFDIR) {
    inode.children = new Map();
    inode.nlink = 2;
    inode.size = 2 * BOGO_DIRENT_SIZE;
  }
  return inode;
}

/** The last link went away: give the inode's space back. */
function evict(inode: TmpfsInode): void {
  if (inode.nlink > 0) return;
  const s = tmpfsSuper(inode.sb);
  s.inodes--;
  s.release(inode, 0);
  inode.data = EMPTY;
}

function touchDir(dir: Inode): void {
  dir.mtimeNs = dir.ctimeNs = dir.now();
}

function addEntry(dir: Inode, name: string, inode: TmpfsInode): void {
  child(dir).set(name, inode);
  dir.size += BOGO_DIRENT_SIZE;
  touchDir(dir);
}

function removeEntry(dir: Inode, name: string): void {
  child(dir).delete(name);
  dir.size -= BOGO_DIRENT_SIZE;
  touchDir(dir);
}

export const tmpfsInodeOps: InodeOperations = {
  lookup(dir, name) {
    return child(dir).get(name) ?? null;
  },

  *readdir(dir): Iterable<DirEntry> {
    const entries = [...child(dir)];
    for (let i = entries.length - 1; i >= 0; i--) {
      const [name, inode] = entries[i]!;
      yield { name, ino: inode.ino, type: modeToDtype(inode.mode) };
    }
  },

  create(dir, name, mode, rdev, cred: Cred) {
    const inode = newTmpfsInode(dir.sb, mode, cred.fsuid, cred.fsgid, rdev);
    if (inode.isDir) dir.nlink++;
    addEntry(dir, name, inode);
    return inode;
  },

  symlink(dir, name, target, cred) {
    const inode = newTmpfsInode(dir.sb, S_IFLNK | 0o777, cred.fsuid, cred.fsgid);
    inode.target = target;
    inode.size = new TextEncoder().encode(target).length;
    addEntry(dir, name, inode);
    return inode;
  },

  link(inode, dir, name) {
    inode.nlink++;
    inode.ctimeNs = inode.now();
    addEntry(dir, name, inode as TmpfsInode);
  },

  unlink(dir, name, inode) {
    removeEntry(dir, name);
    inode.ctimeNs = inode.now();
    if (inode.isDir) {
      dir.nlink--;
      inode.nlink = 0;
    } else inode.nlink--;
    evict(inode as TmpfsInode);
  },

  rename(oldDir, oldName, newDir, newName, replaced, exchange) {
    const inode = child(oldDir).get(oldName)!;
    if (exchange && replaced) {
      child(oldDir).set(oldName, replaced as TmpfsInode);
      child(newDir).set(newName, inode);
      if (inode.isDir !== replaced.isDir && oldDir !== newDir) {
        const d = inode.isDir ? 1 : -1;
        oldDir.nlink -= d;
        newDir.nlink += d;
      }
      touchDir(oldDir);
      touchDir(newDir);
      return;
    }
    if (replaced) tmpfsInodeOps.unlink!(newDir, newName, replaced);
    removeEntry(oldDir, oldName);
    addEntry(newDir, newName, inode);
    if (inode.isDir && oldDir !== newDir) {
      oldDir.nlink--;
      newDir.nlink++;
    }
    inode.ctimeNs = inode.now();
  },

  readlink(inode) {
    return (inode as TmpfsInode).target;
  },

  open(inode, flags, _task, path, name) {
    const ops = inode.isDir ? dirFileOps : tmpfsFileOps;
    const f = new File(ops, flags, inode, name);
    f.fpath = path;
    return f;
  },

  truncate(inode, size) {
    const t = inode as TmpfsInode;
    // Growing makes a hole (nothing allocated, reads give zeros); shrinking frees whole pages
    // past the end and zeroes the rest of the last one, so a later grow reads zeros there too.
    if (size < t.size) {
      tmpfsSuper(inode.sb).release(t, Math.ceil(size / 4096));
      if (size < t.data.length) t.data.fill(0, size, Math.min(t.size, t.data.length));
    }
    t.size = size;
    t.mtimeNs = t.ctimeNs = t.now();
  },

  getxattr(inode, name) {
    return (inode as TmpfsInode).xattrs?.get(name);
  },

  setxattr(inode, name, value, flags) {
    const t = inode as TmpfsInode;
    if (value.length > XATTR_SIZE_MAX) throw new Errno(ERANGE);
    const has = t.xattrs?.has(name) ?? false;
    if (flags & XATTR_CREATE && has) throw new Errno(EEXIST);
    if (flags & XATTR_REPLACE && !has) throw new Errno(ENODATA);
    (t.xattrs ??= new Map()).set(name, value.slice());
    t.ctimeNs = t.now();
  },

  listxattr(inode) {
    return [...((inode as TmpfsInode).xattrs?.keys() ?? [])];
  },

  removexattr(inode, name) {
    const t = inode as TmpfsInode;
    if (!t.xattrs?.delete(name)) throw new Errno(ENODATA);
    t.ctimeNs = t.now();
  },
};
