import { describe, expect, it } from "vitest";
import { asInit, errOf, errOfAsync } from "../../vfs/testing.ts";
import { O_CREAT, O_WRONLY } from "../../../uapi/fcntl.ts";
import { MS_RDONLY, MS_REMOUNT } from "../../../uapi/mount.ts";
import { TMPFS_MAGIC } from "../../../uapi/stat.ts";

const enc = new TextEncoder();

describe("tmpfs limits and options", () => {
  it("counts pages: statfs reports them and a full filesystem says ENOSPC", async () => {
    const r = await asInit(async (sys) => {
      sys.mkdir("/small", 0o755);
      sys.mount("tmpfs", "/small", "tmpfs", 0, "size=8k");
      const fd = await sys.open("/small/f", O_WRONLY | O_CREAT, 0o644);
      const first = await sys.write(fd, new Uint8Array(6000));
      const short = await sys.write(fd, new Uint8Array(6000));
      const full = await errOfAsync(() => sys.write(fd, "x"));
      const st = sys.statfs("/small");
      return { first, short, full, type: st.type, blocks: st.blocks, bfree: st.bfree, bad: errOf(() => sys.mount("tmpfs", "/small", "tmpfs", 0, "bogus=1")) };
    });
    expect(r).toEqual({ first: 6000, short: 2192, full: "ENOSPC", type: TMPFS_MAGIC, blocks: 2, bfree: 0, bad: "EINVAL" });
  });

  it("remount read-only makes writes EROFS", async () => {
    const r = await asInit(async (sys) => {
      sys.mkdir("/m", 0o755);
      sys.mount("tmpfs", "/m", "tmpfs", 0, "");
      sys.mkdir("/m/d", 0o755);
      sys.mount("", "/m", "", MS_REMOUNT | MS_RDONLY, "");
      return {
        mkdir: errOf(() => sys.mkdir("/m/e", 0o755)),
        exists: errOf(() => sys.mkdir("/m/d", 0o755)),
        open: await errOfAsync(() => sys.open("/m/f", O_WRONLY | O_CREAT, 0o644)),
        read: errOf(() => sys.stat("/m/d")),
        umount: (sys.umount2("/m", 0), errOf(() => sys.stat("/m/d"))),
      };
    });
    expect(r).toEqual({ mkdir: "EROFS", exists: "EEXIST", open: "EROFS", read: "ok", umount: "ENOENT" });
  });

  it("keeps xattrs with Linux's flags and errors", async () => {
    const r = await asInit(async (sys) => {
      const fd = await sys.open("/f", O_WRONLY | O_CREAT, 0o644);
      sys.close(fd);
      sys.setxattr("/f", "user.a", enc.encode("1"), 0);
      return {
        get: new TextDecoder().decode(sys.getxattr("/f", "user.a")),
        list: sys.listxattr("/f"),
        create: errOf(() => sys.setxattr("/f", "user.a", enc.encode("2"), 1)),
        replace: errOf(() => sys.setxattr("/f", "user.b", enc.encode("2"), 2)),
        missing: errOf(() => sys.getxattr("/f", "user.zz")),
        noNs: errOf(() => sys.setxattr("/f", "bogus", enc.encode("2"), 0)),
        removed: (sys.removexattr("/f", "user.a"), sys.listxattr("/f")),
      };
    });
    expect(r).toEqual({ get: "1", list: ["user.a"], create: "EEXIST", replace: "ENODATA", missing: "ENODATA", noNs: "EOPNOTSUPP", removed: [] });
  });
});
