// setfattr(1) from attr 2.5: -n NAME [-v VALUE] sets, -x NAME removes, -h acts on a symlink
// itself. Messages "setfattr: FILE: No such attribute" as the real tool.

import { program, type Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { Errno, strerror, ENODATA } from "../../uapi/errno.ts";
import { decodeValue } from "./xattr_value.ts";

const USAGE =
  "Usage: setfattr {-n name} [-v value] [-h] file...\n       setfattr {-x name} [-h] file...\nTry `setfattr --help' for more information.\n";

export default program(async (p: Proc) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "hn:v:x:V", [
      { name: "name", has: 1, key: "n" },
      { name: "value", has: 1, key: "v" },
      { name: "remove", has: 1, key: "x" },
      { name: "no-dereference", has: 0, key: "h" },
      { name: "raw", has: 0, key: "raw" },
      { name: "version", has: 0, key: "V" },
    ]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`${p.name}: ${e.message}\n${USAGE}`);
    return 2;
  }
  let name: string | null = null;
  let remove: string | null = null;
  let value = "";
  let follow = true;
  for (const o of parsed.opts) {
    if (o.key === "n") name = o.arg!;
    else if (o.key === "x") remove = o.arg!;
    else if (o.key === "v") value = o.arg!;
    else if (o.key === "h") follow = false;
    else if (o.key === "V") {
      await p.out.write("setfattr 2.5.1\n");
      return 0;
    }
  }
  if ((name === null) === (remove === null) || parsed.operands.length === 0) {
    await p.err.write(USAGE);
    return 2;
  }
  let status = 0;
  for (const file of parsed.operands) {
    try {
      if (name !== null) {
        const v = decodeValue(value);
        if (follow) p.sys.setxattr(file, name, v, 0);
        else p.sys.lsetxattr(file, name, v, 0);
      } else if (follow) p.sys.removexattr(file, remove!);
      else p.sys.lremovexattr(file, remove!);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await p.err.write(`${p.name}: ${file}: ${e.errno === ENODATA ? "No such attribute" : strerror(e.errno)}\n`);
      status = 1;
    }
  }
  return status;
});
