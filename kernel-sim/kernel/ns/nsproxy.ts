// The set of namespaces a task is in. Analogous to Linux's struct nsproxy
// (include/linux/nsproxy.h). Shared by fork(); copy_namespaces() makes a new one only when a
// CLONE_NEW* flag asks for it, and then copies just the namespaces named by those flags.
// The user namespace hangs off the task's Cred, as in Linux.

import type { UtsNamespace } from "./uts.ts";
import type { PidNamespace } from "../task/pid.ts";
import type { MountNamespace } from "../vfs/mount.ts";
import type { NetNamespace } from "./net.ts";
import type { IpcNamespace } from "./ipc.ts";
import type { OpaqueNamespace } from "./ns_common.ts";

export class Nsproxy {
  /** net, ipc, cgroup, time: null stands for the machine's initial namespace (net/netns.ts, ipc/util.ts). */
  net: NetNamespace | null = null;
  ipc: IpcNamespace | null = null;
  cgroup: OpaqueNamespace | null = null;
  time: OpaqueNamespace | null = null;
  /** The time namespace children will be created in (time_for_children). */
  timeForChildren: OpaqueNamespace | null = null;

  constructor(
    public uts: UtsNamespace,
    /** The pid namespace children will be created in (pid_for_children). */
    public pidForChildren: PidNamespace,
    /** The mount namespace: owned by the VFS. */
    public mnt: MountNamespace | null = null,
  ) {}

  copy(): Nsproxy {
    const n = new Nsproxy(this.uts, this.pidForChildren, this.mnt);
    n.net = this.net;
    n.ipc = this.ipc;
    n.cgroup = this.cgroup;
    n.time = this.time;
    n.timeForChildren = this.timeForChildren;
    return n;
  }
}
