// domainname(1), Debian's hostname package (3.23): print the NIS domain name (uname's
// domainname; the kernel's initial value is the literal "(none)"), or set it with
// setdomainname(2), which needs CAP_SYS_ADMIN. -F reads the name from a file.

import { program, type Proc } from "../lib/main.ts";
import { readFileText } from "../lib/input.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { USAGE } from "./usage.ts";
import { setUtsName } from "./set_name.ts";

/** usage(): to stdout for -h or a bad option, to stderr for a wrong argument count; exit(-1). */
async function usage(p: Proc, toStderr: boolean): Promise<number> {
  await (toStderr ? p.err : p.out).write(USAGE);
  return 255;
}


export default program(async (p) => {
  let file: string | null = null;
  const names: string[] = [];
  const args = p.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-V" || a === "--version") {
      await p.out.write("hostname 3.23\n");
      return 0;
    } else if (a === "-h" || a === "--help") return usage(p, false);
    else if (a === "-y" || a === "--yp" || a === "--nis") continue;
    else if (a === "-F" || a === "--file") {
      if (i + 1 >= args.length) {
        await p.err.write(`${p.name}: option requires an argument -- 'F'\n`);
        return usage(p, false);
      }
      file = args[++i]!;
    } else if (a.startsWith("-") && a.length > 1) {
      await p.err.write(`${p.name}: invalid option -- '${a[1]}'\n`);
      return usage(p, false);
    } else names.push(a);
  }
  if (names.length > 1 || (file !== null && names.length > 0)) return usage(p, true);
  if (file !== null) {
    // hostname.c takes the first line that is not a comment.
    let text: string;
    try {
      text = await readFileText(p.sys, file);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await p.err.write(`${p.name}: ${file}: ${strerror(e.errno)}\n`);
      return 1;
    }
    const line = text.split("\n").map((l) => l.trim()).find((l) => l !== "" && !l.startsWith("#")) ?? "";
    return setUtsName(p, "domain", line);
  }
  if (names.length === 1) return setUtsName(p, "domain", names[0]!);
  await p.out.write(p.sys.uname().domainname + "\n");
  return 0;
});
