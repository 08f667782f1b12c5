// The job table (bash jobs.c, dash jobs.c): each pipeline run in the background or stopped
// with ^Z is a job with a number, a process group and one status per process. `jobs`, `fg`,
// `bg`, `wait` and `%n` work on it; finished background jobs are reported before the next prompt.

import { WIFEXITED, WIFSIGNALED, WIFSTOPPED, WEXITSTATUS, WTERMSIG, WSTOPSIG, WCOREDUMP } from "../../../uapi/wait.ts";
import { strsignal } from "../../../uapi/signal.ts";

export interface Job {
  id: number;
  pgid: number;
  pids: number[];
  /** wait status per process; null while running. */
  statuses: (number | null)[];
  /** The command as the shell prints it. */
  text: string;
  stopped: boolean;
  /** Its state change has been reported. */
  notified: boolean;
  /** The job was started in the background (`&`). */
  background: boolean;
  /** Run when the job leaves the table (a coproc unsets its NAME and NAME_PID then). */
  onReap?: () => void;
}

export class JobTable {
  jobs: Job[] = [];
  /** %+ and %-: the current and previous job ids. */
  current = 0;
  previous = 0;

  add(pgid: number, pids: number[], text: string, background: boolean): Job {
    let id = 1;
    for (const j of this.jobs) if (j.id >= id) id = j.id + 1;
    const job: Job = { id, pgid, pids, statuses: pids.map(() => null), text, stopped: false, notified: false, background };
    this.jobs.push(job);
    this.setCurrent(job);
    return job;
  }

  setCurrent(job: Job): void {
    if (this.current !== job.id) {
      this.previous = this.current;
      this.current = job.id;
    }
  }

  /** wait statuses of removed jobs' processes: `wait $p` a second time still knows it. */
  reaped = new Map<number, number>();

  remove(job: Job): void {
    job.pids.forEach((p, i) => {
      const s = job.statuses[i];
      if (s !== null && s !== undefined) this.reaped.set(p, s);
    });
    this.jobs = this.jobs.filter((j) => j !== job);
    job.onReap?.();
    if (this.current === job.id) {
      this.current = this.previous;
      this.previous = 0;
      if (this.current === 0 && this.jobs.length) this.current = this.jobs[this.jobs.length - 1]!.id;
    } else if (this.previous === job.id) this.previous = 0;
    if (this.previous === 0) {
      const others = this.jobs.filter((j) => j.id !== this.current);
      if (others.length) this.previous = others[others.length - 1]!.id;
    }
  }

  byPid(pid: number): { job: Job; index: number } | null {
    for (const job of this.jobs) {
      const i = job.pids.indexOf(pid);
      if (i >= 0) return { job, index: i };
    }
    return null;
  }

  /** Record a wait4 result; returns the job it belongs to. */
  record(pid: number, status: number): Job | null {
    const f = this.byPid(pid);
    if (f === null) return null;
    if (WIFSTOPPED(status)) {
      f.job.stopped = true;
      f.job.notified = false;
      return f.job;
    }
    f.job.statuses[f.index] = status;
    if (f.job.stopped && f.job.statuses.every((s) => s !== null)) f.job.stopped = false;
    return f.job;
  }

  /** %1 %+ %% %- %name %?text, or a pid. */
  find(spec: string): Job | null {
    if (spec === "%%" || spec === "%+" || spec === "%") return this.jobs.find((j) => j.id === this.current) ?? null;
    if (spec === "%-") return this.jobs.find((j) => j.id === this.previous) ?? null;
    if (/^%[0-9]+$/.test(spec)) return this.jobs.find((j) => j.id === Number(spec.slice(1))) ?? null;
    if (spec.startsWith("%?")) return this.jobs.find((j) => j.text.includes(spec.slice(2))) ?? null;
    if (spec.startsWith("%")) return this.jobs.find((j) => j.text.startsWith(spec.slice(1))) ?? null;
    return null;
  }

  marker(job: Job): string {
    return job.id === this.current ? "+" : job.id === this.previous ? "-" : " ";
  }
}

export function jobDone(job: Job): boolean {
  return job.statuses.every((s) => s !== null);
}

/** The job's overall status word: that of its last process. */
export function jobStatus(job: Job): number {
  return job.statuses[job.statuses.length - 1] ?? 0;
}

/** The state column of `jobs`: Running, Stopped, Done, Done(1), Killed, ... */
export function stateText(job: Job): string {
  if (job.stopped) return "Stopped";
  if (!jobDone(job)) return "Running";
  const s = jobStatus(job);
  if (WIFEXITED(s)) return WEXITSTATUS(s) === 0 ? "Done" : `Exit ${WEXITSTATUS(s)}`;
  if (WIFSIGNALED(s)) return strsignal(WTERMSIG(s)) + (WCOREDUMP(s) ? " (core dumped)" : "");
  if (WIFSTOPPED(s)) return strsignal(WSTOPSIG(s));
  return "Done";
}

/** `jobs` line: "[1]+  Running                 sleep 100 &". */
export function jobLine(table: JobTable, job: Job, bash: boolean): string {
  let st = stateText(job);
  if (!bash && st.startsWith("Exit ")) st = `Done(${st.slice(5)})`;
  const amp = !jobDone(job) && !job.stopped ? " &" : "";
  return `[${job.id}]${table.marker(job)}  ${st.padEnd(24)}${job.text}${amp}`;
}

/** A shell's exit-status value for a wait status: the code, or 128+signal. */
export function statusValue(s: number): number {
  if (WIFEXITED(s)) return WEXITSTATUS(s);
  if (WIFSIGNALED(s)) return 128 + WTERMSIG(s);
  if (WIFSTOPPED(s)) return 128 + WSTOPSIG(s);
  return 0;
}
