// pid 1. It mounts the API filesystems the way systemd does early in boot (/proc, /sys,
// /dev, /dev/pts, /dev/shm, /run, /tmp, /sys/fs/cgroup), then does what init must: reap every
// orphan that is re-parented to it, forever. It has a SIGCHLD handler, so a child's death wakes it.

import type { Sys } from "../userland/lib/sys.ts";
import { ECHILD, Errno } from "../uapi/errno.ts";
import { SIGCHLD } from "../uapi/signal.ts";
import { MS_NODEV, MS_NOEXEC, MS_NOSUID, MS_RELATIME } from "../uapi/mount.ts";

/** [source, target, fstype, flags, data]: the mounts of a booted Debian 12 with systemd. */
export const API_MOUNTS: ReadonlyArray<[string, string, string, number, string]> = [
  ["proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RELATIME, ""],
  ["sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RELATIME, ""],
  ["udev", "/dev", "devtmpfs", MS_NOSUID | MS_RELATIME, "size=1024k,nr_inodes=4096,mode=755"],
  ["devpts", "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC | MS_RELATIME, "gid=5,mode=620,ptmxmode=000"],
  ["tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, ""],
  ["tmpfs", "/run", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RELATIME, "size=204800k,mode=755"],
  ["tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV | MS_RELATIME, "mode=1777"],
  ["cgroup2", "/sys/fs/cgroup", "cgroup2", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RELATIME, "nsdelegate,memory_recursiveprot"],
];

export async function initMain(sys: Sys, ready: () => void, fail: (e: unknown) => void): Promise<number> {
  try {
    for (const [source, target, fstype, flags, data] of API_MOUNTS) {
      try {
        sys.mkdir(target, 0o755);
      } catch (e) {
        if (!(e instanceof Errno) || e.code !== "EEXIST") throw e;
      }
      sys.mount(source, target, fstype, flags, data);
    }
    for (const d of ["/run/lock", "/run/user", "/dev/mqueue"]) {
      try {
        sys.mkdir(d, 0o755);
      } catch (e) {
        if (!(e instanceof Errno) || e.code !== "EEXIST") throw e;
      }
    }
  } catch (e) {
    fail(e);
    return 1;
  }
  sys.sigaction(SIGCHLD, { handler: () => {}, restart: true });
  ready();
  for (;;) {
    try {
      await sys.wait4(-1, 0);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      if (e.errno !== ECHILD) continue;
      // No children right now: sleep until one dies (SIGCHLD).
      await sys.pause().catch(() => undefined);
    }
  }
}
