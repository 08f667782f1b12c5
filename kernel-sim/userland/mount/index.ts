// The programs of this folder (util-linux's mount tools, and coreutils' chroot), for the host's
// /usr/bin and /usr/sbin as Debian 12 installs them (keep it sorted).

import type { ProgramMain } from "../lib/sys.ts";
import p_chroot from "./chroot.ts";
import p_findmnt from "./findmnt.ts";
import p_mount from "./mount.ts";
import p_mountpoint from "./mountpoint.ts";
import p_pivot_root from "./pivot_root.ts";
import p_umount from "./umount.ts";

export const PROGRAMS: Record<string, { main: ProgramMain; path: string }> = {
  chroot: { main: p_chroot, path: "/usr/sbin/chroot" },
  findmnt: { main: p_findmnt, path: "/usr/bin/findmnt" },
  mount: { main: p_mount, path: "/usr/bin/mount" },
  mountpoint: { main: p_mountpoint, path: "/usr/bin/mountpoint" },
  pivot_root: { main: p_pivot_root, path: "/usr/sbin/pivot_root" },
  umount: { main: p_umount, path: "/usr/bin/umount" },
};
