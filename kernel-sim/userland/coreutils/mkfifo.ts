// mkfifo(1): make FIFOs (mknod(2) with S_IFIFO), -m MODE.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { adjustMode, compileMode } from "../lib/modes.ts";
import { S_IFIFO } from "../../uapi/stat.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "m:Z", [{ name: "mode", has: 1, key: "m" }, ...STD_LONGOPTS]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: mkfifo [OPTION]... NAME...\nCreate named pipes (FIFOs) with the given NAMEs.\n", "David MacKenzie");
  if (hv !== null) return hv;
  const modeArg = parsed.opts.find((o) => o.key === "m")?.arg;
  let mode = 0o666;
  if (modeArg !== undefined) {
    const ch = compileMode(modeArg);
    if (!ch) {
      await p.warn(`invalid mode`);
      return 1;
    }
    mode = adjustMode(S_IFIFO | 0o666, ch, 0);
  }
  if (parsed.operands.length === 0) return usageError(p, "missing operand");
  let status = 0;
  for (const f of parsed.operands) {
    try {
      p.sys.mknod(f, S_IFIFO | mode, 0);
      if (modeArg !== undefined) p.sys.chmod(f, mode);
    } catch (e) {
      await p.warn(`cannot create fifo ${quote(f)}: ${errmsg(e)}`);
      status = 1;
    }
  }
  return status;
});
