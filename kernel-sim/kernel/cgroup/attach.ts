// Moving processes between cgroups: writes to cgroup.procs and cgroup.threads. Analogous to
// __cgroup_procs_write(), cgroup_procs_write_permission() and cgroup_migrate_vet_dst(), with
// their checks in Linux's order (a learner sees whichever error comes first):
//  1. the pid: not a number or negative EINVAL, no such process ESRCH, a kernel thread EINVAL;
//  2. "the writer must have write access to the cgroup.procs file of the common ancestor of
//     the source and destination cgroups" (cgroup-v2.rst, "Delegation Containment") - EACCES;
//  3. the destination: a threaded cgroup takes no processes (EOPNOTSUPP); "no internal
//     processes": a non-root cgroup that enables domain controllers for its children holds no
//     processes (EBUSY) - cgroup-v2.rst, "No Internal Process Constraint";
//  4. each controller's can_attach (cpuset with no CPUs: ENOSPC).

import type { Task } from "../task/task.ts";
import type { Cgroup } from "./cgroup.ts";
import { cgroupNsRoot, joinCgroup, leaveCgroup, taskCgroup } from "./root.ts";
import { EACCES, EBUSY, EINVAL, ENODEV, ENOENT, EOPNOTSUPP, ESRCH, Errno } from "../../uapi/errno.ts";
import { permitted, MAY_WRITE } from "../vfs/permission.ts";
import { cgroupFileInode } from "../fs/cgroup2/inodes.ts";
import { canBeThreadRoot, isValidDomain } from "./threaded.ts";
import { freezerMigrated } from "./freezer.ts";

/** Move t into dst, no questions asked (cgroup_migrate): the controllers' attach hooks run. */
export function migrateTask(t: Task, dst: Cgroup): void {
  const src = taskCgroup(t);
  if (src === dst) return;
  leaveCgroup(t, src);
  joinCgroup(t, dst);
  for (const c of dst.root.controllers) c.attach?.(t, src, dst);
  freezerMigrated(src, dst);
}

/** cgroup_procs_write_start(): the task a written pid names. */
function procsTarget(writer: Task, text: string): Task {
  const s = text.trim();
  if (!/^\d+$/.test(s)) throw new Errno(EINVAL);
  const nr = Number(s);
  if (nr === 0) return writer;
  const t = writer.kernel.findTask(nr, writer.pidNs);
  if (!t || t.exiting) throw new Errno(ESRCH);
  return t;
}

/** The nearest common ancestor of a and b. */
function commonAncestor(a: Cgroup, b: Cgroup): Cgroup {
  let c = a;
  while (!b.isDescendantOf(c)) c = c.parent!;
  return c;
}

/** cgroup_migrate_vet_dst(): may dst hold processes? */
function vetDst(dst: Cgroup): void {
  if (!isValidDomain(dst.domain)) throw new Errno(EOPNOTSUPP);
  if (dst.isRoot) return;
  if (canBeThreadRoot(dst) || dst.threaded) return;
  if (dst.subtreeControl.size > 0) throw new Errno(EBUSY);
}

/** A write to dst's cgroup.procs (threads: cgroup.threads, which keeps a thread in its threaded domain). */
export function procsWrite(writer: Task, dst: Cgroup, text: string, threads: boolean): void {
  if (dst.dead) throw new Errno(ENODEV);
  const t = procsTarget(writer, text);
  const src = taskCgroup(t);
  const com = commonAncestor(src, dst);
  if (!permitted(writer, cgroupFileInode(com, "cgroup.procs"), MAY_WRITE)) throw new Errno(EACCES);
  // nsdelegate: both ends must be inside the writer's cgroup namespace.
  const nsRoot = cgroupNsRoot(writer);
  if (!src.isDescendantOf(nsRoot) || !dst.isDescendantOf(nsRoot)) throw new Errno(ENOENT);
  // A thread moves only within its threaded domain (a whole process may go anywhere vetDst allows).
  if (threads && src.domain !== dst.domain) throw new Errno(EOPNOTSUPP);
  vetDst(dst);
  for (const c of dst.root.controllers) c.canAttach?.(t, dst);
  migrateTask(t, dst);
}
