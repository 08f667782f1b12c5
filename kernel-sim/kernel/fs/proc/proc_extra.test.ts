// /proc/PID/{ns,limits,oom_score_adj,maps,net} and /proc/net: formats checked on Linux 6.18.

import { describe, expect, it } from "vitest";
import { asInit, errOfAsync } from "../../vfs/testing.ts";
import type { Sys } from "../../../userland/lib/sys.ts";
import { O_RDONLY, O_WRONLY } from "../../../uapi/fcntl.ts";
import { CLONE_NEWNS } from "../../../uapi/sched.ts";

const dec = new TextDecoder();

async function cat(sys: Sys, path: string): Promise<string> {
  const fd = await sys.open(path, O_RDONLY);
  let s = "";
  for (let b = await sys.read(fd, 65536); b.length > 0; b = await sys.read(fd, 65536)) s += dec.decode(b);
  sys.close(fd);
  return s;
}

async function put(sys: Sys, path: string, text: string): Promise<void> {
  const fd = await sys.open(path, O_WRONLY);
  try {
    await sys.write(fd, text);
  } finally {
    sys.close(fd);
  }
}

function mountProc(sys: Sys): void {
  sys.mkdir("/proc", 0o555);
  sys.mount("proc", "/proc", "proc", 0, "");
}

describe("procfs: namespaces and per-process files", () => {
  it("links /proc/PID/ns/* like uts:[4026531838]; a new mount namespace has a new mnt link", async () => {
    const r = await asInit(async (sys) => {
      mountProc(sys);
      const uts = sys.readlink("/proc/self/ns/uts");
      const mnt = sys.readlink("/proc/self/ns/mnt");
      let child = "";
      const pid = await sys.fork(async (c) => {
        c.unshare(CLONE_NEWNS);
        child = c.readlink("/proc/self/ns/mnt");
        return 0;
      });
      await sys.wait4(pid, 0);
      return { uts, mnt, child };
    });
    expect(r.uts).toBe("uts:[4026531838]");
    expect(r.mnt).toMatch(/^mnt:\[\d+\]$/);
    expect(r.child).toMatch(/^mnt:\[\d+\]$/);
    expect(r.child).not.toBe(r.mnt);
  });

  it("prints limits as proc_pid_limits and validates oom_score_adj", async () => {
    const r = await asInit(async (sys) => {
      mountProc(sys);
      const limits = await cat(sys, "/proc/self/limits");
      await put(sys, "/proc/self/oom_score_adj", "500\n");
      const adj = await cat(sys, "/proc/self/oom_score_adj");
      const bad = await errOfAsync(() => put(sys, "/proc/self/oom_score_adj", "2000"));
      return { limits, adj, bad };
    });
    expect(r.limits.split("\n")[0]).toBe("Limit                     Soft Limit           Hard Limit           Units     ");
    expect(r.limits).toContain("\nMax stack size            8388608              unlimited            bytes     \n");
    expect(r.adj).toBe("500\n");
    expect(r.bad).toBe("EINVAL");
  });

  it("has /proc/net as a link to self/net, with net/dev", async () => {
    const r = await asInit(async (sys) => {
      mountProc(sys);
      return { link: sys.readlink("/proc/net"), dev: await cat(sys, "/proc/net/dev") };
    });
    expect(r.link).toBe("self/net");
    expect(r.dev.split("\n")[0]).toBe("Inter-|   Receive                                                |  Transmit");
  });
});
