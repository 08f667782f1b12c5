import { describe, expect, it } from "vitest";
import { asInit, errOf } from "./testing.ts";
import { openExec } from "./exec_open.ts";
import { O_CREAT, O_WRONLY } from "../../uapi/fcntl.ts";

describe("openExec", () => {
  it("needs a regular file with an x bit, follows symlinks, returns bytes and the resolved path", async () => {
    const r = await asInit(async (sys, task) => {
      const fd = await sys.open("/prog", O_WRONLY | O_CREAT, 0o644);
      await sys.write(fd, "#!/bin/sh\n");
      sys.close(fd);
      const noX = errOf(() => openExec(task, "/prog"));
      sys.chmod("/prog", 0o755);
      sys.symlink("/prog", "/link");
      const ok = openExec(task, "/link");
      sys.mkdir("/dir", 0o755);
      return { noX, text: new TextDecoder().decode(ok.bytes), path: ok.path, dir: errOf(() => openExec(task, "/dir")), missing: errOf(() => openExec(task, "/nope")), through: errOf(() => openExec(task, "/prog/x")) };
    });
    expect(r).toEqual({ noX: "EACCES", text: "#!/bin/sh\n", path: "/prog", dir: "EACCES", missing: "ENOENT", through: "ENOTDIR" });
  });
});
