// Sending signals. Analogous to Linux's kernel/signal.c send side: prepare_signal() (SIGCONT and
// stop signals cancel each other, SIGCONT resumes a stopped task), sig_ignored() (an ignored
// signal is dropped at once), then the pending bit and signal_wake_up().

import type { Task } from "../task/task.ts";
import { sigmask } from "./sighand.ts";
import { SIGCHLD, SIGCONT, SIGKILL, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, defaultAction } from "../../uapi/signal.ts";
import { EINVAL, EPERM, ESRCH, Errno } from "../../uapi/errno.ts";
import { CAP_KILL } from "../cred/cred.ts";
import type { Pid, PidNamespace } from "../task/pid.ts";

const STOP_MASK = sigmask(SIGSTOP) | sigmask(SIGTSTP) | sigmask(SIGTTIN) | sigmask(SIGTTOU);

function isStopSignal(sig: number): boolean {
  return sig === SIGSTOP || sig === SIGTSTP || sig === SIGTTIN || sig === SIGTTOU;
}

/**
 * sig_task_ignored(): would delivery do nothing? Blocked signals are never dropped here (they
 * may be unblocked later). A namespace's init ignores default-action signals except SIGKILL
 * and SIGSTOP sent from an ancestor namespace (force).
 */
function ignored(t: Task, sig: number, force: boolean): boolean {
  const h = t.sighand.action[sig]!.handler;
  if (t.isNsInit && h === "default" && !(force && (sig === SIGKILL || sig === SIGSTOP))) return true;
  if ((t.blocked & sigmask(sig)) !== 0n) return false;
  if (h === "ignore") return true;
  return h === "default" && defaultAction(sig) === "ign";
}

/**
 * Queue sig for t (send_signal_locked). force: the sender is outside t's pid namespace (or the
 * kernel), so a namespace init cannot refuse SIGKILL/SIGSTOP.
 */
export function sendSignal(t: Task, sig: number, force = false): void {
  if (t.exiting || t.state === "Z" || t.state === "X") return;
  if (sig === 0) return;
  // prepare_signal(): stop and continue cancel each other.
  if (isStopSignal(sig)) {
    t.pending &= ~sigmask(SIGCONT);
  } else if (sig === SIGCONT) {
    t.pending &= ~STOP_MASK;
    if (t.state === "T") {
      t.state = "R";
      t.contPending = true;
      t.stopPending = false;
      t.stopWait.wakeUp();
      notifyParentCldcont(t);
    }
  }
  if (ignored(t, sig, force)) {
    t.recalcSigpending();
    return;
  }
  t.pending |= sigmask(sig);
  t.recalcSigpending();
  if (sig === SIGKILL) t.stopWait.wakeUp(); // a stopped task dies too
  if (t.sigPending || sig === SIGKILL) t.signalWakeUp();
}

/** The parent learns its child continued: SIGCHLD (CLD_CONTINUED) and a wake-up for wait4. */
function notifyParentCldcont(t: Task): void {
  const p = t.parent;
  if (!p) return;
  p.childWait.wakeUp();
  sendSignal(p, SIGCHLD);
}

/** check_kill_permission(): CAP_KILL over the target's user ns, or the sender's real/effective uid is the target's real/saved uid. */
export function mayKill(sender: Task, target: Task, sig: number): boolean {
  const s = sender.cred;
  const t = target.cred;
  if (s.euid === t.suid || s.euid === t.uid || s.uid === t.suid || s.uid === t.uid) return true;
  // kill_ok_by_cred(): CAP_KILL in the target's user namespace.
  if (s.capable(CAP_KILL, t.userNs)) return true;
  // SIGCONT within the same session is always allowed.
  return sig === SIGCONT && sender.session === target.session;
}

/** Is target outside the sender's namespace view (sent "from an ancestor")? */
function fromAncestor(sender: Task, target: Task): boolean {
  return sender.pidNs !== target.pidNs;
}

/** Every task in process group pgrp (as seen from ns). */
function groupMembers(pgrp: Pid): Task[] {
  return [...pgrp.pgrpMembers].filter((t) => !t.exiting && t.state !== "Z");
}

/** kill(2): deliver sig by the pid argument's rules. */
export function killSyscall(sender: Task, pid: number, sig: number): void {
  if (sig < 0 || sig > 64) throw new Errno(EINVAL);
  const ns: PidNamespace = sender.pidNs;
  const kernel = sender.kernel;
  if (pid > 0) {
    const t = kernel.findTask(pid, ns);
    if (!t) throw new Errno(ESRCH);
    if (!mayKill(sender, t, sig)) throw new Errno(EPERM);
    if (t.state !== "Z") sendSignal(t, sig, fromAncestor(sender, t));
    return;
  }
  let targets: Task[];
  if (pid === -1) {
    // Every process the sender may signal, except init of its namespace and itself.
    targets = [...kernel.tasks].filter((t) => t.pid.nr(ns) > 1 && t !== sender && !t.exiting && t.state !== "Z");
    if (targets.length === 0) throw new Errno(ESRCH);
  } else {
    const pg = pid === 0 ? sender.pgrp : ns.pids.get(-pid);
    if (!pg) throw new Errno(ESRCH);
    targets = groupMembers(pg);
    if (targets.length === 0) throw new Errno(ESRCH);
  }
  let sent = 0;
  for (const t of targets) {
    if (!mayKill(sender, t, sig)) continue;
    sendSignal(t, sig, fromAncestor(sender, t));
    sent++;
  }
  if (sent === 0) throw new Errno(EPERM);
}

/** kill_pgrp(): the kernel signals a whole process group (the tty's ^C, SIGHUP on hangup). */
export function killPgrp(pgrp: Pid, sig: number): void {
  for (const t of groupMembers(pgrp)) sendSignal(t, sig, true);
}
