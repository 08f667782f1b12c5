// systemd-cgtop(1) (systemd 252): cgroups ordered by resource use. Per group: tasks
// (pids.current, or with -P the processes of the subtree), %CPU (cpu.stat usage_usec between two
// refreshes), memory (memory.current; the root: MemTotal - MemAvailable), I/O per second
// (io.stat). Not on a terminal (or with -b) it prints plain rows, one block per iteration,
// without the header, as the real tool does.

import type { Sys } from "../lib/sys.ts";
import { program } from "../lib/main.ts";
import { isatty } from "../lib/stdio.ts";
import { cgroupRoot, groupPids, readText, subgroups } from "./cgfs.ts";

interface Sample {
  path: string;
  tasks: number | null;
  usageUs: number | null;
  memory: number | null;
  ioBytes: [number, number] | null;
}

/** format_bytes(): "2.9G", "512.0M", "100B" - tenths truncated, not rounded. */
export function formatBytes(n: number): string {
  const units = ["E", "P", "T", "G", "M", "K"];
  for (let i = 0; i < units.length; i++) {
    const f = 1024 ** (6 - i);
    if (n >= f) return `${Math.floor(n / f)}.${Math.floor(n / (f / 10)) % 10}${units[i]}`;
  }
  return `${n}B`;
}

async function num(sys: Sys, path: string, key?: string): Promise<number | null> {
  const t = await readText(sys, path);
  if (t === null) return null;
  if (key === undefined) return /^\d+/.test(t) ? Number(t.trim()) : null;
  for (const line of t.split("\n")) {
    const [k, v] = line.split(" ");
    if (k === key) return Number(v);
  }
  return null;
}

async function countProcs(sys: Sys, dir: string): Promise<number> {
  let n = (await groupPids(sys, dir)).length;
  for (const c of await subgroups(sys, dir)) n += await countProcs(sys, `${dir}/${c}`);
  return n;
}

async function ioTotals(sys: Sys, dir: string): Promise<[number, number] | null> {
  const t = await readText(sys, `${dir}/io.stat`);
  if (t === null) return null;
  let r = 0;
  let w = 0;
  for (const m of t.matchAll(/rbytes=(\d+) wbytes=(\d+)/g)) {
    r += Number(m[1]);
    w += Number(m[2]);
  }
  return [r, w];
}

async function rootMemory(sys: Sys): Promise<number | null> {
  const t = await readText(sys, "/proc/meminfo");
  if (!t) return null;
  const get = (k: string): number => Number(new RegExp(`^${k}:\\s+(\\d+)`, "m").exec(t)?.[1] ?? 0) * 1024;
  return get("MemTotal") - get("MemAvailable");
}

async function collect(sys: Sys, root: string, depth: number, countAll: boolean): Promise<Sample[]> {
  const out: Sample[] = [];
  const walk = async (rel: string, level: number): Promise<void> => {
    const dir = rel === "/" ? root : root + rel;
    out.push({
      path: rel,
      tasks: countAll ? await countProcs(sys, dir) : await num(sys, `${dir}/pids.current`),
      usageUs: await num(sys, `${dir}/cpu.stat`, "usage_usec"),
      memory: rel === "/" ? await rootMemory(sys) : await num(sys, `${dir}/memory.current`),
      ioBytes: await ioTotals(sys, dir),
    });
    if (level >= depth) return;
    for (const c of await subgroups(sys, dir)) await walk(rel === "/" ? `/${c}` : `${rel}/${c}`, level + 1);
  };
  await walk("/", 0);
  return out;
}

export default program(async (p) => {
  let iterations = Infinity;
  let delay = 1;
  let depth = 3;
  let batch = !isatty(p.sys, 1);
  let countAll = false;
  const args = p.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const val = (): string => (a.includes("=") ? a.slice(a.indexOf("=") + 1) : (args[++i] ?? ""));
    if (a === "-b" || a === "--batch") batch = true;
    else if (a === "-1") iterations = 1;
    else if (a === "-n" || a.startsWith("--iterations")) iterations = Number(val());
    else if (a.startsWith("-n")) iterations = Number(a.slice(2));
    else if (a === "-d" || a.startsWith("--delay")) delay = Number(val());
    else if (a.startsWith("--depth")) depth = Number(val());
    else if (a === "-P") countAll = true;
    else if (a === "-k" || a === "-r" || a === "--raw" || a === "-p" || a === "-t" || a === "-c" || a === "-m" || a === "-i") continue;
    else {
      await p.err.write(`${p.name}: unrecognized option '${a}'\n`);
      return 1;
    }
  }
  const root = await cgroupRoot(p.sys);
  let prev: Map<string, Sample> | null = null;
  let prevNs = 0n;
  for (let it = 0; it < iterations; it++) {
    const samples = await collect(p.sys, root, depth, countAll);
    const now = p.sys.clock_gettime(1);
    const dtUs = prev ? Number(now - prevNs) / 1000 : 0;
    const rows = samples
      .map((s) => {
        const old = prev?.get(s.path);
        const cpu = old && old.usageUs !== null && s.usageUs !== null && dtUs > 0 ? ((s.usageUs - old.usageUs) / dtUs) * 100 : null;
        const io = old && old.ioBytes && s.ioBytes && dtUs > 0 ? [((s.ioBytes[0] - old.ioBytes[0]) * 1e6) / dtUs, ((s.ioBytes[1] - old.ioBytes[1]) * 1e6) / dtUs] : null;
        return { s, cpu, io };
      })
      .filter((r) => r.s.tasks !== null || r.cpu !== null || r.s.memory !== null || r.io !== null)
      .sort((a, b) => (a.cpu !== null && b.cpu !== null && a.cpu !== b.cpu ? b.cpu - a.cpu : a.cpu !== null && b.cpu === null ? -1 : b.cpu !== null && a.cpu === null ? 1 : a.s.path < b.s.path ? -1 : 1));
    const onTty = !batch;
    const width = onTty ? 40 : Math.max(...rows.map((r) => r.s.path.length));
    let text = it > 0 ? "\n" : "";
    if (onTty) text += `${"Control Group".padEnd(width)} ${"Tasks".padStart(7)} ${"%CPU".padStart(6)} ${"Memory".padStart(8)} ${"Input/s".padStart(8)} ${"Output/s".padStart(8)}\n`;
    for (const { s, cpu, io } of rows) {
      text += `${s.path.padEnd(width)} ${(s.tasks === null ? "-" : String(s.tasks)).padStart(7)} ${(cpu === null ? "-" : cpu.toFixed(1)).padStart(6)} `;
      text += `${(s.memory === null ? "-" : formatBytes(s.memory)).padStart(8)} ${(io ? formatBytes(Math.floor(io[0]!)) : "-").padStart(8)} ${(io ? formatBytes(Math.floor(io[1]!)) : "-").padStart(8)}\n`;
    }
    await p.out.write(text);
    await p.out.flush();
    prev = new Map(samples.map((s) => [s.path, s]));
    prevNs = now;
    if (it + 1 < iterations) await p.sys.nanosleep(delay * 1e9);
  }
  return 0;
});
