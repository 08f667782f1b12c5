// /sys/class/net: one directory per device of a network namespace (net/core/net-sysfs.c), as
// generated-file nodes for sysfs to hang at class/net. In Linux a sysfs mount shows the
// devices of the namespace of the task that mounted it (which is why `ip netns exec` remounts
// /sys); the caller passes that namespace in.

import type { Task } from "../task/task.ts";
import type { NetNamespace } from "../ns/net.ts";
import type { NetDevice } from "./device.ts";
import type { PDir, PNode } from "../fs/pseudo/node.ts";
import { textFile } from "../fs/pseudo/node.ts";
import { macToString } from "./device.ts";
import { EINVAL, Errno } from "../../uapi/errno.ts";

function devDir(key: string, d: NetDevice): PDir {
  const files: Record<string, () => string> = {
    address: () => macToString(d.mac),
    broadcast: () => (d.kind === "loopback" ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff"),
    carrier: () => {
      if (!d.up) throw new Errno(EINVAL);
      return d.carrier ? "1" : "0";
    },
    flags: () => "0x" + d.flags.toString(16),
    ifindex: () => String(d.ifindex),
    iflink: () => String(d.peer ? d.peer.ifindex : d.ifindex),
    mtu: () => String(d.mtu),
    operstate: () => d.operstate.toLowerCase(),
    tx_queue_len: () => String(d.txqlen),
    type: () => (d.kind === "loopback" ? "772" : "1"),
  };
  const stats: Record<string, () => number> = {
    rx_bytes: () => d.stats.rxBytes,
    rx_packets: () => d.stats.rxPackets,
    rx_dropped: () => d.stats.rxDropped,
    tx_bytes: () => d.stats.txBytes,
    tx_packets: () => d.stats.txPackets,
    tx_dropped: () => d.stats.txDropped,
  };
  const statsDir: PDir = {
    kind: "dir",
    key: `${key}/statistics`,
    mode: 0o755,
    list: () => Object.keys(stats),
    get: (n) => (Object.hasOwn(stats, n) ? textFile(`${key}/statistics/${n}`, () => `${stats[n]!()}\n`) : null),
  };
  return {
    kind: "dir",
    key,
    mode: 0o755,
    list: () => [...Object.keys(files), "statistics"].sort(),
    get: (n): PNode | null => {
      if (n === "statistics") return statsDir;
      return Object.hasOwn(files, n) ? textFile(`${key}/${n}`, () => `${files[n]!()}\n`) : null;
    },
  };
}

/** /sys/class/net of namespace ns(reader). */
export function classNetDir(key: string, ns: (reader: Task) => NetNamespace): PDir {
  return {
    kind: "dir",
    key,
    mode: 0o755,
    list: (t) => [...ns(t).devices.values()].map((d) => d.name),
    get: (name, t) => {
      const d = ns(t).deviceByName(name);
      return d ? devDir(`${key}/${ns(t).inum}/${d.ifindex}`, d) : null;
    },
  };
}
