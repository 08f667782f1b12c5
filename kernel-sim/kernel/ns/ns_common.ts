// What every namespace has in common: a type, an inode number, an owning user namespace, and
// the nsfs files /proc/PID/ns/* open (what setns(2) takes). Analogous to Linux's struct
// ns_common and fs/nsfs.c. Two tasks share a namespace exactly when these links are equal.

import type { Task } from "../task/task.ts";
import type { Kernel } from "../kernel.ts";
import type { Path } from "../vfs/mount.ts";
import { File, type FileOperations } from "../vfs/file.ts";
import { Inode, SuperBlock } from "../vfs/inode.ts";
import { Dentry } from "../vfs/dentry.ts";
import { Mount, MountNamespace } from "../vfs/mount.ts";
import { vfsState } from "../vfs/state.ts";
import { genericFstat } from "../vfs/stat.ts";
import { S_IFREG } from "../../uapi/stat.ts";
import { INIT_USER_NS, type UserNamespace } from "./user.ts";
import { initNet } from "../net/netns.ts";
import { initIpc } from "../ipc/util.ts";
import {
  CLONE_NEWCGROUP,
  CLONE_NEWIPC,
  CLONE_NEWNET,
  CLONE_NEWNS,
  CLONE_NEWPID,
  CLONE_NEWTIME,
  CLONE_NEWUSER,
  CLONE_NEWUTS,
} from "../../uapi/sched.ts";

export type NsType = "cgroup" | "ipc" | "mnt" | "net" | "pid" | "time" | "user" | "uts";

/** The CLONE_NEW* flag of each type (setns's nstype, lsns -t). */
export const NS_FLAG: Record<NsType, number> = {
  cgroup: CLONE_NEWCGROUP,
  ipc: CLONE_NEWIPC,
  mnt: CLONE_NEWNS,
  net: CLONE_NEWNET,
  pid: CLONE_NEWPID,
  time: CLONE_NEWTIME,
  user: CLONE_NEWUSER,
  uts: CLONE_NEWUTS,
};

/** Namespaces this kernel models only by identity (cgroup, time): an inode number and an owner. */
export class OpaqueNamespace {
  constructor(
    readonly type: "cgroup" | "time",
    readonly inum: number,
    readonly owner: UserNamespace,
  ) {}
}

export const PROC_CGROUP_INIT_INO = 0xeffffffb;
export const PROC_TIME_INIT_INO = 0xeffffffa;
export const INIT_CGROUP_NS = new OpaqueNamespace("cgroup", PROC_CGROUP_INIT_INO, INIT_USER_NS);
export const INIT_TIME_NS = new OpaqueNamespace("time", PROC_TIME_INIT_INO, INIT_USER_NS);

/** One namespace as an nsfs file sees it. */
export interface NsHandle {
  type: NsType;
  inum: number;
  /** The namespace object itself (UtsNamespace, NetNamespace, UserNamespace, ...). */
  ns: object;
}

/**
 * Owners of namespaces whose classes live elsewhere (uts, pid, mnt): ns->user_ns. The initial
 * ones, absent here, belong to the initial user namespace.
 */
const owners = new WeakMap<object, UserNamespace>();

export function setNsOwner(ns: object, owner: UserNamespace): void {
  owners.set(ns, owner);
}

/** ns->user_ns: the user namespace whose capabilities govern ns. */
export function nsOwner(ns: object): UserNamespace {
  const o = (ns as { owner?: unknown }).owner;
  if (o && typeof o === "object" && "uidMap" in o) return o as UserNamespace;
  return owners.get(ns) ?? INIT_USER_NS;
}

/** The entries of /proc/PID/ns, in the order Linux lists them (ns_entries in fs/proc/namespaces.c, sorted by readdir). */
export const NS_LINK_NAMES = ["cgroup", "ipc", "mnt", "net", "pid", "pid_for_children", "time", "time_for_children", "user", "uts"] as const;
export type NsLinkName = (typeof NS_LINK_NAMES)[number];

/** The namespace /proc/PID/ns/NAME of t refers to, or null (a mount namespace not set up). */
export function taskNamespace(t: Task, name: NsLinkName): NsHandle | null {
  const p = t.nsproxy;
  switch (name) {
    case "cgroup": {
      const ns = p.cgroup ?? INIT_CGROUP_NS;
      return { type: "cgroup", inum: ns.inum, ns };
    }
    case "ipc": {
      const ns = p.ipc ?? initIpc(t.kernel);
      return { type: "ipc", inum: ns.inum, ns };
    }
    case "mnt":
      return p.mnt ? { type: "mnt", inum: p.mnt.inum, ns: p.mnt } : null;
    case "net": {
      const ns = p.net ?? initNet(t.kernel);
      return { type: "net", inum: ns.inum, ns };
    }
    case "pid":
      return { type: "pid", inum: t.pidNs.inum, ns: t.pidNs };
    case "pid_for_children":
      return { type: "pid", inum: p.pidForChildren.inum, ns: p.pidForChildren };
    case "time":
    case "time_for_children": {
      const ns = (name === "time" ? p.time : p.timeForChildren) ?? INIT_TIME_NS;
      return { type: "time", inum: ns.inum, ns };
    }
    case "user":
      return { type: "user", inum: t.cred.userNs.inum, ns: t.cred.userNs };
    case "uts":
      return { type: "uts", inum: p.uts.inum, ns: p.uts };
  }
}

/** The text of a /proc/PID/ns link: "net:[4026531840]" (ns_get_name). */
export function nsLinkText(h: NsHandle): string {
  return `${h.type}:[${h.inum}]`;
}

// ---- nsfs: what opening /proc/PID/ns/X gives ----

/** An open namespace file (File.priv of an nsfs file). */
export class NsFile {
  constructor(readonly handle: NsHandle) {}
}

const NSFS_MAGIC = 0x6e736673;

const nsFileOps: FileOperations = {
  fstat: (f) => genericFstat((f.priv as NsFile & { inode: Inode }).inode),
};

function nsfsMount(kernel: Kernel): Mount {
  const key = "nsfs-mnt";
  let m = kernel.subsys.get(key) as Mount | undefined;
  if (!m) {
    const statfs = { type: NSFS_MAGIC, bsize: 4096, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0, fsid: 0, namelen: 255, frsize: 4096, flags: 0 };
    const sb = new SuperBlock(kernel, "nsfs", vfsState(kernel).allocAnonDev(), { statfs: () => statfs }, "nsfs");
    sb.root = new Dentry("/", null, new Inode(sb, 1, 0o040555, 0, 0, {}));
    const ns = new MountNamespace(0);
    m = new Mount(vfsState(kernel).allocMntId(), sb, sb.root, 0, ns);
    ns.root = m;
    kernel.subsys.set(key, m);
  }
  return m;
}

/** The namespace behind each nsfs inode (what a bind mount of /proc/PID/ns/X keeps hold of). */
const nsfsInodes = new WeakMap<Inode, NsHandle>();

/**
 * Where following /proc/PID/ns/NAME lands (for procfs's magic link): an nsfs inode whose
 * number is the namespace's, and whose open(2) gives a File setns(2) accepts. Bind-mounting it
 * (`mount --bind /proc/self/ns/net /run/netns/NAME`) makes the mounted file a handle too.
 */
export function nsfsPath(kernel: Kernel, h: NsHandle): Path {
  const mnt = nsfsMount(kernel);
  const inode = new Inode(mnt.sb, h.inum, S_IFREG | 0o444, 0, 0, {
    open(ino, flags, _task, path, name) {
      const priv = Object.assign(new NsFile(h), { inode: ino });
      const f = new File(nsFileOps, flags, priv, name);
      f.fpath = path;
      return f;
    },
  });
  nsfsInodes.set(inode, h);
  return { mnt, dentry: new Dentry(nsLinkText(h), mnt.sb.root, inode) };
}

/** The namespace a file descriptor names, for setns(2): an nsfs file (opened directly or through a bind mount), else null. */
export function nsOfFile(file: File): NsHandle | null {
  return file.priv instanceof NsFile ? file.priv.handle : null;
}

/**
 * Is ns held by an nsfs bind mount in a mount namespace some live task is in? Such a mount is
 * a reference (as the nsfs dentry's is in Linux): `ip netns add` keeps a namespace alive so.
 */
export function nsfsMounted(kernel: Kernel, ns: object): boolean {
  const seen = new Set<MountNamespace>();
  for (const t of kernel.tasks) {
    const m = t.nsproxy.mnt;
    if (!m || t.state === "Z" || t.state === "X" || seen.has(m)) continue;
    seen.add(m);
    for (const mnt of m.mounts) if (mnt.sb.type === "nsfs" && nsfsInodes.get(mnt.root.inode)?.ns === ns) return true;
  }
  return false;
}
