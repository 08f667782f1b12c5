// getfattr(1) from attr 2.5: -n NAME, -d (dump names matching -m, default "^user\."),
// -e text|hex|base64, --only-values, -h (don't follow symlinks), --absolute-names.
// Output as the real tool: "# file: PATH", name="value" lines sorted by name, a blank line;
// a leading "/" is stripped with a warning unless --absolute-names.

import { program, type Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { Errno, strerror, ENODATA } from "../../uapi/errno.ts";
import { encodeValue, type Encoding } from "./xattr_value.ts";

const USAGE = "Usage: getfattr [-hRLP] [-n name|-d] [-e en] [-m pattern] path...\nTry `getfattr --help' for more information.\n";

function errText(e: Errno): string {
  return e.errno === ENODATA ? "No such attribute" : strerror(e.errno);
}

export default program(async (p: Proc) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "de:hHLm:n:PRV", [
      { name: "name", has: 1, key: "n" },
      { name: "dump", has: 0, key: "d" },
      { name: "encoding", has: 1, key: "e" },
      { name: "match", has: 1, key: "m" },
      { name: "only-values", has: 0, key: "only-values" },
      { name: "no-dereference", has: 0, key: "h" },
      { name: "absolute-names", has: 0, key: "absolute-names" },
      { name: "recursive", has: 0, key: "R" },
      { name: "logical", has: 0, key: "L" },
      { name: "physical", has: 0, key: "P" },
      { name: "version", has: 0, key: "V" },
      { name: "help", has: 0, key: "H" },
    ]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`${p.name}: ${e.message}\n${USAGE}`);
    return 2;
  }
  let name: string | null = null;
  let dump = false;
  let enc: Encoding | null = null;
  let pattern = "^user\\.";
  let onlyValues = false;
  let follow = true;
  let absolute = false;
  for (const o of parsed.opts) {
    const a = o.arg ?? "";
    if (o.key === "n") name = a;
    else if (o.key === "d") dump = true;
    else if (o.key === "e") {
      if (a !== "text" && a !== "hex" && a !== "base64") {
        await p.err.write(`${p.name}: unrecognized encoding \`${a}'\n`);
        return 1;
      }
      enc = a;
    } else if (o.key === "m") pattern = a === "-" ? "" : a;
    else if (o.key === "only-values") onlyValues = true;
    else if (o.key === "h") follow = false;
    else if (o.key === "absolute-names") absolute = true;
    else if (o.key === "V") {
      await p.out.write("getfattr 2.5.1\n");
      return 0;
    }
  }
  if (parsed.operands.length === 0) {
    await p.err.write(USAGE);
    return 2;
  }
  const sys = p.sys;
  const re = new RegExp(pattern);
  let status = 0;
  let warned = false;
  for (const file of parsed.operands) {
    let shown = file;
    if (!absolute && shown.startsWith("/")) {
      if (!warned) await p.err.write(`${p.name}: Removing leading '/' from absolute path names\n`);
      warned = true;
      shown = shown.replace(/^\/+/, "") || ".";
    }
    const lines: string[] = [];
    try {
      const names = name !== null ? [name] : (follow ? sys.listxattr(file) : sys.llistxattr(file)).filter((n) => re.test(n)).sort();
      for (const n of names) {
        let v: Uint8Array;
        try {
          v = follow ? sys.getxattr(file, n) : sys.lgetxattr(file, n);
        } catch (e) {
          if (!(e instanceof Errno)) throw e;
          await p.out.flush();
          await p.err.write(`${file}: ${n}: ${errText(e)}\n`);
          status = 1;
          continue;
        }
        if (onlyValues) await p.out.writeBytes(v);
        else lines.push(v.length === 0 && enc === null && !dump && name !== null ? n : `${n}=${encodeValue(v, enc)}`);
      }
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await p.out.flush();
      await p.err.write(`${p.name}: ${file}: ${errText(e)}\n`);
      status = 1;
      continue;
    }
    if (!name && !dump && !onlyValues) {
      // Without -n or -d: the names only.
      if (lines.length) await p.out.write(`# file: ${shown}\n${lines.map((l) => l.split("=")[0]).join("\n")}\n\n`);
    } else if (lines.length) await p.out.write(`# file: ${shown}\n${lines.join("\n")}\n\n`);
  }
  return status;
});
