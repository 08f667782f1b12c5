// Creating tasks. Analogous to Linux's kernel/fork.c copy_process(): the child gets copies of
// (or, with CLONE_* sharing flags, the same) fd table, fs context, signal handlers, credentials
// and namespaces, a new Pid in every pid namespace from the root down to pid_for_children, and
// the parent's process group and session.

import { Task } from "./task.ts";
import { MAX_THREADS, Pid, PidNamespace } from "./pid.ts";
import type { Kernel } from "../kernel.ts";
import { EAGAIN, EINVAL, ENOMEM, EPERM, Errno } from "../../uapi/errno.ts";
import {
  CLONE_FILES,
  CLONE_FS,
  CLONE_NEWCGROUP,
  CLONE_NEWIPC,
  CLONE_NEWNET,
  CLONE_NEWNS,
  CLONE_NEWPID,
  CLONE_NEWTIME,
  CLONE_NEWUSER,
  CLONE_NEWUTS,
  CLONE_SIGHAND,
  CSIGNAL,
} from "../../uapi/sched.ts";
import { SIGCHLD } from "../../uapi/signal.ts";
import { CAP_SYS_ADMIN, CAP_SYS_RESOURCE } from "../cred/cred.ts";
import { copyRlimits, nprocOf, rlimit } from "./rlimit.ts";
import { RLIMIT_NPROC } from "../../uapi/resource.ts";
import type { Nsproxy } from "../ns/nsproxy.ts";
import { cgroupCanFork, cgroupPostFork } from "../cgroup/fork.ts";
import { cgroupNsCreated } from "../cgroup/root.ts";
import type { FsContext } from "../vfs/fs_struct.ts";
import { copyMntNs } from "../vfs/namespace.ts";
import type { MountNamespace } from "../vfs/mount.ts";
import { lockMntTree } from "../ns/mnt_lock.ts";
import type { Cred } from "../cred/cred.ts";
import { createUserNs } from "../ns/user.ts";
import { copyIpcNs, copyNetNs, copyOpaqueNs, copyPidNs, copyUtsNs } from "../ns/copy.ts";
import { setNsOwner, nsOwner } from "../ns/ns_common.ts";

/** Namespace flags this kernel can create so far; the rest come with issue 4. */
const SUPPORTED_NS = CLONE_NEWPID | CLONE_NEWUTS | CLONE_NEWNS | CLONE_NEWUSER | CLONE_NEWIPC | CLONE_NEWNET | CLONE_NEWCGROUP | CLONE_NEWTIME;
const ALL_NS = CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWUSER | CLONE_NEWCGROUP | CLONE_NEWTIME;


/**
 * The credentials a clone/unshare with these flags runs with: with CLONE_NEWUSER, a new user
 * namespace (create_user_ns, made before the other namespaces, which it will own).
 */
export function copyCredsForNs(kernel: Kernel, task: Task, flags: number): Cred {
  if (!(flags & CLONE_NEWUSER)) return task.cred;
  if (flags & ALL_NS & ~SUPPORTED_NS) throw new Errno(EINVAL);
  return createUserNs(kernel, task.cred);
}

/**
 * copy_namespaces() / unshare_nsproxy_namespaces(): a new Nsproxy if flags ask for new
 * namespaces, else the same one. fs is the fs context of the task that will live in them: a
 * new mount namespace moves its root and cwd onto the copied mounts. cred is the task's new
 * credentials (copyCredsForNs): the new namespaces belong to its user namespace, where
 * CAP_SYS_ADMIN is checked.
 */
export function copyNamespaces(kernel: Kernel, task: Task, flags: number, fs: FsContext, cred: Cred = task.cred): Nsproxy {
  const nsFlags = flags & ALL_NS & ~CLONE_NEWUSER;
  if (nsFlags === 0) return task.nsproxy;
  if (!cred.capable(CAP_SYS_ADMIN, cred.userNs)) throw new Errno(EPERM);
  if (nsFlags & ~SUPPORTED_NS) throw new Errno(EINVAL);
  const ns = task.nsproxy.copy();
  const owner = cred.userNs;
  if (flags & CLONE_NEWUTS) ns.uts = copyUtsNs(kernel, ns.uts, owner);
  if (flags & CLONE_NEWPID) ns.pidForChildren = copyPidNs(kernel, ns.pidForChildren, owner);
  if (flags & CLONE_NEWNS && ns.mnt) {
    // Copied into a less privileged user namespace, shared mounts become slaves (mount_namespaces(7)).
    const lessPrivileged = owner !== nsOwner(ns.mnt);
    ns.mnt = copyMntNs(kernel, ns.mnt, fs, lessPrivileged);
    setNsOwner(ns.mnt, owner);
    if (lessPrivileged) lockMntTree(ns.mnt as MountNamespace); // its mounts may not be undone there
  }
  if (flags & CLONE_NEWIPC) ns.ipc = copyIpcNs(kernel, owner);
  if (flags & CLONE_NEWNET) ns.net = copyNetNs(kernel, owner);
  if (flags & CLONE_NEWCGROUP) cgroupNsCreated((ns.cgroup = copyOpaqueNs(kernel, "cgroup", owner)), task); // rooted at task's cgroup
  if (flags & CLONE_NEWTIME) ns.timeForChildren = copyOpaqueNs(kernel, "time", owner);
  return ns;
}

/** The namespaces a new Pid gets numbers in: the root down to ns. */
function pidNamespaceChain(ns: PidNamespace): PidNamespace[] {
  const chain: PidNamespace[] = [];
  for (let n: PidNamespace | null = ns; n; n = n.parent) chain.unshift(n);
  return chain;
}

/** copy_process(): make the child task. It is not running yet: the caller starts its program. */
export function copyProcess(kernel: Kernel, parent: Task, flags: number): Task {
  if (kernel.tasks.size >= MAX_THREADS) throw new Errno(EAGAIN);
  const fs = flags & CLONE_FS ? parent.fs : parent.fs.copy();
  if (flags & CLONE_NEWNS && flags & CLONE_FS) throw new Errno(EINVAL); // clone(2): CLONE_NEWNS with CLONE_FS
  const cred = copyCredsForNs(kernel, parent, flags);
  let nsproxy = copyNamespaces(kernel, parent, flags, fs, cred);
  // timens_on_fork(): the child lives in its parent's time_for_children.
  if (nsproxy.time !== nsproxy.timeForChildren) {
    if (nsproxy === parent.nsproxy) nsproxy = nsproxy.copy();
    nsproxy.time = nsproxy.timeForChildren;
  }
  // The child holds a reference on its network namespace (get_net in copy_net_ns or fork).
  if (nsproxy.net && !(flags & CLONE_NEWNET)) nsproxy.net.users++;
  const childNs = nsproxy.pidForChildren;
  if (childNs.dead) throw new Errno(ENOMEM); // pid 1 of that namespace is gone (alloc_pid)
  // cgroup_can_fork(): pids.max refuses with EAGAIN (fork: Resource temporarily unavailable).
  const cgroup = cgroupCanFork(parent);
  // RLIMIT_NPROC: the real uid's processes; root of the initial namespace and CAP_SYS_RESOURCE
  // or CAP_SYS_ADMIN holders are exempt (copy_process).
  if (cred.uid !== 0 && nprocOf(parent) >= rlimit(parent, RLIMIT_NPROC) && !parent.cred.capable(CAP_SYS_RESOURCE) && !parent.cred.capable(CAP_SYS_ADMIN)) {
    throw new Errno(EAGAIN);
  }
  const pid = new Pid(pidNamespaceChain(childNs));
  // The child's own namespaces: its pid_for_children is the namespace its pid is in.
  const child = new Task(kernel, pid, {
    parent,
    pgrp: parent.pgrp,
    session: parent.session,
    cred,
    files: flags & CLONE_FILES ? parent.files : parent.files.copy(),
    fs,
    nsproxy,
    sighand: flags & CLONE_SIGHAND ? parent.sighand : parent.sighand.copy(),
    comm: parent.comm,
    exitSignal: flags & CSIGNAL || SIGCHLD,
  });
  if (childNs.reaper === null) childNs.reaper = child; // first process of a new pid namespace
  child.blocked = parent.blocked;
  child.ctty = parent.ctty;
  child.cmdline = parent.cmdline;
  child.environ = parent.environ;
  child.exe = parent.exe;
  child.nice = parent.nice;
  child.rlim = copyRlimits(parent.rlim);
  parent.children.add(child);
  kernel.tasks.add(child);
  cgroupPostFork(child, cgroup);
  return child;
}
