import { describe, expect, it } from "vitest";
import { runAsInit } from "../testing/machine.ts";
import type { Sys } from "../../userland/lib/sys.ts";
import { WCONTINUED, WEXITSTATUS, WIFEXITED, WIFSIGNALED, WIFSTOPPED, WNOHANG, WSTOPSIG, WTERMSIG, WUNTRACED } from "../../uapi/wait.ts";
import { SIGCHLD, SIGCONT, SIGINT, SIGKILL, SIGPIPE, SIGSTOP, SIGTERM, SIGUSR1 } from "../../uapi/signal.ts";
import { ECHILD, EINTR, EPIPE, Errno } from "../../uapi/errno.ts";

/** Run body as init and return what it returns (or throws). */
async function asInit<T>(body: (sys: Sys) => Promise<T>): Promise<T> {
  let result: { v: T } | { e: unknown } | undefined;
  const { done } = runAsInit(async (sys) => {
    try {
      result = { v: await body(sys) };
    } catch (e) {
      result = { e };
    }
    return 0;
  });
  await done;
  if (!result) throw new Error("init did not finish");
  if ("e" in result) throw result.e;
  return result.v;
}

describe("fork, exit and wait4", () => {
  it("reports the child's exit status and pid", async () => {
    const r = await asInit(async (sys) => {
      const pid = sys.fork(async () => 42);
      const w = await sys.wait4(-1, 0);
      return { pid, w };
    });
    expect(r.w.pid).toBe(r.pid);
    expect(WIFEXITED(r.w.status)).toBe(true);
    expect(WEXITSTATUS(r.w.status)).toBe(42);
  });

  it("gives pids in order and the parent's pid as ppid", async () => {
    const r = await asInit(async (sys) => {
      let ppid = -1;
      const a = sys.fork(async (c) => ((ppid = c.getppid()), 0));
      await sys.wait4(a, 0);
      return { me: sys.getpid(), a, ppid };
    });
    expect(r.me).toBe(1);
    expect(r.a).toBe(2);
    expect(r.ppid).toBe(1);
  });

  it("fails with ECHILD when there is no child, and WNOHANG returns 0 for a running one", async () => {
    const r = await asInit(async (sys) => {
      let e: unknown;
      try {
        await sys.wait4(-1, 0);
      } catch (x) {
        e = x;
      }
      const pid = sys.fork(async (c) => (await c.nanosleep(1e9), 0));
      const early = await sys.wait4(pid, WNOHANG);
      const late = await sys.wait4(pid, 0);
      return { e, early, late, pid };
    });
    expect((r.e as Errno).errno).toBe(ECHILD);
    expect(r.early.pid).toBe(0);
    expect(r.late.pid).toBe(r.pid);
  });

  it("re-parents orphans to init, which reaps them", async () => {
    const r = await asInit(async (sys) => {
      const pipe = sys.pipe2(0);
      const mid = sys.fork(async (c) => {
        c.fork(async (g) => {
          await g.nanosleep(1e6); // let the middle process die first
          await g.write(pipe[1], String(g.getppid()));
          return 7;
        });
        return 0;
      });
      sys.close(pipe[1]);
      const w1 = await sys.wait4(mid, 0);
      const ppid = new TextDecoder().decode(await sys.read(pipe[0], 100));
      const w2 = await sys.wait4(-1, 0);
      return { w1, ppid, w2 };
    });
    expect(WEXITSTATUS(r.w1.status)).toBe(0);
    expect(r.ppid).toBe("1");
    expect(WEXITSTATUS(r.w2.status)).toBe(7);
  });
});

describe("signals", () => {
  it("SIGKILL ends a sleeping child; the status carries the signal", async () => {
    const w = await asInit(async (sys) => {
      const pid = sys.fork(async (c) => (await c.nanosleep(100e9), 0));
      await sys.nanosleep(1e6);
      sys.kill(pid, SIGKILL);
      return sys.wait4(pid, 0);
    });
    expect(WIFSIGNALED(w.status)).toBe(true);
    expect(WTERMSIG(w.status)).toBe(SIGKILL);
  });

  it("a busy loop that polls need_resched can be killed", async () => {
    const w = await asInit(async (sys) => {
      const pid = sys.fork(async (c) => {
        for (;;) if (c.need_resched()) await c.sched_yield();
      });
      await sys.nanosleep(1e6);
      sys.kill(pid, SIGTERM);
      return sys.wait4(pid, 0);
    });
    expect(WTERMSIG(w.status)).toBe(SIGTERM);
  });

  it("runs a handler, and a sleep without SA_RESTART fails with EINTR", async () => {
    const r = await asInit(async (sys) => {
      const p = sys.pipe2(0);
      const pid = sys.fork(async (c) => {
        let got = 0;
        c.sigaction(SIGUSR1, { handler: (s) => void (got = s) });
        try {
          await c.nanosleep(100e9);
        } catch (e) {
          await c.write(p[1], `${got} ${(e as Errno).errno}`);
          return 3;
        }
        return 0;
      });
      await sys.nanosleep(1e6);
      sys.kill(pid, SIGUSR1);
      const w = await sys.wait4(pid, 0);
      const msg = new TextDecoder().decode(await sys.read(p[0], 100));
      return { w, msg };
    });
    expect(WEXITSTATUS(r.w.status)).toBe(3);
    expect(r.msg).toBe(`${SIGUSR1} ${EINTR}`);
  });

  it("an ignored signal does nothing and a blocked one waits until unblocked", async () => {
    const w = await asInit(async (sys) => {
      const pid = sys.fork(async (c) => {
        c.sigaction(SIGINT, { handler: "ignore" });
        c.sigprocmask(0, 1n << BigInt(SIGTERM - 1));
        await c.nanosleep(5e6);
        c.sigprocmask(1, 1n << BigInt(SIGTERM - 1)); // unblock: the pending SIGTERM acts now
        await c.nanosleep(5e6);
        return 0;
      });
      await sys.nanosleep(1e6);
      sys.kill(pid, SIGINT);
      sys.kill(pid, SIGTERM);
      return sys.wait4(pid, 0);
    });
    expect(WTERMSIG(w.status)).toBe(SIGTERM);
  });

  it("stops and continues, reported through WUNTRACED and WCONTINUED", async () => {
    const r = await asInit(async (sys) => {
      const pid = sys.fork(async (c) => (await c.nanosleep(10e6), 5));
      await sys.nanosleep(1e6);
      sys.kill(pid, SIGSTOP);
      const stopped = await sys.wait4(pid, WUNTRACED);
      sys.kill(pid, SIGCONT);
      const cont = await sys.wait4(pid, WCONTINUED);
      const end = await sys.wait4(pid, 0);
      return { stopped, cont, end };
    });
    expect(WIFSTOPPED(r.stopped.status)).toBe(true);
    expect(WSTOPSIG(r.stopped.status)).toBe(SIGSTOP);
    expect(r.cont.status).toBe(0xffff);
    expect(WEXITSTATUS(r.end.status)).toBe(5);
  });

  it("sends SIGCHLD to the parent when a child exits", async () => {
    const got = await asInit(async (sys) => {
      let got = 0;
      sys.sigaction(SIGCHLD, { handler: (s) => void (got = s), restart: true });
      sys.fork(async () => 0);
      await sys.wait4(-1, 0);
      await sys.nanosleep(1);
      return got;
    });
    expect(got).toBe(SIGCHLD);
  });

  it("init ignores SIGTERM sent from inside its namespace when it has no handler", async () => {
    const alive = await asInit(async (sys) => {
      sys.kill(1, SIGTERM);
      await sys.nanosleep(1e6);
      return true;
    });
    expect(alive).toBe(true);
  });
});

describe("pipes", () => {
  it("gives EOF once every writer is closed", async () => {
    const r = await asInit(async (sys) => {
      const [rd, wr] = sys.pipe2(0);
      const pid = sys.fork(async (c) => {
        c.close(rd);
        await c.write(wr, "hello");
        return 0;
      });
      sys.close(wr);
      const a = new TextDecoder().decode(await sys.read(rd, 100));
      const b = await sys.read(rd, 100);
      await sys.wait4(pid, 0);
      return { a, eof: b.length };
    });
    expect(r.a).toBe("hello");
    expect(r.eof).toBe(0);
  });

  it("kills a writer with SIGPIPE when no reader is left, and gives EPIPE if it is ignored", async () => {
    const r = await asInit(async (sys) => {
      const [rd, wr] = sys.pipe2(0);
      sys.close(rd);
      const killed = sys.fork(async (c) => (await c.write(wr, "x"), 0));
      const w = await sys.wait4(killed, 0);
      sys.sigaction(SIGPIPE, { handler: "ignore" });
      let err = 0;
      try {
        await sys.write(wr, "x");
      } catch (e) {
        err = (e as Errno).errno;
      }
      return { w, err };
    });
    expect(WTERMSIG(r.w.status)).toBe(SIGPIPE);
    expect(r.err).toBe(EPIPE);
  });

  it("blocks a writer when full and moves a megabyte through", async () => {
    const n = await asInit(async (sys) => {
      const [rd, wr] = sys.pipe2(0);
      const chunk = new Uint8Array(100000).fill(97);
      sys.fork(async (c) => {
        c.close(rd);
        for (let i = 0; i < 10; i++) await c.write(wr, chunk);
        return 0;
      });
      sys.close(wr);
      let total = 0;
      for (;;) {
        const b = await sys.read(rd, 65536);
        if (b.length === 0) break;
        total += b.length;
      }
      return total;
    });
    expect(n).toBe(1_000_000);
  });
});
