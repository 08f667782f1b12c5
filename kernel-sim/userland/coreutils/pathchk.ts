// pathchk(1): are file names valid and portable? Without options: a component over NAME_MAX
// (255) or a name over PATH_MAX (4096) is "File name too long", and an existing prefix that
// cannot be searched reports its error. -p: POSIX minimums (names of 255 bytes, components of
// 14, the portable characters A-Za-z0-9._-); -P: no empty names, no leading '-'.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { Errno, ENOENT } from "../../uapi/errno.ts";

const NAME_MAX = 255;
const PATH_MAX = 4096;
const POSIX_NAME_MAX = 14;
const POSIX_PATH_MAX = 256;

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "+pP", [{ name: "portability", has: 0, key: "portability" }, ...STD_LONGOPTS]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: pathchk [OPTION]... NAME...\nDiagnose invalid or non-portable file names.\n", "Paul Eggert, David MacKenzie, and Jim Meyering");
  if (hv !== null) return hv;
  const keys = new Set(parsed.opts.map((o) => o.key));
  const posix = keys.has("p") || keys.has("portability");
  const extra = keys.has("P") || keys.has("portability");
  if (parsed.operands.length === 0) return usageError(p, "missing operand");
  let status = 0;
  const check = async (f: string): Promise<boolean> => {
    const comps = f.split("/").filter(Boolean);
    if ((posix || extra) && f === "") {
      await p.warn("empty file name");
      return false;
    }
    if (extra) {
      if (comps.some((c) => c.startsWith("-"))) {
        await p.warn(`leading '-' in a component of file name ${quote(f)}`);
        return false;
      }
    }
    if (posix) {
      const bad = /[^A-Za-z0-9._\/-]/.exec(f);
      if (bad) {
        await p.warn(`nonportable character ${quote(bad[0])} in file name ${quote(f)}`);
        return false;
      }
    } else if (f === "") {
      await p.warn(`'': ${errmsg(new Errno(ENOENT))}`);
      return false;
    }
    const bytes = new TextEncoder().encode(f).length;
    const pathLimit = posix ? POSIX_PATH_MAX : PATH_MAX;
    if (bytes >= pathLimit) {
      if (posix) await p.warn(`limit ${pathLimit - 1} exceeded by length ${bytes} of file name ${quote(f)}`);
      else await p.warn(`${f}: File name too long`);
      return false;
    }
    const long = comps.find((c) => c.length > (posix ? POSIX_NAME_MAX : NAME_MAX));
    if (long !== undefined) {
      if (posix) await p.warn(`limit ${POSIX_NAME_MAX} exceeded by length ${long.length} of file name component ${quote(long)}`);
      else await p.warn(`${f}: File name too long`);
      return false;
    }
    if (!posix) {
      try {
        p.sys.lstat(f);
      } catch (e) {
        if (!(e instanceof Errno && e.errno === ENOENT)) {
          await p.warn(`${f}: ${errmsg(e)}`);
          return false;
        }
      }
    }
    return true;
  };
  for (const f of parsed.operands) if (!(await check(f))) status = 1;
  return status;
});
