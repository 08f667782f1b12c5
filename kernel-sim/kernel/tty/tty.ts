// A terminal. Analogous to Linux's struct tty_struct (drivers/tty/tty_io.c, tty_jobctrl.c):
// termios and window size, the line discipline, the session it controls and its foreground
// process group, and job control checks (a background read gets SIGTTIN, a background write
// with TOSTOP gets SIGTTOU). The other end is a pty master: inside the machine a File opened
// from /dev/ptmx, or the host's terminal (the CLI's or the page's xterm) through a PtyEndpoint.

import type { Task } from "../task/task.ts";
import type { Pid } from "../task/pid.ts";
import { File, type FileOperations } from "../vfs/file.ts";
import { WaitQueue } from "../sched/waitqueue.ts";
import { NTty, processOutput } from "./n_tty.ts";
import { defaultTermios, ICANON, TOSTOP, type Termios, type Winsize } from "../../uapi/termios.ts";
import {
  FIONREAD, TCGETS, TCSETS, TCSETSF, TCSETSW, TIOCGPGRP, TIOCGSID, TIOCGWINSZ, TIOCNOTTY, TIOCSCTTY, TIOCSPGRP, TIOCSWINSZ,
} from "../../uapi/termios.ts";
import { EAGAIN, EINVAL, EIO, ENOTTY, EPERM, Errno } from "../../uapi/errno.ts";
import { O_NONBLOCK } from "../../uapi/fcntl.ts";
import { SIGCONT, SIGHUP, SIGTTIN, SIGTTOU, SIGWINCH } from "../../uapi/signal.ts";
import { killPgrp, sendSignal } from "../signal/send.ts";
import { pgrpIsOrphaned } from "../signal/deliver.ts";
import { sigmask } from "../signal/sighand.ts";
import { POLLHUP, POLLIN, POLLOUT } from "../../userland/lib/sys.ts";
import { S_IFCHR, makedev, type Stat } from "../../uapi/stat.ts";
import { CAP_SYS_ADMIN } from "../cred/cred.ts";

/** Input a tty holds for its line discipline at most (a paste of a few MB still fits). */
const PENDING_MAX = 4 << 20;

export class Tty {
  termios: Termios = defaultTermios();
  winsize: Winsize = { rows: 24, cols: 80 };
  /** The session this is the controlling terminal of, and its foreground group. */
  session: Pid | null = null;
  pgrp: Pid | null = null;
  readonly ldisc: NTty;
  /** Woken when input arrives or the tty hangs up (readers and poll sleep here). */
  readonly readWait = new WaitQueue();
  /** Input waiting for room in the line discipline (see input()). */
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** The master side closed: reads give EOF, writes EIO. */
  hungUp = false;
  /**
   * The master has fallen behind (a terminal emulator still drawing what it was sent): writers
   * sleep on writeWait until it catches up, as they do on Linux when a pty master stops reading
   * and the buffer between the two sides is full. This is what lets ^C stop `yes` at once.
   */
  private outputPaused = false;
  readonly writeWait = new WaitQueue();
  /** Owner of the slave device node (chown'd to the user who logs in on it). */
  uid = 0;
  gid = 5; // tty group
  mode = 0o620;

  constructor(
    /** "pts/0": the name under /dev. */
    readonly name: string,
    readonly rdev: number,
    /** Bytes going to the terminal's screen (the master side). */
    private readonly toMaster: (bytes: Uint8Array) => void,
  ) {
    this.ldisc = new NTty(this.ldiscHost());
  }

  private ldiscHost(): ConstructorParameters<typeof NTty>[0] {
    const self = this;
    return {
      get termios() {
        return self.termios;
      },
      echo: (b) => this.toMaster(processOutput(this.termios, Uint8Array.from(b))),
      signal: (sig) => {
        if (this.pgrp) killPgrp(this.pgrp, sig);
      },
      inputReady: () => this.readWait.wakeUp(),
    };
  }

  /** tty_do_resize(): a new size, and SIGWINCH to the foreground group if it changed. */
  setWinsize(ws: Winsize): void {
    if (ws.rows === this.winsize.rows && ws.cols === this.winsize.cols) return;
    this.winsize = { rows: ws.rows, cols: ws.cols };
    if (this.pgrp) killPgrp(this.pgrp, SIGWINCH);
  }

  /**
   * Keyboard input from the master side. What the line discipline has no room for waits here
   * (Linux's flip buffer, where a pty writer's bytes queue) and goes in as reads make room, so
   * a long paste arrives whole. Past PENDING_MAX a runaway writer's bytes are dropped.
   */
  input(bytes: Uint8Array): void {
    if (this.pendingBytes > 0) {
      if (this.pendingBytes + bytes.length > PENDING_MAX) return;
      this.pending.push(bytes);
      this.pendingBytes += bytes.length;
      return;
    }
    const n = this.ldisc.receive(bytes);
    if (n < bytes.length) {
      this.pending.push(bytes.subarray(n));
      this.pendingBytes += bytes.length - n;
    }
  }

  /** flush_to_ldisc(): feed waiting input once the line discipline has room again. */
  private refill(): void {
    while (this.pending.length > 0) {
      const b = this.pending[0]!;
      const n = this.ldisc.receive(b);
      this.pendingBytes -= n;
      if (n < b.length) {
        this.pending[0] = b.subarray(n);
        return;
      }
      this.pending.shift();
    }
  }

  /** The master side went away: hang up (SIGHUP + SIGCONT to the session's foreground group). */
  hangup(): void {
    this.hungUp = true;
    this.readWait.wakeUp();
    this.writeWait.wakeUp();
    if (this.pgrp) {
      killPgrp(this.pgrp, SIGHUP);
      killPgrp(this.pgrp, SIGCONT);
    }
    const leader = this.session?.task;
    if (leader) sendSignal(leader, SIGHUP, true);
  }

  /** The session leader exited (disassociate_ctty): the foreground group gets SIGHUP. */
  sessionLeaderExit(t: Task): void {
    if (this.session !== t.session) return;
    if (this.pgrp) {
      killPgrp(this.pgrp, SIGHUP);
      killPgrp(this.pgrp, SIGCONT);
    }
    for (const m of t.session.sessionMembers) if (m.ctty === this) m.ctty = null;
    this.session = null;
    this.pgrp = null;
  }

  /** Make this the controlling tty of t's session, if t leads a session that has none (tty_open). */
  maybeAcquire(t: Task, force: boolean): void {
    if (t.session.task !== t) return;
    if (t.ctty) return;
    if (this.session && this.session !== t.session && !(force && t.cred.capable(CAP_SYS_ADMIN))) return;
    this.session = t.session;
    this.pgrp = t.pgrp;
    for (const m of t.session.sessionMembers) m.ctty = this;
  }

  /**
   * tty_check_change() / job control on read: a background process reading its controlling
   * terminal gets SIGTTIN (EIO if it ignores or blocks it, or its group is orphaned).
   */
  private jobctlCheck(t: Task, sig: number): void {
    if (t.ctty !== this || !this.pgrp || t.pgrp === this.pgrp) return;
    const ignoredOrBlocked = t.sighand.action[sig]!.handler === "ignore" || (t.blocked & sigmask(sig)) !== 0n;
    if (sig === SIGTTOU && ignoredOrBlocked) return; // writes go through then
    if (ignoredOrBlocked || pgrpIsOrphaned(t)) throw new Errno(EIO);
    killPgrp(t.pgrp, sig);
    // The signal stops the group; the call restarts once it is continued (ERESTARTSYS).
    t.signalWakeUp();
  }

  async read(file: File, count: number, t: Task): Promise<Uint8Array> {
    this.jobctlCheck(t, SIGTTIN);
    if (t.sigPending) {
      await t.waitEvent([], () => false); // take the SIGTTIN now; restarted afterwards
    }
    if (!this.ldisc.readable) {
      if (this.hungUp) return new Uint8Array(0);
      if (file.flags & O_NONBLOCK) throw new Errno(EAGAIN);
      await t.waitEvent(this.readWait, () => this.ldisc.readable || this.hungUp);
      if (!this.ldisc.readable) return new Uint8Array(0);
    }
    const got = this.ldisc.take(count) ?? new Uint8Array(0);
    if (this.pendingBytes > 0) this.refill();
    return got;
  }

  write(file: File, data: Uint8Array, t: Task): number | Promise<number> {
    if (this.termios.lflag & TOSTOP) this.jobctlCheck(t, SIGTTOU);
    if (this.hungUp) throw new Errno(EIO);
    if (this.outputPaused) return this.writeWhenResumed(file, data, t);
    this.toMaster(processOutput(this.termios, data));
    return data.length;
  }

  /** n_tty_write's wait for room; a signal ends it (EINTR, or the restart the handler asks for). */
  private async writeWhenResumed(file: File, data: Uint8Array, t: Task): Promise<number> {
    if (file.flags & O_NONBLOCK) throw new Errno(EAGAIN);
    await t.waitEvent(this.writeWait, () => !this.outputPaused || this.hungUp);
    if (this.hungUp) throw new Errno(EIO);
    this.toMaster(processOutput(this.termios, data));
    return data.length;
  }

  /** The master cannot take more output for now (see outputPaused). */
  pauseOutput(): void {
    this.outputPaused = true;
  }

  resumeOutput(): void {
    if (!this.outputPaused) return;
    this.outputPaused = false;
    this.writeWait.wakeUp();
    this.readWait.wakeUp(); // poll() sleeps there, and POLLOUT is back
  }

  poll(): number {
    let m = this.outputPaused ? 0 : POLLOUT;
    if (this.ldisc.readable) m |= POLLIN;
    if (this.hungUp) m |= POLLHUP;
    return m;
  }

  ioctl(request: number, arg: unknown, t: Task): unknown {
    switch (request) {
      case TCGETS:
        return { ...this.termios, cc: [...this.termios.cc] };
      case TCSETS:
      case TCSETSW:
      case TCSETSF: {
        const n = arg as Termios;
        const wasCanon = (this.termios.lflag & ICANON) !== 0;
        this.termios = { iflag: n.iflag, oflag: n.oflag, cflag: n.cflag, lflag: n.lflag, cc: [...n.cc] };
        if (request === TCSETSF) {
          this.ldisc.flushInput();
          this.pending = [];
          this.pendingBytes = 0;
        }
        if (wasCanon && !(n.lflag & ICANON)) this.ldisc.canonOff();
        if (this.pendingBytes > 0) this.refill(); // the new mode may take what waited
        return 0;
      }
      case TIOCGWINSZ:
        return { ...this.winsize };
      case TIOCSWINSZ:
        this.setWinsize(arg as Winsize);
        return 0;
      case TIOCGPGRP:
        if (t.ctty !== this) throw new Errno(ENOTTY);
        return this.pgrp ? this.pgrp.nr(t.pidNs) : 0;
      case TIOCSPGRP: {
        if (t.ctty !== this || this.session !== t.session) throw new Errno(ENOTTY);
        const nr = arg as number;
        if (nr < 0) throw new Errno(EINVAL);
        const pg = t.pidNs.pids.get(nr);
        const member = pg ? [...pg.pgrpMembers][0] : undefined;
        if (!pg || !member) throw new Errno(EPERM);
        if (member.session !== t.session) throw new Errno(EPERM);
        // A background caller changing the foreground is itself a SIGTTOU case.
        this.jobctlCheck(t, SIGTTOU);
        this.pgrp = pg;
        return 0;
      }
      case TIOCGSID:
        if (t.ctty !== this || !this.session) throw new Errno(ENOTTY);
        return this.session.nr(t.pidNs);
      case TIOCSCTTY:
        if (t.session.task !== t || (t.ctty && t.ctty !== this)) throw new Errno(EPERM);
        if (this.session && this.session !== t.session && !(arg === 1 && t.cred.capable(CAP_SYS_ADMIN))) throw new Errno(EPERM);
        if (this.session && this.session !== t.session) for (const m of this.session.sessionMembers) if (m.ctty === this) m.ctty = null;
        this.session = null;
        this.maybeAcquire(t, true);
        return 0;
      case TIOCNOTTY:
        if (t.ctty !== this) throw new Errno(ENOTTY);
        if (t.session.task === t) this.sessionLeaderExit(t);
        else t.ctty = null;
        return 0;
      case FIONREAD:
        return this.ldisc.available;
      default:
        throw new Errno(ENOTTY);
    }
  }

  stat(): Stat {
    return {
      dev: 0x18,
      ino: 3 + (this.rdev & 0xff),
      mode: S_IFCHR | this.mode,
      nlink: 1,
      uid: this.uid,
      gid: this.gid,
      rdev: this.rdev,
      size: 0,
      blksize: 1024,
      blocks: 0,
      atimeNs: 0n,
      mtimeNs: 0n,
      ctimeNs: 0n,
      birthtimeNs: 0n,
    };
  }
}

/** File operations of an open terminal (the slave side); file.priv is the Tty. */
export const ttyFileOps: FileOperations = {
  read: (f, count, t) => (f.priv as Tty).read(f, count, t),
  write: (f, data, t) => (f.priv as Tty).write(f, data, t),
  poll: (f) => (f.priv as Tty).poll(),
  pollQueue: (f) => (f.priv as Tty).readWait,
  ioctl: (f, req, arg, t) => (f.priv as Tty).ioctl(req, arg, t),
  fstat: (f) => (f.priv as Tty).stat(),
};

/** The rdev of /dev/pts/N: UNIX98_PTY_SLAVE_MAJOR 136. */
export function ptsDev(index: number): number {
  return makedev(136 + (index >> 20), index & 0xfffff);
}
