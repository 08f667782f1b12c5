// A terminal for the unit tests of interactive programs: a FakeSys (files) whose fd 0 is a
// keyboard the test types into and whose fd 1 and 2 go to `output` (with ONLCR, as a pty's
// OPOST would). Termios calls keep the settings; the window size is fixed at creation.
// Used only by *.test.ts files.

import type { Sys, SigAction } from "../sys.ts";
import { FakeSys } from "../fake_sys.ts";
import { defaultTermios, type Termios } from "../../../uapi/termios.ts";
import { encode, decode } from "../text.ts";

export class FakeTty {
  readonly fs: FakeSys;
  readonly sys: Sys;
  private input: number[] = [];
  private wake: (() => void) | null = null;
  private idleWaiters: (() => void)[] = [];
  termios: Termios = defaultTermios();
  output = "";
  /** Output since the last take(). */
  private fresh = "";
  private sink: ((s: string) => void) | null = null;
  closed = false;

  constructor(readonly size = { rows: 24, cols: 80 }, fs = new FakeSys({ cwd: "/root" })) {
    this.fs = fs;
    const base = fs.sys;
    const write = async (fd: number, data: Uint8Array | string): Promise<number> => {
      if (fd !== 1 && fd !== 2) return base.write(fd, data);
      const s = typeof data === "string" ? data : decode(data);
      const o = s.replace(/\n/g, "\r\n");
      this.output += o;
      this.fresh += o;
      this.sink?.(o);
      return typeof data === "string" ? encode(data).length : data.length;
    };
    const read = async (fd: number, count: number): Promise<Uint8Array> => {
      if (fd !== 0) return base.read(fd, count);
      while (this.input.length === 0) {
        if (this.closed) return new Uint8Array(0);
        for (const w of this.idleWaiters.splice(0)) w();
        await new Promise<void>((r) => (this.wake = r));
      }
      return Uint8Array.from(this.input.splice(0, count));
    };
    const handlers = new Map<number, SigAction>();
    const overrides: Partial<Sys> = {
      read,
      write,
      ioctl_tcgets: (fd) => {
        if (fd > 2) return base.ioctl_tcgets(fd);
        return { ...this.termios, cc: [...this.termios.cc] };
      },
      ioctl_tcsets: (_fd, _how, t) => void (this.termios = { ...t, cc: [...t.cc] }),
      ioctl_tiocgwinsz: () => ({ ...this.size }),
      ioctl_fionread: (fd) => (fd === 0 ? this.input.length : 0),
      sigaction: (sig, act) => {
        const old = handlers.get(sig) ?? { handler: "default" };
        if (act) handlers.set(sig, act);
        return old;
      },
      getuid: () => 0,
      geteuid: () => 0,
    };
    this.sys = new Proxy(base, {
      get: (target, prop, recv) => (prop in overrides ? overrides[prop as keyof Sys] : Reflect.get(target, prop, recv)),
    });
  }

  /** Keystrokes, as a terminal sends them ("\r" for Enter, "\x1b[A" for Up). */
  type(s: string | Uint8Array): void {
    for (const b of typeof s === "string" ? encode(s) : s) this.input.push(b);
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  /** End of input (the terminal hung up). */
  close(): void {
    this.closed = true;
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  /** Resolves when the program has read everything typed and waits for more. */
  idle(): Promise<void> {
    if (this.input.length === 0 && this.wake) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  /** Output since the last call. */
  take(): string {
    const s = this.fresh;
    this.fresh = "";
    return s;
  }

  /** Send output to a terminal emulator as well. */
  onOutput(sink: (s: string) => void): void {
    this.sink = sink;
    if (this.output) sink(this.output);
  }
}
