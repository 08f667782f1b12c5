// The toolkit generated filesystems share (proc, sysfs, devpts, cgroup2): a tree described by
// PNodes - directories that list and look up children, files whose content is produced when
// opened (like seq_file), symlinks - made into inodes on demand. Analogous to gVisor's kernfs
// and, in Linux, to proc_dir_entry/kernfs_node. Every lookup builds fresh nodes (the sb is
// volatile), so a file always reflects live kernel state; a node's key keeps its inode number
// stable between lookups.

import type { Task } from "../../task/task.ts";
import type { Path } from "../../vfs/mount.ts";
import { Inode, type InodeOperations, type SuperBlock, type DirEntry, modeToDtype } from "../../vfs/inode.ts";
import { File, type FileOperations } from "../../vfs/file.ts";
import { dirFileOps } from "../../vfs/readdir.ts";
import { genericFstat } from "../../vfs/stat.ts";
import { EACCES, EINVAL, Errno } from "../../../uapi/errno.ts";
import { S_IFDIR, S_IFLNK, S_IFREG, S_IFCHR } from "../../../uapi/stat.ts";
import { O_TRUNC } from "../../../uapi/fcntl.ts";
import { POLLIN, POLLOUT } from "../../../userland/lib/sys.ts";

export interface PNodeBase {
  /** Unique within the superblock; the inode number is derived from it. */
  key: string;
  mode: number;
  uid?: number;
  gid?: number;
  /** Time shown in stat (ns since the epoch); default: the superblock's creation. */
  timeNs?: bigint;
}

export interface PDir extends PNodeBase {
  kind: "dir";
  /** Names in getdents order. */
  list(task: Task): Iterable<string>;
  /** The child named name, or null. */
  get(name: string, task: Task): PNode | null;
}

export interface PFile extends PNodeBase {
  kind: "file";
  /** The whole content, made at open (and again after lseek to 0 is not needed: one snapshot per open). */
  show(task: Task): string | Uint8Array;
  /** Handles a write(2); without it the file is read-only (EACCES for writers, or EINVAL as proc says). */
  store?(task: Task, data: Uint8Array): void;
}

export interface PLink extends PNodeBase {
  kind: "link";
  target(task: Task): string;
  /** A "magic" link (/proc/PID/cwd): following it lands on this Path, whatever the text says. */
  follow?(task: Task): Path | null;
}

/** A device node (devpts's ptmx and N): opened through the chrdev registry. */
export interface PDev extends PNodeBase {
  kind: "dev";
  rdev: number;
}

export type PNode = PDir | PFile | PLink | PDev;

/** Per-superblock state: key -> inode number, and the root node. */
export class PseudoSuper {
  private readonly inos = new Map<string, number>();
  private next: number;
  readonly createdNs: bigint;

  constructor(
    readonly root: PDir,
    sb: SuperBlock,
    firstIno = 1,
  ) {
    this.next = firstIno;
    this.createdNs = sb.kernel.clock.realtime();
  }

  ino(key: string): number {
    let n = this.inos.get(key);
    if (n === undefined) {
      n = this.next++;
      this.inos.set(key, n);
    }
    return n;
  }
}

export class PseudoInode extends Inode {
  constructor(
    sb: SuperBlock,
    readonly node: PNode,
  ) {
    const ps = sb.priv as PseudoSuper;
    const type = node.kind === "dir" ? S_IFDIR : node.kind === "link" ? S_IFLNK : node.kind === "dev" ? S_IFCHR : S_IFREG;
    super(sb, ps.ino(node.key), type | (node.mode & 0o7777), node.uid ?? 0, node.gid ?? 0, pseudoInodeOps);
    this.setTimes(node.timeNs ?? ps.createdNs);
    if (node.kind === "dir") this.nlink = 2;
    if (node.kind === "dev") this.rdev = node.rdev;
  }
}

function nodeOf(i: Inode): PNode {
  return (i as PseudoInode).node;
}

/** An open generated file: the snapshot it reads from. */
interface Snapshot {
  inode: PseudoInode;
  data: Uint8Array | null;
}

function snapshot(f: File, task: Task): Uint8Array {
  const s = f.priv as Snapshot;
  if (!s.data) {
    const v = (s.inode.node as PFile).show(task);
    s.data = typeof v === "string" ? new TextEncoder().encode(v) : v;
  }
  return s.data;
}

const pseudoFileOps: FileOperations = {
  read(f, count, task) {
    const data = snapshot(f, task);
    const out = data.slice(f.pos, f.pos + count);
    f.pos += out.length;
    return out;
  },
  write(f, data, task) {
    const node = (f.priv as Snapshot).inode.node as PFile;
    if (!node.store) throw new Errno(EINVAL);
    node.store(task, data);
    return data.length;
  },
  llseek(f, offset, whence) {
    const pos = whence === 0 ? offset : whence === 1 ? f.pos + offset : -1;
    if (pos < 0) throw new Errno(EINVAL);
    if (pos === 0) (f.priv as Snapshot).data = null;
    f.pos = pos;
    return pos;
  },
  poll: () => POLLIN | POLLOUT,
  fstat: (f) => genericFstat((f.priv as Snapshot).inode),
  ftruncate() {},
};

export const pseudoInodeOps: InodeOperations = {
  lookup(dir, name, task) {
    const n = (nodeOf(dir) as PDir).get(name, task);
    return n ? new PseudoInode(dir.sb, n) : null;
  },
  *readdir(dir, task): Iterable<DirEntry> {
    const d = nodeOf(dir) as PDir;
    for (const name of d.list(task)) {
      const n = d.get(name, task);
      if (!n) continue;
      const i = new PseudoInode(dir.sb, n);
      yield { name, ino: i.ino, type: modeToDtype(i.mode) };
    }
  },
  readlink(inode, task) {
    return (nodeOf(inode) as PLink).target(task);
  },
  getLink(inode, task) {
    return (nodeOf(inode) as PLink).follow?.(task) ?? null;
  },
  open(inode, flags, _task, path, name) {
    const node = nodeOf(inode);
    let f: File;
    if (node.kind === "dir") f = new File(dirFileOps, flags, inode, name);
    else {
      if (node.kind === "file" && !node.store && (flags & 3) !== 0) throw new Errno(EACCES);
      f = new File(pseudoFileOps, flags & ~O_TRUNC, { inode: inode as PseudoInode, data: null } satisfies Snapshot, name);
    }
    f.fpath = path;
    return f;
  },
  truncate() {},
};

/** A directory with a fixed set of children. */
export function staticDir(key: string, mode: number, children: Record<string, (task: Task) => PNode | null>): PDir {
  return {
    kind: "dir",
    key,
    mode,
    list: () => Object.keys(children),
    get: (name, task) => (Object.hasOwn(children, name) ? children[name]!(task) : null),
  };
}

/** A read-only (0444) or writable file. */
export function textFile(key: string, show: (task: Task) => string, mode = 0o444, store?: (task: Task, data: Uint8Array) => void): PFile {
  return store ? { kind: "file", key, mode, show, store } : { kind: "file", key, mode, show };
}

export function symlinkNode(key: string, target: (task: Task) => string, follow?: (task: Task) => Path | null): PLink {
  return follow ? { kind: "link", key, mode: 0o777, target, follow } : { kind: "link", key, mode: 0o777, target };
}
