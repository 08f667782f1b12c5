// Ending tasks and reaping them. Analogous to Linux's kernel/exit.c:
// - do_exit(): close files, give the children to a reaper, become a zombie, tell the parent;
// - a namespace's init dying takes the whole pid namespace with it (zap_pid_ns_processes);
// - release_task(): the zombie is reaped and its pid freed.

import type { Task } from "./task.ts";
import { SIGCHLD, SIGCONT, SIGHUP, SIGKILL } from "../../uapi/signal.ts";
import { sendSignal } from "../signal/send.ts";
import { pgrpIsOrphaned } from "../signal/deliver.ts";
import { cgroupRelease } from "../cgroup/fork.ts";

/**
 * do_exit(): code is the wait status word (W_EXITCODE(status, 0) for exit, the signal number
 * for a fatal signal). Safe to call once; later calls do nothing.
 */
export function doExit(t: Task, code: number): void {
  if (t.exiting) return;
  t.exiting = true;
  t.gen++;
  t.exitCode = code;
  t.kernel.subsys.forEach((s) => (s as { onTaskExit?: (t: Task) => void }).onTaskExit?.(t));
  t.files.closeAll();
  if (t.session.task === t && t.ctty) hangupCtty(t);
  forgetOriginalParent(t);
  exitNotify(t);
  t.kernel.sched.kick();
}

/** A session leader's exit hangs up its terminal: SIGHUP (then SIGCONT) to the foreground group. */
function hangupCtty(t: Task): void {
  const tty = t.ctty as { sessionLeaderExit?: (t: Task) => void };
  tty.sessionLeaderExit?.(t);
}

/**
 * forget_original_parent(): children of the dying task go to the child reaper of its pid
 * namespace (init). If the dying task is that init, every task of the namespace is killed and
 * the namespace is closed to new pids.
 */
function forgetOriginalParent(t: Task): void {
  const ns = t.pidNs;
  if (ns.reaper === t) {
    ns.dead = true;
    for (const pid of ns.pids.values()) {
      const victim = pid.task;
      if (victim && victim !== t) sendSignal(victim, SIGKILL, true);
    }
  }
  if (t.children.size === 0) return;
  let reaper = ns.reaper;
  // The init of the namespace is dying: its children go up to the parent namespace's init.
  for (let n = ns; reaper === t || reaper === null || reaper.exiting; ) {
    if (!n.parent) {
      reaper = null;
      break;
    }
    n = n.parent;
    reaper = n.reaper;
  }
  const orphanedGroups = new Set<Task>();
  for (const c of t.children) {
    // forget_original_parent(): a child that asked with PR_SET_PDEATHSIG learns its parent died.
    if (c.pdeathSignal && c.state !== "Z") sendSignal(c, c.pdeathSignal, true);
    c.parent = reaper;
    if (reaper) reaper.children.add(c);
    if (c.state === "Z" && reaper) {
      reaper.childWait.wakeUp();
      sendSignal(reaper, SIGCHLD);
    }
    orphanedGroups.add(c);
  }
  t.children.clear();
  // A process group that became orphaned with stopped members gets SIGHUP then SIGCONT (POSIX).
  for (const c of orphanedGroups) killOrphanedPgrp(c, t);
}

function killOrphanedPgrp(member: Task, dying: Task): void {
  if (member.pgrp === dying.pgrp || member.session !== dying.session) return;
  if (!pgrpIsOrphaned(member)) return;
  const members = [...member.pgrp.pgrpMembers];
  if (!members.some((m) => m.state === "T")) return;
  for (const m of members) {
    sendSignal(m, SIGHUP, true);
    sendSignal(m, SIGCONT, true);
  }
}

/** exit_notify(): become a zombie for the parent, or be reaped at once if it does not care. */
function exitNotify(t: Task): void {
  const p = t.parent;
  t.state = "Z";
  if (!p) {
    releaseTask(t);
    return;
  }
  const h = p.sighand.action[SIGCHLD]!.handler;
  // Children of a parent that ignores SIGCHLD are not zombies (POSIX.1-2001, wait(2) NOTES).
  if (h === "ignore" && t.exitSignal === SIGCHLD) {
    releaseTask(t);
    p.childWait.wakeUp();
    return;
  }
  p.childWait.wakeUp();
  if (t.exitSignal) sendSignal(p, t.exitSignal);
}

/** release_task(): the last of a task: its pid numbers go back, it leaves /proc. */
export function releaseTask(t: Task): void {
  t.state = "X";
  const p = t.parent;
  if (p) {
    p.children.delete(t);
    p.cutimeNs += t.utimeNs + t.cutimeNs;
    p.cstimeNs += t.stimeNs + t.cstimeNs;
  }
  t.kernel.tasks.delete(t);
  cgroupRelease(t);
  t.pid.task = null;
  t.pgrp.pgrpMembers.delete(t);
  t.session.sessionMembers.delete(t);
  t.pid.maybeFree();
  t.pgrp.maybeFree();
  t.session.maybeFree();
}
