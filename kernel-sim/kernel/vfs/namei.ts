// Path name resolution. Analogous to Linux's fs/namei.c (link_path_walk, walk_component,
// follow_dotdot, lookup_last), following path_resolution(7):
// - a path starting with "/" starts at the task's root, otherwise at its cwd (or the dirfd);
// - each component but the last must be a directory the task may search (ENOTDIR, EACCES);
// - ".." at the task's root stays there; at a mount's root it climbs to the mountpoint first;
// - after each step, mounts on the dentry are followed (the topmost wins);
// - symlinks in the middle are always followed, the last only when asked (or with a trailing
//   slash); more than 40 links in one resolution is ELOOP;
// - a component longer than NAME_MAX (255 bytes) is ENAMETOOLONG, so is a path of PATH_MAX bytes.

import type { Task } from "../task/task.ts";
import type { Path } from "./mount.ts";
import type { Dentry } from "./dentry.ts";
import { checkPermission, MAY_EXEC } from "./permission.ts";
import { EBADF, ELOOP, ENAMETOOLONG, ENOENT, ENOTDIR, Errno } from "../../uapi/errno.ts";
import { AT_FDCWD, NAME_MAX, PATH_MAX } from "../../uapi/fcntl.ts";
import { utf8Length } from "./util.ts";

/** MAXSYMLINKS (include/linux/namei.h). */
export const MAXSYMLINKS = 40;

/** Resolution state shared across nested symlink walks: counts links followed. */
interface Nd {
  task: Task;
  root: Path;
  links: number;
}

/** The starting point of a walk: root for absolute paths, else cwd or the directory fd. */
export function startPath(task: Task, dirfd: number, name: string): Path {
  if (name.charCodeAt(0) === 47 /* / */) return task.fs.root;
  if (dirfd === AT_FDCWD) return task.fs.cwd;
  const file = task.files.get(dirfd);
  const p = file.fpath;
  if (!p) throw new Errno(EBADF);
  if (!p.dentry.inode.isDir) throw new Errno(ENOTDIR);
  return p;
}

/** getname(): the checks on the string itself. */
export function checkName(name: string): void {
  if (name.length === 0) throw new Errno(ENOENT);
  if (name.length >= PATH_MAX / 4 && utf8Length(name) >= PATH_MAX) throw new Errno(ENAMETOOLONG);
}

/** follow_mount(): step onto the topmost mount sitting on p, if any. */
export function followMounts(p: Path): Path {
  let mnt = p.mnt;
  let dentry = p.dentry;
  while (dentry.mounted > 0) {
    const child = mnt.ns.lookupMnt(mnt, dentry);
    if (!child) break;
    mnt = child;
    dentry = child.root;
  }
  return mnt === p.mnt ? p : { mnt, dentry };
}

/** follow_dotdot(): the parent of p, crossing mounts upward, never above root. */
export function followDotdot(p: Path, root: Path): Path {
  let mnt = p.mnt;
  let dentry = p.dentry;
  for (;;) {
    if (dentry === root.dentry && mnt === root.mnt) return { mnt, dentry };
    if (dentry !== mnt.root) break;
    if (!mnt.parent) return { mnt, dentry };
    dentry = mnt.mountpoint;
    mnt = mnt.parent;
  }
  return followMounts({ mnt, dentry: dentry.parent });
}

/**
 * lookup_one: the child name of directory dir through the dcache, mounts followed.
 * Returns null when there is no such entry. Precondition: dir is a searchable directory.
 */
export function lookupChild(task: Task, dir: Path, name: string): Path | null {
  const d = lookupDentry(task, dir.dentry, name);
  return d ? followMounts({ mnt: dir.mnt, dentry: d }) : null;
}

/** The dentry for name in parent, asking the filesystem on a miss (or always, on volatile ones). */
export function lookupDentry(task: Task, parent: Dentry, name: string): Dentry | null {
  const cached = parent.children.get(name);
  const dir = parent.inode;
  if (cached && !dir.sb.volatile) return cached;
  if (name.length > NAME_MAX / 4 && utf8Length(name) > NAME_MAX) throw new Errno(ENAMETOOLONG);
  const inode = dir.ops.lookup?.(dir, name, task) ?? null;
  if (!inode) {
    if (cached) parent.drop(name);
    return null;
  }
  if (cached && cached.inode.ino === inode.ino) {
    cached.inode = inode; // d_revalidate kept the dentry; take the fresh attributes
    return cached;
  }
  if (cached) parent.drop(name);
  return parent.add(name, inode);
}

/** One step of a walk from a directory: ".", "..", or a name (symlinks not followed). */
function step(nd: Nd, dir: Path, comp: string): Path {
  if (comp === ".") return dir;
  if (comp === "..") return followDotdot(dir, nd.root);
  const next = lookupChild(nd.task, dir, comp);
  if (!next) throw new Errno(ENOENT);
  return next;
}

/** Follow the symlink at link (found in directory dir): where it leads, fully resolved. */
function followLink(nd: Nd, dir: Path, link: Path): Path {
  if (++nd.links > MAXSYMLINKS) throw new Errno(ELOOP);
  const inode = link.dentry.inode;
  const magic = inode.ops.getLink?.(inode, nd.task);
  if (magic) return magic;
  const target = inode.ops.readlink?.(inode, nd.task) ?? "";
  if (target.length === 0) throw new Errno(ENOENT);
  const start = target.charCodeAt(0) === 47 ? nd.root : dir;
  return walk(nd, start, target, true);
}

/** Walk name from start; follow says whether a final symlink is followed. */
function walk(nd: Nd, start: Path, name: string, follow: boolean): Path {
  let cur = start;
  const len = name.length;
  let i = 0;
  while (i < len && name.charCodeAt(i) === 47) i++;
  while (i < len) {
    let j = name.indexOf("/", i);
    if (j < 0) j = len;
    const comp = name.slice(i, j);
    i = j;
    while (i < len && name.charCodeAt(i) === 47) i++;
    const last = i >= len;
    const dirInode = cur.dentry.inode;
    if (!dirInode.isDir) throw new Errno(ENOTDIR);
    checkPermission(nd.task, dirInode, MAY_EXEC);
    const next = step(nd, cur, comp);
    if (next.dentry.inode.isSymlink && (!last || follow || j < len)) cur = followLink(nd, cur, next);
    else cur = next;
  }
  if (len > 0 && name.charCodeAt(len - 1) === 47 && !cur.dentry.inode.isDir) throw new Errno(ENOTDIR);
  return cur;
}

export const LOOKUP_FOLLOW = 1;
export const LOOKUP_DIRECTORY = 2;

/** filename_lookup(): resolve a whole path. Throws ENOENT, ENOTDIR, EACCES, ELOOP, ENAMETOOLONG. */
export function lookupPath(task: Task, dirfd: number, name: string, flags: number): Path {
  checkName(name);
  const nd: Nd = { task, root: task.fs.root, links: 0 };
  const p = walk(nd, startPath(task, dirfd, name), name, (flags & LOOKUP_FOLLOW) !== 0);
  if (flags & LOOKUP_DIRECTORY && !p.dentry.inode.isDir) throw new Errno(ENOTDIR);
  return p;
}

/** What the last component of a path is (enum last_type). */
export type LastType = "normal" | "dot" | "dotdot" | "root";

export interface Parent {
  /** The directory that holds (or would hold) the last component; searchable (checked). */
  dir: Path;
  last: string;
  type: LastType;
  /** The path ended with "/" (mkdir "a/" is fine, creating a regular file "a/" is not). */
  trailingSlash: boolean;
  /** The nameidata, to resolve the last component later (open's O_CREAT without O_NOFOLLOW). */
  nd: { links: number };
}

/**
 * filename_parentat(): resolve all but the last component. `from` starts a relative name
 * somewhere else than dirfd (a symlink's target, from the link's directory), `links` carries
 * the count of links already followed.
 */
export function lookupParent(task: Task, dirfd: number, name: string, from?: Path, links = 0): Parent {
  checkName(name);
  const nd: Nd = { task, root: task.fs.root, links };
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) === 47) end--;
  const trailingSlash = end < name.length;
  const start = from && name.charCodeAt(0) !== 47 ? from : startPath(task, dirfd, name);
  if (end === 0) return { dir: nd.root, last: "/", type: "root", trailingSlash, nd };
  const slash = name.lastIndexOf("/", end - 1);
  const last = name.slice(slash + 1, end);
  const dir = slash < 0 ? start : walk(nd, start, name.slice(0, slash + 1), true);
  if (!dir.dentry.inode.isDir) throw new Errno(ENOTDIR);
  checkPermission(task, dir.dentry.inode, MAY_EXEC);
  const type: LastType = last === "." ? "dot" : last === ".." ? "dotdot" : "normal";
  return { dir, last, type, trailingSlash, nd };
}

/** Resolve the last component of a Parent (lookup_last), following a final symlink if asked. */
export function lookupLast(task: Task, p: Parent, follow: boolean): Path | null {
  if (p.type === "root") return p.dir;
  const nd: Nd = { task, root: task.fs.root, links: p.nd.links };
  if (p.type === "dot") return p.dir;
  if (p.type === "dotdot") return followDotdot(p.dir, nd.root);
  const child = lookupChild(task, p.dir, p.last);
  if (!child) return null;
  if (child.dentry.inode.isSymlink && (follow || p.trailingSlash)) {
    const r = followLink(nd, p.dir, child);
    p.nd.links = nd.links;
    return r;
  }
  return child;
}
