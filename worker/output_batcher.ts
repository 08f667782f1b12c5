// Terminal output from the kernel arrives in many small writes (a prompt is several). The
// batcher joins them and hands the page at most one batch per animation frame (FRAME_MS), but
// sends a lone keystroke's echo at once: the first write after a quiet frame goes out on the
// next macrotask, so typing feels native while `cat bigfile` costs ~60 messages a second.

export const FRAME_MS = 16;

export class OutputBatcher {
  private chunks: Uint8Array[] = [];
  private bytes = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = -Infinity;

  constructor(
    private readonly sink: (batch: Uint8Array) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    // The kernel may reuse its buffer after the write returns: keep a copy.
    this.chunks.push(chunk.slice());
    this.bytes += chunk.length;
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastFlush + FRAME_MS - this.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  /** Send what is pending now. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.bytes === 0) return;
    let batch: Uint8Array;
    if (this.chunks.length === 1) batch = this.chunks[0]!;
    else {
      batch = new Uint8Array(this.bytes);
      let o = 0;
      for (const c of this.chunks) {
        batch.set(c, o);
        o += c.length;
      }
    }
    this.chunks = [];
    this.bytes = 0;
    this.lastFlush = this.now();
    this.sink(batch);
  }
}
