// The way into and out of the kernel for calls that may block: Linux's syscall entry/exit work
// (arch/x86/entry/common.c, kernel/entry/common.c). On entry, user time is charged and a signal
// that is already pending is taken first (kill(getpid(), SIGTERM) must act before the next
// write). On the way out, pending signals are delivered and an expired slice yields the CPU.
// A sleep cut short by a signal is restarted when every handler that ran has SA_RESTART, else
// it fails with EINTR.

import type { Task } from "../task/task.ts";
import { Interrupted } from "../task/task.ts";
import { handleSignals, HANDLED_EINTR, never } from "../signal/deliver.ts";
import { EINTR, Errno } from "../../uapi/errno.ts";
import { freezerTrap } from "../cgroup/freezer.ts";

/**
 * Run op as the body of a blocking-capable syscall of task t for the program generation gen.
 * Precondition: called from t's own program (its Sys handle).
 */
export async function syscall<T>(t: Task, gen: number, name: string, op: () => T | Promise<T>): Promise<T> {
  if (t.gen !== gen) return never();
  t.chargeUser();
  if (t.sigPending) {
    await handleSignals(t);
    if (t.gen !== gen) return never();
  }
  for (;;) {
    let r: T;
    try {
      r = await op();
    } catch (e) {
      if (t.gen !== gen) return never();
      if (e === Interrupted.instance) {
        const handled = await handleSignals(t);
        if (t.gen !== gen) return never();
        if (handled !== HANDLED_EINTR) continue;
        throw new Errno(EINTR, name);
      }
      // A failing call still takes its signals on the way out (EPIPE comes with SIGPIPE).
      await exitToUser(t, gen);
      if (e instanceof Errno && e.syscall === "") throw new Errno(e.errno, name);
      throw e;
    }
    if (t.gen !== gen) return never();
    await exitToUser(t, gen);
    return r;
  }
}

/** Work on the way back to the program: signals, then a yield if the slice is used up. */
export async function exitToUser(t: Task, gen: number): Promise<void> {
  if (t.cgroup?.freezeEff) {
    await freezerTrap(t); // cgroup.freeze: no user code runs until the thaw (or SIGKILL)
    if (t.gen !== gen) return never();
  }
  if (t.sigPending) {
    await handleSignals(t);
    if (t.gen !== gen) return never();
  }
  if (t.needResched()) {
    await t.kernel.sched.yield();
    if (t.gen !== gen) return never();
    t.lastResume = t.sliceStart = performance.now();
    if (t.sigPending) await handleSignals(t);
    if (t.gen !== gen) return never();
  }
}
