import { describe, expect, it } from "vitest";
import { Host } from "../kernel-sim/host/index.ts";
import { cgroupsOf, inspect, overlayLayers, readAsInit } from "./inspect.ts";

describe("inspect", () => {
  it("lists init and its namespaces and mounts", async () => {
    const host = await Host.boot();
    const snap = await inspect(host);
    const init = snap.processes.find((p) => p.pid === 1)!;
    expect(init.ppid).toBe(0);
    expect(init.nspid).toEqual([1]);
    expect(snap.namespaces.map((n) => n.type)).toEqual(expect.arrayContaining(["uts", "pid", "mnt"]));
    const uts = snap.namespaces.find((n) => n.type === "uts")!;
    expect(uts.pid).toBe(1);
    const targets = snap.mountNamespaces[0]!.mounts.map((m) => m.target);
    expect(targets).toEqual(expect.arrayContaining(["/", "/proc", "/sys", "/dev", "/tmp"]));
    expect(snap.hostname).toBe("vlab");
  });

  it("reads files as init and closes what it opened", async () => {
    const host = await Host.boot();
    const open = (): number[] => Array.from({ length: 64 }, (_, fd) => fd).filter((fd) => host.init.files.has(fd));
    const before = open();
    expect(await readAsInit(host, "/etc/hostname")).toBe("vlab\n");
    expect(await readAsInit(host, "/nonexistent")).toBeNull();
    expect(open()).toEqual(before);
    await expect(readAsInit(host, "/proc/1/status")).resolves.toMatch(/^Name:\s+\S+\nUmask:/);
  });

  it("reads a cgroup tree's usage and limits from its files", async () => {
    const host = await Host.boot();
    const files: Record<string, string> = {
      "cgroup.procs": "1\n2\n",
      "memory.current": "1048576\n",
      "memory.max": "max\n",
      "cpu.stat": "usage_usec 5000\nuser_usec 4000\n",
      "cpu.max": "max 100000\n",
      "box/cgroup.procs": "7\n",
      "box/memory.current": "4096\n",
      "box/memory.max": "67108864\n",
      "box/pids.current": "1\n",
      "box/pids.max": "10\n",
      "box/cpu.stat": "usage_usec 10\n",
      "box/cpu.max": "50000 100000\n",
    };
    for (const [name, text] of Object.entries(files)) await host.writeFile(`/root/cg/${name}`, text);
    const cg = (await cgroupsOf(host, "/root/cg"))!;
    expect(cg).toMatchObject({ path: "/", procs: [1, 2], memory: { current: 1048576, max: null }, pids: null, cpu: { usageUsec: 5000, maxFraction: null } });
    expect(cg.children).toHaveLength(1);
    expect(cg.children[0]).toMatchObject({ path: "/box", procs: [7], memory: { current: 4096, max: 67108864 }, pids: { current: 1, max: 10 }, cpu: { usageUsec: 10, maxFraction: 0.5 } });
    expect(await cgroupsOf(host, "/root/none")).toBeNull();
  });

  it("splits an overlay's options into its layer stack", () => {
    expect(overlayLayers("lowerdir=/l1:/l2,upperdir=/u,workdir=/w,xino=off")).toEqual({ upper: "/u", work: "/w", lowers: ["/l1", "/l2"] });
  });
});
