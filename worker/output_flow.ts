// Flow control between the machine and the page's terminal (xterm.js's "watermark" scheme):
// bytes the programs wrote but xterm has not yet drawn are counted; past HIGH_WATER the pty
// pauses its writers, and below LOW_WATER they go on. Without it a `yes` runs far ahead of the
// screen - megabytes queue in the page, and ^C seems to do nothing for seconds while they drain.

/**
 * Bytes in flight (queued in the worker, posted, not yet parsed by xterm) before writers wait.
 * Measured with `npm run bench:web` (^C-to-prompt under `yes`, cat of 5 MB): 128/64 KiB gave
 * ~110-150 ms and ~920 ms, 256/128 ~100-170 ms and ~580-740 ms, 512/256 ~260 ms and ~660 ms;
 * no flow control ~5.5 s and ~600 ms.
 */
export const HIGH_WATER = 256 * 1024;
/** Writers go on once the page has caught up to this. */
export const LOW_WATER = 128 * 1024;

export class OutputFlow {
  private produced = 0;
  private drawn = 0;
  /** Writers are waiting (a new login on the terminal starts paused too). */
  paused = false;

  constructor(
    private readonly pause: () => void,
    private readonly resume: () => void,
  ) {}

  /** Bytes in flight. */
  get inFlight(): number {
    return this.produced - this.drawn;
  }

  /** A program wrote n bytes to the terminal. */
  wrote(n: number): void {
    this.produced += n;
    if (!this.paused && this.inFlight > HIGH_WATER) {
      this.paused = true;
      this.pause();
    }
  }

  /** The page has drawn n more bytes. */
  drew(n: number): void {
    this.drawn = Math.min(this.produced, this.drawn + n);
    if (this.paused && this.inFlight <= LOW_WATER) {
      this.paused = false;
      this.resume();
    }
  }
}
