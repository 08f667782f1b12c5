// rmdir(1): remove empty directories; -p removes the ancestors too; -v reports.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { Errno, ENOTEMPTY, EEXIST } from "../../uapi/errno.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "pv", [
    { name: "parents", has: 0, key: "p" },
    { name: "verbose", has: 0, key: "v" },
    { name: "ignore-fail-on-non-empty", has: 0, key: "ignore" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: rmdir [OPTION]... DIRECTORY...\nRemove the DIRECTORY(ies), if they are empty.\n", "David MacKenzie");
  if (hv !== null) return hv;
  const k = new Set(parsed.opts.map((o) => o.key));
  if (parsed.operands.length === 0) return usageError(p, "missing operand");
  let status = 0;
  const one = async (d: string): Promise<boolean> => {
    if (k.has("v")) await p.out.write(`rmdir: removing directory, ${quote(d)}\n`);
    try {
      p.sys.rmdir(d);
      return true;
    } catch (e) {
      if (k.has("ignore") && e instanceof Errno && (e.errno === ENOTEMPTY || e.errno === EEXIST)) return false;
      await p.warn(`failed to remove ${quote(d)}: ${errmsg(e)}`);
      status = 1;
      return false;
    }
  };
  for (const dir of parsed.operands) {
    if (!(await one(dir))) continue;
    if (k.has("p")) {
      let d = dir.replace(/\/+$/, "");
      while (d.includes("/")) {
        d = d.slice(0, d.lastIndexOf("/")).replace(/\/+$/, "");
        if (!d) break;
        if (!(await one(d))) break;
      }
    }
  }
  return status;
});
