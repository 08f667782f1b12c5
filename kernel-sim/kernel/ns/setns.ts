// Entering namespaces: what unshare(2) commits after copy_namespaces(), and setns(2) on a
// /proc/PID/ns/* descriptor (kernel/nsproxy.c, each type's ->install()).

import type { Task } from "../task/task.ts";
import type { Cred } from "../cred/cred.ts";
import type { Nsproxy } from "./nsproxy.ts";
import { CAP_SYS_ADMIN, CAP_SYS_CHROOT } from "../cred/cred.ts";
import { EBADF, EINVAL, EPERM, Errno } from "../../uapi/errno.ts";
import { CLONE_NEWNET, CLONE_NEWUSER } from "../../uapi/sched.ts";
import { NS_FLAG, nsOfFile, nsOwner, type NsHandle, type OpaqueNamespace } from "./ns_common.ts";
import type { UserNamespace } from "./user.ts";
import type { NetNamespace } from "./net.ts";
import type { IpcNamespace } from "./ipc.ts";
import type { UtsNamespace } from "./uts.ts";
import type { PidNamespace } from "../task/pid.ts";
import type { MountNamespace } from "../vfs/mount.ts";
import { putNet } from "../net/netns.ts";

/**
 * The end of unshare(2): install the new credentials and namespaces on t. CLONE_NEWTIME only
 * changes time_for_children (the caller itself stays, as CLONE_NEWPID does for pids).
 */
export function commitUnshare(t: Task, ns: Nsproxy, cred: Cred, flags: number): void {
  const oldNet = t.nsproxy.net;
  if (flags & CLONE_NEWUSER) t.cred = cred;
  if (ns !== t.nsproxy && flags & CLONE_NEWNET && oldNet) putNet(t.kernel, oldNet);
  t.nsproxy = ns;
}

/**
 * exec_task_namespaces(): execve moves a task into its time_for_children namespace (so after
 * unshare(CLONE_NEWTIME) the program that unshare runs is inside).
 */
export function execTaskNamespaces(t: Task): void {
  const p = t.nsproxy;
  if (p.time === p.timeForChildren) return;
  const n = p.copy();
  n.time = n.timeForChildren;
  t.nsproxy = n;
}

/** setns(2): move t into the namespace fd refers to. nstype 0 accepts any type. */
export function setnsFd(t: Task, fd: number, nstype: number): void {
  let h: NsHandle | null;
  try {
    h = nsOfFile(t.files.get(fd));
  } catch {
    throw new Errno(EBADF);
  }
  if (!h) throw new Errno(EINVAL);
  if (nstype !== 0 && nstype !== NS_FLAG[h.type]) throw new Errno(EINVAL);
  installNs(t, h);
}

function mayInstall(t: Task, owner: UserNamespace): void {
  // ns_capable(ns->user_ns, CAP_SYS_ADMIN) && ns_capable(current_user_ns(), CAP_SYS_ADMIN)
  if (!t.cred.capable(CAP_SYS_ADMIN, owner) || !t.cred.capable(CAP_SYS_ADMIN, t.cred.userNs)) throw new Errno(EPERM);
}

/** The ->install() of each namespace type. */
export function installNs(t: Task, h: NsHandle): void {
  const p = t.nsproxy.copy();
  switch (h.type) {
    case "user": {
      const ns = h.ns as UserNamespace;
      // userns_install(): not the current one (EINVAL), and CAP_SYS_ADMIN over the target.
      if (ns === t.cred.userNs) throw new Errno(EINVAL);
      if (!t.cred.capable(CAP_SYS_ADMIN, ns)) throw new Errno(EPERM);
      t.cred = t.cred.inUserNs(ns);
      return;
    }
    case "net": {
      const ns = h.ns as NetNamespace;
      mayInstall(t, ns.owner);
      const old = t.nsproxy.net;
      ns.users++;
      p.net = ns;
      t.nsproxy = p;
      if (old) putNet(t.kernel, old);
      return;
    }
    case "ipc": {
      const ns = h.ns as IpcNamespace;
      mayInstall(t, ns.owner);
      p.ipc = ns;
      break;
    }
    case "uts": {
      mayInstall(t, nsOwner(h.ns));
      p.uts = h.ns as UtsNamespace;
      break;
    }
    case "pid": {
      const ns = h.ns as PidNamespace;
      mayInstall(t, nsOwner(ns));
      // pidns_install(): only the task's own pid namespace or one below it.
      let ok = false;
      for (let n: PidNamespace | null = ns; n; n = n.parent) if (n === t.pidNs) ok = true;
      if (!ok) throw new Errno(EINVAL);
      p.pidForChildren = ns;
      break;
    }
    case "cgroup":
      mayInstall(t, nsOwner(h.ns));
      p.cgroup = h.ns as OpaqueNamespace;
      break;
    case "time":
      mayInstall(t, nsOwner(h.ns));
      p.timeForChildren = h.ns as OpaqueNamespace;
      break;
    case "mnt": {
      // mntns_install(): CAP_SYS_CHROOT too; root and cwd move to the namespace's root.
      const ns = h.ns as MountNamespace;
      mayInstall(t, nsOwner(ns));
      if (!t.cred.capable(CAP_SYS_CHROOT, t.cred.userNs)) throw new Errno(EPERM);
      p.mnt = ns;
      // The namespace's root mount is the invisible rootfs; "/" is whatever is mounted on top of
      // it (follow_down_one until nothing is, as mntns_install's vfs_path_lookup("/") ends).
      let top = ns.root;
      for (let up = ns.lookupMnt(top, top.root); up; up = ns.lookupMnt(top, top.root)) top = up;
      const root = { mnt: top, dentry: top.root };
      t.fs = t.fs.copy();
      t.fs.root = root;
      t.fs.cwd = root;
      break;
    }
  }
  t.nsproxy = p;
}
