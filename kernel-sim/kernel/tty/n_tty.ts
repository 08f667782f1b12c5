// The line discipline. Analogous to Linux's drivers/tty/n_tty.c: what happens to a byte typed
// on a terminal before a program reads it (input processing, ^C ^Z ^\ as signals, echo, the
// canonical-mode line editor: erase, kill, word erase, ^D), and to a byte a program writes
// before the terminal shows it (OPOST/ONLCR). Behaviour from termios(3).

import {
  ECHO, ECHOCTL, ECHOE, ECHOK, ECHOKE, ECHONL, ICANON, ICRNL, IGNCR, INLCR, ISIG, IEXTEN, NOFLSH, ONLCR, OPOST,
  VEOF, VEOL, VEOL2, VERASE, VINTR, VKILL, VLNEXT, VQUIT, VSUSP, VWERASE,
  type Termios,
} from "../../uapi/termios.ts";
import { SIGINT, SIGQUIT, SIGTSTP } from "../../uapi/signal.ts";

/**
 * N_TTY_BUF_SIZE: input held at most. When it is full, further bytes wait in the tty (see
 * Tty.input) until a read makes room; only a canonical line that alone fills the buffer drops
 * what is typed past it (still echoed), so its newline can still end it.
 */
export const N_TTY_BUF_SIZE = 4096;

export interface LdiscHost {
  termios: Termios;
  /** Echo / output bytes towards the terminal (the master side). */
  echo(bytes: number[]): void;
  /** ISIG: signal the foreground process group. */
  signal(sig: number): void;
  /** Input became readable (a line completed, or raw bytes arrived). */
  inputReady(): void;
}

export class NTty {
  /** Completed input, ready for read(): bytes, with EOF marks as -1 (a ^D at line start). */
  readonly ready: number[] = [];
  /** The line being edited in canonical mode. */
  private line: number[] = [];
  private lnext = false;

  constructor(private readonly tty: LdiscHost) {}

  /** Bytes that read() can return now (FIONREAD). */
  get available(): number {
    let n = 0;
    for (const b of this.ready) if (b >= 0) n++;
    return n;
  }

  /** Has read() something to return (data or an EOF mark)? */
  get readable(): boolean {
    return this.ready.length > 0;
  }

  /** Flush pending input (tcflush(TCIFLUSH), or on a signal character). */
  flushInput(): void {
    this.ready.length = 0;
    this.line = [];
  }

  /** Canonical mode was switched off: the partial line becomes readable as is. */
  canonOff(): void {
    if (this.line.length) {
      this.ready.push(...this.line);
      this.line = [];
      this.tty.inputReady();
    }
  }

  /**
   * n_tty_receive_buf_common(): bytes from the keyboard, as many as there is room for; returns
   * how many were taken. No room: with a complete line waiting, or in non-canonical mode, the
   * rest waits for a read; a canonical line that fills the buffer by itself takes (and drops)
   * everything, which is Linux's "overflow" case.
   */
  receive(bytes: Uint8Array): number {
    const canon = (this.tty.termios.lflag & ICANON) !== 0;
    for (let i = 0; i < bytes.length; i++) {
      if (this.ready.length + this.line.length >= N_TTY_BUF_SIZE - 1 && !(canon && this.ready.length === 0)) return i;
      this.receiveByte(bytes[i]!);
    }
    return bytes.length;
  }

  private receiveByte(c: number): void {
    const t = this.tty.termios;
    const cc = t.cc;
    const canon = (t.lflag & ICANON) !== 0;
    if (this.lnext) {
      this.lnext = false;
      this.put(c, true);
      return;
    }
    if (c === 13) {
      if (t.iflag & IGNCR) return;
      if (t.iflag & ICRNL) c = 10;
    } else if (c === 10 && t.iflag & INLCR) c = 13;

    if (t.lflag & ISIG) {
      const sig = c === cc[VINTR] ? SIGINT : c === cc[VQUIT] ? SIGQUIT : c === cc[VSUSP] ? SIGTSTP : 0;
      if (sig && c !== 0) {
        if (!(t.lflag & NOFLSH)) this.flushInput();
        if (t.lflag & ECHO) this.echoChar(c);
        this.tty.signal(sig);
        return;
      }
    }
    if (canon) {
      if (c === cc[VERASE] || (c === 8 && cc[VERASE] === 127)) return this.erase(1);
      if (c === cc[VKILL]) return this.erase(Infinity);
      if (t.lflag & IEXTEN) {
        if (c === cc[VWERASE]) return this.eraseWord();
        if (c === cc[VLNEXT]) {
          this.lnext = true;
          if (t.lflag & ECHO && t.lflag & ECHOCTL) this.tty.echo([0x5e, 8]);
          return;
        }
      }
      if (c === cc[VEOF] && c !== 0) {
        // ^D: the line so far is readable without a newline; on an empty line it is EOF.
        if (this.line.length === 0) this.ready.push(-1);
        else this.ready.push(...this.line);
        this.line = [];
        this.tty.inputReady();
        return;
      }
      if (c === 10 || (c === cc[VEOL] && c !== 0) || (c === cc[VEOL2] && c !== 0)) {
        if (t.lflag & ECHO || (c === 10 && t.lflag & ECHONL)) this.tty.echo([10]);
        this.line.push(c);
        this.ready.push(...this.line);
        this.line = [];
        this.tty.inputReady();
        return;
      }
    }
    this.put(c, false);
  }

  private put(c: number, literal: boolean): void {
    const t = this.tty.termios;
    if (this.ready.length + this.line.length >= N_TTY_BUF_SIZE - 1) {
      // Overflow: a canonical line that fills the buffer alone (receive() lets nothing else
      // here). Linux echoes the character and keeps it out of the line, so the line is 4095
      // bytes and its newline still ends it.
      if (t.lflag & ECHO) this.echoChar(c, literal);
      return;
    }
    if (t.lflag & ECHO) this.echoChar(c, literal);
    if (t.lflag & ICANON) this.line.push(c);
    else {
      this.ready.push(c);
      // Non-canonical: a reader wakes for any byte (VMIN is 1 for everything we run; a reader
      // wanting more re-checks its own condition).
      this.tty.inputReady();
    }
  }

  private echoChar(c: number, _literal = false): void {
    const t = this.tty.termios;
    if (t.lflag & ECHOCTL && (c < 32 || c === 127) && c !== 9 && c !== 10) {
      this.tty.echo([0x5e, c === 127 ? 0x3f : c + 64]); // ^C, ^?
    } else {
      this.tty.echo([c]);
    }
  }

  /** Width a character took on screen when echoed (control chars echo as two). */
  private width(c: number): number {
    const t = this.tty.termios;
    if (t.lflag & ECHOCTL && (c < 32 || c === 127) && c !== 9) return 2;
    // UTF-8 continuation bytes take no column of their own.
    if ((c & 0xc0) === 0x80) return 0;
    return 1;
  }

  private erase(n: number): void {
    const t = this.tty.termios;
    const killAll = n === Infinity;
    if (killAll && !(t.lflag & ECHOK) && !(t.lflag & ECHOKE) && t.lflag & ECHO) {
      this.line = [];
      this.echoChar(t.cc[VKILL]!);
      this.tty.echo([10]);
      return;
    }
    while (n-- > 0 && this.line.length > 0) {
      // Take a whole UTF-8 sequence off at once.
      let c = this.line.pop()!;
      let w = this.width(c);
      while ((c & 0xc0) === 0x80 && this.line.length > 0) {
        c = this.line.pop()!;
        w += this.width(c);
      }
      if (t.lflag & ECHO && t.lflag & ECHOE) for (let i = 0; i < w; i++) this.tty.echo([8, 32, 8]);
    }
  }

  private eraseWord(): void {
    const isSpace = (c: number): boolean => c === 32 || c === 9;
    while (this.line.length > 0 && isSpace(this.line[this.line.length - 1]!)) this.erase(1);
    while (this.line.length > 0 && !isSpace(this.line[this.line.length - 1]!)) this.erase(1);
  }

  /** read(): take up to count bytes; returns null at an EOF mark (read returns 0). */
  take(count: number): Uint8Array | null {
    if (this.ready[0] === -1) {
      this.ready.shift();
      return null;
    }
    const canon = (this.tty.termios.lflag & ICANON) !== 0;
    const out: number[] = [];
    while (out.length < count && this.ready.length > 0) {
      const c = this.ready[0]!;
      if (c === -1) break;
      this.ready.shift();
      out.push(c);
      if (canon && c === 10) break; // one line per read in canonical mode
    }
    return Uint8Array.from(out);
  }
}

/** OPOST processing of bytes a program writes (n_tty's process_output). */
export function processOutput(t: Termios, data: Uint8Array): Uint8Array {
  if (!(t.oflag & OPOST) || !(t.oflag & ONLCR)) return data;
  let nl = 0;
  for (const b of data) if (b === 10) nl++;
  if (nl === 0) return data;
  const out = new Uint8Array(data.length + nl);
  let o = 0;
  for (const b of data) {
    if (b === 10) out[o++] = 13;
    out[o++] = b;
  }
  return out;
}
