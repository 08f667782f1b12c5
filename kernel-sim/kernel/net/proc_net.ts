// /proc/net/dev (net/core/net-procfs.c dev_seq_show): per-device counters of the reader's
// network namespace. For procfs to wire as /proc/net/dev (and /proc/PID/net/dev).

import type { Task } from "../task/task.ts";
import { netNs } from "./netns.ts";
import { EINVAL, Errno } from "../../uapi/errno.ts";

export function showProcNetDev(t: Task): string {
  let out =
    "Inter-|   Receive                                                |  Transmit\n" +
    " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n";
  const ns = netNs(t);
  for (const d of [...ns.devices.values()].sort((a, b) => a.ifindex - b.ifindex)) {
    const s = d.stats;
    const n = (v: number, w: number): string => String(v).padStart(w);
    out += `${d.name.padStart(6)}:${n(s.rxBytes, 8)} ${n(s.rxPackets, 7)} ${n(0, 4)} ${n(s.rxDropped, 4)} ${n(0, 4)} ${n(0, 5)} ${n(0, 10)} ${n(0, 9)} `;
    out += `${n(s.txBytes, 8)} ${n(s.txPackets, 7)} ${n(0, 4)} ${n(s.txDropped, 4)} ${n(0, 4)} ${n(0, 5)} ${n(0, 7)} ${n(0, 10)}\n`;
  }
  return out;
}

/** /proc/sys/net/ipv4/ip_forward of the reader's namespace: "0\n" or "1\n". */
export function showIpForward(t: Task): string {
  return netNs(t).ipForward ? "1\n" : "0\n";
}

/** A write to /proc/sys/net/ipv4/ip_forward (any number; non-zero turns forwarding on). */
export function storeIpForward(t: Task, data: Uint8Array): void {
  const v = new TextDecoder().decode(data).trim();
  if (!/^-?\d+$/.test(v)) throw new Errno(EINVAL);
  netNs(t).ipForward = Number(v) !== 0;
}
