// The one clock of a machine (DESIGN.md "One Clock interface"). Monotonic time is a number of
// nanoseconds since boot; wall time adds the boot instant. Two kinds:
// - RealClock follows the host's performance.now(): what the app and the interactive CLI use.
// - VirtualClock advances only when the scheduler says so: by the CPU time tasks really used
//   while something was runnable, and straight to the next timer when every task sleeps. So
//   `sleep 100` in a test takes no real time, and the same script gives the same times.

export interface Clock {
  /** Nanoseconds since boot (CLOCK_MONOTONIC / CLOCK_BOOTTIME). */
  now(): number;
  /** Nanoseconds since the epoch (CLOCK_REALTIME). */
  realtime(): bigint;
  /** clock_settime(CLOCK_REALTIME): wall time jumps to ns; monotonic time and timers do not move. */
  settime(ns: bigint): void;
  /** Run fn once monotonic time reaches deadline (ns). Returns a cancel function. */
  setTimer(deadline: number, fn: () => void): () => void;
  /** Virtual clocks only: called by the scheduler when no task can run. Returns true if a timer fired. */
  idle(): boolean;
  /** Virtual clocks only: charge ns of CPU time that passed while tasks ran. */
  advance(ns: number): void;
  readonly virtual: boolean;
}

/** Timers kept in deadline order: a binary heap (the timer wheel's job in Linux). */
class TimerHeap {
  private heap: { deadline: number; seq: number; fn: () => void; dead: boolean }[] = [];
  private seq = 0;

  push(deadline: number, fn: () => void): () => void {
    const t = { deadline, seq: this.seq++, fn, dead: false };
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.less(h[p]!, h[i]!)) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
    return () => {
      t.dead = true;
    };
  }

  private less(a: { deadline: number; seq: number }, b: { deadline: number; seq: number }): boolean {
    return a.deadline < b.deadline || (a.deadline === b.deadline && a.seq < b.seq);
  }

  peek(): { deadline: number; fn: () => void; dead: boolean } | undefined {
    while (this.heap.length > 0 && this.heap[0]!.dead) this.pop();
    return this.heap[0];
  }

  pop(): { deadline: number; fn: () => void; dead: boolean } | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}

export class VirtualClock implements Clock {
  readonly virtual = true;
  private ns = 0;
  private readonly timers = new TimerHeap();

  constructor(private readonly bootEpochNs: bigint = 1767225600_000_000_000n /* 2026-01-01T00:00:00Z */) {}

  now(): number {
    return this.ns;
  }
  /** What clock_settime added to the wall time (ns). */
  private offset = 0n;

  realtime(): bigint {
    return this.bootEpochNs + this.offset + BigInt(Math.floor(this.ns));
  }
  settime(ns: bigint): void {
    this.offset += ns - this.realtime();
  }
  setTimer(deadline: number, fn: () => void): () => void {
    return this.timers.push(deadline, fn);
  }
  advance(ns: number): void {
    this.ns += ns;
    this.fireDue();
  }
  idle(): boolean {
    const t = this.timers.peek();
    if (!t) return false;
    if (t.deadline > this.ns) this.ns = t.deadline;
    return this.fireDue();
  }
  private fireDue(): boolean {
    let fired = false;
    for (let t = this.timers.peek(); t && t.deadline <= this.ns; t = this.timers.peek()) {
      this.timers.pop();
      fired = true;
      t.fn();
    }
    return fired;
  }
}

export class RealClock implements Clock {
  readonly virtual = false;
  private readonly t0 = performance.now();
  private readonly bootEpochNs = BigInt(Math.round((performance.timeOrigin + this.t0) * 1e6));

  now(): number {
    return (performance.now() - this.t0) * 1e6;
  }
  private offset = 0n;

  realtime(): bigint {
    return this.bootEpochNs + this.offset + BigInt(Math.round(this.now()));
  }
  settime(ns: bigint): void {
    this.offset += ns - this.realtime();
  }
  setTimer(deadline: number, fn: () => void): () => void {
    const h = setTimeout(fn, Math.max(0, (deadline - this.now()) / 1e6));
    return () => clearTimeout(h);
  }
  idle(): boolean {
    return false;
  }
  advance(_ns: number): void {}
}
