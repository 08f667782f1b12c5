// free(1) from procps-ng 4.0: memory and swap from /proc/meminfo in KiB (default), -b -k -m
// -g, -h (human: Ki Mi Gi, one decimal below 10), -t totals, -w wide, -s/-c repeat.

import { program } from "../lib/main.ts";
import { readMeminfo } from "./proc.ts";

/** procps's humanized KiB values: "23Gi", "1.3Gi", "0B". */
export function humanKib(kib: number): string {
  const units = ["B", "Ki", "Mi", "Gi", "Ti", "Pi"];
  let v = kib * 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  if (i === 0) return `${Math.round(v)}B`;
  if (v < 10) return `${(Math.floor(v * 10) / 10).toFixed(1)}${units[i]}`;
  return `${Math.floor(v)}${units[i]}`;
}

export default program(async (p) => {
  let unit = 1; // KiB per output unit
  let human = false;
  let totals = false;
  let wide = false;
  let count = 1;
  let delay = 0;
  const args = p.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-b" || a === "--bytes") unit = 1 / 1024;
    else if (a === "-k" || a === "--kibi") unit = 1;
    else if (a === "-m" || a === "--mebi") unit = 1024;
    else if (a === "-g" || a === "--gibi") unit = 1024 * 1024;
    else if (a === "-h" || a === "--human") human = true;
    else if (a === "-t" || a === "--total") totals = true;
    else if (a === "-w" || a === "--wide") wide = true;
    else if (a === "-s" || a === "--seconds") {
      delay = Number(args[++i]);
      count = Infinity;
    } else if (a === "-c" || a === "--count") count = Number(args[++i]);
    else if (a === "-V" || a === "--version") {
      await p.out.write("free from procps-ng 4.0.2\n");
      return 0;
    } else {
      await p.err.write(`free: invalid option -- '${a.replace(/^-+/, "")}'\n\nUsage:\n free [options]\n`);
      return 1;
    }
  }
  for (let n = 0; n < count; n++) {
    const m = await readMeminfo(p.sys);
    const g = (k: string): number => m.get(k) ?? 0;
    const total = g("MemTotal");
    const free = g("MemFree");
    const buffers = g("Buffers");
    const cache = g("Cached") + g("SReclaimable");
    const used = Math.max(0, total - free - buffers - cache);
    const avail = m.has("MemAvailable") ? g("MemAvailable") : free;
    const fmt = (kib: number): string => (human ? humanKib(kib) : String(Math.floor(kib / unit))).padStart(12);
    let out = wide
      ? "               total        used        free      shared     buffers       cache   available\n"
      : "               total        used        free      shared  buff/cache   available\n";
    // A label column of 8, then columns of 12 (procps: "%-7s" and " %11s").
    out += "Mem:".padEnd(8) + [total, used, free, g("Shmem")].map(fmt).join("");
    out += (wide ? [buffers, cache, avail] : [buffers + cache, avail]).map(fmt).join("") + "\n";
    const st = g("SwapTotal");
    const sf = g("SwapFree");
    out += "Swap:".padEnd(8) + [st, st - sf, sf].map(fmt).join("") + "\n";
    if (totals) out += "Total:".padEnd(8) + [total + st, used + st - sf, free + sf].map(fmt).join("") + "\n";
    await p.out.write(out);
    if (n + 1 < count) {
      await p.out.write("\n");
      await p.sys.nanosleep(delay * 1e9);
    }
  }
  return 0;
});
