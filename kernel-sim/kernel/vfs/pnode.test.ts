// Mount propagation through mount(2)/umount2(2), read back from /proc/self/mountinfo. The
// expected lines were checked on Linux 6.18 (unshare -m --propagation private).

import { describe, expect, it } from "vitest";
import { asInit, errOf } from "./testing.ts";
import type { Sys } from "../../userland/lib/sys.ts";
import { O_RDONLY } from "../../uapi/fcntl.ts";
import { MNT_DETACH, MS_BIND, MS_PRIVATE, MS_REC, MS_SHARED, MS_SLAVE, MS_UNBINDABLE } from "../../uapi/mount.ts";
import { CLONE_NEWNS } from "../../uapi/sched.ts";

const dec = new TextDecoder();

async function mountinfo(sys: Sys): Promise<string[]> {
  const fd = await sys.open("/proc/self/mountinfo", O_RDONLY);
  let out = "";
  for (let b = await sys.read(fd, 65536); b.length > 0; b = await sys.read(fd, 65536)) out += dec.decode(b);
  sys.close(fd);
  return out.trimEnd().split("\n");
}

/** "MOUNTPOINT OPTIONAL-FIELDS" for the mounts under /t. */
async function propagation(sys: Sys): Promise<string[]> {
  return (await mountinfo(sys))
    .map((l) => l.split(" "))
    .filter((f) => f[4]!.startsWith("/t"))
    .map((f) => [f[4], ...f.slice(6, f.indexOf("-"))].join(" "));
}

function setup(sys: Sys): void {
  sys.mkdir("/proc", 0o555);
  sys.mount("proc", "/proc", "proc", 0, "");
  sys.mkdir("/t", 0o755);
  sys.mount("tmpfs", "/t", "tmpfs", 0, "");
  sys.mount("", "/t", "", MS_PRIVATE, "");
  for (const d of ["a", "b", "c"]) sys.mkdir(`/t/${d}`, 0o755);
  sys.mount("tmpfs", "/t/a", "tmpfs", 0, "");
}

describe("mount propagation", () => {
  it("the host's / is shared and new mounts under it are shared", async () => {
    const lines = await asInit(async (sys) => (setup(sys), mountinfo(sys)));
    expect(lines[0]).toMatch(/ \/ rw,relatime shared:1 - /);
    expect(lines.find((l) => l.includes(" /t "))).toMatch(/ \/t rw,relatime - tmpfs/);
  });

  it("bind mounts of a shared mount are peers; mounts and umounts propagate between them", async () => {
    const r = await asInit(async (sys) => {
      setup(sys);
      sys.mount("", "/t/a", "", MS_SHARED, "");
      sys.mount("/t/a", "/t/b", "", MS_BIND, "");
      sys.mkdir("/t/a/sub", 0o755);
      sys.mount("tmpfs", "/t/b/sub", "tmpfs", 0, "");
      const mounted = await propagation(sys);
      sys.umount2("/t/a/sub", 0);
      return { mounted, after: await propagation(sys) };
    });
    expect(r.mounted).toEqual(["/t", "/t/a shared:3", "/t/b shared:3", "/t/b/sub shared:4", "/t/a/sub shared:4"]);
    expect(r.after).toEqual(["/t", "/t/a shared:3", "/t/b shared:3"]);
  });

  it("a slave receives from its master and sends nothing back", async () => {
    const r = await asInit(async (sys) => {
      setup(sys);
      sys.mount("", "/t/a", "", MS_SHARED, "");
      sys.mount("/t/a", "/t/b", "", MS_BIND, "");
      sys.mount("", "/t/b", "", MS_SLAVE, "");
      sys.mkdir("/t/a/x", 0o755);
      sys.mkdir("/t/a/y", 0o755);
      sys.mount("tmpfs", "/t/a/x", "tmpfs", 0, "");
      sys.mount("tmpfs", "/t/b/y", "tmpfs", 0, "");
      return propagation(sys);
    });
    expect(r).toEqual(["/t", "/t/a shared:3", "/t/b master:3", "/t/a/x shared:4", "/t/b/x master:4", "/t/b/y"]);
  });

  it("make-shared on a slave gives shared:N master:M; make-private and unbindable clear it", async () => {
    const r = await asInit(async (sys) => {
      setup(sys);
      sys.mount("", "/t/a", "", MS_SHARED, "");
      sys.mount("/t/a", "/t/b", "", MS_BIND, "");
      sys.mount("", "/t/b", "", MS_SLAVE, "");
      sys.mount("", "/t/b", "", MS_SHARED, "");
      const both = await propagation(sys);
      sys.mount("/t/a", "/t/c", "", MS_BIND, "");
      sys.mount("", "/t/c", "", MS_UNBINDABLE, "");
      const bindUnbindable = errOf(() => sys.mount("/t/c", "/t/a", "", MS_BIND, ""));
      sys.mount("", "/t/b", "", MS_PRIVATE, "");
      return { both, bindUnbindable, after: await propagation(sys) };
    });
    expect(r.both).toEqual(["/t", "/t/a shared:3", "/t/b shared:4 master:3"]);
    expect(r.bindUnbindable).toBe("EINVAL");
    expect(r.after).toEqual(["/t", "/t/a shared:3", "/t/b", "/t/c unbindable"]);
  });

  it("make-rprivate applies to the whole subtree; an invalid type mix is EINVAL", async () => {
    const r = await asInit(async (sys) => {
      setup(sys);
      sys.mount("", "/t", "", MS_SHARED | MS_REC, "");
      const shared = await propagation(sys);
      sys.mount("", "/t", "", MS_PRIVATE | MS_REC, "");
      return { shared, priv: await propagation(sys), mix: errOf(() => sys.mount("", "/t", "", MS_PRIVATE | MS_SHARED, "")) };
    });
    expect(r.shared).toEqual(["/t shared:3", "/t/a shared:4"]);
    expect(r.priv).toEqual(["/t", "/t/a"]);
    expect(r.mix).toBe("EINVAL");
  });

  it("a new mount namespace keeps shared mounts as peers of the originals", async () => {
    const r = await asInit(async (sys) => {
      setup(sys);
      sys.mount("", "/t/a", "", MS_SHARED, "");
      sys.mkdir("/t/a/n", 0o755);
      const child = await sys.fork(async (c) => {
        c.unshare(CLONE_NEWNS);
        c.mount("tmpfs", "/t/a/n", "tmpfs", 0, "");
        return 0;
      });
      await sys.wait4(child, 0);
      return propagation(sys);
    });
    expect(r).toEqual(["/t", "/t/a shared:3", "/t/a/n shared:4"]);
  });

  it("umount is EBUSY with a submount, and lazy umount takes the subtree", async () => {
    const r = await asInit(async (sys) => {
      setup(sys);
      sys.mkdir("/t/a/in", 0o755);
      sys.mount("tmpfs", "/t/a/in", "tmpfs", 0, "");
      const busy = errOf(() => sys.umount2("/t/a", 0));
      sys.umount2("/t/a", MNT_DETACH);
      return { busy, after: await propagation(sys) };
    });
    expect(r.busy).toBe("EBUSY");
    expect(r.after).toEqual(["/t"]);
  });
});

describe("mount namespaces that die", () => {
  it("stop receiving propagation and give their peer group ids back", async () => {
    const r = await asInit(async (sys) => {
      setup(sys);
      sys.mount("", "/t/a", "", MS_SHARED, "");
      sys.mkdir("/t/a/x", 0o755);
      const child = await sys.fork(async (c) => {
        c.unshare(CLONE_NEWNS);
        c.mount("tmpfs", "/t/a/x", "tmpfs", 0, ""); // shared:4 in both namespaces
        return 0;
      });
      await sys.wait4(child, 0);
      sys.umount2("/t/a/x", 0);
      sys.mkdir("/t/b/y", 0o755);
      sys.mount("tmpfs", "/t/b", "tmpfs", 0, "");
      sys.mount("", "/t/b", "", MS_SHARED, "");
      return propagation(sys);
    });
    // With the child's namespace gone, its copy of /t/a/x no longer holds group 4.
    expect(r).toEqual(["/t", "/t/a shared:3", "/t/b shared:4"]);
  });
});

describe("bind mounts inside a shared mount", () => {
  it("a bind of a shared mount's own root onto a directory of it is one mount, a peer", async () => {
    const r = await asInit(async (sys) => {
      setup(sys);
      sys.mount("", "/t/a", "", MS_SHARED, "");
      sys.mkdir("/t/a/sub", 0o755);
      sys.mount("/t/a", "/t/a/sub", "", MS_BIND, "");
      return propagation(sys);
    });
    expect(r).toEqual(["/t", "/t/a shared:3", "/t/a/sub shared:3"]);
  });
});
