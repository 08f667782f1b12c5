// The inodes of cgroupfs. Unlike the generated files of proc, a cgroup's directory and control
// files keep one inode each for the cgroup's life (kernfs nodes), so chown and chmod stick:
// delegation (cgroup-v2.rst, "Delegation") is done by chowning a directory and its
// cgroup.procs, cgroup.threads and cgroup.subtree_control.

import type { Cgroup } from "../../cgroup/cgroup.ts";
import type { CfType } from "../../cgroup/controller.ts";
import { Inode, type InodeOperations, type SuperBlock } from "../../vfs/inode.ts";
import { S_IFDIR, S_IFREG } from "../../../uapi/stat.ts";
import { CORE_FILES } from "../../cgroup/core_files.ts";

/** A cgroup's directory inode (a kernfs directory node whose priv is the cgroup). */
export class CgroupDirInode extends Inode {
  constructor(
    sb: SuperBlock,
    ino: number,
    mode: number,
    uid: number,
    gid: number,
    ops: InodeOperations,
    readonly cgroup: Cgroup,
  ) {
    super(sb, ino, S_IFDIR | mode, uid, gid, ops);
    this.setTimes(cgroup.createdNs);
  }
}

/** One control file of one cgroup. */
export class CgroupFileInode extends Inode {
  constructor(
    sb: SuperBlock,
    ino: number,
    uid: number,
    gid: number,
    ops: InodeOperations,
    readonly cgroup: Cgroup,
    readonly cft: CfType,
  ) {
    super(sb, ino, S_IFREG | cft.mode, uid, gid, ops);
    this.setTimes(cgroup.createdNs);
  }
}

/** Per superblock: the inode numbers and the inodes made so far. */
export interface CgroupSuper {
  nextIno: number;
  dirOps: InodeOperations;
  fileOps: InodeOperations;
  /** Owner of new cgroups' nodes (the mkdir caller's fsuid/fsgid, cgroup_kn_set_ugid). */
  readonly owners: WeakMap<Cgroup, { uid: number; gid: number; mode: number }>;
}

interface Nodes {
  dir: CgroupDirInode;
  files: Map<string, CgroupFileInode>;
}

const nodes = new WeakMap<Cgroup, Nodes>();
/** The one cgroup2 superblock of each hierarchy (kernfs roots are single-instance). */
const superOf = new WeakMap<object, SuperBlock>();

export function setCgroupSuper(cg: Cgroup, sb: SuperBlock): void {
  superOf.set(cg.root, sb);
}

export function cgroupSuper(cg: Cgroup): SuperBlock | undefined {
  return superOf.get(cg.root);
}

/** Every file a cgroup has: the core files, then each enabled controller's, filtered by root/non-root. */
export function filesOf(cg: Cgroup): CfType[] {
  const out: CfType[] = [];
  const fits = (f: CfType): boolean => f.where === "all" || (f.where === "root") === cg.isRoot;
  for (const f of CORE_FILES) if (fits(f)) out.push(f);
  for (const c of cg.root.controllers) if (cg.css.has(c.name)) for (const f of c.files) if (fits(f)) out.push(f);
  return out;
}

function nodesOf(cg: Cgroup, sb: SuperBlock): Nodes {
  let n = nodes.get(cg);
  if (!n) {
    const ps = sb.priv as CgroupSuper;
    const own = ps.owners.get(cg) ?? { uid: 0, gid: 0, mode: cg.isRoot ? 0o555 : 0o755 };
    n = { dir: new CgroupDirInode(sb, ps.nextIno++, own.mode, own.uid, own.gid, ps.dirOps, cg), files: new Map() };
    nodes.set(cg, n);
  }
  return n;
}

/** The directory inode of cg. */
export function cgroupDirInode(cg: Cgroup, sb: SuperBlock): CgroupDirInode {
  const d = nodesOf(cg, sb).dir;
  d.nlink = 2 + cg.children.size;
  return d;
}

/** The inode of a control file of cg, made on first use; cft defaults to the file of that name. */
export function fileInode(cg: Cgroup, sb: SuperBlock, cft: CfType): CgroupFileInode {
  const n = nodesOf(cg, sb);
  let f = n.files.get(cft.name);
  if (!f || f.cft !== cft) {
    const ps = sb.priv as CgroupSuper;
    // Files belong to whoever made the group (cgroup_kn_set_ugid), whatever chown did to the directory since.
    const own = ps.owners.get(cg) ?? { uid: 0, gid: 0 };
    f = new CgroupFileInode(sb, ps.nextIno++, own.uid, own.gid, ps.fileOps, cg, cft);
    n.files.set(cft.name, f);
  }
  return f;
}

/**
 * The inode of a core file of cg, for permission checks made by the kernel itself
 * (cgroup_may_write() checks the common ancestor's cgroup.procs). Without a mounted
 * superblock, a root-owned stand-in.
 */
export function cgroupFileInode(cg: Cgroup, name: string): Inode {
  const cft = CORE_FILES.find((f) => f.name === name)!;
  const sb = cgroupSuper(cg);
  if (!sb) return { mode: S_IFREG | cft.mode, uid: 0, gid: 0 } as Inode;
  return fileInode(cg, sb, cft);
}
