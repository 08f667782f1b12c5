import { describe, expect, it } from "vitest";
import { runAsInit } from "../testing/machine.ts";
import { PtyDriver } from "./pty.ts";
import type { Sys } from "../../userland/lib/sys.ts";
import { O_RDWR } from "../../uapi/fcntl.ts";
import { WTERMSIG, WIFSTOPPED, WSTOPSIG, WUNTRACED } from "../../uapi/wait.ts";
import { SIGINT, SIGTSTP, SIGTTOU, SIGWINCH } from "../../uapi/signal.ts";
import { ECHO, ICANON } from "../../uapi/termios.ts";
import type { Kernel } from "../kernel.ts";
import type { SysImpl } from "../syscalls/sys_impl.ts";

const dec = (b: Uint8Array): string => new TextDecoder().decode(b);
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A session leader with /dev/pts/N as its controlling terminal on fds 0-2. */
function openPts(kernel: Kernel, sys: Sys, index: number): void {
  sys.setsid();
  const s = sys as SysImpl;
  const drv = kernel.subsys.get("tty") as PtyDriver;
  const f = drv.open(s.task, { pts: index }, O_RDWR);
  s.task.files.installAt(0, f);
  s.task.files.installAt(1, f.get());
  s.task.files.installAt(2, f.get());
}

function machine(body: (sys: Sys, kernel: Kernel) => Promise<number>) {
  let screen = "";
  let kernelRef: Kernel | undefined;
  let endpointResolve: (e: ReturnType<PtyDriver["attachHost"]>) => void = () => {};
  const endpoint = new Promise<ReturnType<PtyDriver["attachHost"]>>((r) => (endpointResolve = r));
  const m = runAsInit(async (sys) => {
    const k = kernelRef!;
    return body(sys, k);
  });
  kernelRef = m.kernel;
  const drv = new PtyDriver(m.kernel);
  endpointResolve(drv.attachHost((b) => (screen += dec(b))));
  return { ...m, endpoint, screen: () => screen };
}

describe("tty line discipline", () => {
  it("echoes, edits the line and hands over whole lines, with CR as NL", async () => {
    let got = "";
    const m = machine(async (sys, k) => {
      const child = sys.fork(async (c) => {
        openPts(k, c, 0);
        got = dec(await c.read(0, 100));
        return 0;
      });
      await sys.wait4(child, 0);
      return 0;
    });
    const ep = await m.endpoint;
    await new Promise((r) => setTimeout(r, 5));
    ep.write(enc("helo\x7flo wrld\x17world\r"));
    await m.done;
    expect(got).toBe("hello world\n");
    expect(m.screen()).toBe("helo\b \blo wrld\b \b\b \b\b \b\b \bworld\r\n");
  });

  it("turns ^Z into a stop of the foreground job and ^C into SIGINT", async () => {
    let status = 0;
    let stopStatus = 0;
    const m = machine(async (sys, k) => {
      // A "shell": session leader on the pty, running each job in its own foreground group.
      const shell = sys.fork(async (sh) => {
        openPts(k, sh, 0);
        sh.sigaction(SIGTTOU, { handler: "ignore" }); // as interactive shells do, to take the tty back
        const job = async (): Promise<number> => {
          const pid = sh.fork(async (c) => {
            c.setpgid(0, 0);
            await c.read(0, 100);
            return 0;
          });
          sh.setpgid(pid, pid);
          sh.ioctl_tiocspgrp(0, pid);
          return pid;
        };
        const a = await job();
        stopStatus = (await sh.wait4(a, WUNTRACED)).status;
        sh.kill(a, 9);
        await sh.wait4(a, 0);
        const b = await job();
        status = (await sh.wait4(b, 0)).status;
        return 0;
      });
      await sys.wait4(shell, 0);
      return 0;
    });
    const ep = await m.endpoint;
    await new Promise((r) => setTimeout(r, 5));
    ep.write(enc("\x1a"));
    await new Promise((r) => setTimeout(r, 5));
    ep.write(enc("abc\x03"));
    await m.done;
    expect(WIFSTOPPED(stopStatus) && WSTOPSIG(stopStatus)).toBe(SIGTSTP);
    expect(WTERMSIG(status)).toBe(SIGINT);
    expect(m.screen()).toContain("^Z");
    expect(m.screen()).toContain("abc^C");
  });

  it("in raw mode returns bytes at once without echo; resize sends SIGWINCH", async () => {
    let got = "";
    let winch = 0;
    let size = "";
    const m = machine(async (sys, k) => {
      const child = sys.fork(async (c) => {
        openPts(k, c, 0);
        c.sigaction(SIGWINCH, { handler: (s) => void (winch = s), restart: true });
        const t = c.ioctl_tcgets(0);
        t.lflag &= ~(ICANON | ECHO);
        c.ioctl_tcsets(0, 0, t);
        got = dec(await c.read(0, 100));
        const ws = c.ioctl_tiocgwinsz(0);
        size = `${ws.rows} ${ws.cols}`;
        return 0;
      });
      await sys.wait4(child, 0);
      return 0;
    });
    const ep = await m.endpoint;
    await new Promise((r) => setTimeout(r, 5));
    ep.resize(40, 120);
    await new Promise((r) => setTimeout(r, 5));
    ep.write(enc("q"));
    await m.done;
    expect(got).toBe("q");
    expect(winch).toBe(SIGWINCH);
    expect(size).toBe("40 120");
    expect(m.screen()).toBe("");
  });
});
