import { describe, expect, it } from "vitest";
import { Host } from "../kernel-sim/host/index.ts";
import { inspect, readAsInit } from "./inspect.ts";

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
    const before = [...host.kernel.tasks][0]!.files;
    expect(await readAsInit(host, "/etc/hostname")).toBe("vlab\n");
    expect(await readAsInit(host, "/nonexistent")).toBeNull();
    expect(before).toBe(host.init.files);
    await expect(readAsInit(host, "/proc/1/status")).resolves.toMatch(/^Name:\s+\S+\nUmask:/);
  });
});
