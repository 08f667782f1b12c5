// The per-type copy step of copy_namespaces(): a new namespace of each kind CLONE_NEW* asks
// for, owned by the user namespace of the credentials the task will have.

import type { Kernel } from "../kernel.ts";
import type { UtsNamespace } from "./uts.ts";
import { PidNamespace } from "../task/pid.ts";
import type { UserNamespace } from "./user.ts";
import { IpcNamespace } from "./ipc.ts";
import type { NetNamespace } from "./net.ts";
import { OpaqueNamespace, setNsOwner } from "./ns_common.ts";
import { createNetNs } from "../net/netns.ts";

export function copyUtsNs(kernel: Kernel, old: UtsNamespace, owner: UserNamespace): UtsNamespace {
  const ns = old.clone(kernel.allocInum());
  setNsOwner(ns, owner);
  return ns;
}

export function copyPidNs(kernel: Kernel, parent: PidNamespace, owner: UserNamespace): PidNamespace {
  const ns = new PidNamespace(parent, kernel.allocInum());
  setNsOwner(ns, owner);
  return ns;
}

export function copyIpcNs(kernel: Kernel, owner: UserNamespace): IpcNamespace {
  return new IpcNamespace(kernel.allocInum(), owner);
}

export function copyNetNs(kernel: Kernel, owner: UserNamespace): NetNamespace {
  return createNetNs(kernel, owner);
}

export function copyOpaqueNs(kernel: Kernel, type: "cgroup" | "time", owner: UserNamespace): OpaqueNamespace {
  return new OpaqueNamespace(type, kernel.allocInum(), owner);
}
