// nproc(1): processing units available, from /sys/devices/system/cpu/online (default 1).

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { readFileText } from "../lib/input.ts";

/** Count CPUs in a list like "0-3,5". */
export function countCpuList(s: string): number {
  let n = 0;
  for (const part of s.trim().split(",")) {
    if (!part) continue;
    const [a, b] = part.split("-").map(Number);
    n += b === undefined ? 1 : b - a! + 1;
  }
  return n;
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "", [{ name: "all", has: 0 }, { name: "ignore", has: 1 }, ...STD_LONGOPTS]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: nproc [OPTION]...\nPrint the number of processing units available to the current process,\nwhich may be less than the number of online processors\n", "Giuseppe Scrivano");
  if (hv !== null) return hv;
  let n = countCpuList(await readFileText(p.sys, "/sys/devices/system/cpu/online").catch(() => "0")) || 1;
  const ign = parsed.opts.find((o) => o.key === "ignore");
  if (ign) n = Math.max(1, n - (Number(ign.arg) || 0));
  await p.out.write(n + "\n");
  return 0;
});
