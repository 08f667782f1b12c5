// Booting the VFS: register the filesystem types and character devices, build the initial
// mount namespace. Like Linux's init_rootfs()/init_mount_tree(), the namespace's root mount is
// an invisible "rootfs"; the machine's disk (a tmpfs with a size cap) is mounted on it, and
// that is what init sees as "/". Keeping rootfs under it is what lets pivot_root(2) move "/".

import type { Kernel } from "../kernel.ts";
import { FsContext } from "./fs_struct.ts";
import { Mount, MountNamespace, type Path } from "./mount.ts";
import { registerFilesystem, vfsState } from "./state.ts";
import { graft, mntFlagsFrom, newMount } from "./namespace.ts";
import { setShared } from "./pnode.ts";
import { defaultTmpfsOptions, mountTmpfs, tmpfsType, PAGE_SIZE } from "../fs/tmpfs/super.ts";
import { registerMemDevices } from "../fs/devtmpfs/mem.ts";
import { registerTtyDevices } from "../fs/devtmpfs/tty.ts";
import { devtmpfsType } from "../fs/devtmpfs/index.ts";
import { devptsType } from "../fs/devpts/index.ts";
import { procType } from "../fs/proc/index.ts";
import { sysfsType } from "../fs/sysfs/index.ts";
import { cgroup2Type } from "../fs/cgroup2/index.ts";
import { overlayType } from "../fs/overlay/super.ts";
import { fsSyscalls } from "../syscalls/fs/index.ts";

/** The root disk's size cap (df shows it; writing past it is ENOSPC). */
export const ROOT_DISK_BYTES = 1024 * 1024 * 1024;

export function vfsInit(kernel: Kernel): { fs: FsContext; mnt: MountNamespace } {
  vfsState(kernel);
  for (const t of [sysfsType, tmpfsType, procType, cgroup2Type, devtmpfsType, devptsType, overlayType]) registerFilesystem(kernel, t);
  registerMemDevices(kernel);
  registerTtyDevices(kernel);
  const ns = new MountNamespace(kernel.allocInum());
  const rootfs = mountTmpfs(kernel, "rootfs", "rootfs", defaultTmpfsOptions());
  ns.root = new Mount(1, rootfs, rootfs.root, 0, ns);
  ns.mounts.push(ns.root);
  const disk = mountTmpfs(kernel, "tmpfs", "/dev/root", { ...defaultTmpfsOptions(), maxPages: ROOT_DISK_BYTES / PAGE_SIZE, mode: 0o755 });
  const m = newMount(kernel, ns, disk, mntFlagsFrom(0), "/dev/root");
  graft(kernel, ns, m, { mnt: ns.root, dentry: rootfs.root });
  // systemd makes "/" shared early in boot (mount --make-rshared /), so every mount made under
  // it later is shared too: the host Debian 12 a learner knows (shared:1 on "/").
  setShared(kernel, m);
  const root: Path = { mnt: m, dentry: disk.root };
  kernel.fs = fsSyscalls;
  return { fs: new FsContext(root), mnt: ns };
}
