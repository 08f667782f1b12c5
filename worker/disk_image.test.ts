import { describe, expect, it } from "vitest";
import { Host } from "../kernel-sim/host/index.ts";
import { decodeDisk, DiskFormatError, encodeDisk } from "./disk_format.ts";
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
    const file = img.inodes.find((i) => i.data)!;
    for (let k = 0; k < 300; k++) {
      img.inodes.push({ ...file, ino: 900_000 + k, size: data.length, data });
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
  });
});
