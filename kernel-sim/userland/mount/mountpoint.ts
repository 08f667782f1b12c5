// mountpoint(1) from util-linux 2.38: is the directory (or file) a mount point, by
// /proc/self/mountinfo? Exit 0 if so, 32 if not, 1 on usage or lookup errors; -q quiet,
// -d prints the mounted filesystem's major:minor, -x a block device's.

import { program } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { S_ISBLK } from "../../uapi/stat.ts";
import { canonicalPath, findByTarget, readMountinfo } from "./mountinfo.ts";

export default program(async (p) => {
  const bad = async (msg: string): Promise<number> => {
    await p.err.write(`${p.name}: ${msg}\nTry '${p.name} --help' for more information.\n`);
    return 1;
  };
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "qdxhV", [
      { name: "quiet", has: 0, key: "q" },
      { name: "fs-devno", has: 0, key: "d" },
      { name: "devno", has: 0, key: "x" },
      { name: "nofollow", has: 0, key: "nofollow" },
      { name: "help", has: 0, key: "h" },
      { name: "version", has: 0, key: "V" },
    ]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    return bad(e.message);
  }
  const has = (k: string): boolean => parsed.opts.some((o) => o.key === k);
  if (has("V")) {
    await p.out.write("mountpoint from util-linux 2.38.1\n");
    return 0;
  }
  if (parsed.operands.length !== 1) return bad("bad usage");
  const spec = parsed.operands[0]!;
  let st;
  try {
    st = p.sys.stat(spec);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    if (!has("q")) await p.err.write(`${p.name}: ${spec}: ${strerror(e.errno)}\n`);
    return 1;
  }
  if (has("x")) {
    if (!S_ISBLK(st.mode)) {
      if (!has("q")) await p.err.write(`${p.name}: ${spec}: not a block device\n`);
      return 32;
    }
    await p.out.write(`${(st.rdev >> 8) & 0xfff}:${(st.rdev & 0xff) | ((st.rdev >> 12) & 0xfff00)}\n`);
    return 0;
  }
  const e = findByTarget(await readMountinfo(p.sys), canonicalPath(p.sys, spec));
  if (has("d")) {
    if (!e) {
      if (!has("q")) await p.out.write(`${spec} is not a mountpoint\n`);
      return 32;
    }
    await p.out.write(`${e.majmin}\n`);
    return 0;
  }
  if (!has("q")) await p.out.write(`${spec} is ${e ? "" : "not "}a mountpoint\n`);
  return e ? 0 : 32;
});
