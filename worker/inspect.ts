// inspect(): the panels' snapshot of a machine, built by reading kernel objects directly
// (tasks, their nsproxy, mount namespaces) and, for cgroups, the files of /sys/fs/cgroup
// through the VFS as init would read them, so whatever the cgroup implementation shows a
// learner's `cat` is what the panel draws. Read-only: nothing here changes the machine.

import type { Host } from "../kernel-sim/host/index.ts";
import type { Task } from "../kernel-sim/kernel/task/task.ts";
import type { Mount, MountNamespace, Path } from "../kernel-sim/kernel/vfs/mount.ts";
import { dPathFrom } from "../kernel-sim/kernel/vfs/d_path.ts";
import { O_DIRECTORY, O_RDONLY } from "../kernel-sim/uapi/fcntl.ts";
import { DT_DIR } from "../kernel-sim/uapi/stat.ts";
import type { CgroupInfo, MountInfo, MountNsInfo, NamespaceInfo, NsType, ProcessInfo, Snapshot } from "./inspect_types.ts";

/** The namespaces an nsproxy may carry beyond uts/pid/mnt, once the kernel models them. */
const OTHER_NS: readonly NsType[] = ["ipc", "net", "cgroup", "time"];
const NS_ORDER: readonly NsType[] = ["mnt", "uts", "ipc", "pid", "net", "user", "cgroup", "time"];

/** An object that may carry a namespace's inode number (duck-typed: see OTHER_NS). */
type MaybeNs = { inum?: unknown } | null | undefined;

function nsOf(t: Task): Partial<Record<NsType, number>> {
  const ns: Partial<Record<NsType, number>> = { uts: t.nsproxy.uts.inum, pid: t.pid.ns.inum };
  if (t.nsproxy.mnt) ns.mnt = t.nsproxy.mnt.inum;
  const extra = t.nsproxy as unknown as Record<string, MaybeNs>;
  for (const k of OTHER_NS) {
    const inum = extra[k]?.inum;
    if (typeof inum === "number") ns[k] = inum;
  }
  const user = (t.cred as unknown as { userNs?: MaybeNs }).userNs?.inum;
  if (typeof user === "number") ns.user = user;
  return ns;
}

function processOf(host: Host, t: Task): ProcessInfo {
  const root = host.kernel.initPidNs;
  const ns = nsOf(t);
  return {
    pid: t.pid.nr(root),
    ppid: t.parent ? t.parent.pid.nr(root) : 0,
    nspid: t.pid.numbers.slice(),
    comm: t.comm,
    cmdline: t.cmdline.join(" "),
    state: t.state,
    uid: t.cred.uid,
    gid: t.cred.gid,
    ns,
    nsKey: NS_ORDER.map((k) => ns[k] ?? 0).join(":"),
  };
}

function namespacesOf(procs: ProcessInfo[]): NamespaceInfo[] {
  const byKey = new Map<string, NamespaceInfo>();
  for (const p of procs) {
    for (const type of NS_ORDER) {
      const inum = p.ns[type];
      if (inum === undefined) continue;
      const key = `${type}:${inum}`;
      let n = byKey.get(key);
      if (!n) byKey.set(key, (n = { type, inum, pids: [], pid: p.pid, command: p.cmdline || p.comm }));
      n.pids.push(p.pid);
      if (p.pid < n.pid) {
        n.pid = p.pid;
        n.command = p.cmdline || p.comm;
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.inum - b.inum || NS_ORDER.indexOf(a.type) - NS_ORDER.indexOf(b.type));
}

/** overlay's "lowerdir=a:b,upperdir=u,workdir=w" (lowerdir's first entry is the top layer). */
export function overlayLayers(options: string): MountInfo["layers"] {
  const get = (k: string): string => new RegExp(`(?:^|,)${k}=([^,]*)`).exec(options)?.[1] ?? "";
  const lower = get("lowerdir");
  return { upper: get("upperdir"), work: get("workdir"), lowers: lower ? lower.split(":") : [] };
}

function mountOf(m: Mount, root: Path): MountInfo | null {
  const r = dPathFrom({ mnt: m, dentry: m.root }, root);
  if (!r.reachable) return null;
  const options = m.sb.ops.showOptions?.(m.sb) ?? "";
  const info: MountInfo = { id: m.id, parentId: (m.parent ?? m).id, target: r.path, source: m.devname || "none", fstype: m.sb.type, options, readonly: m.readonly };
  if (m.sb.type === "overlay") info.layers = overlayLayers(options);
  return info;
}

function mountNamespacesOf(host: Host, tasks: Task[]): MountNsInfo[] {
  const seen = new Map<MountNamespace, { pids: number[]; root: Path }>();
  for (const t of tasks) {
    const mnt = t.nsproxy.mnt;
    if (!mnt) continue;
    let e = seen.get(mnt);
    if (!e) seen.set(mnt, (e = { pids: [], root: t.fs.root }));
    e.pids.push(t.pid.nr(host.kernel.initPidNs));
  }
  const out: MountNsInfo[] = [];
  for (const [ns, { pids, root }] of seen) {
    const mounts: MountInfo[] = [];
    for (const m of ns.mounts) {
      const info = mountOf(m, root);
      if (info) mounts.push(info);
    }
    out.push({ inum: ns.inum, pids, mounts });
  }
  return out.sort((a, b) => a.inum - b.inum);
}

/** Read a whole file as init, or null if it cannot be read. */
export async function readAsInit(host: Host, path: string): Promise<string | null> {
  const t = host.init;
  let fd: number;
  try {
    fd = await host.kernel.fs.open(t, path, O_RDONLY);
  } catch {
    return null;
  }
  try {
    const f = t.files.get(fd);
    let text = "";
    const dec = new TextDecoder();
    for (let i = 0; i < 64; i++) {
      const chunk = await f.ops.read!(f, 65536, t);
      if (chunk.length === 0) break;
      text += dec.decode(chunk, { stream: true });
    }
    return text;
  } catch {
    return null;
  } finally {
    t.files.close(fd);
  }
}

async function listDirsAsInit(host: Host, path: string): Promise<string[]> {
  const t = host.init;
  let fd: number;
  try {
    fd = await host.kernel.fs.open(t, path, O_RDONLY | O_DIRECTORY);
  } catch {
    return [];
  }
  const names: string[] = [];
  try {
    for (;;) {
      const batch = host.kernel.fs.getdents64(t, fd);
      if (batch.length === 0) break;
      for (const d of batch) if (d.type === DT_DIR && d.name !== "." && d.name !== "..") names.push(d.name);
    }
  } catch {
    // an unreadable directory lists as empty
  } finally {
    t.files.close(fd);
  }
  return names.sort();
}

const num = (s: string | null): number | null => (s === null || s.trim() === "max" || s.trim() === "" ? null : Number(s.trim()));

async function cgroupAt(host: Host, dir: string, path: string, depth: number): Promise<CgroupInfo> {
  const read = (f: string): Promise<string | null> => readAsInit(host, `${dir}/${f}`);
  const [procs, memCur, memMax, pidsCur, pidsMax, cpuStat, cpuMax] = await Promise.all([read("cgroup.procs"), read("memory.current"), read("memory.max"), read("pids.current"), read("pids.max"), read("cpu.stat"), read("cpu.max")]);
  const usage = cpuStat ? Number(/usage_usec (\d+)/.exec(cpuStat)?.[1] ?? 0) : 0;
  const [quota, period] = (cpuMax ?? "").trim().split(/\s+/);
  const info: CgroupInfo = {
    path,
    procs: (procs ?? "").split("\n").filter(Boolean).map(Number),
    memory: memCur === null ? null : { current: Number(memCur.trim()), max: num(memMax) },
    pids: pidsCur === null ? null : { current: Number(pidsCur.trim()), max: num(pidsMax) },
    cpu: cpuStat === null ? null : { usageUsec: usage, maxFraction: cpuMax === null || quota === "max" ? null : Number(quota) / Number(period || 100000) },
    children: [],
  };
  if (depth < 8) for (const name of await listDirsAsInit(host, dir)) info.children.push(await cgroupAt(host, `${dir}/${name}`, path === "/" ? `/${name}` : `${path}/${name}`, depth + 1));
  return info;
}

/** The cgroup tree under dir (the cgroup2 mount), or null when it has no cgroup.procs yet. */
export async function cgroupsOf(host: Host, dir = "/sys/fs/cgroup"): Promise<CgroupInfo | null> {
  if ((await readAsInit(host, `${dir}/cgroup.procs`)) === null) return null;
  return cgroupAt(host, dir, "/", 0);
}

export async function inspect(host: Host): Promise<Snapshot> {
  const tasks = [...host.kernel.tasks].filter((t) => t.state !== "X");
  const processes = tasks.map((t) => processOf(host, t)).sort((a, b) => a.pid - b.pid);
  return {
    at: Date.now(),
    hostname: host.init.nsproxy.uts.nodename,
    processes,
    namespaces: namespacesOf(processes),
    mountNamespaces: mountNamespacesOf(host, tasks),
    cgroups: await cgroupsOf(host),
  };
}
