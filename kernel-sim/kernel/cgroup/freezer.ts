// cgroup.freeze and cgroup.kill (kernel/cgroup/freezer.c, cgroup_kill()). "Writing 1 to the
// file causes freezing of the cgroup and all descendant cgroups. This means that all belonging
// processes will be stopped and will not run until the cgroup will be explicitly unfrozen"
// - cgroup-v2.rst, "cgroup.freeze". A frozen task parks on its way back to the program (the
// syscall exit, entry.ts calls freezerTrap), so it runs no more user code; one asleep in the
// kernel counts as frozen where it sleeps. SIGKILL still kills a frozen task. ps shows a
// frozen task as S, as Linux does.

import type { Task } from "../task/task.ts";
import type { Cgroup } from "./cgroup.ts";
import { WaitQueue } from "../sched/waitqueue.ts";
import { sendSignal } from "../signal/send.ts";
import { sigmask } from "../signal/sighand.ts";
import { SIGKILL } from "../../uapi/signal.ts";

/** Tasks parked in the freezer, and the queue that thaws them. */
const parked = new WeakSet<Task>();
const thawQueues = new WeakMap<object, WaitQueue>();

function thawQueue(cg: Cgroup): WaitQueue {
  let q = thawQueues.get(cg.root);
  if (!q) thawQueues.set(cg.root, (q = new WaitQueue()));
  return q;
}

/** cgroup_freeze(): set cg's own freeze and recompute the effective state below it. */
export function setFreeze(cg: Cgroup, freeze: boolean): void {
  if (cg.selfFreeze === freeze) return;
  cg.selfFreeze = freeze;
  for (const c of cg.descendantsPre()) c.freezeEff = c.selfFreeze || (c.parent?.freezeEff ?? false);
  if (!freeze) thawQueue(cg).wakeUp();
}

/** A task left a frozen cgroup for one that is not: let it out of the freezer. */
export function freezerMigrated(src: Cgroup, dst: Cgroup): void {
  if (src.freezeEff && !dst.freezeEff) thawQueue(dst).wakeUp();
}

/** "frozen 1" in cgroup.events: frozen, and every member parked or asleep. */
export function cgroupFrozen(cg: Cgroup): boolean {
  if (!cg.freezeEff) return false;
  for (const c of cg.descendantsPre()) {
    for (const t of c.tasks) if (!parked.has(t) && t.state === "R") return false;
  }
  return true;
}

/**
 * do_freezer_trap(): park t until its cgroup thaws or SIGKILL arrives. Called on the way back
 * to the program when t.cgroup.freezeEff is set.
 */
export async function freezerTrap(t: Task): Promise<void> {
  const done = (): boolean => !t.cgroup?.freezeEff || (t.pending & sigmask(SIGKILL)) !== 0n;
  // Uninterruptible, so other signals stay pending until the thaw; SIGKILL wakes stopWait.
  const p = t.waitEventUninterruptible([thawQueue(t.cgroup!), t.stopWait], done);
  if (!p) return;
  parked.add(t);
  t.state = "S";
  try {
    await p;
  } finally {
    parked.delete(t);
  }
}

/** cgroup_kill(): SIGKILL to every process of the subtree. */
export function cgroupKill(cg: Cgroup): void {
  for (const c of cg.descendantsPre()) for (const t of [...c.tasks]) sendSignal(t, SIGKILL, true);
}
