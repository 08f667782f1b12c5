// Non-directories on overlay, and the attribute operations every overlay inode has. Analogous
// to fs/overlayfs/file.c and inode.c: opening for write (or O_TRUNC, truncate, chmod, chown,
// utimes, setxattr) copies up first; the open file is the real file's, reporting overlay's
// st_dev/st_ino to fstat; overlay's own xattrs (trusted.overlay.*) are hidden (ovl_xattr_get).

import type { Inode, InodeOperations } from "../../vfs/inode.ts";
import type { File, FileOperations } from "../../vfs/file.ts";
import type { Task } from "../../task/task.ts";
import { File as VfsFile } from "../../vfs/file.ts";
import { ovlSuper } from "./super.ts";
import { ovlGetattr, realDentry, refresh, type OvlInode } from "./inode.ts";
import { copyUp, OVL_XATTR_PREFIX } from "./copy_up.ts";
import { ENODATA, EPERM, Errno } from "../../../uapi/errno.ts";
import { O_ACCMODE, O_RDONLY, O_TRUNC } from "../../../uapi/fcntl.ts";

function ovl(i: Inode): OvlInode {
  return i as OvlInode;
}

/** The layer mount the real dentry of o is reached through. */
function realMnt(o: OvlInode): import("../../vfs/mount.ts").Mount {
  const s = ovlSuper(o.sb);
  return o.entry.upper ? s.upper!.path.mnt : o.entry.lowers[0]!.layer.path.mnt;
}

/** The operations every overlay inode has: attributes and xattrs, copied up before a change. */
export const attrOps: InodeOperations = {
  getattr: ovlGetattr,
  setattr(inode, task) {
    const o = ovl(inode);
    const { mode, uid, gid, atimeNs, mtimeNs, ctimeNs } = o;
    const r = copyUp(o, task).inode;
    r.mode = mode;
    r.uid = uid;
    r.gid = gid;
    r.atimeNs = atimeNs;
    r.mtimeNs = mtimeNs;
    r.ctimeNs = ctimeNs;
  },
  getxattr(inode, name) {
    if (name.startsWith(OVL_XATTR_PREFIX)) return undefined;
    const r = realDentry(ovl(inode)).inode;
    return r.ops.getxattr?.(r, name);
  },
  listxattr(inode) {
    const r = realDentry(ovl(inode)).inode;
    return (r.ops.listxattr?.(r) ?? []).filter((n) => !n.startsWith(OVL_XATTR_PREFIX));
  },
  setxattr(inode, name, value, flags) {
    if (name.startsWith(OVL_XATTR_PREFIX)) throw new Errno(EPERM);
    const r = copyUp(ovl(inode), null).inode;
    r.ops.setxattr!(r, name, value, flags);
    refresh(ovl(inode));
  },
  removexattr(inode, name) {
    const o = ovl(inode);
    if (name.startsWith(OVL_XATTR_PREFIX) || !attrOps.getxattr!(inode, name)) throw new Errno(ENODATA);
    const r = copyUp(o, null).inode;
    r.ops.removexattr!(r, name);
    refresh(o);
  },
};

export const ovlFileOps: InodeOperations = {
  ...attrOps,
  truncate(inode, size) {
    const o = ovl(inode);
    const r = copyUp(o, null).inode;
    r.ops.truncate!(r, size);
    refresh(o);
  },
  readlink(inode, task) {
    const r = realDentry(ovl(inode)).inode;
    return r.ops.readlink!(r, task);
  },
  open(inode, flags, task, path, name): File | Promise<File> {
    const o = ovl(inode);
    if ((flags & O_ACCMODE) !== O_RDONLY || flags & O_TRUNC) copyUp(o, task);
    const real = realDentry(o);
    const opened = real.inode.ops.open!(real.inode, flags, task, { mnt: realMnt(o), dentry: real }, name);
    const wrap = (f: File): File => {
      const w = new VfsFile(overlayFileOps(o, f, task), f.flags, o, f.path);
      w.fpath = path;
      return w;
    };
    return opened instanceof Promise ? opened.then(wrap) : wrap(opened);
  },
};

/**
 * The operations of an open overlay file: those of the real file, which is the upper one as
 * soon as there is one - a file opened for reading before a copy-up reads the copy afterwards
 * (ovl_real_fdget). The offset and status flags live in the overlay File and are lent to the
 * real one for each call.
 */
function overlayFileOps(o: OvlInode, first: File, task: Task): FileOperations {
  let real = first;
  const current = (w: File): File => {
    const up = o.entry.upper;
    if (up && real.priv !== up.inode && real.fpath?.dentry !== up) {
      const s = ovlSuper(o.sb);
      const f = up.inode.ops.open!(up.inode, w.flags, task, { mnt: s.upper!.path.mnt, dentry: up }, w.path);
      if (!(f instanceof Promise)) {
        real.put();
        real = f;
      }
    }
    real.pos = w.pos;
    real.flags = w.flags;
    return real;
  };
  const after = <T>(w: File, v: T | Promise<T>): T | Promise<T> => {
    if (v instanceof Promise) return v.then((x) => ((w.pos = real.pos), x));
    w.pos = real.pos;
    return v;
  };
  const ops: FileOperations = {
    fstat: () => ovlGetattr(o),
    release: () => real.put(),
  };
  if (first.ops.read) ops.read = (w, n, t) => after(w, current(w).ops.read!(real, n, t));
  if (first.ops.write) ops.write = (w, d, t) => after(w, current(w).ops.write!(real, d, t));
  if (first.ops.llseek) {
    ops.llseek = (w, off, wh) => {
      const p = current(w).ops.llseek!(real, off, wh);
      w.pos = real.pos;
      return p;
    };
  }
  if (first.ops.poll) ops.poll = (w, t) => current(w).ops.poll!(real, t);
  if (first.ops.ioctl) ops.ioctl = (w, req, arg, t) => current(w).ops.ioctl!(real, req, arg, t);
  if (first.ops.ftruncate) ops.ftruncate = (w, len, t) => current(w).ops.ftruncate!(real, len, t);
  return ops;
}
