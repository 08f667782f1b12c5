// mkdir(1), GNU coreutils: -p (parents, no error if existing), -m MODE, -v.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quoteLocale } from "../lib/quote_locale.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { adjustMode, compileMode } from "../lib/modes.ts";
import { Errno, EEXIST, ENOTDIR } from "../../uapi/errno.ts";

/** Thrown after a message was printed, to go on with the next operand. */
const SKIP = Symbol("skip");
import { S_IFDIR, S_ISDIR } from "../../uapi/stat.ts";

const LONGOPTS = [
  { name: "mode", has: 1 as const, key: "m" },
  { name: "parents", has: 0 as const, key: "p" },
  { name: "verbose", has: 0 as const, key: "v" },
  { name: "context", has: 2 as const, key: "Z" },
  ...STD_LONGOPTS,
];

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "pm:vZ", LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: mkdir [OPTION]... DIRECTORY...\nCreate the DIRECTORY(ies), if they do not already exist.\n", "David MacKenzie");
  if (hv !== null) return hv;
  let parents = false;
  let verbose = false;
  let modeArg: string | undefined;
  for (const o of parsed.opts) {
    if (o.key === "p") parents = true;
    else if (o.key === "v") verbose = true;
    else if (o.key === "m") modeArg = o.arg;
  }
  if (parsed.operands.length === 0) return usageError(p, "missing operand");
  const sys = p.sys;
  let mode = 0o777;
  if (modeArg !== undefined) {
    const ch = compileMode(modeArg);
    if (!ch) {
      await p.warn(`invalid mode ${quote(modeArg)}`);
      return 1;
    }
    const umask = sys.umask(0);
    sys.umask(umask);
    mode = adjustMode(S_IFDIR | 0o777, ch, umask);
  }
  let status = 0;
  const made = async (d: string) => {
    if (verbose) await p.out.write(`mkdir: created directory ${quoteLocale(d)}\n`);
  };
  for (const dir of parsed.operands) {
    try {
      if (parents) {
        // Each missing ancestor gets u+wx on top of the umask default, as GNU's mkancesdirs.
        const parts = dir.split("/");
        let prefix = dir.startsWith("/") ? "/" : "";
        for (let k = 0; k < parts.length - 1; k++) {
          if (parts[k] === "") continue;
          prefix += parts[k];
          try {
            sys.mkdir(prefix, 0o777);
            await made(prefix);
          } catch (e) {
            if (!(e instanceof Errno) || e.errno !== EEXIST) throw e;
            if (!S_ISDIR(sys.stat(prefix).mode)) {
              await p.warn(`cannot create directory ${quoteLocale(prefix)}: ${errmsg(new Errno(ENOTDIR))}`);
              throw SKIP;
            }
          }
          prefix += "/";
        }
        try {
          sys.mkdir(dir, mode);
          if (modeArg !== undefined) sys.chmod(dir, mode);
          await made(dir);
        } catch (e) {
          if (e instanceof Errno && e.errno === EEXIST && S_ISDIR(sys.stat(dir).mode)) continue;
          throw e;
        }
      } else {
        sys.mkdir(dir, mode);
        if (modeArg !== undefined) sys.chmod(dir, mode);
        await made(dir);
      }
    } catch (e) {
      if (e === SKIP) {
        status = 1;
        continue;
      }
      await p.warn(`cannot create directory ${quoteLocale(dir)}: ${errmsg(e)}`);
      status = 1;
    }
  }
  return status;
});
