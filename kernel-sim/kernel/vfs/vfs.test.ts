// The behavioural VFS suite (ZenFS style): the same cases against a plain tmpfs directory,
// through a bind mount of one, on an overlay of tmpfs layers and on an overlay of an overlay.
// Expected errnos were checked against Linux (Debian 12).

import { describe, expect, it } from "vitest";
import { asInit, errOf, errOfAsync } from "./testing.ts";
import type { Sys } from "../../userland/lib/sys.ts";
import { O_APPEND, O_CREAT, O_DIRECTORY, O_EXCL, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, SEEK_END, SEEK_SET } from "../../uapi/fcntl.ts";
import { MS_BIND } from "../../uapi/mount.ts";
import { S_IFMT, S_IFDIR, S_IFLNK, S_IFREG } from "../../uapi/stat.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

async function writeFile(sys: Sys, path: string, s: string, flags = O_WRONLY | O_CREAT | O_TRUNC): Promise<void> {
  const fd = await sys.open(path, flags, 0o644);
  await sys.write(fd, s);
  sys.close(fd);
}

async function readFile(sys: Sys, path: string): Promise<string> {
  const fd = await sys.open(path, O_RDONLY);
  let out = "";
  for (;;) {
    const b = await sys.read(fd, 4096);
    if (b.length === 0) break;
    out += dec.decode(b);
  }
  sys.close(fd);
  return out;
}

function names(sys: Sys, fd: number): string[] {
  const out: string[] = [];
  for (let b = sys.getdents64(fd); b.length > 0; b = sys.getdents64(fd)) for (const d of b) out.push(d.name);
  return out;
}

/** How each variant prepares the directory the cases run in. */
const variants: [string, (sys: Sys) => string][] = [
  ["tmpfs", (sys) => (sys.mkdir("/t", 0o755), "/t")],
  [
    "bind mount",
    (sys) => {
      sys.mkdir("/real", 0o755);
      sys.mkdir("/b", 0o755);
      sys.mount("/real", "/b", "", MS_BIND, "");
      return "/b";
    },
  ],
  [
    "overlay on tmpfs",
    (sys) => {
      for (const d of ["/ov", "/ov/l", "/ov/u", "/ov/w", "/ov/m"]) sys.mkdir(d, 0o755);
      sys.mount("overlay", "/ov/m", "overlay", 0, "lowerdir=/ov/l,upperdir=/ov/u,workdir=/ov/w");
      return "/ov/m";
    },
  ],
  [
    "overlay on overlay",
    (sys) => {
      for (const d of ["/ov", "/ov/l", "/ov/u1", "/ov/w1", "/ov/m1", "/ov/u2", "/ov/w2", "/ov/m2"]) sys.mkdir(d, 0o755);
      sys.mount("overlay", "/ov/m1", "overlay", 0, "lowerdir=/ov/l,upperdir=/ov/u1,workdir=/ov/w1");
      sys.mount("overlay", "/ov/m2", "overlay", 0, "lowerdir=/ov/m1,upperdir=/ov/u2,workdir=/ov/w2");
      return "/ov/m2";
    },
  ],
];

for (const [variant, setup] of variants) {
  const run = <T>(body: (sys: Sys, d: string) => Promise<T>): Promise<T> => asInit((sys) => body(sys, setup(sys)));

  describe(`files (${variant})`, () => {
    it("writes, reads back, appends and seeks", async () => {
      const r = await run(async (sys, d) => {
        await writeFile(sys, `${d}/f`, "hello");
        await writeFile(sys, `${d}/f`, " world", O_WRONLY | O_APPEND);
        const fd = await sys.open(`${d}/f`, O_RDWR);
        const end = sys.lseek(fd, 0, SEEK_END);
        sys.lseek(fd, 20, SEEK_SET);
        await sys.write(fd, "!");
        sys.close(fd);
        const st = sys.stat(`${d}/f`);
        return { end, text: await readFile(sys, `${d}/f`), size: st.size, type: st.mode & S_IFMT, mode: st.mode & 0o777, blocks: st.blocks };
      });
      expect(r.end).toBe(11);
      expect(r.text).toBe("hello world" + "\0".repeat(9) + "!");
      expect(r).toMatchObject({ size: 21, type: S_IFREG, mode: 0o644, blocks: 8 });
    });

    it("O_CREAT|O_EXCL, O_DIRECTORY, writing a directory, O_TRUNC", async () => {
      const r = await run(async (sys, d) => {
        await writeFile(sys, `${d}/f`, "abc");
        return {
          excl: await errOfAsync(() => sys.open(`${d}/f`, O_WRONLY | O_CREAT | O_EXCL, 0o644)),
          notdir: await errOfAsync(() => sys.open(`${d}/f`, O_RDONLY | O_DIRECTORY)),
          isdir: await errOfAsync(() => sys.open(d, O_WRONLY)),
          creatSlash: await errOfAsync(() => sys.open(`${d}/new/`, O_WRONLY | O_CREAT, 0o644)),
          missing: await errOfAsync(() => sys.open(`${d}/nope/x`, O_RDONLY)),
          through: await errOfAsync(() => sys.open(`${d}/f/x`, O_RDONLY)),
          trunc: (await sys.open(`${d}/f`, O_WRONLY | O_TRUNC), sys.stat(`${d}/f`).size),
        };
      });
      expect(r).toEqual({ excl: "EEXIST", notdir: "ENOTDIR", isdir: "EISDIR", creatSlash: "EISDIR", missing: "ENOENT", through: "ENOTDIR", trunc: 0 });
    });

    it("truncate and ftruncate grow and shrink", async () => {
      const r = await run(async (sys, d) => {
        await writeFile(sys, `${d}/f`, "abcdef");
        sys.truncate(`${d}/f`, 3);
        const a = await readFile(sys, `${d}/f`);
        const fd = await sys.open(`${d}/f`, O_RDWR);
        sys.ftruncate(fd, 5);
        sys.close(fd);
        const ro = await sys.open(`${d}/f`, O_RDONLY);
        return { a, b: await readFile(sys, `${d}/f`), ro: errOf(() => sys.ftruncate(ro, 1)), dir: errOf(() => sys.truncate(d, 0)), neg: errOf(() => sys.truncate(`${d}/f`, -1)) };
      });
      expect(r).toEqual({ a: "abc", b: "abc\0\0", ro: "EINVAL", dir: "EISDIR", neg: "EINVAL" });
    });
  });

  describe(`directories (${variant})`, () => {
    it("mkdir, rmdir and unlink report Linux's errors", async () => {
      const r = await run(async (sys, d) => {
        sys.mkdir(`${d}/a`, 0o755);
        await writeFile(sys, `${d}/a/f`, "x");
        return {
          exists: errOf(() => sys.mkdir(`${d}/a`, 0o755)),
          noParent: errOf(() => sys.mkdir(`${d}/x/y`, 0o755)),
          fileParent: errOf(() => sys.mkdir(`${d}/a/f/y`, 0o755)),
          notEmpty: errOf(() => sys.rmdir(`${d}/a`)),
          dot: errOf(() => sys.rmdir(`${d}/a/.`)),
          dotdot: errOf(() => sys.rmdir(`${d}/a/..`)),
          rmdirFile: errOf(() => sys.rmdir(`${d}/a/f`)),
          unlinkDir: errOf(() => sys.unlink(`${d}/a`)),
          unlinkSlash: errOf(() => sys.unlink(`${d}/a/f/`)),
          root: errOf(() => sys.rmdir("/")),
          long: errOf(() => sys.mkdir(`${d}/${"x".repeat(256)}`, 0o755)),
          okLong: errOf(() => sys.mkdir(`${d}/${"x".repeat(255)}`, 0o755)),
          gone: (sys.unlink(`${d}/a/f`), sys.rmdir(`${d}/a`), errOf(() => sys.stat(`${d}/a`))),
        };
      });
      expect(r).toEqual({
        exists: "EEXIST", noParent: "ENOENT", fileParent: "ENOTDIR", notEmpty: "ENOTEMPTY", dot: "EINVAL", dotdot: "ENOTEMPTY",
        rmdirFile: "ENOTDIR", unlinkDir: "EISDIR", unlinkSlash: "ENOTDIR", root: "EBUSY", long: "ENAMETOOLONG", okLong: "ok", gone: "ENOENT",
      });
    });

    it("lists entries with . and .., newest first like tmpfs", async () => {
      const r = await run(async (sys, d) => {
        for (const n of ["a", "b", "c"]) await writeFile(sys, `${d}/${n}`, "");
        sys.mkdir(`${d}/sub`, 0o700);
        const fd = await sys.open(d, O_RDONLY | O_DIRECTORY);
        const st = sys.stat(d);
        return { names: names(sys, fd), nlink: st.nlink, size: st.size, type: st.mode & S_IFMT };
      });
      // A merged overlay directory reads st_nlink 1 (ovl_getattr does not count subdirectories).
      const nlink = variant.startsWith("overlay") ? 1 : 3;
      expect(r).toEqual({ names: [".", "..", "sub", "c", "b", "a"], nlink, size: 120, type: S_IFDIR });
    });

    it("renames files and directories", async () => {
      const r = await run(async (sys, d) => {
        sys.mkdir(`${d}/a`, 0o755);
        sys.mkdir(`${d}/a/sub`, 0o755);
        sys.mkdir(`${d}/full`, 0o755);
        await writeFile(sys, `${d}/full/x`, "1");
        await writeFile(sys, `${d}/f`, "one");
        await writeFile(sys, `${d}/g`, "two");
        sys.rename(`${d}/f`, `${d}/g`);
        return {
          replaced: await readFile(sys, `${d}/g`),
          oldGone: errOf(() => sys.stat(`${d}/f`)),
          intoSelf: errOf(() => sys.rename(`${d}/a`, `${d}/a/sub/a`)),
          notEmpty: errOf(() => sys.rename(`${d}/a`, `${d}/full`)),
          dirOverFile: errOf(() => sys.rename(`${d}/a`, `${d}/g`)),
          fileOverDir: errOf(() => sys.rename(`${d}/g`, `${d}/a`)),
          missing: errOf(() => sys.rename(`${d}/nope`, `${d}/z`)),
          crossMount: errOf(() => sys.rename(`${d}/g`, "/g")),
          moved: (sys.rename(`${d}/a`, `${d}/full/a`), sys.stat(`${d}/full/a/sub`).mode & S_IFMT),
          nlink: sys.stat(`${d}/full`).nlink,
        };
      });
      expect(r).toEqual({
        replaced: "one", oldGone: "ENOENT", intoSelf: "EINVAL", notEmpty: "ENOTEMPTY", dirOverFile: "ENOTDIR", fileOverDir: "EISDIR",
        missing: "ENOENT", crossMount: variant === "tmpfs" ? "ok" : "EXDEV", moved: S_IFDIR, nlink: 3,
      });
    });

    it("keeps getcwd right and says ENOENT once the cwd is removed", async () => {
      const r = await run(async (sys, d) => {
        sys.mkdir(`${d}/w`, 0o755);
        sys.chdir(`${d}/w`);
        const a = sys.getcwd();
        sys.chdir("..");
        const b = sys.getcwd();
        sys.chdir("w");
        sys.rmdir(`${d}/w`);
        return { d, a, b, c: errOf(() => sys.getcwd()), stat: errOf(() => sys.stat(".")) };
      });
      expect(r).toEqual({ d: r.d, a: `${r.d}/w`, b: r.d, c: "ENOENT", stat: "ok" });
    });
  });

  describe(`links (${variant})`, () => {
    it("follows symlinks, reads them, detects loops", async () => {
      const r = await run(async (sys, d) => {
        await writeFile(sys, `${d}/target`, "data");
        sys.symlink("target", `${d}/rel`);
        sys.symlink(`${d}/target`, `${d}/abs`);
        sys.symlink("loop2", `${d}/loop1`);
        sys.symlink("loop1", `${d}/loop2`);
        sys.symlink("nowhere", `${d}/dangling`);
        return {
          rel: await readFile(sys, `${d}/rel`),
          abs: await readFile(sys, `${d}/abs`),
          link: sys.readlink(`${d}/rel`),
          ltype: sys.lstat(`${d}/rel`).mode & S_IFMT,
          lsize: sys.lstat(`${d}/abs`).size,
          loop: errOf(() => sys.stat(`${d}/loop1`)),
          dangling: errOf(() => sys.stat(`${d}/dangling`)),
          notLink: errOf(() => sys.readlink(`${d}/target`)),
          exists: errOf(() => sys.symlink("x", `${d}/rel`)),
        };
      });
      expect(r).toEqual({ rel: "data", abs: "data", link: "target", ltype: S_IFLNK, lsize: r.lsize, loop: "ELOOP", dangling: "ENOENT", notLink: "EINVAL", exists: "EEXIST" });
      expect(r.lsize).toBeGreaterThan(6);
    });

    it("counts hard links", async () => {
      const r = await run(async (sys, d) => {
        await writeFile(sys, `${d}/a`, "x");
        sys.link(`${d}/a`, `${d}/b`);
        const n2 = sys.stat(`${d}/a`).nlink;
        sys.unlink(`${d}/a`);
        return { n2, n1: sys.stat(`${d}/b`).nlink, same: await readFile(sys, `${d}/b`), dir: errOf(() => sys.link(d, `${d}/dl`)) };
      });
      expect(r).toEqual({ n2: 2, n1: 1, same: "x", dir: "EPERM" });
    });
  });
}

describe("permissions", () => {
  it("enforces mode bits for a user, and sticky directories", async () => {
    const r = await asInit(async (sys) => {
      sys.mkdir("/priv", 0o700);
      sys.mkdir("/tmp", 0o777);
      sys.chmod("/tmp", 0o1777);
      await writeFile(sys, "/tmp/rootfile", "r");
      await writeFile(sys, "/ro", "r");
      const pid = sys.fork(async (c) => {
        c.setresuid(1000, 1000, 1000);
        const res = [
          errOf(() => c.stat("/priv/x")),
          await errOfAsync(() => c.open("/ro", O_WRONLY)),
          errOf(() => c.unlink("/tmp/rootfile")),
          errOf(() => c.mkdir("/nope", 0o755)),
          errOf(() => c.chmod("/ro", 0o777)),
          errOf(() => c.access("/ro", 4)),
          errOf(() => c.access("/ro", 2)),
        ];
        return res.join(",") === "EACCES,EACCES,EPERM,EACCES,EPERM,ok,EACCES" ? 0 : (await c.write(2, res.join(",")), 1);
      });
      return (await sys.wait4(pid, 0)).status;
    });
    expect(r).toBe(0);
  });
});

describe("open items from the VFS's first cut", () => {
  it("readdir does not skip entries when the ones already read are removed (rm -r)", async () => {
    const r = await asInit(async (sys) => {
      sys.mkdir("/d", 0o755);
      for (let i = 0; i < 1200; i++) sys.mknod(`/d/f${i}`, S_IFREG | 0o644, 0);
      const fd = await sys.open("/d", O_RDONLY | O_DIRECTORY);
      let seen = 0;
      for (let b = sys.getdents64(fd); b.length > 0; b = sys.getdents64(fd)) {
        for (const e of b) {
          if (e.name === "." || e.name === "..") continue;
          sys.unlink(`/d/${e.name}`);
          seen++;
        }
      }
      sys.close(fd);
      return { seen, left: names(sys, await sys.open("/d", O_RDONLY | O_DIRECTORY)).length };
    });
    expect(r).toEqual({ seen: 1200, left: 2 });
  });

  it("O_CREAT through a dangling symlink creates its target; O_EXCL is EEXIST", async () => {
    const r = await asInit(async (sys) => {
      sys.mkdir("/t", 0o755);
      sys.symlink("target", "/t/link");
      const excl = await errOfAsync(() => sys.open("/t/link", O_WRONLY | O_CREAT | O_EXCL, 0o644));
      await writeFile(sys, "/t/link", "via link");
      return { excl, text: await readFile(sys, "/t/target"), type: sys.lstat("/t/link").mode & S_IFMT };
    });
    expect(r).toEqual({ excl: "EEXIST", text: "via link", type: S_IFLNK });
  });

  it("a FIFO opened O_RDWR does not wait for a partner", async () => {
    const r = await asInit(async (sys) => {
      sys.mknod("/fifo", 0o010644, 0);
      const fd = await sys.open("/fifo", O_RDWR);
      await sys.write(fd, "x");
      const got = dec.decode(await sys.read(fd, 1));
      sys.close(fd);
      return got;
    });
    expect(r).toBe("x");
  });
});
