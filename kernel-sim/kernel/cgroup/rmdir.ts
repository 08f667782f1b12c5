// Removing a cgroup: cgroup_rmdir() -> cgroup_destroy_locked(). "A cgroup which doesn't have
// any children or live processes can be destroyed by removing the directory" - cgroup-v2.rst,
// "Basic Operations". A populated cgroup or one with children is EBUSY (not ENOTEMPTY: its
// control files never count).

import type { Cgroup } from "./cgroup.ts";
import { EBUSY, Errno } from "../../uapi/errno.ts";

export function removeCgroup(cg: Cgroup): void {
  if (cg.nrPopulated > 0 || cg.children.size > 0) throw new Errno(EBUSY);
  const parent = cg.parent!;
  for (const c of cg.root.controllers) {
    const css = cg.css.get(c.name);
    if (!css) continue;
    cg.css.delete(c.name);
    c.cssFree?.(css);
  }
  // What the cgroup used stays counted above it (rstat flushes into the parent).
  parent.cpuUsageNs += cg.cpuUsageNs;
  cg.cpuUsageNs = 0;
  parent.children.delete(cg.name);
  for (let a: Cgroup | null = parent; a; a = a.parent) a.nrDescendants--;
  cg.dead = true;
}
