// The scheduler: cooperative and fair. Analogous to Linux's runqueue (kernel/sched/core.c) in
// spirit, not in mechanism. Every task is an async function; JavaScript runs one of them at a
// time between its awaits. A task that has used its slice calls yield(): it goes to the back of
// the run queue, and the queue is resumed from a host macrotask, so the host's event loop (a
// keystroke, a timer) always gets a turn between slices. That is what lets ^C stop a busy loop.
//
// On a virtual clock the scheduler is also the idle loop: when a macrotask finds the run queue
// empty, every task is asleep, so time jumps to the next timer (clock.idle()).

import type { Clock } from "../time/clock.ts";

/** Schedule fn as a host macrotask (setImmediate in Node, a MessageChannel post in a worker). */
export type Macrotask = (fn: () => void) => void;

/** Real time a task may run before need_resched() says yield (CONFIG_HZ=250's 4 ms tick). */
export const SLICE_MS = 4;

export class Scheduler {
  private runqueue: (() => void)[] = [];
  private tickScheduled = false;

  constructor(
    private readonly clock: Clock,
    private readonly macrotask: Macrotask,
  ) {}

  /** sched_yield(): resume after every other runnable task had its turn. */
  yield(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.runqueue.push(resolve);
      this.kick();
    });
  }

  /** A task went to sleep or the machine changed: make sure a tick runs (the idle check). */
  kick(): void {
    if (this.tickScheduled) return;
    this.tickScheduled = true;
    this.macrotask(this.tick);
  }

  get runnable(): number {
    return this.runqueue.length;
  }

  private readonly tick = (): void => {
    this.tickScheduled = false;
    const q = this.runqueue;
    if (q.length === 0) {
      // Everyone sleeps. On a virtual clock, jump to the next timer; its wake-ups run as
      // microtasks, and another idle check follows if they go back to sleep.
      if (this.clock.idle()) this.kick();
      return;
    }
    this.runqueue = [];
    for (const resume of q) resume();
  };
}
