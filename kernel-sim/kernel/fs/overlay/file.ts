// Non-directories on overlay, and the attribute operations every overlay inode has. Analogous
// to fs/overlayfs/file.c and inode.c: opening for write (or O_TRUNC, truncate, chmod, chown,
// utimes, setxattr) copies up first; the open file is the real file's, reporting overlay's
// st_dev/st_ino to fstat; overlay's own xattrs (trusted.overlay.*) are hidden (ovl_xattr_get).

import type { Inode, InodeOperations } from "../../vfs/inode.ts";
import type { File } from "../../vfs/file.ts";
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
      const w = new VfsFile({ ...f.ops, fstat: () => ovlGetattr(o) }, f.flags, f.priv, f.path);
      w.fpath = path;
      return w;
    };
    return opened instanceof Promise ? opened.then(wrap) : wrap(opened);
  },
};
