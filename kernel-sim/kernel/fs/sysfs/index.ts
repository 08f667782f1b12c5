// sysfs: a stub. The directories tools and mounts expect (/sys/fs/cgroup as a mount point,
// /sys/kernel, /sys/class/net, /sys/devices) exist and are empty; content comes with the
// subsystems that own it (net, cgroups).

import type { FileSystemType } from "../../vfs/state.ts";
import type { PDir } from "../pseudo/node.ts";
import { staticDir } from "../pseudo/node.ts";
import { mountPseudo, emptyStatfs } from "../pseudo/super.ts";
import { SYSFS_MAGIC } from "../../../uapi/stat.ts";

const empty = (key: string): PDir => staticDir(key, 0o755, {});

function root(): PDir {
  return staticDir("", 0o555, {
    block: () => empty("block"),
    bus: () => empty("bus"),
    class: () => staticDir("class", 0o755, { net: () => empty("class/net") }),
    dev: () => empty("dev"),
    devices: () => empty("devices"),
    firmware: () => empty("firmware"),
    fs: () => staticDir("fs", 0o755, { cgroup: () => empty("fs/cgroup") }),
    kernel: () => empty("kernel"),
    module: () => empty("module"),
    power: () => empty("power"),
  });
}

export const sysfsType: FileSystemType = {
  name: "sysfs",
  nodev: true,
  mount(kernel) {
    return mountPseudo(kernel, "sysfs", "sysfs", { statfs: (sb) => emptyStatfs(SYSFS_MAGIC, sb) }, root);
  },
};
