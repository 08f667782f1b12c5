// The top of /proc: the generated system files and one directory per visible process.
// Analogous to fs/proc/root.c plus the files of fs/proc/{uptime,loadavg,meminfo,version,
// cmdline,stat,cpuinfo}.c and /proc/sys/kernel from kernel/sysctl.c, printed as Linux 6.1 does.

import type { Kernel } from "../../kernel.ts";
import type { Task } from "../../task/task.ts";
import type { PidNamespace } from "../../task/pid.ts";
import type { PDir, PNode } from "../pseudo/node.ts";
import { staticDir, symlinkNode, textFile } from "../pseudo/node.ts";
import { pidDir } from "./pid.ts";
import { sysvipcDir } from "./sysvipc.ts";
import { ipcSysctls } from "./sysctl_ipc.ts";
import { roSysFile } from "./ro_file.ts";
import { showMemInfo, showCpuinfo, showStat, showUptime, showLoadavg, showVersion } from "./sysinfo.ts";
import { vfsState } from "../../vfs/state.ts";
import { MAX_THREADS, PID_MAX_DEFAULT } from "../../task/pid.ts";
import { UTS_RELEASE, UTS_SYSNAME, UTS_VERSION, NEW_UTS_LEN } from "../../ns/uts.ts";
import { EINVAL, Errno } from "../../../uapi/errno.ts";
import { showIpForward, storeIpForward } from "../../net/proc_net.ts";

const dec = new TextDecoder();

/** Tasks visible in ns, by their number there, ascending. */
function visible(kernel: Kernel, ns: PidNamespace): [number, Task][] {
  const out: [number, Task][] = [];
  for (const t of kernel.tasks) {
    const n = t.pid.nr(ns);
    if (n > 0) out.push([n, t]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function sysctlString(key: string, get: (t: Task) => string, set?: (t: Task, v: string) => void): () => PNode {
  return () =>
    set
      ? textFile(key, (t) => get(t) + "\n", 0o644, (t, data) => {
          const v = dec.decode(data).replace(/\n$/, "");
          if (v.length > NEW_UTS_LEN) throw new Errno(EINVAL);
          set(t, v);
        })
      : textFile(key, (t) => get(t) + "\n");
}

/** A writable integer sysctl (proc_dointvec_minmax): a number in [min, max], else EINVAL. */
function sysctlInt(key: string, get: () => number, set: (v: number) => void, min: number, max: number): () => PNode {
  return () =>
    textFile(key, () => `${get()}\n`, 0o644, (_t, data) => {
      const v = dec.decode(data).trim();
      if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new Errno(EINVAL);
      set(Number(v));
    });
}

/** Machine-wide vm sysctls: the values Debian 12 boots with. */
interface VmSysctls {
  swappiness: number;
  overcommitMemory: number;
}
const vmSysctls = new WeakMap<Kernel, VmSysctls>();

function vmOf(kernel: Kernel): VmSysctls {
  let v = vmSysctls.get(kernel);
  if (!v) vmSysctls.set(kernel, (v = { swappiness: 60, overcommitMemory: 0 }));
  return v;
}

function forwardingDir(name: string): PDir {
  const key = `sys/net/ipv4/conf/${name}`;
  return staticDir(key, 0o555, { forwarding: () => textFile(`${key}/forwarding`, showIpForward, 0o644, storeIpForward) });
}

function sysDir(kernel: Kernel): PDir {
  const vm = vmOf(kernel);
  return staticDir("sys", 0o555, {
    fs: () => staticDir("sys/fs", 0o555, { nr_open: sysctlString("sys/fs/nr_open", () => "1048576") }),
    net: () =>
      staticDir("sys/net", 0o555, {
        ipv4: () =>
          staticDir("sys/net/ipv4", 0o555, {
            ip_forward: () => textFile("sys/net/ipv4/ip_forward", showIpForward, 0o644, storeIpForward),
            // conf/all/forwarding is ip_forward under another name (devinet's inet_forward_change
            // keeps them equal); default is taken as the same switch (no per-device forwarding).
            conf: () =>
              staticDir("sys/net/ipv4/conf", 0o555, {
                all: () => forwardingDir("all"),
                default: () => forwardingDir("default"),
              }),
          }),
      }),
    vm: () =>
      staticDir("sys/vm", 0o555, {
        swappiness: sysctlInt("sys/vm/swappiness", () => vm.swappiness, (v) => (vm.swappiness = v), 0, 200),
        overcommit_memory: sysctlInt("sys/vm/overcommit_memory", () => vm.overcommitMemory, (v) => (vm.overcommitMemory = v), 0, 2),
      }),
    kernel: () =>
      staticDir("sys/kernel", 0o555, {
        hostname: sysctlString("sys/kernel/hostname", (t) => t.nsproxy.uts.nodename, (t, v) => (t.nsproxy.uts.nodename = v)),
        domainname: sysctlString("sys/kernel/domainname", (t) => t.nsproxy.uts.domainname, (t, v) => (t.nsproxy.uts.domainname = v)),
        ostype: sysctlString("sys/kernel/ostype", () => UTS_SYSNAME),
        osrelease: sysctlString("sys/kernel/osrelease", () => UTS_RELEASE),
        version: sysctlString("sys/kernel/version", () => UTS_VERSION),
        pid_max: sysctlString("sys/kernel/pid_max", () => String(PID_MAX_DEFAULT)),
        "threads-max": sysctlString("sys/kernel/threads-max", () => String(MAX_THREADS)),
        ngroups_max: sysctlString("sys/kernel/ngroups_max", () => "65536"),
        ...ipcSysctls(),
      }),
  });
}

/** The root directory of a procfs instance whose pid namespace is ns. */
export function procRoot(kernel: Kernel, ns: PidNamespace): PDir {
  const bootRt = kernel.clock.realtime() - BigInt(Math.floor(kernel.clock.now()));
  const files: Record<string, () => PNode | null> = {
    self: () => symlinkNode("self", (t) => String(t.pid.nr(ns) || "")),
    "thread-self": () => symlinkNode("thread-self", (t) => `${t.pid.nr(ns)}/task/${t.pid.nr(ns)}`),
    mounts: () => symlinkNode("mounts", () => "self/mounts"),
    net: () => symlinkNode("net", () => "self/net"),
    sys: () => sysDir(kernel),
    sysvipc: () => sysvipcDir(),
    cmdline: () => roSysFile("cmdline", () => `BOOT_IMAGE=/boot/vmlinuz-${UTS_RELEASE} root=/dev/vda ro quiet\n`),
    cpuinfo: () => roSysFile("cpuinfo", () => showCpuinfo()),
    filesystems: () =>
      roSysFile("filesystems", () => [...vfsState(kernel).fsTypes.values()].map((f) => `${f.nodev ? "nodev" : ""}\t${f.name}\n`).join("")),
    loadavg: () => roSysFile("loadavg", () => showLoadavg(kernel, ns)),
    meminfo: () => roSysFile("meminfo", () => showMemInfo()),
    stat: () => roSysFile("stat", () => showStat(kernel)),
    uptime: () => roSysFile("uptime", () => showUptime(kernel)),
    version: () => roSysFile("version", () => showVersion()),
  };
  return {
    kind: "dir",
    key: "",
    mode: 0o555,
    list: () => [...Object.keys(files), ...visible(kernel, ns).map(([n]) => String(n))],
    get(name, reader) {
      if (Object.hasOwn(files, name)) {
        if (name === "self" && reader.pid.nr(ns) === 0) return null;
        return files[name]!();
      }
      if (!/^[1-9]\d*$/.test(name)) return null;
      const t = kernel.findTask(Number(name), ns);
      return t ? pidDir(t, ns, bootRt) : null;
    },
  };
}
