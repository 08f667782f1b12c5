// Processes the shell starts and waits for: pipelines (one child per element, joined by pipes),
// ( subshells ), background lists (&), and the foreground wait - which, with job control, hands
// the terminal to the job's process group and takes it back, and notices ^Z.

import type { Command, Pipeline, Subshell } from "../ast.ts";
import type { Shell } from "./shell.ts";
import type { Sys } from "../../lib/sys.ts";
import { F_DUPFD_CLOEXEC, O_CLOEXEC, O_RDONLY } from "../../../uapi/fcntl.ts";
import { SIGINT, SIGPIPE, SIGQUIT, SIGTERM, SIGTSTP, strsignal } from "../../../uapi/signal.ts";
import { WCOREDUMP, WIFSIGNALED, WIFSTOPPED, WTERMSIG, WUNTRACED } from "../../../uapi/wait.ts";
import { exec, runSubshellBody, caughtStatus, finishShell } from "./exec.ts";
import { execSimple, runDebugTrap } from "./simple.ts";
import { applyRedirs, RedirError } from "./redirect.ts";
import { jobLine, statusValue, type Job } from "./jobs.ts";
import { Errno, EINTR } from "../../../uapi/errno.ts";

/** Run a command as the whole body of a forked child. */
async function childRun(child: Shell, cmd: Command): Promise<number> {
  if (cmd.type === "subshell") {
    // already in a child: ( ... ) needs no second fork
    try {
      await applyRedirs(child, cmd.redirs, null);
    } catch (e) {
      if (e instanceof RedirError) return e.status;
      throw e;
    }
    const only = cmd.body.items.length === 1 && !cmd.body.items[0]!.async ? cmd.body.items[0]!.cmd : null;
    return only !== null ? childRun(child, only) : runSubshellBody(child, cmd.body);
  }
  if (cmd.type === "simple") {
    try {
      return await finishShell(child, await execSimple(child, cmd, true));
    } catch (e) {
      return finishShell(child, await caughtStatus(child, e));
    }
  }
  return runSubshellBody(child, cmd);
}

export { childRun };

export async function execPipeline(sh: Shell, p: Pipeline): Promise<number> {
  let status: number;
  if (p.bang) sh.errexitOff++;
  const t0 = p.timed ? Date.now() : 0;
  try {
    status = p.cmds.length === 1 ? await exec(sh, p.cmds[0]!) : await runPipeline(sh, p);
  } finally {
    if (p.bang) sh.errexitOff--;
  }
  if (p.timed) {
    const s = (Date.now() - t0) / 1000;
    const fmt = (x: number) => `${Math.floor(x / 60)}m${(x % 60).toFixed(3)}s`;
    await sh.writeErr(`\nreal\t${fmt(s)}\nuser\t0m0.000s\nsys\t0m0.000s\n`);
  }
  if (p.bang) status = status === 0 ? 1 : 0;
  return status;
}

async function runPipeline(sh: Shell, p: Pipeline): Promise<number> {
  const sys = sh.sys;
  const n = p.cmds.length;
  const pids: number[] = [];
  let prevRead = -1;
  let pgid = 0;
  const jobControl = sh.opts.monitor && sh.subshell === 0;
  // shopt -s lastpipe without job control: the last member runs in this shell (echo x | read v)
  const lastHere = sh.bash && !sh.opts.monitor && n > 1 && sh.shopts.has("lastpipe");
  for (let i = 0; i < n; i++) {
    if (lastHere && i === n - 1) return runLastHere(sh, p, pids, prevRead, pgid);
    let r = -1;
    let w = -1;
    if (i < n - 1) [r, w] = sys.pipe2(O_CLOEXEC);
    const cmd = p.cmds[i]!;
    // bash runs a simple command's DEBUG trap in the parent, before the fork
    const debugHere = sh.debugTrap && cmd.type === "simple" && sh.inTrap === 0 && sh.funcDepth === 0;
    if (debugHere) await runDebugTrap(sh, cmd);
    const child = sh.clone();
    if (debugHere) child.debugTrap = false;
    const inFd = prevRead;
    const errToo = p.stderrToo[i] === true;
    const myPgid = pgid;
    const pid = await sh.fork(async (csys) => {
      child.sys = csys;
      child.resetSignalsForChild();
      if (jobControl) {
        try {
          csys.setpgid(0, myPgid);
        } catch {
          // the parent did it first
        }
      }
      if (r >= 0) csys.close(r);
      if (inFd >= 0) {
        csys.dup2(inFd, 0);
        csys.close(inFd);
      }
      if (w >= 0) {
        csys.dup2(w, 1);
        if (errToo) csys.dup2(w, 2);
        csys.close(w);
      }
      return childRun(child, cmd);
    });
    if (pgid === 0) pgid = pid;
    if (jobControl) {
      try {
        sys.setpgid(pid, pgid);
      } catch {
        // already exec'd: it set its own group
      }
    }
    pids.push(pid);
    if (prevRead >= 0) sys.close(prevRead);
    if (w >= 0) sys.close(w);
    prevRead = r;
  }
  return waitForeground(sh, pids, p.cmds.map((c) => (c.type === "simple" ? c.words.map((x) => x.text).join(" ") : "...")).join(" | "), pipelineText(p), pgid);
}

/** lastpipe: run the last command with stdin from the pipe, in this shell, then reap the rest. */
async function runLastHere(sh: Shell, p: Pipeline, pids: number[], prevRead: number, pgid: number): Promise<number> {
  const sys = sh.sys;
  const saved = sys.fcntl(0, F_DUPFD_CLOEXEC, 10);
  sys.dup2(prevRead, 0);
  sys.close(prevRead);
  let status: number;
  try {
    status = await exec(sh, p.cmds[p.cmds.length - 1]!);
  } finally {
    sys.dup2(saved, 0);
    sys.close(saved);
  }
  const lastStatus = status;
  const pipefail = sh.opts.pipefail;
  sh.opts.pipefail = false; // the status of the forked ones alone
  let first: number;
  try {
    first = await waitForeground(sh, pids, "", pipelineText(p).slice(0, -1), pgid);
  } finally {
    sh.opts.pipefail = pipefail;
  }
  const st = pids.length > 1 ? sh.pipeStatus.slice() : [first];
  sh.pipeStatus = [...st, lastStatus];
  if (pipefail) {
    for (let i = sh.pipeStatus.length - 1; i >= 0; i--) if (sh.pipeStatus[i] !== 0) return sh.pipeStatus[i]!;
    return 0;
  }
  return lastStatus;
}

function pipelineText(p: Pipeline): string[] {
  return p.cmds.map((c) => (c.type === "simple" ? [...c.words.map((w) => w.text)].join(" ") : "(...)"));
}

export async function execSubshell(sh: Shell, cmd: Subshell): Promise<number> {
  const child = sh.clone();
  const pid = await sh.fork(async (csys) => {
    child.sys = csys;
    child.resetSignalsForChild();
    try {
      await applyRedirs(child, cmd.redirs, null);
    } catch (e) {
      if (e instanceof RedirError) return e.status;
      throw e;
    }
    // ( cmd ): a lone command runs in the subshell itself (a simple one is exec'd), as bash does
    const only = cmd.body.items.length === 1 && !cmd.body.items[0]!.async ? cmd.body.items[0]!.cmd : null;
    return only !== null ? childRun(child, only) : runSubshellBody(child, cmd.body);
  });
  return waitForeground(sh, [pid], "(...)", "(...)");
}

/** cmd &: a child in the background; $! is its pid. */
export async function execBackground(sh: Shell, cmd: Command): Promise<number> {
  const child = sh.clone();
  const jobControl = sh.opts.monitor && sh.subshell === 0;
  const pid = await sh.fork(async (csys) => {
    child.sys = csys;
    child.resetSignalsForChild();
    if (jobControl) {
      try {
        csys.setpgid(0, 0);
      } catch {
        // the parent did it
      }
    } else {
      // XCU 2.9.3.1: without job control, an async list ignores SIGINT/SIGQUIT and reads /dev/null
      // (bash, not dash, leaves a subshell's stdin alone: `echo x | { cat & wait; }`)
      csys.sigaction(SIGINT, { handler: "ignore" });
      csys.sigaction(SIGQUIT, { handler: "ignore" });
      if (!sh.bash || sh.subshell === 0) await stdinFromDevNull(csys);
    }
    return childRun(child, cmd);
  });
  if (jobControl) {
    try {
      sh.sys.setpgid(pid, pid);
    } catch {
      // the child did it
    }
  }
  sh.lastBg = pid;
  const job = sh.jobs.add(pid, [pid], describe(cmd), true);
  if (sh.interactive && sh.subshell === 0) await sh.writeErr(`[${job.id}] ${pid}\n`);
  return 0;
}

async function stdinFromDevNull(csys: Sys): Promise<void> {
  try {
    const fd = await csys.open("/dev/null", O_RDONLY);
    if (fd !== 0) {
      csys.dup2(fd, 0);
      csys.close(fd);
    }
  } catch {
    // no /dev/null: keep stdin
  }
}

/** The command text for job listings. */
export function describe(cmd: Command): string {
  switch (cmd.type) {
    case "simple":
      return [...cmd.assigns.map((a) => `${a.name}=${a.value?.text ?? ""}`), ...cmd.words.map((w) => w.text)].join(" ");
    case "pipeline":
      return cmd.cmds.map(describe).join(" | ");
    case "andor":
      return [describe(cmd.first), ...cmd.rest.map((r) => `${r.op} ${describe(r.cmd)}`)].join(" ");
    default:
      return cmd.type === "subshell" ? "( ... )" : cmd.type;
  }
}

/**
 * Wait for a foreground job: all its processes. Returns the shell status (last process, or
 * the rightmost failure with pipefail). Reports processes killed by signals as bash/dash do.
 */
export async function waitForeground(sh: Shell, pids: number[], _text: string, jobText: string | string[], pgid = pids[0]!): Promise<number> {
  const sys = sh.sys;
  const jobControl = sh.opts.monitor && sh.subshell === 0 && sh.interactive;
  const statuses: number[] = new Array(pids.length).fill(0);
  const texts = Array.isArray(jobText) ? jobText : [jobText];
  let tty = -1;
  if (jobControl) {
    tty = sh.ttyFd;
    try {
      sys.ioctl_tiocspgrp(tty, pgid);
    } catch {
      tty = -1;
    }
  }
  let stoppedJob: Job | null = null;
  for (let i = 0; i < pids.length; i++) {
    for (;;) {
      try {
        const r = await sys.wait4(pids[i]!, jobControl ? WUNTRACED : 0);
        if (r.pid === 0) continue;
        statuses[i] = r.status;
        if (WIFSTOPPED(r.status)) {
          stoppedJob ??= sh.jobs.add(pgid, pids.slice(), texts.join(" | "), false);
          stoppedJob.stopped = true;
          for (let k = 0; k < i; k++) stoppedJob.statuses[k] = statuses[k]!;
        }
        break;
      } catch (e) {
        if (e instanceof Errno && e.errno === EINTR) continue;
        break;
      }
    }
    if (stoppedJob) break;
  }
  if (tty >= 0) {
    try {
      sys.ioctl_tiocspgrp(tty, sys.getpgrp());
    } catch {
      // the terminal went away
    }
  }
  if (stoppedJob) {
    await sh.writeErr(`\n${jobLine(sh.jobs, stoppedJob, sh.bash)}\n`);
    return 128 + SIGTSTP;
  }
  const last = statuses[statuses.length - 1]!;
  if (pids.length > 1) sh.pipeStatus = statuses.map(statusValue);
  // A foreground job killed by ^C: bash takes it as the user's ^C to the shell too, so a loop
  // around the job stops (the interactive loop ends the "^C" line and shows the prompt).
  if (jobControl && WIFSIGNALED(last) && WTERMSIG(last) === SIGINT) sh.sigintSeen = true;
  await reportSignal(sh, pids, statuses, texts);
  if (sh.opts.pipefail) {
    for (let i = statuses.length - 1; i >= 0; i--) if (statusValue(statuses[i]!) !== 0) return statusValue(statuses[i]!);
    return 0;
  }
  return statusValue(last);
}

/** "Killed", "Terminated", "bash: line 1: 123 Killed  sleep 100" - per shell. */
async function reportSignal(sh: Shell, pids: number[], statuses: number[], texts: string[]): Promise<void> {
  const last = statuses[statuses.length - 1]!;
  if (!WIFSIGNALED(last)) return;
  const sig = WTERMSIG(last);
  if (sig === SIGINT || sig === SIGPIPE) return;
  const core = WCOREDUMP(last) ? " (core dumped)" : "";
  if (sh.bash && !sh.interactive && sig !== SIGTERM && !sh.traps.has(sig)) {
    const lines = pids.map((pid, i) => {
      const st = statuses[i]!;
      const state = WIFSIGNALED(st) ? strsignal(WTERMSIG(st)) + (WCOREDUMP(st) ? " (core dumped)" : "") : "Done";
      return `${i === 0 ? "" : "     "}${pid} ${state.padEnd(24)}${i === 0 ? "" : "| "}${texts[i] ?? ""}`;
    });
    await sh.error(lines.join("\n"));
    return;
  }
  await sh.writeErr(strsignal(sig) + core + "\n");
}

/** Reap finished background children without blocking, recording them in the job table. */
export async function reapJobs(sh: Shell): Promise<void> {
  for (;;) {
    let r;
    try {
      r = await sh.sys.wait4(-1, 1 /* WNOHANG */ | (sh.opts.monitor ? WUNTRACED : 0));
    } catch {
      return;
    }
    if (r.pid <= 0) return;
    sh.jobs.record(r.pid, r.status);
  }
}
