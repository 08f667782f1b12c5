// Pseudo-terminals. Analogous to Linux's drivers/tty/pty.c with devpts: opening /dev/ptmx
// makes a pair, the slave appears as /dev/pts/N. The master's other end is either a File in
// the machine (a program that opened /dev/ptmx) or the host: the CLI's terminal or the page's
// xterm, attached through a PtyEndpoint (keystrokes in, screen bytes out, window size).

import type { Kernel } from "../kernel.ts";
import type { Task } from "../task/task.ts";
import { File, type FileOperations } from "../vfs/file.ts";
import { WaitQueue } from "../sched/waitqueue.ts";
import { Tty, ttyFileOps, ptsDev } from "./tty.ts";
import type { TtyDevice, TtyDriver } from "./index.ts";
import { EAGAIN, EIO, ENOENT, ENXIO, Errno } from "../../uapi/errno.ts";
import { O_NOCTTY, O_NONBLOCK } from "../../uapi/fcntl.ts";
import { TIOCGPTN, TIOCSPTLCK, type Winsize } from "../../uapi/termios.ts";
import { POLLIN, POLLOUT } from "../../userland/lib/sys.ts";

/** The host's side of a pty: what a terminal emulator holds. */
export interface PtyEndpoint {
  readonly index: number;
  /** Keystrokes (already encoded as the terminal sends them). */
  write(bytes: Uint8Array): void;
  /** The terminal's size changed (sends SIGWINCH to the foreground group). */
  resize(rows: number, cols: number): void;
  /** The terminal went away: hang up the session. */
  close(): void;
  /**
   * The terminal has fallen behind drawing what it was sent: programs writing to the pty block
   * until resumeOutput() (the flow control a real pty gets from its master not reading).
   */
  pauseOutput(): void;
  resumeOutput(): void;
  readonly tty: Tty;
}

class PtyPair {
  readonly tty: Tty;
  /** Bytes for the master's reader when no host endpoint is attached. */
  private out: Uint8Array[] = [];
  readonly masterWait = new WaitQueue();
  sink: ((b: Uint8Array) => void) | null = null;
  slaveOpens = 0;

  constructor(readonly index: number) {
    this.tty = new Tty(`pts/${index}`, ptsDev(index), (b) => this.toMaster(b));
  }

  private toMaster(b: Uint8Array): void {
    if (this.sink) this.sink(b);
    else {
      this.out.push(b);
      this.masterWait.wakeUp();
    }
  }

  async masterRead(file: File, count: number, t: Task): Promise<Uint8Array> {
    if (this.out.length === 0) {
      if (file.flags & O_NONBLOCK) throw new Errno(EAGAIN);
      await t.waitEvent(this.masterWait, () => this.out.length > 0);
    }
    const first = this.out[0]!;
    if (first.length <= count) {
      this.out.shift();
      return first;
    }
    this.out[0] = first.subarray(count);
    return first.subarray(0, count);
  }

  get masterReadable(): boolean {
    return this.out.length > 0;
  }
}

const masterOps: FileOperations = {
  read: (f, count, t) => (f.priv as PtyPair).masterRead(f, count, t),
  write: (f, data) => {
    (f.priv as PtyPair).tty.input(data);
    return data.length;
  },
  poll: (f) => ((f.priv as PtyPair).masterReadable ? POLLIN : 0) | POLLOUT,
  pollQueue: (f) => (f.priv as PtyPair).masterWait,
  ioctl: (f, req, arg, t) => {
    const pair = f.priv as PtyPair;
    if (req === TIOCGPTN) return pair.index;
    if (req === TIOCSPTLCK) return 0;
    return pair.tty.ioctl(req, arg, t);
  },
  release: (f) => (f.priv as PtyPair).tty.hangup(),
};

/** The devpts instance and /dev/tty: registered as kernel.subsys "tty". */
export class PtyDriver implements TtyDriver {
  private readonly pairs = new Map<number, PtyPair>();

  constructor(private readonly kernel: Kernel) {
    kernel.subsys.set("tty", this);
  }

  private alloc(): PtyPair {
    let i = 0;
    while (this.pairs.has(i)) i++;
    const p = new PtyPair(i);
    this.pairs.set(i, p);
    return p;
  }

  /** A pty whose master is the host's terminal. */
  attachHost(onOutput: (bytes: Uint8Array) => void, size: Winsize = { rows: 24, cols: 80 }): PtyEndpoint {
    const pair = this.alloc();
    pair.sink = onOutput;
    pair.tty.winsize = { ...size };
    return {
      index: pair.index,
      tty: pair.tty,
      write: (b) => pair.tty.input(b),
      resize: (rows, cols) => pair.tty.setWinsize({ rows, cols }),
      pauseOutput: () => pair.tty.pauseOutput(),
      resumeOutput: () => pair.tty.resumeOutput(),
      close: () => {
        pair.sink = null;
        pair.tty.hangup();
        this.pairs.delete(pair.index);
      },
    };
  }

  open(task: Task, dev: TtyDevice, flags: number): File {
    if (dev === "ptmx") {
      const pair = this.alloc();
      return new File(masterOps, flags, pair, "/dev/ptmx");
    }
    let tty: Tty;
    let path: string;
    if (dev === "tty") {
      // /dev/tty is the caller's controlling terminal, whichever that is.
      if (!task.ctty) throw new Errno(ENXIO);
      tty = task.ctty as Tty;
      return new File(ttyFileOps, flags, tty, `/dev/${tty.name}`);
    } else if (dev === "console") {
      const first = this.pairs.get(0);
      if (!first) throw new Errno(ENXIO);
      tty = first.tty;
      path = "/dev/console";
    } else {
      const pair = this.pairs.get(dev.pts);
      if (!pair) throw new Errno(ENOENT);
      if (pair.tty.hungUp) throw new Errno(EIO);
      tty = pair.tty;
      path = `/dev/pts/${dev.pts}`;
    }
    if (!(flags & O_NOCTTY)) tty.maybeAcquire(task, false);
    return new File(ttyFileOps, flags, tty, path);
  }

  ptsIndexes(): number[] {
    return [...this.pairs.keys()].sort((a, b) => a - b);
  }

  ptsAttr(index: number): { uid: number; gid: number; mode: number } | undefined {
    const p = this.pairs.get(index);
    return p ? { uid: p.tty.uid, gid: p.tty.gid, mode: p.tty.mode } : undefined;
  }
}
