// devtmpfs: the /dev every machine starts with. Analogous to drivers/base/devtmpfs.c: one
// tmpfs instance per kernel (every mount of devtmpfs shows the same superblock), populated
// with the nodes the drivers registered, plus the symlinks and directories udev would add.

import type { Kernel } from "../../kernel.ts";
import type { SuperBlock } from "../../vfs/inode.ts";
import { mountTmpfs, defaultTmpfsOptions, parseTmpfsOptions } from "../tmpfs/super.ts";
import { tmpfsInodeOps } from "../tmpfs/inode.ts";
import type { FileSystemType } from "../../vfs/state.ts";
import { Cred } from "../../cred/cred.ts";
import { S_IFCHR, S_IFDIR, makedev } from "../../../uapi/stat.ts";

/** The tty group (gid 5 on Debian), which udev's rules give the terminal nodes. */
const TTY_GID = 5;

/** The nodes devtmpfs starts with, as a booted Debian 12 shows them after udev: name, mode, major, minor, gid. */
const NODES: [string, number, number, number, number][] = [
  ["null", 0o666, 1, 3, 0],
  ["zero", 0o666, 1, 5, 0],
  ["full", 0o666, 1, 7, 0],
  ["random", 0o666, 1, 8, 0],
  ["urandom", 0o666, 1, 9, 0],
  ["tty", 0o666, 5, 0, TTY_GID],
  ["console", 0o620, 5, 1, TTY_GID],
  ["ptmx", 0o666, 5, 2, TTY_GID],
];

const LINKS: [string, string][] = [
  ["fd", "/proc/self/fd"],
  ["stdin", "/proc/self/fd/0"],
  ["stdout", "/proc/self/fd/1"],
  ["stderr", "/proc/self/fd/2"],
];

function populate(sb: SuperBlock): void {
  const root = sb.root.inode;
  const cred = Cred.root();
  for (const [name, mode, maj, min, gid] of NODES) tmpfsInodeOps.create!(root, name, S_IFCHR | mode, makedev(maj, min), cred).gid = gid;
  tmpfsInodeOps.create!(root, "pts", S_IFDIR | 0o755, 0, cred);
  tmpfsInodeOps.create!(root, "shm", S_IFDIR | 0o1777, 0, cred);
  for (const [name, target] of LINKS) tmpfsInodeOps.symlink!(root, name, target, cred);
}

export const devtmpfsType: FileSystemType = {
  name: "devtmpfs",
  nodev: true,
  mount(kernel: Kernel, _task, _source, _flags, data) {
    const key = "devtmpfs-sb";
    let sb = kernel.subsys.get(key) as SuperBlock | undefined;
    if (!sb) {
      const opts = parseTmpfsOptions(kernel, data, { ...defaultTmpfsOptions(), mode: 0o755 });
      sb = mountTmpfs(kernel, "devtmpfs", "devtmpfs", opts);
      populate(sb);
      kernel.subsys.set(key, sb);
    }
    return sb;
  },
};
