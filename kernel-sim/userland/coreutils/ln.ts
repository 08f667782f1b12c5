// ln(1): hard links (default) or -s symbolic links; -f replaces, -n treats a symlink to a
// directory as a file, -v reports ("'new' -> 'target'", "=>" for hard links), -r relative.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, quotef, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { Errno, EEXIST } from "../../uapi/errno.ts";
import { S_ISDIR } from "../../uapi/stat.ts";
import { basename } from "./basename.ts";
import { canonicalize } from "../lib/canon.ts";
import { relativePath as relative } from "./realpath.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "bdfFinrsSt:Tv", [
    { name: "force", has: 0, key: "f" },
    { name: "interactive", has: 0, key: "i" },
    { name: "no-dereference", has: 0, key: "n" },
    { name: "symbolic", has: 0, key: "s" },
    { name: "relative", has: 0, key: "r" },
    { name: "target-directory", has: 1, key: "t" },
    { name: "no-target-directory", has: 0, key: "T" },
    { name: "verbose", has: 0, key: "v" },
    { name: "logical", has: 0, key: "L" },
    { name: "physical", has: 0, key: "P" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: ln [OPTION]... [-T] TARGET LINK_NAME\n  or:  ln [OPTION]... TARGET\n  or:  ln [OPTION]... TARGET... DIRECTORY\n  or:  ln [OPTION]... -t DIRECTORY TARGET...\n", "Mike Parker and David MacKenzie");
  if (hv !== null) return hv;
  const k = new Set(parsed.opts.map((o) => o.key));
  const target = parsed.opts.find((o) => o.key === "t")?.arg;
  const ops = parsed.operands;
  const sys = p.sys;
  if (ops.length === 0) return usageError(p, "missing file operand");
  let dir: string | null = target ?? null;
  let targets = ops;
  if (target === undefined) {
    if (ops.length === 1) dir = ".";
    else {
      const last = ops[ops.length - 1]!;
      let isDir = false;
      try {
        isDir = !k.has("T") && S_ISDIR((k.has("n") ? sys.lstat(last) : sys.stat(last)).mode);
      } catch {
        isDir = false;
      }
      if (ops.length > 2 && !isDir) {
        await p.warn(`target ${quote(last)} is not a directory`);
        return 1;
      }
      if (isDir) dir = last;
      targets = ops.slice(0, -1);
    }
  }
  let status = 0;
  for (const t of targets) {
    const name = dir !== null ? (dir === "." && ops.length === 1 ? basename(t) : (dir.endsWith("/") ? dir : dir + "/") + basename(t)) : ops[ops.length - 1]!;
    if (!k.has("s")) {
      let isDir = false;
      try {
        isDir = S_ISDIR(sys.lstat(t).mode);
      } catch (e) {
        await p.warn(`failed to access ${quote(t)}: ${errmsg(e)}`);
        status = 1;
        continue;
      }
      // GNU refuses before link(2) would (EPERM): "ln: d: hard link not allowed for directory".
      if (isDir) {
        await p.warn(`${quotef(t)}: hard link not allowed for directory`);
        status = 1;
        continue;
      }
    }
    let value = t;
    if (k.has("s") && k.has("r")) {
      const nameAbs = canonicalize(sys, name, "missing", false);
      value = relative(nameAbs.slice(0, nameAbs.lastIndexOf("/")) || "/", canonicalize(sys, t, "missing"));
    }
    const make = (): void => (k.has("s") ? sys.symlink(value, name) : sys.link(t, name));
    try {
      try {
        make();
      } catch (e) {
        if (!(k.has("f") && e instanceof Errno && e.errno === EEXIST)) throw e;
        sys.unlink(name);
        make();
      }
      if (k.has("v")) await p.out.write(`${quote(name)} ${k.has("s") ? "->" : "=>"} ${quote(value)}\n`);
    } catch (e) {
      await p.warn(`failed to create ${k.has("s") ? "symbolic" : "hard"} link ${quote(name)}: ${errmsg(e)}`);
      status = 1;
    }
  }
  return status;
});
