// Thread roots and valid domains (kernel/cgroup/cgroup.c): the rules that decide whether a
// cgroup may host processes or enable domain controllers once threaded controllers or
// threaded children are in play - cgroup-v2.rst, "Threads". Only the root is "mixable".

import type { Cgroup } from "./cgroup.ts";

/** Controllers that may work with processes in inner cgroups (cgrp_dfl_threaded_ss_mask). */
export const THREADED_CONTROLLERS = new Set(["cpuset", "cpu", "perf_event", "pids"]);

function hasThreadedSubtreeControl(cg: Cgroup): boolean {
  for (const c of cg.subtreeControl) if (THREADED_CONTROLLERS.has(c)) return true;
  return false;
}

export function hasDomainSubtreeControl(cg: Cgroup): boolean {
  for (const c of cg.subtreeControl) if (!THREADED_CONTROLLERS.has(c)) return true;
  return false;
}

/** cgroup_is_thread_root(): a domain with threaded children, or with processes and threaded controllers on. */
export function isThreadRoot(cg: Cgroup): boolean {
  if (cg.threaded) return false;
  for (const c of cg.children.values()) if (c.threaded) return true;
  return cg.tasks.size > 0 && hasThreadedSubtreeControl(cg);
}

/** cgroup_is_valid_domain(): not threaded, and no thread root or threaded cgroup above (but the root). */
export function isValidDomain(cg: Cgroup): boolean {
  if (cg.threaded) return false;
  for (let p = cg.parent; p; p = p.parent) {
    if (!p.isRoot && isThreadRoot(p)) return false;
    if (p.threaded) return false;
  }
  return true;
}

/** cgroup_can_be_thread_root(). */
export function canBeThreadRoot(cg: Cgroup): boolean {
  if (cg.isRoot) return true;
  if (cg.threaded) return false;
  for (const c of cg.children.values()) if (!c.threaded && c.nrPopulated > 0) return false;
  return !hasDomainSubtreeControl(cg);
}
