// open(2): from a path name to an open File. Analogous to path_openat()/open_last_lookups()/
// do_open()/may_open() (fs/namei.c, fs/open.c). The order of checks is Linux's, because a
// learner sees whichever error comes first:
//  1. the path up to the last component (ENOENT, ENOTDIR, EACCES on search, ELOOP, ENAMETOOLONG);
//  2. O_CREAT: EEXIST with O_EXCL; EISDIR for a directory or a trailing slash; EROFS; EACCES
//     (write+search on the directory) - then the new file is opened whatever its mode;
//  3. an existing file: ELOOP for a final symlink with O_NOFOLLOW, ENOTDIR for O_DIRECTORY,
//     EISDIR for writing a directory, EROFS, EACCES (mode bits), then the type's own open
//     (FIFO: wait for the other side; character device: the driver).

import type { Task } from "../task/task.ts";
import type { Path } from "./mount.ts";
import { File } from "./file.ts";
import { lookupLast, lookupParent, lookupPath, LOOKUP_FOLLOW, MAXSYMLINKS } from "./namei.ts";
import { checkPermission, checkWritable, MAY_EXEC, MAY_READ, MAY_WRITE } from "./permission.ts";
import { vfsCreate } from "./dir_ops.ts";
import { dPath } from "./d_path.ts";
import { openChrdev } from "./chrdev.ts";
import { vfsGetattr } from "./stat.ts";
import { MNT_NODEV } from "./mount.ts";
import { PipeBuffer, openFifo } from "../pipe/pipe.ts";
import { EACCES, EEXIST, EISDIR, ELOOP, ENOTDIR, ENXIO, Errno } from "../../uapi/errno.ts";
import { AT_FDCWD, O_ACCMODE, O_CREAT, O_DIRECTORY, O_EXCL, O_NOFOLLOW, O_PATH, O_RDONLY, O_TRUNC, O_WRONLY, O_RDWR } from "../../uapi/fcntl.ts";
import { S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFBLK, S_IFSOCK } from "../../uapi/stat.ts";

/** Flags open(2) keeps on the File: creation flags are dropped (O_CREAT, O_EXCL, O_NOCTTY, O_TRUNC). */
const KEPT_FLAGS = ~(O_CREAT | O_EXCL | O_TRUNC | 0o400);

/** What O_PATH descriptors can do: fstat, and serve as dirfd / fchdir targets. */
const pathFileOps = { fstat: (f: File) => vfsGetattr((f.fpath as Path).dentry.inode) };

/** do_filp_open(): resolve and open. Async only for FIFOs (fifo(7): the open waits for a partner). */
export function openPath(task: Task, dirfd: number, name: string, flags: number, mode: number): File | Promise<File> {
  let path: Path;
  let created = false;
  if (flags & O_CREAT && !(flags & O_PATH)) {
    const parent = lookupParent(task, dirfd, name);
    if (parent.type !== "normal") throw new Errno(EISDIR);
    let p = parent;
    let existing = lookupLast(task, { ...p, trailingSlash: false }, false);
    if (existing && flags & O_EXCL) throw new Errno(EEXIST);
    // A final symlink is followed; one that dangles makes the file where it points (open(2):
    // "If pathname is a dangling symbolic link, O_CREAT creates the target").
    while (existing?.dentry.inode.isSymlink) {
      if (flags & O_NOFOLLOW) throw new Errno(ELOOP);
      if (++p.nd.links > MAXSYMLINKS) throw new Errno(ELOOP);
      const link = existing.dentry.inode;
      if (link.ops.getLink?.(link, task)) {
        existing = lookupLast(task, p, true);
        break;
      }
      const target = link.ops.readlink?.(link, task) ?? "";
      if (target.endsWith("/")) throw new Errno(EISDIR);
      p = lookupParent(task, AT_FDCWD, target, p.dir, p.nd.links);
      if (p.type !== "normal") {
        existing = lookupLast(task, p, true);
        break;
      }
      existing = lookupLast(task, { ...p, trailingSlash: false }, false);
    }
    if (existing) {
      path = existing;
      if (parent.trailingSlash && !path.dentry.inode.isDir) throw new Errno(EISDIR);
    } else {
      if (parent.trailingSlash) throw new Errno(EISDIR);
      checkWritable(p.dir);
      checkPermission(task, p.dir.dentry.inode, MAY_WRITE | MAY_EXEC);
      const perm = mode & 0o7777 & ~task.fs.umask;
      const d = vfsCreate(task, p.dir, p.last, S_IFREG | perm, 0);
      path = { mnt: p.dir.mnt, dentry: d };
      created = true;
    }
    if (path.dentry.inode.isDir) throw new Errno(EISDIR);
  } else {
    path = lookupPath(task, dirfd, name, flags & O_NOFOLLOW ? 0 : LOOKUP_FOLLOW);
  }
  return openResolved(task, path, flags, created);
}

/** vfs_open() of a resolved path: may_open's checks, O_TRUNC, then the file type's open. */
export function openResolved(task: Task, path: Path, flags: number, created: boolean): File | Promise<File> {
  const inode = path.dentry.inode;
  const name = dPath(path, task.fs.root);
  if (flags & O_PATH) {
    if (flags & O_DIRECTORY && !inode.isDir) throw new Errno(ENOTDIR);
    const f = new File(pathFileOps, flags & (O_PATH | O_DIRECTORY | O_NOFOLLOW | 0o2000000), null, name);
    f.fpath = path;
    return f;
  }
  const acc = flags & O_ACCMODE;
  const wantWrite = acc === O_WRONLY || acc === O_RDWR;
  const type = inode.mode & S_IFMT;
  if (type === S_IFLNK) throw new Errno(ELOOP);
  if (flags & O_DIRECTORY && type !== S_IFDIR) throw new Errno(ENOTDIR);
  if (type === S_IFDIR && (wantWrite || flags & O_TRUNC)) throw new Errno(EISDIR);
  if (!created) {
    if ((type === S_IFCHR || type === S_IFBLK) && path.mnt.flags & MNT_NODEV) throw new Errno(EACCES);
    if (wantWrite && (type === S_IFREG || type === S_IFDIR)) checkWritable(path);
    let mask = 0;
    if (acc === O_RDONLY || acc === O_RDWR) mask |= MAY_READ;
    if (wantWrite) mask |= MAY_WRITE;
    if (flags & O_TRUNC && type === S_IFREG) {
      checkWritable(path);
      mask |= MAY_WRITE;
    }
    checkPermission(task, inode, mask);
    if (flags & O_TRUNC && type === S_IFREG && inode.size > 0) inode.ops.truncate?.(inode, 0);
  }
  const kept = flags & KEPT_FLAGS;
  switch (type) {
    case S_IFIFO: {
      inode.pipe ??= new PipeBuffer(inode.ino);
      return openFifo(task, inode.pipe, kept, name, inode.sb.type === "pipefs").then((f) => {
        f.fpath = path;
        return f;
      });
    }
    case S_IFCHR: {
      const f = openChrdev(task, inode, kept, name);
      f.fpath ??= path;
      return f;
    }
    case S_IFBLK:
    case S_IFSOCK:
      throw new Errno(ENXIO);
  }
  if (!inode.ops.open) throw new Errno(ENXIO);
  return inode.ops.open(inode, kept, task, path, name);
}
