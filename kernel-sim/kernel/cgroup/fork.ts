// The cgroup side of a task's life. Analogous to cgroup_can_fork/cgroup_post_fork,
// cgroup_exit and cgroup_release (kernel/cgroup/cgroup.c): "A newly forked process is born
// in the cgroup that the forking process belongs to at the time of the operation. After
// exit, a process stays associated with the cgroup that it belonged to at the time of exit
// until it's reaped" - cgroup-v2.rst, "Processes".

import type { Task } from "../task/task.ts";
import type { Cgroup } from "./cgroup.ts";
import { joinCgroup, leaveCgroup, taskCgroup } from "./root.ts";

/**
 * cgroup_can_fork(): every controller may refuse the child (pids.max: EAGAIN). Returns the
 * cgroup the child will be born in, to hand to cgroupPostFork.
 */
export function cgroupCanFork(parent: Task): Cgroup {
  const cg = taskCgroup(parent);
  const done: ((cg: Cgroup) => void)[] = [];
  try {
    for (const c of cg.root.controllers) {
      if (!c.canFork) continue;
      c.canFork(cg, parent);
      if (c.cancelFork) done.push(c.cancelFork.bind(c));
    }
  } catch (e) {
    for (const undo of done) undo(cg);
    throw e;
  }
  return cg;
}

/** cgroup_cancel_fork(): the fork failed after cgroupCanFork succeeded. */
export function cgroupCancelFork(cg: Cgroup): void {
  for (const c of cg.root.controllers) c.cancelFork?.(cg);
}

/** cgroup_post_fork(): the child joins the cgroup it was vetted for. */
export function cgroupPostFork(child: Task, cg: Cgroup): void {
  joinCgroup(child, cg);
  for (const c of cg.root.controllers) c.fork?.(child, cg);
}

/** cgroup_exit(): the task leaves the member list (populated may drop); memory goes back. */
export function cgroupExit(t: Task): void {
  const cg = t.cgroup;
  if (!cg) return;
  for (const c of cg.root.controllers) c.exit?.(t, cg);
  leaveCgroup(t, cg);
}

/** cgroup_release(): the zombie was reaped (pids.current drops only now). */
export function cgroupRelease(t: Task): void {
  const cg = t.cgroup;
  if (!cg) return;
  for (const c of cg.root.controllers) c.release?.(t, cg);
}
