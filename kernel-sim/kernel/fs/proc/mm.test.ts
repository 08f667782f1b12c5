// /proc/PID/{status,statm,stat}: one memory picture per task (mm.ts), grown by mem_charge.

import { describe, expect, it } from "vitest";
import { asInit } from "../../vfs/testing.ts";
import type { Sys } from "../../../userland/lib/sys.ts";
import { withMem } from "../../../userland/stress/sys_mem.ts";
import { O_RDONLY } from "../../../uapi/fcntl.ts";
import "../../cgroup/syscalls.ts";

const dec = new TextDecoder();

async function cat(sys: Sys, path: string): Promise<string> {
  const fd = await sys.open(path, O_RDONLY);
  let s = "";
  for (let b = await sys.read(fd, 65536); b.length > 0; b = await sys.read(fd, 65536)) s += dec.decode(b);
  sys.close(fd);
  return s;
}

const field = (status: string, key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+) kB$`, "m").exec(status)?.[1]);

describe("procfs: per-process memory", () => {
  it("agrees between status, statm and stat, and adds charged memory to RSS and VmSize", async () => {
    const r = await asInit(async (sys) => {
      sys.mkdir("/proc", 0o555);
      sys.mount("proc", "/proc", "proc", 0, "");
      const before = await cat(sys, "/proc/self/status");
      await withMem(sys).mem_charge(64 << 20);
      const after = await cat(sys, "/proc/self/status");
      const statm = (await cat(sys, "/proc/self/statm")).trim().split(" ").map(Number);
      const stat = (await cat(sys, "/proc/self/stat")).trim().split(" ");
      withMem(sys).mem_uncharge(64 << 20);
      const released = await cat(sys, "/proc/self/status");
      return { before, after, statm, stat, released };
    });
    expect(field(r.after, "VmRSS") - field(r.before, "VmRSS")).toBe(65536);
    expect(field(r.after, "RssAnon") - field(r.before, "RssAnon")).toBe(65536);
    expect(r.statm).toHaveLength(7);
    expect(r.statm[0]! * 4).toBe(field(r.after, "VmSize"));
    expect(r.statm[1]! * 4).toBe(field(r.after, "VmRSS"));
    expect(Number(r.stat[22])).toBe(field(r.after, "VmSize") * 1024);
    expect(Number(r.stat[23]) * 4).toBe(field(r.after, "VmRSS"));
    // The high-water marks keep the peak after the memory is given back.
    expect(field(r.released, "VmRSS")).toBe(field(r.before, "VmRSS"));
    expect(field(r.released, "VmHWM")).toBe(field(r.after, "VmRSS"));
    expect(field(r.released, "VmPeak")).toBe(field(r.after, "VmSize"));
  });
});
