// A controller (struct cgroup_subsys): a set of hooks the core calls at fork, exit, migration
// and css creation, plus a table of control files (struct cftype). The core files
// (cgroup.procs, ...) are a table of the same shape without hooks (core_files.ts).

import type { Task } from "../task/task.ts";
import type { Cgroup, Css } from "./cgroup.ts";

/** CFTYPE_ONLY_ON_ROOT / CFTYPE_NOT_ON_ROOT: where a file exists. */
export type CfWhere = "all" | "root" | "notRoot";

/** One control file. Analogous to struct cftype. */
export interface CfType {
  /** The full file name ("memory.max"). */
  name: string;
  /** 0644 for files that take writes, 0444 for read-only, 0200 for write-only (cgroup.kill). */
  mode: number;
  where: CfWhere;
  /** The content (seq_show). Without it, reading fails with EINVAL (as cgroup.kill does). */
  show?(cg: Cgroup, reader: Task): string;
  /** Handle one write(2) of text. Throws Errno (EINVAL, EBUSY, ...) as Linux does. */
  write?(cg: Cgroup, text: string, writer: Task): void;
}

/** Analogous to struct cgroup_subsys. Every hook is optional. */
export interface Controller {
  /** As cgroup.controllers lists it ("memory"). */
  readonly name: string;
  /** The files every cgroup with this controller enabled has. */
  readonly files: readonly CfType[];
  /** css_alloc/css_online: the state of a cgroup that just got this controller. */
  cssAlloc(cg: Cgroup): Css;
  /** css_offline: the controller was disabled on cg, or cg removed. */
  cssFree?(css: Css): void;
  /** can_fork: may a child be created in cg? Throws (pids: EAGAIN). */
  canFork?(cg: Cgroup, parent: Task): void;
  /** fork: child was born in cg (after canFork). */
  fork?(child: Task, cg: Cgroup): void;
  /** cancel_fork: undo canFork when the fork fails later on. */
  cancelFork?(cg: Cgroup): void;
  /** can_attach: may task move into dst? Throws (cpuset: ENOSPC on no CPUs). */
  canAttach?(task: Task, dst: Cgroup): void;
  /** attach: task moved from src to dst. */
  attach?(task: Task, src: Cgroup, dst: Cgroup): void;
  /** exit: task is exiting (do_exit), still a member of cg. */
  exit?(task: Task, cg: Cgroup): void;
  /** release: the task was reaped (release_task). */
  release?(task: Task, cg: Cgroup): void;
}

/** Parse "max" or a non-negative integer, as the limit files take them; undefined if neither. */
export function parseMax(text: string): number | undefined {
  const s = text.trim();
  if (s === "max") return Infinity;
  if (!/^\d+$/.test(s)) return undefined;
  return Number(s);
}

export function showMax(v: number): string {
  return v === Infinity ? "max" : String(v);
}

/** memparse(): a size with an optional K/M/G/T/P/E suffix (either case), "max" for no limit. */
export function parseMemory(text: string): number | undefined {
  const s = text.trim();
  if (s === "max") return Infinity;
  if (s === "") return 0; // memparse("") is 0 and leaves nothing unparsed
  const m = /^(\d+)([kKmMgGtTpPeE]?)$/.exec(s);
  if (!m) return undefined;
  const shift = { "": 0, k: 10, m: 20, g: 30, t: 40, p: 50, e: 60 }[m[2]!.toLowerCase()]!;
  return Number(m[1]) * 2 ** shift;
}
