// The pids controller (kernel/cgroup/pids.c): "The process number controller is used to allow a
// cgroup to stop any new tasks from being fork()'d or clone()'d after a specified limit is
// reached" - cgroup-v2.rst, "PID". Tasks are charged from fork until they are reaped (a zombie
// still holds its pid), to the cgroup and every ancestor; a fork that would take any of them
// over pids.max fails with EAGAIN, and pids.events counts it.

import type { Task } from "../task/task.ts";
import type { Cgroup, Css } from "./cgroup.ts";
import type { Controller } from "./controller.ts";
import { parseMax, showMax } from "./controller.ts";
import { EAGAIN, EINVAL, Errno } from "../../uapi/errno.ts";
import { KERN_INFO } from "../printk.ts";

export class PidsCss implements Css {
  /** Tasks charged here: members of this subtree, zombies included (pids.current). */
  counter = 0;
  peak = 0;
  limit = Infinity;
  /** pids.events "max": forks refused because this cgroup or one below it is at its limit (hierarchical). */
  eventsMax = 0;
  /** pids.events.local "max": forks refused because of this cgroup's own limit. */
  eventsMaxLocal = 0;
  /** Forks refused to tasks of this cgroup (PIDCG_FORKFAIL): the first is logged. */
  forkFail = 0;
  /** The nearest ancestor's pids css (parent_pids): charges propagate along it. Immutable. */
  readonly parent: PidsCss | null;
  constructor(readonly cgroup: Cgroup) {
    this.parent = cgroup.parent ? cgroup.parent.cssOf<PidsCss>("pids") : null;
  }
}

/** Set pids.max as a write of it would (systemd's TasksMax= for the units it makes at boot). */
export function setPidsMax(cg: Cgroup, limit: number): void {
  cg.cssOf<PidsCss>("pids").limit = limit;
}

/** The css each task (zombies included) is charged to. */
const chargedTo = new WeakMap<Task, PidsCss>();

function charge(css: PidsCss, n: number): void {
  for (let p: PidsCss | null = css; p; p = p.parent) {
    p.counter += n;
    if (p.counter > p.peak) p.peak = p.counter;
  }
}

/** Move t's charge to css (migration, or a css made or removed under it). */
function recharge(t: Task, css: PidsCss): void {
  const old = chargedTo.get(t);
  if (old === css) return;
  if (old) charge(old, -1);
  charge(css, 1);
  chargedTo.set(t, css);
}

/** pids_event(): a fork of a task in forking was refused by over's limit. */
function pidsEvent(forking: PidsCss, over: PidsCss): void {
  if (++forking.forkFail === 1) {
    forking.cgroup.root.kernel.log.printk(KERN_INFO, `cgroup: fork rejected by pids controller in ${forking.cgroup.path}`);
  }
  over.eventsMaxLocal++;
  for (let p: PidsCss | null = over; p && p.parent; p = p.parent) p.eventsMax++;
}

/** Tasks (zombies included) whose cgroup is in cg's subtree. */
function tasksUnder(cg: Cgroup): Task[] {
  const out: Task[] = [];
  for (const t of cg.root.kernel.tasks) if (t.cgroup && t.cgroup.isDescendantOf(cg)) out.push(t);
  return out;
}

export const pidsController: Controller = {
  name: "pids",
  cssAlloc(cg) {
    const css = new PidsCss(cg);
    // The controller was just enabled here: the subtree's tasks are charged to it from now on.
    cg.css.set("pids", css);
    for (const t of tasksUnder(cg)) recharge(t, css);
    return css;
  },
  cssFree(css) {
    const up = (css as PidsCss).parent;
    if (!up) return;
    for (const t of tasksUnder(css.cgroup)) if (chargedTo.get(t) === css) recharge(t, up);
  },
  canFork(cg) {
    const css = cg.cssOf<PidsCss>("pids");
    for (let p: PidsCss | null = css; p; p = p.parent) {
      if (p.counter + 1 > p.limit) {
        pidsEvent(css, p);
        throw new Errno(EAGAIN);
      }
    }
    charge(css, 1);
  },
  cancelFork(cg) {
    charge(cg.cssOf<PidsCss>("pids"), -1);
  },
  fork(child, cg) {
    chargedTo.set(child, cg.cssOf<PidsCss>("pids"));
  },
  attach(t, _src, dst) {
    // Migration is never refused: the charge moves even past a limit (pids_can_attach).
    recharge(t, dst.cssOf<PidsCss>("pids"));
  },
  release(t) {
    const css = chargedTo.get(t);
    if (css) charge(css, -1);
    chargedTo.delete(t);
  },
  files: [
    {
      name: "pids.max",
      mode: 0o644,
      where: "notRoot",
      show: (cg) => `${showMax((cg.css.get("pids") as PidsCss).limit)}\n`,
      write(cg, text) {
        const v = parseMax(text);
        if (v === undefined) throw new Errno(EINVAL);
        (cg.css.get("pids") as PidsCss).limit = v;
      },
    },
    { name: "pids.current", mode: 0o444, where: "notRoot", show: (cg) => `${(cg.css.get("pids") as PidsCss).counter}\n` },
    { name: "pids.peak", mode: 0o444, where: "notRoot", show: (cg) => `${(cg.css.get("pids") as PidsCss).peak}\n` },
    { name: "pids.events", mode: 0o444, where: "notRoot", show: (cg) => `max ${(cg.css.get("pids") as PidsCss).eventsMax}\n` },
    { name: "pids.events.local", mode: 0o444, where: "notRoot", show: (cg) => `max ${(cg.css.get("pids") as PidsCss).eventsMaxLocal}\n` },
  ],
};
