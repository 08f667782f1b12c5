import { describe, expect, it } from "vitest";
import { asInit, errOf } from "../../vfs/testing.ts";
import type { Sys } from "../../../userland/lib/sys.ts";
import { O_DIRECTORY, O_RDONLY } from "../../../uapi/fcntl.ts";
import { MS_NODEV, MS_NOEXEC, MS_NOSUID, MS_RELATIME } from "../../../uapi/mount.ts";

const dec = new TextDecoder();

async function cat(sys: Sys, path: string): Promise<string> {
  const fd = await sys.open(path, O_RDONLY);
  let s = "";
  for (let b = await sys.read(fd, 65536); b.length > 0; b = await sys.read(fd, 65536)) s += dec.decode(b);
  sys.close(fd);
  return s;
}

function mountProc(sys: Sys): void {
  sys.mkdir("/proc", 0o555);
  sys.mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RELATIME, "");
}

describe("procfs", () => {
  it("shows /proc/self/status in Linux's field order", async () => {
    const s = await asInit(async (sys) => (mountProc(sys), sys.prctl_set_name("tester"), cat(sys, "/proc/self/status")));
    const keys = s.trimEnd().split("\n").map((l) => l.slice(0, l.indexOf(":")));
    expect(keys.slice(0, 16)).toEqual(["Name", "Umask", "State", "Tgid", "Ngid", "Pid", "PPid", "TracerPid", "Uid", "Gid", "FDSize", "Groups", "NStgid", "NSpid", "NSpgid", "NSsid"]);
    expect(s).toContain("Name:\ttester\nUmask:\t0022\nState:\tR (running)\nTgid:\t1\nNgid:\t0\nPid:\t1\nPPid:\t0\n");
    expect(s).toContain("Uid:\t0\t0\t0\t0\n");
    expect(s).toMatch(/\nVmRSS:\t +\d+ kB\n/);
    expect(s.endsWith("nonvoluntary_ctxt_switches:\t0\n")).toBe(true);
  });

  it("has 52 fields in stat, NUL-separated cmdline, a writable comm", async () => {
    const r = await asInit(async (sys) => {
      mountProc(sys);
      const pid = sys.fork(async (c) => {
        const fd = await c.open("/proc/self/comm", 1);
        await c.write(fd, "renamed"); // echo would keep its newline in the comm, as comm_write() does
        c.close(fd);
        await c.pause();
        return 0;
      });
      await sys.sched_yield();
      await sys.sched_yield();
      const stat = await cat(sys, `/proc/${pid}/stat`);
      const comm = await cat(sys, `/proc/${pid}/comm`);
      sys.kill(pid, 9);
      await sys.wait4(pid, 0);
      return { stat, comm, self: sys.readlink("/proc/self"), gone: errOf(() => sys.stat(`/proc/${pid}`)) };
    });
    const f = r.stat.trimEnd().split(" ");
    expect(f).toHaveLength(52);
    expect(f.slice(0, 6)).toEqual([f[0], "(renamed)", "S", "1", "1", "1"]);
    expect(r.comm).toBe("renamed\n");
    expect(r.self).toBe("1");
    expect(r.gone).toBe("ENOENT");
  });

  it("lists pids and fds; fd links name what is open", async () => {
    const r = await asInit(async (sys) => {
      mountProc(sys);
      sys.mkdir("/d", 0o755);
      const dfd = await sys.open("/d", O_RDONLY | O_DIRECTORY);
      const [rp] = sys.pipe2(0);
      const root = await sys.open("/proc", O_RDONLY | O_DIRECTORY);
      const names = sys.getdents64(root).map((d) => d.name);
      return { dir: sys.readlink(`/proc/self/fd/${dfd}`), pipe: sys.readlink(`/proc/self/fd/${rp}`), names, cwd: sys.readlink("/proc/1/cwd"), fdinfo: await cat(sys, `/proc/self/fdinfo/${dfd}`) };
    });
    expect(r.dir).toBe("/d");
    expect(r.pipe).toMatch(/^pipe:\[\d+\]$/);
    expect(r.names).toContain("1");
    expect(r.names).toContain("self");
    expect(r.cwd).toBe("/");
    expect(r.fdinfo).toMatch(/^pos:\t0\nflags:\t0300000\nmnt_id:\t\d+\nino:\t\d+\n$/);
  });

  it("prints mountinfo and mounts like show_mountinfo/show_vfsmnt", async () => {
    const r = await asInit(async (sys) => {
      mountProc(sys);
      sys.mkdir("/tmp", 0o1777);
      sys.mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=10m,mode=1777");
      return { info: await cat(sys, "/proc/self/mountinfo"), mounts: await cat(sys, "/proc/mounts") };
    });
    const lines = r.info.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^\d+ 1 0:\d+ \/ \/ rw,relatime shared:1 - tmpfs \/dev\/root rw,mode=755$/);
    expect(lines[1]).toMatch(/^\d+ \d+ 0:\d+ \/ \/proc rw,nosuid,nodev,noexec,relatime shared:2 - proc proc rw$/);
    expect(lines[2]).toMatch(/^\d+ \d+ 0:\d+ \/ \/tmp rw,nosuid,nodev,relatime shared:3 - tmpfs tmpfs rw,size=10240k$/);
    expect(r.mounts.split("\n")[2]).toBe("tmpfs /tmp tmpfs rw,nosuid,nodev,relatime,size=10240k 0 0");
  });

  it("serves uptime, loadavg, meminfo, version and sys/kernel", async () => {
    const r = await asInit(async (sys) => {
      mountProc(sys);
      return Promise.all(["uptime", "loadavg", "meminfo", "version", "sys/kernel/hostname", "filesystems"].map((f) => cat(sys, `/proc/${f}`)));
    });
    expect(r[0]).toMatch(/^\d+\.\d\d \d+\.\d\d\n$/);
    expect(r[1]).toMatch(/^0\.00 0\.00 0\.00 \d+\/\d+ \d+\n$/);
    expect(r[2]).toMatch(/^MemTotal: {8}2097152 kB\n/);
    expect(r[3]).toMatch(/^Linux version 6\.1\./);
    expect(r[4]).toBe("vlab\n");
    expect(r[5]).toBe("nodev\tsysfs\nnodev\ttmpfs\nnodev\tproc\nnodev\tcgroup2\nnodev\tdevtmpfs\nnodev\tdevpts\nnodev\toverlay\n");
  });
});
