// Job builtins: jobs, fg, bg, wait, kill, disown. They work on the job table of interp/jobs.ts;
// fg hands the terminal to the job's process group (tcsetpgrp) and continues it with SIGCONT.

import type { Shell } from "../interp/shell.ts";
import { jobDone, jobLine, jobStatus, statusValue, type Job } from "../interp/jobs.ts";
import { reapJobs, waitForeground } from "../interp/pipeline.ts";
import { SIGCONT, SIGTERM, NSIG, signalName, signalNumber } from "../../../uapi/signal.ts";
import { Errno, EINTR, ESRCH, strerror } from "../../../uapi/errno.ts";
import { WIFSIGNALED, WNOHANG } from "../../../uapi/wait.ts";
import { out, berr } from "./io.ts";

async function noJob(sh: Shell, name: string, spec: string): Promise<number> {
  await berr(sh, name, sh.bash ? `${spec}: no such job` : `No such job: ${spec}`);
  return sh.bash ? 1 : 2;
}

export async function jobs(sh: Shell, argv: string[]): Promise<number> {
  await reapJobs(sh);
  const pidsOnly = argv.includes("-p");
  const long = argv.includes("-l");
  const line = (j: Job): string => {
    if (pidsOnly) return j.pgid + "\n";
    const l = jobLine(sh.jobs, j, sh.bash);
    return (long ? l.replace(/^(\[\d+\][+ -] )/, `$1${j.pgid} `) : l) + "\n";
  };
  // jobs %1 3: only the named jobs (a bare number is a job number here), in order; an unknown
  // one is an error and the others still print
  const specs = argv.slice(1).filter((a) => !a.startsWith("-"));
  if (specs.length > 0) {
    let status = 0;
    for (const spec of specs) {
      const j = sh.jobs.find(spec.startsWith("%") ? spec : "%" + spec);
      if (j === null) status = await noJob(sh, "jobs", spec);
      else {
        await out(sh, "jobs", line(j));
        if (jobDone(j)) sh.jobs.remove(j);
      }
    }
    return status;
  }
  let s = "";
  for (const j of [...sh.jobs.jobs]) {
    s += line(j);
    if (jobDone(j)) sh.jobs.remove(j);
  }
  await out(sh, "jobs", s);
  return 0;
}

function pickJob(sh: Shell, spec: string | undefined): Job | null {
  if (spec === undefined) return sh.jobs.find("%+");
  if (/^[0-9]+$/.test(spec)) return sh.jobs.byPid(Number(spec))?.job ?? null;
  return sh.jobs.find(spec.startsWith("%") ? spec : "%" + spec);
}

export async function fg(sh: Shell, argv: string[]): Promise<number> {
  const name = argv[0]!;
  if (!sh.opts.monitor) {
    await berr(sh, name, "no job control");
    return 1;
  }
  const job = pickJob(sh, argv[1]);
  if (job === null) return noJob(sh, name, argv[1] ?? "current");
  if (name === "bg") {
    job.stopped = false;
    job.background = true;
    await out(sh, "bg", `[${job.id}]${sh.jobs.marker(job)} ${job.text} &\n`);
    try {
      sh.sys.kill(-job.pgid, SIGCONT);
    } catch {
      // it died meanwhile
    }
    return 0;
  }
  await out(sh, "fg", job.text + "\n");
  job.stopped = false;
  sh.jobs.remove(job);
  try {
    sh.sys.kill(-job.pgid, SIGCONT);
  } catch {
    // it died meanwhile; wait reports it
  }
  const live = job.pids.filter((_, i) => job.statuses[i] === null);
  return waitForeground(sh, live.length ? live : job.pids, job.text, job.text, job.pgid);
}

export async function wait(sh: Shell, argv: string[]): Promise<number> {
  const args = argv.slice(1);
  const anyOne = args[0] === "-n";
  if (anyOne) args.shift();
  if (args.length === 0) {
    // wait for every child; -n: for the next one
    let last = 127;
    for (;;) {
      let r;
      try {
        r = await sh.sys.wait4(-1, 0);
      } catch (e) {
        if (e instanceof Errno && e.errno === EINTR) {
          if (sh.pendingSignals.length) return 128 + sh.pendingSignals[0]!;
          continue;
        }
        break;
      }
      last = statusValue(r.status);
      const job = sh.jobs.record(r.pid, r.status);
      if (job && jobDone(job)) sh.jobs.remove(job);
      if (anyOne) return last;
    }
    return anyOne ? 127 : 0;
  }
  let status = 0;
  for (const a of args) {
    let job: Job | null = null;
    let pid = 0;
    if (a.startsWith("%")) {
      job = sh.jobs.find(a);
      if (job === null) {
        await noJob(sh, "wait", a);
        status = 127;
        continue;
      }
      pid = job.pids[job.pids.length - 1]!;
    } else if (/^[0-9]+$/.test(a)) {
      pid = Number(a);
      job = sh.jobs.byPid(pid)?.job ?? null;
    } else {
      await berr(sh, "wait", sh.bash ? `\`${a}': not a pid or valid job spec` : `Illegal number: ${a}`);
      status = sh.bash ? 1 : 2;
      continue;
    }
    const rec = job ? job.statuses[job.pids.indexOf(pid)] : sh.reaped.get(pid);
    if (rec !== null && rec !== undefined) {
      status = statusValue(rec);
      if (job && jobDone(job)) sh.jobs.remove(job);
      continue;
    }
    status = await waitPid(sh, pid);
    if (status === -1) {
      if (sh.bash) await berr(sh, "wait", `pid ${pid} is not a child of this shell`);
      status = 127;
    }
    if (job && jobDone(job)) {
      // set -m in a script: bash reports a waited-for job that a signal killed
      const last = job.statuses[job.statuses.length - 1];
      if (sh.bash && sh.opts.monitor && !sh.interactive && last !== null && last !== undefined && WIFSIGNALED(last)) {
        await sh.writeErr(jobLine(sh.jobs, job, true) + "\n");
      }
      sh.jobs.remove(job);
    }
  }
  return status;
}

async function waitPid(sh: Shell, pid: number): Promise<number> {
  for (;;) {
    try {
      const r = await sh.sys.wait4(pid, 0);
      sh.jobs.record(r.pid, r.status);
      return statusValue(r.status);
    } catch (e) {
      if (e instanceof Errno && e.errno === EINTR) {
        if (sh.pendingSignals.length) return 128 + sh.pendingSignals[0]!;
        continue;
      }
      return -1;
    }
  }
}

/** kill -l: the table bash prints, or dash's one name per line. */
function listSignals(sh: Shell): string {
  if (!sh.bash) {
    let s = "";
    for (let i = 1; i < 32; i++) s += signalName(i) + "\n";
    return s;
  }
  const cells: string[] = [];
  for (let i = 1; i < NSIG; i++) {
    if (i === 32 || i === 33) continue;
    cells.push(`${String(i).padStart(2)}) SIG${signalName(i)}`);
  }
  let s = "";
  for (let i = 0; i < cells.length; i++) s += cells[i] + ((i + 1) % 5 === 0 ? "\n" : i === cells.length - 1 ? "\t\n" : "\t");
  return s;
}

export async function kill(sh: Shell, argv: string[]): Promise<number> {
  let sig = SIGTERM;
  let i = 1;
  const usage = async () => {
    if (sh.bash) await sh.writeErr("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n");
    else await sh.error("kill: Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]");
    return 2;
  };
  const a1 = argv[1];
  if (a1 === undefined) return usage();
  if (a1 === "-l" || a1 === "-L") {
    if (argv.length === 2) {
      await out(sh, "kill", listSignals(sh));
      return 0;
    }
    let s = "";
    for (const a of argv.slice(2)) {
      if (/^[0-9]+$/.test(a)) {
        let n = Number(a);
        if (n > 128) n -= 128;
        // bash: 0 is the EXIT pseudo-signal (dash refuses it, and anything without a name)
        if (sh.bash && n === 0) {
          s += "EXIT\n";
          continue;
        }
        if (n <= 0 || n >= 65) {
          if (!(await out(sh, "kill", s))) return 1;
          await berr(sh, "kill", sh.bash ? `${a}: invalid signal specification` : `invalid signal number or exit status: ${a}`);
          return 1;
        }
        s += signalName(n) + "\n";
      } else {
        const n = signalNumber(a);
        if (n < 0) {
          await berr(sh, "kill", `${a}: invalid signal specification`);
          return 1;
        }
        s += n + "\n";
      }
    }
    await out(sh, "kill", s);
    return 0;
  }
  if (a1 === "-s" || a1 === "-n") {
    const spec = argv[2];
    if (spec === undefined) return usage();
    sig = signalNumber(spec);
    i = 3;
    if (sig < 0) {
      await berr(sh, "kill", sh.bash ? `${spec}: invalid signal specification` : `invalid signal number or name: ${spec}`);
      return 1;
    }
  } else if (a1.startsWith("-") && a1 !== "--") {
    sig = signalNumber(a1.slice(1));
    i = 2;
    if (sig < 0) {
      await berr(sh, "kill", sh.bash ? `${a1.slice(1)}: invalid signal specification` : `invalid signal number or name: ${a1.slice(1)}`);
      return 1;
    }
  } else if (a1 === "--") i = 2;
  if (i >= argv.length) return usage();
  let status = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    let target: number;
    if (a.startsWith("%")) {
      const job = sh.jobs.find(a);
      if (job === null) {
        status = await noJob(sh, "kill", a);
        continue;
      }
      target = sh.opts.monitor ? -job.pgid : job.pids[0]!;
    } else if (/^-?[0-9]+$/.test(a)) target = Number(a);
    else {
      await berr(sh, "kill", sh.bash ? `${a}: arguments must be process or job IDs` : `Illegal number: ${a}`);
      status = sh.bash ? 1 : 2;
      continue;
    }
    try {
      sh.sys.kill(target, sig);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await berr(sh, "kill", sh.bash ? `(${a}) - ${strerror(e.errno)}` : `${e.errno === ESRCH ? `No such process` : strerror(e.errno)}`);
      status = 1;
    }
  }
  return status;
}

export async function disown(sh: Shell, argv: string[]): Promise<number> {
  const job = pickJob(sh, argv[1]);
  if (job === null) return noJob(sh, "disown", argv[1] ?? "current");
  sh.jobs.remove(job);
  return 0;
}

/** Before a prompt: reap children, print "[1]+  Done  cmd" for finished background jobs. */
export async function notifyJobs(sh: Shell): Promise<void> {
  await reapJobs(sh);
  for (const j of [...sh.jobs.jobs]) {
    if (jobDone(j) && j.background) {
      await sh.writeErr(jobLine(sh.jobs, j, sh.bash) + "\n");
      sh.jobs.remove(j);
    } else if (j.stopped && !j.notified) j.notified = true;
  }
  void jobStatus;
  void WNOHANG;
}
