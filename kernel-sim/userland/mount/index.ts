// The programs of this folder (util-linux's mount tools, and coreutils' chroot), for the host's
// /usr/bin and /usr/sbin as Debian 12 installs them (keep it sorted).

import type { ProgramEntry } from "../programs.ts";

export const PROGRAMS: Record<string, ProgramEntry> = {
  chroot: { path: "/usr/sbin/chroot", load: () => import("./chroot.ts").then((m) => m.default) },
  findmnt: { path: "/usr/bin/findmnt", load: () => import("./findmnt.ts").then((m) => m.default) },
  mount: { path: "/usr/bin/mount", load: () => import("./mount.ts").then((m) => m.default) },
  mountpoint: { path: "/usr/bin/mountpoint", load: () => import("./mountpoint.ts").then((m) => m.default) },
  pivot_root: { path: "/usr/sbin/pivot_root", load: () => import("./pivot_root.ts").then((m) => m.default) },
  umount: { path: "/usr/bin/umount", load: () => import("./umount.ts").then((m) => m.default) },
};
