// Namespace-changing operations on directories: create, link, unlink, rename, with the
// dcache kept in step. Analogous to vfs_create/vfs_mkdir/vfs_mknod/vfs_symlink/vfs_link/
// vfs_unlink/vfs_rmdir/vfs_rename (fs/namei.c) after the permission checks, which the callers
// (syscalls/fs/) make in Linux's order. Ownership of new inodes follows inode_init_owner():
// the fsuid, and the fsgid unless the directory is set-group-ID (then its group; a new
// subdirectory inherits the bit).

import type { Task } from "../task/task.ts";
import type { Path } from "./mount.ts";
import type { Dentry } from "./dentry.ts";
import type { Inode } from "./inode.ts";
import { Cred } from "../cred/cred.ts";
import { EPERM, Errno } from "../../uapi/errno.ts";
import { S_ISGID, S_IFDIR, S_IFMT } from "../../uapi/stat.ts";

/** The credentials a new inode is owned by (inode_init_owner). */
function ownerCred(task: Task, dir: Inode): Cred {
  const c = task.cred;
  if (!(dir.mode & S_ISGID)) return c;
  return new Cred(c.uid, c.gid, c.euid, c.egid, c.suid, c.sgid, c.fsuid, dir.gid, c.groups);
}

/** Make name in dir with mode (type bits included, umask already applied). */
export function vfsCreate(task: Task, dir: Path, name: string, mode: number, rdev: number): Dentry {
  const d = dir.dentry.inode;
  if (!d.ops.create) throw new Errno(EPERM);
  if ((mode & S_IFMT) === S_IFDIR && d.mode & S_ISGID) mode |= S_ISGID;
  const inode = d.ops.create(d, name, mode, rdev, ownerCred(task, d));
  return dir.dentry.add(name, inode);
}

export function vfsSymlink(task: Task, dir: Path, name: string, target: string): Dentry {
  const d = dir.dentry.inode;
  if (!d.ops.symlink) throw new Errno(EPERM);
  const inode = d.ops.symlink(d, name, target, ownerCred(task, d));
  return dir.dentry.add(name, inode);
}

export function vfsLink(old: Path, dir: Path, name: string): void {
  const d = dir.dentry.inode;
  if (!d.ops.link) throw new Errno(EPERM);
  d.ops.link(old.dentry.inode, d, name);
  dir.dentry.add(name, old.dentry.inode);
}

/** Remove victim (named name in dir): unlink(2) and rmdir(2) after their checks. */
export function vfsUnlink(dir: Path, name: string, victim: Dentry): void {
  const d = dir.dentry.inode;
  if (!d.ops.unlink) throw new Errno(EPERM);
  d.ops.unlink(d, name, victim.inode);
  dir.dentry.drop(name);
}

/** rename(2) after its checks; replaced is the dentry newName named before (or null). */
export function vfsRename(
  oldDir: Path,
  oldName: string,
  moved: Dentry,
  newDir: Path,
  newName: string,
  replaced: Dentry | null,
  exchange: boolean,
): void {
  const od = oldDir.dentry.inode;
  if (!od.ops.rename) throw new Errno(EPERM);
  od.ops.rename(od, oldName, newDir.dentry.inode, newName, replaced?.inode ?? null, exchange);
  if (exchange && replaced) {
    const oldParent = moved.parent;
    oldParent.children.delete(oldName);
    newDir.dentry.children.delete(newName);
    moved.parent = newDir.dentry;
    moved.name = newName;
    replaced.parent = oldParent;
    replaced.name = oldName;
    newDir.dentry.children.set(newName, moved);
    oldParent.children.set(oldName, replaced);
    return;
  }
  moved.moveTo(newDir.dentry, newName);
}

/** Is a an ancestor of (or equal to) b in the dentry tree? (is_subdir) */
export function isSubdir(b: Dentry, a: Dentry): boolean {
  for (let d = b; ; d = d.parent) {
    if (d === a) return true;
    if (d.isRoot) return false;
  }
}
