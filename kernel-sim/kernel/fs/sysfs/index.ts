// sysfs: the directories tools and mounts expect (/sys/fs/cgroup as a mount point, /sys/kernel,
// /sys/devices) exist; /sys/class/net comes from the net subsystem's generator, and
// /sys/devices/system/cpu lists the simulated CPUs (nproc and lscpu read `online`).

import type { FileSystemType } from "../../vfs/state.ts";
import type { PDir } from "../pseudo/node.ts";
import { staticDir, textFile } from "../pseudo/node.ts";
import { mountPseudo, emptyStatfs } from "../pseudo/super.ts";
import { SYSFS_MAGIC } from "../../../uapi/stat.ts";
import { classNetDir } from "../../net/sysfs_net.ts";
import { netNs } from "../../net/netns.ts";
import { NR_CPUS } from "../proc/sysinfo.ts";

const empty = (key: string): PDir => staticDir(key, 0o755, {});

/** /sys/devices/system/cpu: every CPU possible, present and online, as a cpulist ("0-1"). */
function cpuDir(): PDir {
  const key = "devices/system/cpu";
  const list = NR_CPUS > 1 ? `0-${NR_CPUS - 1}\n` : "0\n";
  const children: Record<string, () => PDir | ReturnType<typeof textFile>> = {
    online: () => textFile(`${key}/online`, () => list),
    possible: () => textFile(`${key}/possible`, () => list),
    present: () => textFile(`${key}/present`, () => list),
    offline: () => textFile(`${key}/offline`, () => "\n"),
    kernel_max: () => textFile(`${key}/kernel_max`, () => "8191\n"),
  };
  for (let c = 0; c < NR_CPUS; c++) {
    // cpu0 cannot be taken offline, so it has no `online` file (as on x86).
    const files: Record<string, () => ReturnType<typeof textFile>> = {};
    if (c > 0) files.online = () => textFile(`${key}/cpu${c}/online`, () => "1\n", 0o644);
    children[`cpu${c}`] = () => staticDir(`${key}/cpu${c}`, 0o755, files);
  }
  return staticDir(key, 0o755, children);
}

function root(): PDir {
  return staticDir("", 0o555, {
    block: () => empty("block"),
    bus: () => empty("bus"),
    class: () => staticDir("class", 0o755, { net: () => classNetDir("class/net", netNs) }),
    dev: () => empty("dev"),
    devices: () => staticDir("devices", 0o755, { system: () => staticDir("devices/system", 0o755, { cpu: cpuDir }) }),
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
