// One control group. Analogous to Linux's struct cgroup (include/linux/cgroup-defs.h) on the
// unified (v2) hierarchy: a directory under /sys/fs/cgroup, its member processes, which
// controllers it passes to its children (cgroup.subtree_control), and one css per controller
// enabled on it. Documentation/admin-guide/cgroup-v2.rst is the reference for every rule here.
//
// Membership is kept directly on the cgroup (Linux's css_set is an optimisation for sharing
// the set of csses among tasks; with one hierarchy a task's cgroup names all of them).

import type { Task } from "../task/task.ts";
import type { CgroupRoot } from "./root.ts";

/** A controller's state in one cgroup (struct cgroup_subsys_state); each controller extends it. */
export interface Css {
  readonly cgroup: Cgroup;
}

export class Cgroup {
  /** Child groups by name. Invariant: a child's parent is this cgroup. */
  readonly children = new Map<string, Cgroup>();
  /**
   * Live member processes, in the order they joined (what cgroup.procs lists). A task leaves at
   * do_exit (cgroup_exit), so zombies are not members, though pids still counts them.
   */
  readonly tasks = new Set<Task>();
  /** Controllers this cgroup enables for its children (cgroup.subtree_control), by name. */
  readonly subtreeControl = new Set<string>();
  /** One css per controller enabled on this cgroup: all of them at the root, else the parent's subtree_control. */
  readonly css = new Map<string, Css>();
  /** Member processes in this subtree (nr_populated_*): "populated" in cgroup.events. */
  nrPopulated = 0;
  /** cgroup.max.depth and cgroup.max.descendants ("max" = Infinity). */
  maxDepth = Infinity;
  maxDescendants = Infinity;
  /** Live descendant groups (cgroup.stat nr_descendants). */
  nrDescendants = 0;
  /** cgroup.freeze as written here; freezeEff also counts a frozen ancestor (cgroup->freezer.e_freeze). */
  selfFreeze = false;
  freezeEff = false;
  /** CPU time charged to tasks while members here (ns), plus removed children's totals. */
  cpuUsageNs = 0;
  /** cgroup.type "threaded": a member of its parent's threaded subtree (cgroup-v2.rst, "Threads"). */
  threaded = false;
  /** rmdir'ed: the directory is gone (cgroup_is_dead). */
  dead = false;
  readonly level: number;
  /** Unique per root, never reused: names the directory's inodes. */
  readonly serial: number;
  /** Creation time (realtime ns) for stat. */
  readonly createdNs: bigint;

  constructor(
    readonly root: CgroupRoot,
    readonly parent: Cgroup | null,
    readonly name: string,
  ) {
    this.level = parent ? parent.level + 1 : 0;
    this.serial = root.allocSerial();
    this.createdNs = root.kernel.clock.realtime();
    this.freezeEff = parent?.freezeEff ?? false;
  }

  get isRoot(): boolean {
    return this.parent === null;
  }

  /** The path as /proc/PID/cgroup shows it: "/" for the root, else "/a/b". */
  get path(): string {
    if (!this.parent) return "/";
    const parts: string[] = [];
    for (let c: Cgroup | null = this; c && c.parent; c = c.parent) parts.unshift(c.name);
    return "/" + parts.join("/");
  }

  /** dom_cgrp: the nearest non-threaded cgroup, here or above (the threaded domain). */
  get domain(): Cgroup {
    let c: Cgroup = this;
    while (c.threaded && c.parent) c = c.parent;
    return c;
  }

  /** cgroup_is_descendant(): is this a (non-strict) descendant of a? */
  isDescendantOf(a: Cgroup): boolean {
    for (let c: Cgroup | null = this; c; c = c.parent) if (c === a) return true;
    return false;
  }

  /** The controllers enabled on this cgroup (cgroup_control()): what cgroup.controllers lists. */
  controllers(): Set<string> {
    return this.parent ? this.parent.subtreeControl : this.root.controllerNames;
  }

  /** The nearest css of a controller, here or above (the css a task here is charged to). */
  cssOf<T extends Css>(name: string): T {
    for (let c: Cgroup | null = this; c; c = c.parent) {
      const s = c.css.get(name);
      if (s) return s as T;
    }
    throw new Error(`cgroup: no ${name} css at the root`);
  }

  /** Every cgroup of this subtree, this one first (css_for_each_descendant_pre). */
  *descendantsPre(): Iterable<Cgroup> {
    yield this;
    for (const c of this.children.values()) yield* c.descendantsPre();
  }
}
