// sysfs: the directories tools and mounts expect (/sys/fs/cgroup as a mount point, /sys/kernel,
// /sys/devices) exist and are empty; /sys/class/net comes from the net subsystem's generator.

import type { FileSystemType } from "../../vfs/state.ts";
import type { PDir } from "../pseudo/node.ts";
import { staticDir } from "../pseudo/node.ts";
import { mountPseudo, emptyStatfs } from "../pseudo/super.ts";
import { SYSFS_MAGIC } from "../../../uapi/stat.ts";
import { classNetDir } from "../../net/sysfs_net.ts";
import { netNs } from "../../net/netns.ts";

const empty = (key: string): PDir => staticDir(key, 0o755, {});

function root(): PDir {
  return staticDir("", 0o555, {
    block: () => empty("block"),
    bus: () => empty("bus"),
    class: () => staticDir("class", 0o755, { net: () => classNetDir("class/net", netNs) }),
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
