// which(1) (Debian's debianutils shell script): the first executable of each name on PATH;
// -a all of them. Exit 0 if all were found, 1 if some were not, 2 on a bad option.

import { program } from "../lib/main.ts";
import { pathOf } from "../lib/exec.ts";
import { S_ISREG } from "../../uapi/stat.ts";
import { X_OK } from "../../uapi/fcntl.ts";

export default program(async (p) => {
  const args = p.argv.slice(1);
  let all = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-a") all = true;
    else if (a === "--") {
      i++;
      break;
    } else if (a.startsWith("-") && a.length > 1) {
      await p.err.write("Usage: which [-a] args\n");
      return 2;
    } else break;
  }
  const names = args.slice(i);
  const path = pathOf(p.envp);
  let status = names.length ? 0 : 1;
  const ok = (f: string): boolean => {
    try {
      if (!S_ISREG(p.sys.stat(f).mode)) return false;
      p.sys.access(f, X_OK);
      return true;
    } catch {
      return false;
    }
  };
  for (const n of names) {
    let found = false;
    if (n.includes("/")) {
      if (ok(n)) {
        await p.out.write(n + "\n");
        found = true;
      }
    } else {
      for (const dir of path.split(":")) {
        const f = (dir || ".") + "/" + n;
        if (ok(f)) {
          await p.out.write(f + "\n");
          found = true;
          if (!all) break;
        }
      }
    }
    if (!found) status = 1;
  }
  return status;
});
