// The set of namespaces a task is in. Analogous to Linux's struct nsproxy
// (include/linux/nsproxy.h). Shared by fork(); copy_namespaces() makes a new one only when a
// CLONE_NEW* flag asks for it, and then copies just the namespaces named by those flags.
// The user namespace hangs off the task's Cred, as in Linux.

import type { UtsNamespace } from "./uts.ts";
import type { PidNamespace } from "../task/pid.ts";
import type { MountNamespace } from "../vfs/mount.ts";

export class Nsproxy {
  constructor(
    public uts: UtsNamespace,
    /** The pid namespace children will be created in (pid_for_children). */
    public pidForChildren: PidNamespace,
    /** The mount namespace, net, ipc, cgroup, time: owned by their subsystems (issue 4). */
    public mnt: MountNamespace | null = null,
  ) {}

  copy(): Nsproxy {
    return new Nsproxy(this.uts, this.pidForChildren, this.mnt);
  }
}
