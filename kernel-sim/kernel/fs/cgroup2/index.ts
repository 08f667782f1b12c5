// cgroup2: the filesystem of the unified hierarchy (kernel/cgroup/cgroup.c on kernfs).
// A directory per cgroup, holding its control files and its child groups. mkdir makes a
// cgroup, rmdir removes one ("A cgroup can be removed by removing the directory ... it can
// only be removed if it has no children and no live processes" - cgroup-v2.rst, "Basic
// Operations"); control files cannot be created, removed or renamed (EACCES for open(O_CREAT),
// EPERM for the rest, as the VFS answers a filesystem without those operations).
// Mounting it again gives the same superblock: one hierarchy, one tree.

import type { Task } from "../../task/task.ts";
import type { FileSystemType } from "../../vfs/state.ts";
import { vfsState } from "../../vfs/state.ts";
import { SuperBlock, type Inode, type InodeOperations } from "../../vfs/inode.ts";
import { Dentry } from "../../vfs/dentry.ts";
import { File, type FileOperations } from "../../vfs/file.ts";
import { genericFstat } from "../../vfs/stat.ts";
import { emptyStatfs } from "../pseudo/super.ts";
import { cgroupRoot, makeChild } from "../../cgroup/root.ts";
import type { Cgroup } from "../../cgroup/cgroup.ts";
import { removeCgroup } from "../../cgroup/rmdir.ts";
// The memory-charging syscalls come with the filesystem that shows what they charge.
import "../../cgroup/syscalls.ts";
import { kernfsCompare } from "./kernfs_hash.ts";
import { CgroupDirInode, CgroupFileInode, type CgroupSuper, cgroupDirInode, cgroupSuper, fileInode, filesOf, setCgroupSuper } from "./inodes.ts";
import { EACCES, EAGAIN, EINVAL, EISDIR, ENODEV, EPERM, Errno } from "../../../uapi/errno.ts";
import { CGROUP2_SUPER_MAGIC, DT_DIR, DT_REG, S_IFDIR, S_IFMT, S_IFREG, type Dirent } from "../../../uapi/stat.ts";
import { O_TRUNC, SEEK_CUR, SEEK_SET } from "../../../uapi/fcntl.ts";
import { POLLIN, POLLOUT, POLLPRI } from "../../../userland/lib/sys.ts";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function dirCgroup(i: Inode): Cgroup {
  return (i as CgroupDirInode).cgroup;
}

/** Names in a cgroup directory, control files and child groups together, in kernfs order. */
function entries(cg: Cgroup): { name: string; isDir: boolean }[] {
  const out = filesOf(cg).map((f) => ({ name: f.name, isDir: false }));
  for (const name of cg.children.keys()) out.push({ name, isDir: true });
  return out.sort((a, b) => kernfsCompare(a.name, b.name));
}

/** cgroup_check_hierarchy_limits(): cgroup.max.descendants and cgroup.max.depth of every ancestor. */
function checkHierarchyLimits(parent: Cgroup): void {
  let level = 0;
  for (let c: Cgroup | null = parent; c; c = c.parent) {
    if (c.nrDescendants >= c.maxDescendants) throw new Errno(EAGAIN);
    if (level >= c.maxDepth) throw new Errno(EAGAIN);
    level++;
  }
}

const dirOps: InodeOperations = {
  lookup(dir, name) {
    const cg = dirCgroup(dir);
    const child = cg.children.get(name);
    if (child) return cgroupDirInode(child, dir.sb);
    const cft = filesOf(cg).find((f) => f.name === name);
    return cft ? fileInode(cg, dir.sb, cft) : null;
  },
  // Only rmdir(2)'s emptiness check calls this (the listing is cgroupDirFileOps.iterate): control
  // files do not make a cgroup busy; children and processes do, and unlink() below says so.
  readdir: () => [],
  create(dir, name, mode, _rdev, cred) {
    const type = mode & S_IFMT;
    if (type === S_IFREG) throw new Errno(EACCES);
    if (type !== S_IFDIR) throw new Errno(EPERM);
    const parent = dirCgroup(dir);
    if (name.includes("\n")) throw new Errno(EINVAL);
    checkHierarchyLimits(parent);
    const ps = dir.sb.priv as CgroupSuper;
    const cg = makeChild(parent, name);
    ps.owners.set(cg, { uid: cred.fsuid, gid: cred.fsgid, mode: mode & 0o7777 });
    return cgroupDirInode(cg, dir.sb);
  },
  unlink(dir, name, inode) {
    if (!(inode instanceof CgroupDirInode)) throw new Errno(EPERM);
    removeCgroup(dirCgroup(dir).children.get(name)!);
  },
  open(inode, flags, _task, path, name) {
    const f = new File(cgroupDirFileOps, flags, inode, name);
    f.fpath = path;
    return f;
  },
};

const cgroupDirFileOps: FileOperations = {
  read() {
    throw new Errno(EISDIR);
  },
  iterate(f): Dirent[] {
    if (f.pos > 0) return [];
    const inode = f.priv as CgroupDirInode;
    const cg = inode.cgroup;
    const parent = f.fpath ? f.fpath.dentry.parent.inode : inode;
    const out: Dirent[] = [
      { ino: inode.ino, type: DT_DIR, name: "." },
      { ino: parent.ino, type: DT_DIR, name: ".." },
    ];
    for (const e of entries(cg)) {
      const i = e.isDir ? cgroupDirInode(cg.children.get(e.name)!, inode.sb) : fileInode(cg, inode.sb, filesOf(cg).find((x) => x.name === e.name)!);
      out.push({ ino: i.ino, type: e.isDir ? DT_DIR : DT_REG, name: e.name });
    }
    f.pos = out.length;
    return out;
  },
  llseek(f, offset, whence) {
    const pos = whence === SEEK_SET ? offset : whence === SEEK_CUR ? f.pos + offset : -1;
    if (pos < 0) throw new Errno(EINVAL);
    f.pos = pos;
    return pos;
  },
  poll: () => POLLIN | POLLOUT,
  fstat: (f) => genericFstat(f.priv as Inode),
};

/** An open control file: the text it reads (seq_file: made at the first read, again after a seek to 0). */
interface OpenCft {
  inode: CgroupFileInode;
  data: Uint8Array | null;
}

const cftFileOps: FileOperations = {
  read(f, count, task) {
    const o = f.priv as OpenCft;
    const { cft, cgroup } = o.inode;
    // rmdir deactivated the node: kernfs_get_active() fails for a file still open (kernfs_fop_read_iter).
    if (cgroup.dead) throw new Errno(ENODEV);
    if (!cft.show) throw new Errno(EINVAL);
    o.data ??= encoder.encode(cft.show(cgroup, task));
    const out = o.data.slice(f.pos, f.pos + count);
    f.pos += out.length;
    return out;
  },
  write(f, data, task) {
    const { cft, cgroup } = (f.priv as OpenCft).inode;
    if (cgroup.dead) throw new Errno(ENODEV);
    if (!cft.write) throw new Errno(EINVAL);
    cft.write(cgroup, decoder.decode(data), task);
    return data.length;
  },
  llseek(f, offset, whence) {
    const pos = whence === SEEK_SET ? offset : whence === SEEK_CUR ? f.pos + offset : -1;
    if (pos < 0) throw new Errno(EINVAL);
    if (pos === 0) (f.priv as OpenCft).data = null;
    f.pos = pos;
    return pos;
  },
  // cgroup.events and memory.events signal changes with POLLPRI (cgroup_file_notify).
  poll: () => POLLIN | POLLOUT | POLLPRI,
  fstat: (f) => genericFstat((f.priv as OpenCft).inode),
  ftruncate() {},
};

const fileOps: InodeOperations = {
  open(inode, flags, _task, path, name) {
    const f = new File(cftFileOps, flags & ~O_TRUNC, { inode: inode as CgroupFileInode, data: null } satisfies OpenCft, name);
    f.fpath = path;
    return f;
  },
  truncate() {},
};

export const cgroup2Type: FileSystemType = {
  name: "cgroup2",
  nodev: true,
  mount(kernel, _task: Task | null, _source, _flags, data) {
    const r = cgroupRoot(kernel);
    const existing = cgroupSuper(r.root);
    if (existing) return existing;
    const options = data
      .split(",")
      .filter((o) => ["nsdelegate", "memory_recursiveprot", "favordynmods", "memory_localevents", "memory_hugetlb_accounting", "pids_localevents"].includes(o))
      .join(",");
    const sb = new SuperBlock(kernel, "cgroup2", vfsState(kernel).allocAnonDev(), {
      statfs: (s) => emptyStatfs(CGROUP2_SUPER_MAGIC, s),
      showOptions: () => options,
    }, "cgroup2");
    sb.volatile = true;
    const ps: CgroupSuper = { nextIno: 1, dirOps, fileOps, owners: new WeakMap() };
    sb.priv = ps;
    setCgroupSuper(r.root, sb);
    sb.root = new Dentry("/", null, cgroupDirInode(r.root, sb));
    return sb;
  },
};
