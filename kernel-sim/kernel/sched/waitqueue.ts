// Wait queues: how a task sleeps until something happens. Analogous to Linux's
// wait_queue_head_t with wait_event_interruptible(). Pipes, ttys, wait4, FIFO opens and timers
// all block through this one mechanism, so signal interruption is handled in one place
// (Task.waitEvent in task/task.ts).

export type Waker = () => void;

export class WaitQueue {
  private readonly waiters = new Set<Waker>();

  /** Register a waker; returns the function that removes it. */
  add(w: Waker): () => void {
    this.waiters.add(w);
    return () => this.waiters.delete(w);
  }

  /** Wake every sleeper: each re-checks its condition (wake_up_interruptible_all). */
  wakeUp(): void {
    if (this.waiters.size === 0) return;
    for (const w of [...this.waiters]) w();
  }

  get size(): number {
    return this.waiters.size;
  }
}
