// System-wide /proc files: uptime, loadavg, meminfo, stat, cpuinfo, version. Formats from
// fs/proc/{uptime,loadavg,meminfo,stat,version}.c and arch/x86/kernel/cpu/proc.c (Linux 6.1).
// The machine is 2 CPUs and 2 GiB; memory figures are plausible constants (nothing is
// really allocated), times come from the kernel clock and the tasks' accounting.

import type { Kernel } from "../../kernel.ts";
import type { PidNamespace } from "../../task/pid.ts";
import { TOTALRAM_PAGES } from "../../vfs/state.ts";
import { UTS_RELEASE, UTS_VERSION } from "../../ns/uts.ts";
import { USER_HZ } from "./array.ts";

export const NR_CPUS = 2;

/** "%lu.%02lu %lu.%02lu": seconds since boot, and idle seconds summed over CPUs. */
export function showUptime(kernel: Kernel): string {
  const cs = Math.floor(kernel.clock.now() / 1e7);
  let busy = 0;
  for (const t of kernel.tasks) busy += t.utimeNs + t.stimeNs;
  const idle = Math.max(0, cs * NR_CPUS - Math.floor(busy / 1e7));
  const fmt = (c: number): string => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`;
  return `${fmt(cs)} ${fmt(idle)}\n`;
}

/** "avg1 avg5 avg15 running/total last_pid". */
export function showLoadavg(kernel: Kernel, ns: PidNamespace): string {
  let running = 0;
  let last = 0;
  for (const t of kernel.tasks) {
    if (t.state === "R") running++;
    last = Math.max(last, t.pid.nr(ns));
  }
  return `0.00 0.00 0.00 ${running}/${kernel.tasks.size} ${last}\n`;
}

export function showVersion(): string {
  return `Linux version ${UTS_RELEASE} (vlab@vlab) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) ${UTS_VERSION}\n`;
}

const MEMINFO: [string, number][] = [
  ["MemTotal", TOTALRAM_PAGES * 4], ["MemFree", 1523412], ["MemAvailable", 1802656], ["Buffers", 21344], ["Cached", 287604],
  ["SwapCached", 0], ["Active", 218832], ["Inactive", 196520], ["Active(anon)", 1212], ["Inactive(anon)", 108812],
  ["Active(file)", 217620], ["Inactive(file)", 87708], ["Unevictable", 0], ["Mlocked", 0], ["SwapTotal", 0], ["SwapFree", 0],
  ["Dirty", 12], ["Writeback", 0], ["AnonPages", 106432], ["Mapped", 98152], ["Shmem", 3620], ["KReclaimable", 31072],
  ["Slab", 64544], ["SReclaimable", 31072], ["SUnreclaim", 33472], ["KernelStack", 2880], ["PageTables", 3244],
  ["SecPageTables", 0], ["NFS_Unstable", 0], ["Bounce", 0], ["WritebackTmp", 0], ["CommitLimit", TOTALRAM_PAGES * 2],
  ["Committed_AS", 523480], ["VmallocTotal", 34359738367], ["VmallocUsed", 13812], ["VmallocChunk", 0], ["Percpu", 1280],
  ["HardwareCorrupted", 0], ["AnonHugePages", 0], ["ShmemHugePages", 0], ["ShmemPmdMapped", 0], ["FileHugePages", 0],
  ["FilePmdMapped", 0],
];

/** show_val_kb(): the label padded to 16 columns, the number to 8, then " kB". */
export function showMemInfo(): string {
  const line = (k: string, v: number, unit = " kB"): string => `${(k + ":").padEnd(16, " ")}${String(v).padStart(8, " ")}${unit}\n`;
  let s = "";
  for (const [k, v] of MEMINFO) s += line(k, v);
  for (const k of ["HugePages_Total", "HugePages_Free", "HugePages_Rsvd", "HugePages_Surp"]) s += line(k, 0, "");
  s += line("Hugepagesize", 2048) + line("Hugetlb", 0) + line("DirectMap4k", 106368) + line("DirectMap2M", 2990080) + line("DirectMap1G", 0);
  return s;
}

/** /proc/stat: cpu lines in USER_HZ ticks, then counters. */
export function showStat(kernel: Kernel): string {
  const tick = 1e9 / USER_HZ;
  let user = 0;
  let system = 0;
  for (const t of kernel.tasks) {
    user += t.utimeNs + t.cutimeNs;
    system += t.stimeNs + t.cstimeNs;
  }
  const up = kernel.clock.now() / tick;
  const u = Math.floor(user / tick);
  const s = Math.floor(system / tick);
  const idle = Math.max(0, Math.floor(up * NR_CPUS) - u - s);
  let out = `cpu  ${u} 0 ${s} ${idle} 0 0 0 0 0 0\n`;
  for (let c = 0; c < NR_CPUS; c++) out += `cpu${c} ${Math.floor(u / NR_CPUS)} 0 ${Math.floor(s / NR_CPUS)} ${Math.floor(idle / NR_CPUS)} 0 0 0 0 0 0\n`;
  const btime = (kernel.clock.realtime() - BigInt(Math.floor(kernel.clock.now()))) / 1_000_000_000n;
  let running = 0;
  let blocked = 0;
  let maxPid = 0;
  for (const t of kernel.tasks) {
    if (t.state === "R") running++;
    if (t.state === "D") blocked++;
    maxPid = Math.max(maxPid, t.pid.numbers[0]!);
  }
  out += `intr 0\nctxt ${kernel.tasks.size * 10}\nbtime ${btime}\nprocesses ${maxPid}\nprocs_running ${running}\nprocs_blocked ${blocked}\n`;
  out += "softirq 0 0 0 0 0 0 0 0 0 0 0\n";
  return out;
}

export function showCpuinfo(): string {
  let s = "";
  for (let c = 0; c < NR_CPUS; c++) {
    s += `processor\t: ${c}\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 85\nmodel name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\n`;
    s += `stepping\t: 7\nmicrocode\t: 0xffffffff\ncpu MHz\t\t: 2200.000\ncache size\t: 39424 KB\nphysical id\t: 0\nsiblings\t: ${NR_CPUS}\n`;
    s += `core id\t\t: ${c}\ncpu cores\t: ${NR_CPUS}\napicid\t\t: ${c}\ninitial apicid\t: ${c}\nfpu\t\t: yes\nfpu_exception\t: yes\n`;
    s += `cpuid level\t: 13\nwp\t\t: yes\nflags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss ht syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology nonstop_tsc cpuid tsc_known_freq pni pclmulqdq ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand hypervisor lahf_lm abm 3dnowprefetch fsgsbase bmi1 avx2 smep bmi2 erms invpcid avx512f avx512dq rdseed adx smap clflushopt clwb avx512cd avx512bw avx512vl xsaveopt xsavec xgetbv1 xsaves arat avx512_vnni md_clear arch_capabilities\n`;
    s += `bugs\t\t: spectre_v1 spectre_v2 spec_store_bypass swapgs taa mmio_stale_data retbleed\nbogomips\t: 4400.00\nclflush size\t: 64\n`;
    s += `cache_alignment\t: 64\naddress sizes\t: 46 bits physical, 48 bits virtual\npower management:\n\n`;
  }
  return s;
}
