import { describe, expect, it } from "vitest";
import { asInit, errOfAsync } from "../../vfs/testing.ts";
import { O_RDONLY, O_WRONLY, O_NONBLOCK } from "../../../uapi/fcntl.ts";
import { S_IFCHR, S_IFIFO, S_IFMT, major, minor } from "../../../uapi/stat.ts";
import { MS_NOSUID, MS_RELATIME } from "../../../uapi/mount.ts";

describe("devtmpfs", () => {
  it("has the memory devices with their numbers and behaviour", async () => {
    const r = await asInit(async (sys) => {
      sys.mkdir("/dev", 0o755);
      sys.mount("udev", "/dev", "devtmpfs", MS_NOSUID | MS_RELATIME, "size=1024k,nr_inodes=4096,mode=755");
      const st = sys.stat("/dev/null");
      const n = await sys.open("/dev/null", 2);
      const z = await sys.open("/dev/zero", O_RDONLY);
      const f = await sys.open("/dev/full", O_WRONLY);
      const u = await sys.open("/dev/urandom", O_RDONLY);
      return {
        null: [st.mode & S_IFMT, st.mode & 0o777, major(st.rdev), minor(st.rdev)],
        nullRead: (await sys.read(n, 10)).length,
        nullWrite: await sys.write(n, "abc"),
        zero: [...(await sys.read(z, 4))],
        full: await errOfAsync(() => sys.write(f, "x")),
        random: (await sys.read(u, 32)).length,
        links: [sys.readlink("/dev/fd"), sys.readlink("/dev/stdin")],
        noDriver: (sys.mknod("/dev/weird", S_IFCHR | 0o600, 0x0f0f), await errOfAsync(() => sys.open("/dev/weird", O_RDONLY))),
        ptmx: (sys.stat("/dev/ptmx").rdev >> 8) & 0xfff,
      };
    });
    expect(r).toEqual({
      null: [S_IFCHR, 0o666, 1, 3], nullRead: 0, nullWrite: 3, zero: [0, 0, 0, 0], full: "ENOSPC", random: 32,
      links: ["/proc/self/fd", "/proc/self/fd/0"], noDriver: "ENXIO", ptmx: 5,
    });
  });
});

describe("FIFOs", () => {
  it("mknod S_IFIFO: open waits for the other side, data flows, ENXIO for a lone non-blocking writer", async () => {
    const r = await asInit(async (sys) => {
      sys.mknod("/fifo", S_IFIFO | 0o644, 0);
      const type = sys.stat("/fifo").mode & S_IFMT;
      const lone = await errOfAsync(() => sys.open("/fifo", O_WRONLY | O_NONBLOCK));
      const pid = sys.fork(async (c) => {
        const fd = await c.open("/fifo", O_WRONLY);
        await c.write(fd, "through the fifo");
        c.close(fd);
        return 0;
      });
      const fd = await sys.open("/fifo", O_RDONLY);
      let s = "";
      for (let b = await sys.read(fd, 100); b.length > 0; b = await sys.read(fd, 100)) s += new TextDecoder().decode(b);
      await sys.wait4(pid, 0);
      return { type, lone, s };
    });
    expect(r).toEqual({ type: S_IFIFO, lone: "ENXIO", s: "through the fifo" });
  });
});
