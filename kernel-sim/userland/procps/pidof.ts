// pidof(8) as Debian 12 ships it (sysvinit-utils' killall5): the pids of the processes running
// each named program, newest first, on one line; exit 1 when none matched. A process matches
// by the base name of argv[0], of its executable, or its comm; -s prints one pid, -o omits
// pids (%PPID is the caller's parent), -x also matches scripts by their interpreter's argument.

import { program } from "../lib/main.ts";
import { readAllProcs } from "./proc.ts";

const base = (s: string): string => s.slice(s.lastIndexOf("/") + 1);

export default program(async (p) => {
  const sys = p.sys;
  let single = false;
  let scripts = false;
  const omit = new Set<number>();
  const names: string[] = [];
  const args = p.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-s") single = true;
    else if (a === "-x") scripts = true;
    else if (a === "-o" || a.startsWith("-o")) {
      const v = a === "-o" ? args[++i] ?? "" : a.slice(2);
      for (const x of v.split(",")) omit.add(x === "%PPID" ? sys.getppid() : Number(x));
    } else if (a === "-c" || a === "-n" || a === "-q" || a === "-z") continue;
    else names.push(a);
  }
  const self = sys.getpid();
  const procs = (await readAllProcs(sys, true)).filter((x) => x.pid !== self && !omit.has(x.pid));
  const found: number[] = [];
  for (const name of names) {
    const want = base(name);
    for (const x of procs.slice().sort((a, b) => b.pid - a.pid)) {
      const argv0 = x.cmdline[0] ?? "";
      let hit = argv0 !== "" && (argv0 === name || base(argv0) === want);
      if (!hit && x.cmdline.length === 0) hit = x.comm === want;
      if (!hit && scripts && x.cmdline.length > 1) hit = x.cmdline[1] === name || base(x.cmdline[1]!) === want;
      if (hit && !found.includes(x.pid)) {
        found.push(x.pid);
        if (single) break;
      }
    }
  }
  if (found.length === 0) return 1;
  await p.out.write(found.join(" ") + "\n");
  return 0;
});
