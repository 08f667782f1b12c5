// The unified hierarchy of one machine. Analogous to Linux's cgrp_dfl_root (struct
// cgroup_root): the root cgroup, the registered controllers in their kernel order (ssid), and
// the layout a systemd machine boots with (init.scope, system.slice, user.slice).

import type { Kernel } from "../kernel.ts";
import type { Task } from "../task/task.ts";
import { Cgroup } from "./cgroup.ts";
import type { Controller } from "./controller.ts";
import { cpusetController } from "./cpuset.ts";
import { cpuController, type CpuCss } from "./cpu.ts";
import { ioController } from "./io.ts";
import { memoryController } from "./memory.ts";
import { pidsController, setPidsMax } from "./pids.ts";
import { MAX_THREADS, PID_MAX_DEFAULT } from "../task/pid.ts";
import { hugetlbController, miscController, rdmaController } from "./minor.ts";
import { CpuBandwidth } from "./cpu_bandwidth.ts";
import { cgroupExit } from "./fork.ts";
import { migrateTask } from "./attach.ts";

/**
 * Every subsystem in ssid order, as cgroup.stat counts them: perf_event is implicit on v2 (on
 * in every cgroup, never listed in cgroup.controllers).
 */
export const SUBSYS_ORDER = ["cpuset", "cpu", "io", "memory", "perf_event", "hugetlb", "pids", "rdma", "misc"] as const;

/** What systemd enables at the root of a machine it boots (and the QEMU recordings have). */
const ROOT_SUBTREE_CONTROL = ["cpuset", "cpu", "io", "memory", "pids"];

export class CgroupRoot {
  readonly controllers: readonly Controller[];
  readonly byName = new Map<string, Controller>();
  /** The names of the controllers, in order (the root's cgroup.controllers). */
  readonly controllerNames: Set<string>;
  readonly root: Cgroup;
  /** The CPU time simulator that grants sys.cpu_burn its time (cpu.weight, cpu.max, cpuset). */
  readonly cpu: CpuBandwidth;
  /** Login sessions started (session-N.scope numbers). */
  sessions = 0;
  private nextSerial = 1;

  constructor(readonly kernel: Kernel) {
    this.controllers = [cpusetController, cpuController, ioController, memoryController, hugetlbController, pidsController, rdmaController, miscController];
    for (const c of this.controllers) this.byName.set(c.name, c);
    this.controllerNames = new Set(this.controllers.map((c) => c.name));
    this.root = new Cgroup(this, null, "");
    for (const c of this.controllers) this.root.css.set(c.name, c.cssAlloc(this.root));
    this.cpu = new CpuBandwidth(kernel);
    this.cpu.limits = (cg) => (cg.css.get("cpu") as CpuCss | undefined) ?? null;
  }

  allocSerial(): number {
    return this.nextSerial++;
  }

  /** Look a cgroup up by its path ("/user.slice/x"), or null. */
  lookup(path: string): Cgroup | null {
    let cg: Cgroup | undefined = this.root;
    for (const part of path.split("/")) {
      if (part === "") continue;
      cg = cg.children.get(part);
      if (!cg) return null;
    }
    return cg;
  }

  /** The do_exit hook (kernel.subsys's onTaskExit): leave the group (cgroup_exit). */
  onTaskExit(t: Task): void {
    cgroupExit(t);
  }
}

/** The machine's hierarchy, made (with its boot layout) on first use. */
export function cgroupRoot(kernel: Kernel): CgroupRoot {
  let r = kernel.subsys.get("cgroup") as CgroupRoot | undefined;
  if (!r) {
    r = new CgroupRoot(kernel);
    kernel.subsys.set("cgroup", r);
    bootLayout(r);
  }
  return r;
}

/** systemd's layout: init.scope for pid 1, system.slice for services, user.slice for logins. */
function bootLayout(r: CgroupRoot): void {
  for (const c of ROOT_SUBTREE_CONTROL) r.root.subtreeControl.add(c);
  for (const name of ["init.scope", "system.slice", "user.slice"]) makeChild(r.root, name);
  const user = r.root.children.get("user.slice")!;
  for (const c of ["memory", "pids"]) user.subtreeControl.add(c);
  const system = r.root.children.get("system.slice")!;
  for (const c of ["memory", "pids"]) system.subtreeControl.add(c);
}

/** cgroup_create(): a new child group with a css for each controller the parent passes down. */
export function makeChild(parent: Cgroup, name: string): Cgroup {
  const cg = new Cgroup(parent.root, parent, name);
  for (const c of parent.root.controllers) if (parent.subtreeControl.has(c.name)) cg.css.set(c.name, c.cssAlloc(cg));
  parent.children.set(name, cg);
  for (let a: Cgroup | null = parent; a; a = a.parent) a.nrDescendants++;
  return cg;
}

/**
 * The cgroup a task is in. Tasks made before the hierarchy existed (init, a test's first task)
 * join it here: pid 1 of the machine in /init.scope as systemd puts itself, others at the root.
 */
export function taskCgroup(t: Task): Cgroup {
  const cg = t.cgroup;
  if (cg) return cg;
  const r = cgroupRoot(t.kernel);
  const isInit = t.pid.numbers[0] === 1 && t.pidNs === t.kernel.initPidNs;
  const home = (isInit && r.root.children.get("init.scope")) || r.root;
  joinCgroup(t, home);
  for (const c of r.controllers) c.attach?.(t, home, home);
  return home;
}

/** Make t a member of cg (css_set_move_task). Precondition: t is in no cgroup. */
export function joinCgroup(t: Task, cg: Cgroup): void {
  t.cgroup = cg;
  cg.tasks.add(t);
  for (let a: Cgroup | null = cg; a; a = a.parent) a.nrPopulated++;
}

/** t leaves its cgroup's member list (it keeps t.cgroup, for release and for /proc of a zombie). */
export function leaveCgroup(t: Task, cg: Cgroup): void {
  if (!cg.tasks.delete(t)) return;
  for (let a: Cgroup | null = cg; a; a = a.parent) a.nrPopulated--;
}

/** The root cgroup of each cgroup namespace but the initial one (cgroup_namespace.root_cset). */
const nsRoots = new WeakMap<object, Cgroup>();

/**
 * unshare/clone with CLONE_NEWCGROUP: the new namespace's root is the creator's cgroup
 * ("the cgroup namespace root is the cgroup of the process at the time of creation" -
 * cgroup_namespaces(7)). To be called by the namespace code when it makes one.
 */
export function cgroupNsCreated(ns: object, creator: Task): void {
  nsRoots.set(ns, taskCgroup(creator));
}

/** The root of t's cgroup namespace (the hierarchy's root for the initial one). */
export function cgroupNsRoot(t: Task): Cgroup {
  const ns = t.nsproxy.cgroup;
  return (ns && nsRoots.get(ns)) || cgroupRoot(t.kernel).root;
}

/** A cgroup's path as seen from a namespace rooted at root: "/..", "/../x" above or beside it. */
export function cgroupPathFrom(cg: Cgroup, root: Cgroup): string {
  if (root.isRoot) return cg.path;
  if (cg.isDescendantOf(root)) return cg.path.slice(root.path.length) || "/";
  let up = "";
  let a: Cgroup = root;
  while (!cg.isDescendantOf(a)) {
    up += "/..";
    a = a.parent!;
  }
  return up + (a.isRoot ? cg.path : cg.path.slice(a.path.length)).replace(/^\/$/, "");
}

/** /proc/PID/cgroup: "0::/path" (the v2 line; no v1 hierarchies), relative to the reader's cgroup namespace. */
export function procCgroupLine(t: Task, reader?: Task): string {
  const cg = taskCgroup(t);
  const ns = reader?.nsproxy.cgroup;
  const root = ns ? nsRoots.get(ns) : undefined;
  return `0::${root ? cgroupPathFrom(cg, root) : cg.path}\n`;
}

/**
 * systemd's TasksMax= percentages, of the system's task limit: the minimum of threads-max,
 * pid_max - 1 and the root's pids.max (systemd-system.conf(5)), 16384 here. A scope gets
 * DefaultTasksMax=15%, a user-UID.slice the 33% of user-.slice.d/10-defaults.conf; so a fork
 * bomb in a login session stops at 2457 tasks, as on a Debian 12 machine with 2 GiB.
 */
const SYSTEM_TASKS_MAX = Math.min(MAX_THREADS, PID_MAX_DEFAULT - 1);
const tasksMax = (percent: number): number => Math.floor((SYSTEM_TASKS_MAX * percent) / 100);

/**
 * Put a login session's first process where systemd-logind puts it:
 * /user.slice/user-UID.slice/session-N.scope, N counting sessions from 1. Returns the scope.
 */
export function enterSessionScope(t: Task): Cgroup {
  const r = cgroupRoot(t.kernel);
  const user = r.root.children.get("user.slice") ?? makeChild(r.root, "user.slice");
  const uname = `user-${t.cred.uid}.slice`;
  let slice = user.children.get(uname);
  if (!slice) {
    slice = makeChild(user, uname);
    for (const c of ["memory", "pids"]) slice.subtreeControl.add(c);
    setPidsMax(slice, tasksMax(33));
  }
  const scope = makeChild(slice, `session-${++r.sessions}.scope`);
  setPidsMax(scope, tasksMax(15));
  migrateTask(t, scope);
  return scope;
}
