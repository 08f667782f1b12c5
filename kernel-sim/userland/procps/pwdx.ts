// pwdx(1) from procps-ng 4.0: "PID: CWD" for each process, read from /proc/PID/cwd.

import { program, errmsg } from "../lib/main.ts";

export default program(async (p) => {
  const args = p.argv.slice(1);
  if (args.length === 0) {
    await p.err.write("\nUsage:\n pwdx [options] pid...\n\nOptions:\n -h, --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see pwdx(1).\n");
    return 1;
  }
  let status = 0;
  for (const a of args) {
    const pid = a.replace(/^\/proc\//, "");
    if (!/^[0-9]+$/.test(pid)) {
      await p.err.write(`pwdx: invalid process id: ${a}\n`);
      status = 1;
      continue;
    }
    try {
      await p.out.write(`${pid}: ${p.sys.readlink(`/proc/${pid}/cwd`)}\n`);
    } catch (e) {
      // procps prints "No such process" for a pid that has gone, whatever errno was.
      const m = errmsg(e);
      await p.err.write(`${pid}: ${m === "No such file or directory" ? "No such process" : m}\n`);
      status = 1;
    }
  }
  return status;
});
