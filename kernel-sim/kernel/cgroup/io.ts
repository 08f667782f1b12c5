// The io controller (block/blk-cgroup.c, blk-throttle.c): io.max limits per block device and
// io.stat accounting - cgroup-v2.rst, "IO Interface Files". The machine has one simulated
// disk, vda (254:0), as a QEMU guest has; I/O is accounted with ioAccount() by whoever does
// block I/O on it (the stress tool's --hdd through the io_account syscall).

import type { Task } from "../task/task.ts";
import type { Cgroup, Css } from "./cgroup.ts";
import type { CfType, Controller } from "./controller.ts";
import { EINVAL, ENODEV, Errno } from "../../uapi/errno.ts";

/** The simulated block devices (major:minor). */
export const BLOCK_DEVICES = [{ name: "vda", major: 254, minor: 0 }];

const LIMIT_KEYS = ["rbps", "wbps", "riops", "wiops"] as const;
type LimitKey = (typeof LIMIT_KEYS)[number];

interface DevStat {
  rbytes: number;
  wbytes: number;
  rios: number;
  wios: number;
}

export class IoCss implements Css {
  readonly limits = new Map<string, Record<LimitKey, number>>();
  readonly stats = new Map<string, DevStat>();
  weight = 100;
  constructor(readonly cgroup: Cgroup) {}
}

function io(cg: Cgroup): IoCss {
  return cg.css.get("io") as IoCss;
}

/** Account one I/O of bytes on dev ("254:0") to t's cgroup and its ancestors (blkcg_iostat). */
export function ioAccount(t: Task, dev: string, write: boolean, bytes: number): void {
  for (let c: Cgroup | null = t.cgroup; c; c = c.parent) {
    const s = c.css.get("io") as IoCss | undefined;
    if (!s) continue;
    let st = s.stats.get(dev);
    if (!st) s.stats.set(dev, (st = { rbytes: 0, wbytes: 0, rios: 0, wios: 0 }));
    if (write) {
      st.wbytes += bytes;
      st.wios++;
    } else {
      st.rbytes += bytes;
      st.rios++;
    }
  }
}

function showMaxFile(cg: Cgroup): string {
  let out = "";
  for (const [dev, l] of io(cg).limits) {
    out += `${dev} ${LIMIT_KEYS.map((k) => `${k}=${l[k] === Infinity ? "max" : l[k]}`).join(" ")}\n`;
  }
  return out;
}

/** tg_set_limit(): "MAJ:MIN key=value...", ENODEV for a device that is not there. */
function writeMax(cg: Cgroup, text: string): void {
  const toks = text.trim().split(/\s+/);
  const m = /^(\d+):(\d+)$/.exec(toks[0] ?? "");
  if (!m) throw new Errno(EINVAL);
  const dev = `${Number(m[1])}:${Number(m[2])}`;
  if (!BLOCK_DEVICES.some((d) => `${d.major}:${d.minor}` === dev)) throw new Errno(ENODEV);
  const l = { ...(io(cg).limits.get(dev) ?? { rbps: Infinity, wbps: Infinity, riops: Infinity, wiops: Infinity }) };
  for (const tok of toks.slice(1)) {
    const kv = /^(\w+)=(\S+)$/.exec(tok);
    if (!kv || !(LIMIT_KEYS as readonly string[]).includes(kv[1]!)) throw new Errno(EINVAL);
    const v = kv[2] === "max" ? Infinity : /^\d+$/.test(kv[2]!) ? Number(kv[2]) : NaN;
    if (Number.isNaN(v)) throw new Errno(EINVAL);
    l[kv[1] as LimitKey] = v;
  }
  if (LIMIT_KEYS.every((k) => l[k] === Infinity)) io(cg).limits.delete(dev);
  else io(cg).limits.set(dev, l);
}

function showStat(cg: Cgroup): string {
  let out = "";
  const s = cg.css.get("io") as IoCss | undefined;
  for (const [dev, st] of s?.stats ?? []) out += `${dev} rbytes=${st.rbytes} wbytes=${st.wbytes} rios=${st.rios} wios=${st.wios} dbytes=0 dios=0\n`;
  return out;
}

const files: CfType[] = [
  { name: "io.max", mode: 0o644, where: "notRoot", show: showMaxFile, write: writeMax },
  { name: "io.stat", mode: 0o444, where: "all", show: showStat },
  {
    name: "io.weight",
    mode: 0o644,
    where: "notRoot",
    show: (cg) => `default ${io(cg).weight}\n`,
    write(cg, text) {
      const s = text.trim().replace(/^default\s+/, "");
      // Per-device weights need a weight-based I/O scheduler (BFQ, iocost): not here.
      if (!/^\d+$/.test(s)) throw new Errno(EINVAL);
      const v = Number(s);
      if (v < 1 || v > 10000) throw new Errno(EINVAL);
      io(cg).weight = v;
    },
  },
  { name: "io.cost.model", mode: 0o644, where: "root", show: () => "", write: () => {} },
  { name: "io.cost.qos", mode: 0o644, where: "root", show: () => "", write: () => {} },
];

export const ioController: Controller = { name: "io", cssAlloc: (cg) => new IoCss(cg), files };
