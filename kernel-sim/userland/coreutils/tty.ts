// tty(1): the name of the terminal on standard input, or "not a tty" (exit 1).

import { gnuProgram as program } from "../lib/gnu.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "s", [{ name: "silent", has: 0, key: "s" }, { name: "quiet", has: 0, key: "s" }, ...STD_LONGOPTS], 2);
  if (!parsed) return 2;
  const hv = await helpVersion(p, parsed, "Usage: tty [OPTION]...\nPrint the file name of the terminal connected to standard input.\n", "David MacKenzie");
  if (hv !== null) return hv;
  const silent = parsed.opts.some((o) => o.key === "s");
  let name: string | null = null;
  try {
    p.sys.ioctl_tcgets(0);
    name = p.sys.readlink("/proc/self/fd/0");
  } catch {
    name = null;
  }
  if (!silent) await p.out.write((name ?? "not a tty") + "\n");
  return name ? 0 : 1;
});
