// The full-screen terminal toolkit nano, vi, less, man and top share (what ncurses is to the
// real ones): raw keyboard input a key at a time, the alternate screen, the window size and
// SIGWINCH, and painting a frame of rows where only the rows that changed are written again.

import type { Sys } from "../lib/sys.ts";
import type { Termios } from "../../uapi/termios.ts";
import { Errno, EINTR } from "../../uapi/errno.ts";
import { SIGWINCH } from "../../uapi/signal.ts";
import { writeAll } from "../lib/stdio.ts";
import { KeyDecoder } from "../lib/readline/keys.ts";
import { readKeyBytes } from "../lib/readline/read_key.ts";
import { enterRaw, leaveRaw, winsize, charWidth } from "../lib/readline/term.ts";

export const REVERSE = "\x1b[7m";
export const BOLD = "\x1b[1m";
export const UNDERLINE = "\x1b[4m";
export const NORMAL = "\x1b[0m";

/** Cut or pad plain text to exactly n columns. */
export function fit(s: string, n: number): string {
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > n) break;
    out += ch;
    w += cw;
  }
  return out + " ".repeat(Math.max(0, n - w));
}

export class Tui {
  rows = 24;
  cols = 80;
  private saved: Termios | null = null;
  private oldWinch: ReturnType<Sys["sigaction"]> | null = null;
  private winch = false;
  private shown: string[] = [];
  private readonly decoder = new KeyDecoder();
  private queue: string[] = [];
  private out = "";

  constructor(
    private readonly sys: Sys,
    private readonly inFd = 0,
    private readonly outFd = 1,
  ) {}

  /** Raw mode and the alternate screen (smcup), as curses' initscr() does. */
  start(keepSignals = false, altScreen = true): void {
    this.saved = enterRaw(this.sys, this.inFd, keepSignals);
    this.oldWinch = this.sys.sigaction(SIGWINCH, { handler: () => void (this.winch = true) });
    this.measure();
    if (altScreen) this.out += "\x1b[?1049h";
    this.out += "\x1b[H\x1b[2J";
    this.shown = [];
  }

  /** Back to the normal screen and the saved terminal settings (endwin()). */
  async stop(altScreen = true): Promise<void> {
    if (altScreen) this.out += "\x1b[?1049l";
    await this.flush();
    if (this.saved) leaveRaw(this.sys, this.inFd, this.saved);
    if (this.oldWinch) this.sys.sigaction(SIGWINCH, this.oldWinch);
  }

  private measure(): void {
    const ws = winsize(this.sys, this.outFd);
    this.rows = ws.rows;
    this.cols = ws.cols;
  }

  /** Draw a frame: one string per row (with SGR codes), and where the cursor goes. */
  paint(lines: string[], cursor: { row: number; col: number } | null): void {
    let s = "\x1b[?25l";
    for (let r = 0; r < this.rows; r++) {
      const l = lines[r] ?? "";
      if (this.shown[r] === l) continue;
      s += `\x1b[${r + 1};1H${l}${NORMAL}\x1b[K`;
      this.shown[r] = l;
    }
    if (cursor) s += `\x1b[${cursor.row + 1};${cursor.col + 1}H\x1b[?25h`;
    this.out += s;
  }

  /** Forget what the screen shows (after a resize or ^L): the next paint draws every row. */
  invalidate(): void {
    this.shown = [];
    this.out += "\x1b[H\x1b[2J";
  }

  write(s: string): void {
    this.out += s;
  }

  async flush(): Promise<void> {
    if (!this.out) return;
    const s = this.out;
    this.out = "";
    await writeAll(this.sys, this.outFd, s).catch(() => {});
  }

  /**
   * The next key; "Resize" after SIGWINCH (rows/cols updated, screen invalidated); "EOF"
   * when the terminal is gone. Flushes pending output first.
   */
  async key(): Promise<string> {
    await this.flush();
    for (;;) {
      const q = this.queue.shift();
      if (q !== undefined) return q;
      let b: Uint8Array;
      try {
        b = await readKeyBytes(this.sys, this.inFd);
      } catch (e) {
        if (e instanceof Errno && e.errno === EINTR) {
          if (this.winch) {
            this.winch = false;
            this.measure();
            this.invalidate();
            return "Resize";
          }
          continue;
        }
        return "EOF";
      }
      if (b.length === 0) return "EOF";
      this.queue.push(...this.decoder.decode(b));
    }
  }

  /** Wait for a key at most ms milliseconds (top's refresh); null when the time ran out. */
  async keyWithin(ms: number): Promise<string | null> {
    await this.flush();
    if (this.queue.length) return this.queue.shift()!;
    try {
      const ready = await this.sys.poll([{ fd: this.inFd, events: 1 }], ms);
      if (!ready.some((r) => r !== 0)) return null;
    } catch (e) {
      if (e instanceof Errno && e.errno === EINTR) {
        if (this.winch) {
          this.winch = false;
          this.measure();
          this.invalidate();
          return "Resize";
        }
        return null;
      }
      throw e;
    }
    return this.key();
  }
}
