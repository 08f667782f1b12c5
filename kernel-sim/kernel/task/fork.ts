// Creating tasks. Analogous to Linux's kernel/fork.c copy_process(): the child gets copies of
// (or, with CLONE_* sharing flags, the same) fd table, fs context, signal handlers, credentials
// and namespaces, a new Pid in every pid namespace from the root down to pid_for_children, and
// the parent's process group and session.

import { Task } from "./task.ts";
import { Pid, PidNamespace } from "./pid.ts";
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
import { CAP_SYS_ADMIN } from "../cred/cred.ts";
import type { Nsproxy } from "../ns/nsproxy.ts";
import type { FsContext } from "../vfs/fs_struct.ts";
import { copyMntNs } from "../vfs/namespace.ts";

/** Namespace flags this kernel can create so far; the rest come with issue 4. */
const SUPPORTED_NS = CLONE_NEWPID | CLONE_NEWUTS | CLONE_NEWNS;
const ALL_NS = CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWUSER | CLONE_NEWCGROUP | CLONE_NEWTIME;

/** The most tasks one machine holds (/proc/sys/kernel/threads-max, scaled to a browser tab). */
export const MAX_TASKS = 32768;

/**
 * copy_namespaces() / unshare_nsproxy_namespaces(): a new Nsproxy if flags ask for new
 * namespaces, else the same one. fs is the fs context of the task that will live in them: a
 * new mount namespace moves its root and cwd onto the copied mounts.
 */
export function copyNamespaces(kernel: Kernel, task: Task, flags: number, fs: FsContext): Nsproxy {
  const nsFlags = flags & ALL_NS;
  if (nsFlags === 0) return task.nsproxy;
  if (!task.cred.capable(CAP_SYS_ADMIN)) throw new Errno(EPERM);
  if (nsFlags & ~SUPPORTED_NS) throw new Errno(EINVAL);
  const ns = task.nsproxy.copy();
  if (flags & CLONE_NEWUTS) ns.uts = ns.uts.clone(kernel.allocInum());
  if (flags & CLONE_NEWPID) ns.pidForChildren = new PidNamespace(ns.pidForChildren, kernel.allocInum());
  if (flags & CLONE_NEWNS && ns.mnt) ns.mnt = copyMntNs(kernel, ns.mnt, fs);
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
  if (kernel.tasks.size >= MAX_TASKS) throw new Errno(EAGAIN);
  const fs = flags & CLONE_FS ? parent.fs : parent.fs.copy();
  if (flags & CLONE_NEWNS && flags & CLONE_FS) throw new Errno(EINVAL); // clone(2): CLONE_NEWNS with CLONE_FS
  const nsproxy = copyNamespaces(kernel, parent, flags, fs);
  const childNs = nsproxy.pidForChildren;
  if (childNs.dead) throw new Errno(ENOMEM); // pid 1 of that namespace is gone (alloc_pid)
  const pid = new Pid(pidNamespaceChain(childNs));
  // The child's own namespaces: its pid_for_children is the namespace its pid is in.
  const child = new Task(kernel, pid, {
    parent,
    pgrp: parent.pgrp,
    session: parent.session,
    cred: parent.cred,
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
  parent.children.add(child);
  kernel.tasks.add(child);
  return child;
}
