// Taking signals, in the task's own context. Analogous to Linux's get_signal()/handle_signal():
// called by the syscall layer on the way back to the program whenever task.sigPending is set.
// - a handler runs (with its sa_mask and the signal itself blocked) before the call returns;
// - the default action terminates (exit status = the signal), stops (state T until SIGCONT),
//   or does nothing;
// - a task that dies here never returns to its program.

import type { Task } from "../task/task.ts";
import { sigmask } from "./sighand.ts";
import { sendSignal } from "./send.ts";
import { SIGCHLD, SIGKILL, SIGSTOP, defaultAction } from "../../uapi/signal.ts";
import { W_STOPCODE } from "../../uapi/wait.ts";
import { doExit } from "../task/exit.ts";

/**
 * A promise that never settles: what a dead task's pending call returns. A fresh one each time:
 * a shared one would keep every abandoned program's stack alive through its reaction list.
 */
export function never(): Promise<never> {
  return new Promise<never>(() => {});
}

/** Lowest pending unblocked signal, SIGKILL first (dequeue_signal's order for our purposes). */
function nextSignal(t: Task): number {
  const ready = t.pending & ~t.blocked;
  if (ready === 0n) return 0;
  if (ready & sigmask(SIGKILL)) return SIGKILL;
  for (let sig = 1; sig <= 64; sig++) if (ready & sigmask(sig)) return sig;
  return 0;
}

/**
 * is_current_pgrp_orphaned(): no member of t's process group has a parent in another group of
 * the same session. Stop signals from the tty to such a group are discarded (POSIX).
 */
export function pgrpIsOrphaned(t: Task): boolean {
  for (const m of t.pgrp.pgrpMembers) {
    const p = m.parent;
    if (m.state === "Z" || !p) continue;
    if (p.pgrp !== m.pgrp && p.session === m.session) return false;
  }
  return true;
}

/** What handleSignals did: no handler ran; handlers ran, all with SA_RESTART; one without. */
export const NO_HANDLER = 0;
export const HANDLED_RESTART = 1;
export const HANDLED_EINTR = 2;

/**
 * Deliver every pending unblocked signal. The interrupted call may be restarted unless the
 * result is HANDLED_EINTR.
 */
export async function handleSignals(t: Task): Promise<number> {
  let result = NO_HANDLER;
  for (;;) {
    if (t.exiting) return never();
    const sig = nextSignal(t);
    if (sig === 0) return result;
    t.pending &= ~sigmask(sig);
    t.recalcSigpending();
    const act = t.sighand.action[sig]!;
    if (sig !== SIGKILL && sig !== SIGSTOP && typeof act.handler === "function") {
      const saved = t.blocked;
      t.blocked |= act.mask | sigmask(sig);
      t.recalcSigpending();
      try {
        await act.handler(sig);
      } finally {
        t.blocked = saved;
        t.recalcSigpending();
      }
      if (t.exiting) return never();
      if (!act.restart) result = HANDLED_EINTR;
      else if (result === NO_HANDLER) result = HANDLED_RESTART;
      continue;
    }
    if (act.handler === "ignore" && sig !== SIGKILL && sig !== SIGSTOP) continue;
    // SIG_DFL. A namespace's init never takes a default action it did not ask for from inside.
    const action = sig === SIGKILL ? "term" : defaultAction(sig);
    if (action === "ign" || action === "cont") continue;
    if (action === "stop") {
      if (sig !== SIGSTOP && pgrpIsOrphaned(t)) continue;
      await doSignalStop(t, sig);
      continue;
    }
    doExit(t, sig); // term and core: no core files (RLIMIT_CORE is 0, as on Debian)
    return never();
  }
}

/** do_signal_stop(): state T, tell the parent, sleep until SIGCONT or SIGKILL. */
async function doSignalStop(t: Task, sig: number): Promise<void> {
  t.state = "T";
  t.exitCode = W_STOPCODE(sig);
  t.stopPending = true;
  t.contPending = false;
  const p = t.parent;
  if (p) {
    p.childWait.wakeUp();
    sendSignal(p, SIGCHLD);
  }
  t.kernel.sched.kick();
  await t.waitEventUninterruptible(t.stopWait, () => t.state !== "T" || (t.pending & sigmask(SIGKILL)) !== 0n);
}
