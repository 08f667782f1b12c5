// wait4(2). Analogous to Linux's do_wait() (kernel/exit.c): look through the children that
// match the pid argument for a zombie to reap, a stop to report (WUNTRACED) or a continue
// (WCONTINUED); otherwise sleep on the task's childWait queue until a child changes state.

import type { Task } from "./task.ts";
import { releaseTask } from "./exit.ts";
import { ECHILD, Errno } from "../../uapi/errno.ts";
import { WCONTINUED, WNOHANG, WNOWAIT, WUNTRACED, W_CONTINUED } from "../../uapi/wait.ts";
import type { WaitResult } from "../../userland/lib/sys.ts";

function matches(parent: Task, child: Task, pid: number): boolean {
  if (pid > 0) return child.pid.nr(parent.pidNs) === pid;
  if (pid === -1) return true;
  if (pid === 0) return child.pgrp === parent.pgrp;
  return child.pgrp.nr(parent.pidNs) === -pid;
}

function result(parent: Task, child: Task, status: number): WaitResult {
  return {
    pid: child.pid.nr(parent.pidNs),
    status,
    rusage: { utimeUs: Math.round(child.utimeNs / 1000), stimeUs: Math.round(child.stimeNs / 1000), maxrssKb: 4096 },
  };
}

/** One pass over the children: a result, "none" (no matching child at all) or "wait". */
function scan(t: Task, pid: number, options: number): WaitResult | "none" | "wait" {
  let any = false;
  for (const c of t.children) {
    if (!matches(t, c, pid)) continue;
    any = true;
    if (c.state === "Z") {
      const r = result(t, c, c.exitCode);
      if (!(options & WNOWAIT)) releaseTask(c);
      return r;
    }
    if (options & WUNTRACED && c.stopPending && c.state === "T") {
      if (!(options & WNOWAIT)) c.stopPending = false;
      return result(t, c, c.exitCode);
    }
    if (options & WCONTINUED && c.contPending) {
      if (!(options & WNOWAIT)) c.contPending = false;
      return result(t, c, W_CONTINUED);
    }
  }
  return any ? "wait" : "none";
}

export async function wait4(t: Task, pid: number, options: number): Promise<WaitResult> {
  for (;;) {
    const r = scan(t, pid, options);
    if (r === "none") throw new Errno(ECHILD);
    if (r !== "wait") return r;
    if (options & WNOHANG) return { pid: 0, status: 0, rusage: { utimeUs: 0, stimeUs: 0, maxrssKb: 0 } };
    let changed = false;
    const remove = t.childWait.add(() => {
      changed = true;
    });
    try {
      await t.waitEvent(t.childWait, () => changed);
    } finally {
      remove();
    }
  }
}
