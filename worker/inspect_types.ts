// The read-only snapshot of a machine that the panels draw (DESIGN.md: "one read-only
// inspect() snapshot"). Plain data, structured-clone friendly; built by inspect.ts in the
// worker, read by web/panels/.

/** The namespace types, as lsns(8) and /proc/PID/ns/ name them. */
export type NsType = "mnt" | "uts" | "ipc" | "pid" | "net" | "user" | "cgroup" | "time";

export interface ProcessInfo {
  /** pid as the host (the initial pid namespace) sees it. */
  pid: number;
  /** The host pid of the parent; 0 for init. */
  ppid: number;
  /** The pid in each pid namespace from the host's down to its own (NSpid: in /proc/PID/status). */
  nspid: number[];
  comm: string;
  /** argv joined by spaces ("" for a kernel-started task before exec). */
  cmdline: string;
  /** R S D T Z X, as ps's STAT. */
  state: string;
  uid: number;
  gid: number;
  /** Inode number per namespace type the kernel models. */
  ns: Partial<Record<NsType, number>>;
  /** The namespace set as one key, equal for processes that share every namespace. */
  nsKey: string;
}

export interface NamespaceInfo {
  type: NsType;
  inum: number;
  /** Host pids of the processes in it. */
  pids: number[];
  /** The lowest pid in it and its command (lsns's PID and COMMAND). */
  pid: number;
  command: string;
}

export interface MountInfo {
  id: number;
  parentId: number;
  /** Where it is mounted, as a process of this namespace sees it from its root. */
  target: string;
  source: string;
  fstype: string;
  /** Superblock options (what mountinfo's last field shows after rw/ro). */
  options: string;
  readonly: boolean;
  /** overlay: upperdir/workdir and lowerdir, topmost lower first. */
  layers?: { upper: string; work: string; lowers: string[] };
}

export interface MountNsInfo {
  inum: number;
  /** Host pids of its processes. */
  pids: number[];
  mounts: MountInfo[];
}

/** One cgroup with the usage of its controllers against their limits (null: no limit/file). */
export interface CgroupInfo {
  path: string;
  procs: number[];
  memory: { current: number; max: number | null } | null;
  pids: { current: number; max: number | null } | null;
  /** cpu.stat usage_usec and cpu.max as a fraction of one CPU (null: "max"). */
  cpu: { usageUsec: number; maxFraction: number | null } | null;
  children: CgroupInfo[];
}

export interface Snapshot {
  /** Date.now() when taken. */
  at: number;
  hostname: string;
  processes: ProcessInfo[];
  namespaces: NamespaceInfo[];
  mountNamespaces: MountNsInfo[];
  /** The cgroup v2 tree read from /sys/fs/cgroup; null when it has no cgroup files yet. */
  cgroups: CgroupInfo | null;
}
