// sync(1): the simulated disk has no write-back cache, so there is nothing to flush; file
// operands are still opened, so a missing one fails as on Linux.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { O_RDONLY, O_NONBLOCK } from "../../uapi/fcntl.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "df", [
    { name: "data", has: 0, key: "d" },
    { name: "file-system", has: 0, key: "f" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: sync [OPTION] [FILE]...\nSynchronize cached writes to persistent storage\n", "Jim Meyering and Giuseppe Scrivano");
  if (hv !== null) return hv;
  const keys = new Set(parsed.opts.map((o) => o.key));
  if (keys.has("d") && keys.has("f")) return usageError(p, "cannot specify both --data and --file-system");
  if (keys.size && parsed.operands.length === 0) return usageError(p, "--data needs at least one argument");
  let status = 0;
  for (const f of parsed.operands) {
    try {
      p.sys.close(await p.sys.open(f, O_RDONLY | O_NONBLOCK));
    } catch (e) {
      await p.warn(`error opening ${quote(f)}: ${errmsg(e)}`);
      status = 1;
    }
  }
  return status;
});
