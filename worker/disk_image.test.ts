import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Host } from "../kernel-sim/host/index.ts";
import { decodeDisk, DISK_SCHEMA, DiskFormatError, encodeDisk } from "./disk_format.ts";
import { bootFromDisk, diskFingerprint, serializeDisk, snapshotDisk } from "./disk_image.ts";
import { RootImageError } from "../kernel-sim/host/index.ts";

const dec = new TextDecoder();

async function run(host: Host, argv: string[]): Promise<{ status: number; out: string }> {
  let out = "";
  const status = await host.run({ argv, onStdout: (b) => (out += dec.decode(b)), onStderr: (b) => (out += dec.decode(b)) });
  return { status, out };
}

describe("disk image", () => {
  it("round-trips files, modes, symlinks, and directories through bytes", async () => {
    const a = await Host.boot();
    await a.writeFile("/root/f", "x\n", 0o600);
    await a.writeFile("/root/big", new Uint8Array(100_000).fill(7));
    const bytes = serializeDisk(a);
    const img = decodeDisk(bytes);
    expect(encodeDisk(img)).toEqual(bytes);

    const { host: b, report } = await bootFromDisk(bytes);
    expect(report.files).toBe(img.inodes.length);
    expect(report.added).toEqual([]);
    expect(await run(b, ["/bin/cat", "/root/f"])).toEqual({ status: 0, out: "x\n" });
    expect((await run(b, ["/usr/bin/stat", "-c", "%a %s %h", "/root/f", "/root/big"])).out).toBe("600 2 1\n644 100000 1\n");
    expect((await run(b, ["/bin/ls", "/proc/1/comm"])).status).toBe(0); // /proc is still mounted
    expect((await run(b, ["/bin/readlink", "/bin"])).out).toBe((await run(a, ["/bin/readlink", "/bin"])).out);
    const noAtime = (l: typeof img.inodes) => l.map(({ atimeNs: _, ...rest }) => rest);
    expect(noAtime(snapshotDisk(b).inodes)).toEqual(noAtime(img.inodes)); // reading moved atimes only
  });

  it("keeps writing after a restore (inode numbers and page accounting carried over)", async () => {
    const a = await Host.boot();
    const { host: b } = await bootFromDisk(serializeDisk(a));
    await b.writeFile("/root/new", "new\n");
    const ino = snapshotDisk(b).inodes.map((i) => i.ino);
    expect(new Set(ino).size).toBe(ino.length);
    expect((await run(b, ["/bin/cat", "/root/new"])).out).toBe("new\n");
  });

  it("keeps a sparse file's holes: the image holds only written pages, du and df agree after a reload", async () => {
    const a = await Host.boot({ preload: true });
    const fresh = serializeDisk(a).length;
    const make = "truncate -s 1G /root/t; truncate -s 100M /root/s; echo x >> /root/s; dd if=/dev/zero of=/root/h bs=1M count=1 seek=50 2>/dev/null; printf ab | dd of=/root/h bs=1 seek=8192 conv=notrunc 2>/dev/null";
    expect((await run(a, ["/bin/sh", "-c", make])).status).toBe(0);
    const look = ["/bin/sh", "-c", "stat -c '%n %s %b' /root/t /root/s /root/h; du -k /root/t /root/s /root/h; df -k / | tail -1; od -An -c -j 8190 -N 6 /root/h; tail -c 2 /root/s | od -An -c"];
    const before = (await run(a, look)).out;
    expect(before).toMatch(/^\/root\/t 1073741824 0$/m);
    const bytes = serializeDisk(a);
    expect(bytes.length - fresh).toBeLessThan(1.1 * 1024 * 1024); // 1 MiB of dd and three pages, not 151 MB
    const { host: b } = await bootFromDisk(bytes, { preload: true });
    expect((await run(b, look)).out).toBe(before);
  });

  it("reads a disk saved by schema 1 (every file as all its bytes) and saves it again as the current schema", async () => {
    const old = new Uint8Array(readFileSync(new URL("./testdata/schema1.vlabdisk", import.meta.url)));
    expect(new DataView(old.buffer, old.byteOffset).getUint32(8, true)).toBe(1);
    const { host } = await bootFromDisk(old, { preload: true });
    const out = (await run(host, ["/bin/sh", "-c", "cat /root/link; stat -c '%A %s %b %N' /root/notes.txt /root/empty /root/d/e/tenk /root/link; md5sum < /root/d/e/tenk"])).out;
    const md5 = (await run(host, ["/bin/sh", "-c", "yes abcdefgh | head -c 10000 | md5sum"])).out;
    expect(out).toBe(["saved by vlab schema 1", "-rw-r----- 23 8 '/root/notes.txt'", "-rw-r--r-- 0 0 '/root/empty'", "-rw-r--r-- 10000 24 '/root/d/e/tenk'", "lrwxrwxrwx 9 0 '/root/link' -> 'notes.txt'", ""].join("\n") + md5);
    const again = serializeDisk(host);
    expect(new DataView(again.buffer, again.byteOffset).getUint32(8, true)).toBe(DISK_SCHEMA);
    const img = decodeDisk(again);
    expect(img.schema).toBe(DISK_SCHEMA);
    expect(encodeDisk(img)).toEqual(again);
  });

  it("fingerprint changes when a file changes", async () => {
    const a = await Host.boot();
    const f0 = diskFingerprint(a);
    expect(diskFingerprint(a)).toBe(f0);
    await a.writeFile("/root/f", "1");
    expect(diskFingerprint(a)).not.toBe(f0);
  });

  it("installs programs the saved disk predates", async () => {
    const a = await Host.boot();
    const img = snapshotDisk(a);
    img.meta.programs = img.meta.programs.filter((p) => p !== "tac");
    const root = img.inodes.find((i) => i.ino === img.meta.rootIno)!;
    const usr = img.inodes.find((i) => i.ino === root.children!.find(([n]) => n === "usr")![1])!;
    const bin = img.inodes.find((i) => i.ino === usr.children!.find(([n]) => n === "bin")![1])!;
    bin.children = bin.children!.filter(([n]) => n !== "tac");
    const { host: b, report } = await bootFromDisk(encodeDisk(img));
    expect(report.added).toEqual(["tac"]);
    expect((await run(b, ["/usr/bin/tac", "/etc/hostname"])).status).toBe(0);
  });

  it("refuses an image with a dangling entry or too big for the disk, before anything runs", async () => {
    const img = snapshotDisk(await Host.boot());
    const root = img.inodes.find((i) => i.ino === img.meta.rootIno)!;
    root.children!.push(["ghost", 999_999]);
    await expect(Host.boot({ rootImage: img })).rejects.toThrow(RootImageError);
    root.children!.pop();
    // Written bytes count (a hole would not): 300 files of 4 MiB are more than the 1 GiB disk.
    const data = new Uint8Array(4 << 20);
    const file = img.inodes.find((i) => i.extents?.length)!;
    for (let k = 0; k < 300; k++) {
      img.inodes.push({ ...file, ino: 900_000 + k, size: data.length, extents: [{ offset: 0, bytes: data }] });
      root.children!.push([`huge${k}`, 900_000 + k]);
    }
    await expect(Host.boot({ rootImage: img })).rejects.toThrow(/more than the root filesystem's/);
  });

  it("rejects damaged and foreign disks with a reason", async () => {
    const bytes = serializeDisk(await Host.boot());
    expect(() => decodeDisk(new TextEncoder().encode("hello world, not a disk"))).toThrow(/not a vlab disk/);
    expect(() => decodeDisk(bytes.subarray(0, bytes.length - 100))).toThrow(DiskFormatError);
    const newer = bytes.slice();
    new DataView(newer.buffer).setUint32(8, 99, true);
    expect(() => decodeDisk(newer)).toThrow(/schema 99 is unknown/);
    // A file whose extents overlap, or run past its size, is damage too.
    const img = snapshotDisk(await Host.boot());
    const file = img.inodes.find((i) => (i.extents?.length ?? 0) > 0 && i.size > 2)!;
    file.extents = [file.extents![0]!, { offset: 0, bytes: new Uint8Array(1) }];
    expect(() => decodeDisk(encodeDisk(img))).toThrow(/inode \d+: extent 1 .* overlaps another or passes the file's size/);
    file.extents = [{ offset: 0, bytes: new Uint8Array(file.size + 1) }];
    expect(() => decodeDisk(encodeDisk(img))).toThrow(/passes the file's size/);
  });
});
