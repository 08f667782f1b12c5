// CLONE_NEWNS through the syscalls: a mount made after unshare(CLONE_NEWNS) is seen only inside.
import { describe, expect, it } from "vitest";
import { Host } from "../../kernel-sim/host/index.ts";
import type { Sys } from "../../kernel-sim/userland/lib/sys.ts";
import { CLONE_NEWNS } from "../../kernel-sim/uapi/sched.ts";
import { O_RDONLY } from "../../kernel-sim/uapi/fcntl.ts";
import { readAll, writeAll } from "../../kernel-sim/userland/lib/stdio.ts";
import { MS_PRIVATE, MS_REC } from "../../kernel-sim/uapi/mount.ts";

async function mountsHave(sys: Sys, path: string): Promise<boolean> {
  const fd = await sys.open("/proc/self/mounts", O_RDONLY);
  const text = new TextDecoder().decode(await readAll(sys, fd));
  sys.close(fd);
  return text.split("\n").some((l) => l.split(" ")[1] === path);
}

describe("mount namespaces", () => {
  it("keeps a mount made after unshare(CLONE_NEWNS) inside", async () => {
    const main = async (sys: Sys): Promise<number> => {
      sys.mkdir("/tmp/inner", 0o755);
      const pid = sys.fork(async (c) => {
        c.unshare(CLONE_NEWNS);
        c.mount("none", "/", "", MS_REC | MS_PRIVATE, "");
        c.mount("tmpfs", "/tmp/inner", "tmpfs", 0, "");
        await writeAll(c, 1, `inside ${await mountsHave(c, "/tmp/inner")}\n`);
        return 0;
      });
      await sys.wait4(pid, 0);
      await writeAll(sys, 1, `outside ${await mountsHave(sys, "/tmp/inner")}\n`);
      return 0;
    };
    const host = await Host.boot({ extraPrograms: { nstest: { path: "/usr/local/bin/nstest", main } } });
    let out = "";
    const status = await host.run({ argv: ["/usr/local/bin/nstest"], onStdout: (b) => (out += new TextDecoder().decode(b)), onStderr: (b) => (out += new TextDecoder().decode(b)) });
    expect(out).toBe("inside true\noutside false\n");
    expect(status).toBe(0);
  });
});

describe("mount namespaces and user namespaces", () => {
  it("turns shared mounts into slaves when copied into a less privileged user namespace", async () => {
    const { sh } = await import("./run.ts");
    const r = await sh("unshare -m --propagation unchanged findmnt -no PROPAGATION /; unshare -U -r -m --propagation unchanged findmnt -no PROPAGATION /");
    expect(r.all).toBe("shared\nprivate,slave\n");
  });
});
