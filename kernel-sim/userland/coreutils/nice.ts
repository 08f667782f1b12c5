// nice(1): with no command, print the niceness; else run COMMAND with the niceness adjusted
// by -n N (10 by default; "-N" is the old spelling), clamped to -20..19. A refused change
// (lowering it without privilege) is a warning and the command still runs, as GNU does.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { execvp, execFailureStatus } from "../lib/exec.ts";
import { PRIO_PROCESS } from "../lib/sys_sched.ts";

export default program(async (p) => {
  // The obsolete "-N" / "--N" / "-+N" adjustment, first argument only.
  const a1 = p.argv[1];
  let oldAdj: string | undefined;
  if (a1 !== undefined && /^-[-+]?[0-9]+$/.test(a1)) {
    oldAdj = a1.slice(1);
    p.argv = [p.argv[0]!, ...p.argv.slice(2)];
  }
  const parsed = await parseOrUsage(p, "+n:", [{ name: "adjustment", has: 1, key: "n" }, ...STD_LONGOPTS], 125);
  if (!parsed) return 125;
  const hv = await helpVersion(p, parsed, "Usage: nice [OPTION] [COMMAND [ARG]...]\nRun COMMAND with an adjusted niceness, which affects process scheduling.\nWith no COMMAND, print the current niceness.  Niceness values range from\n-20 (most favorable to the process) to 19 (least favorable to the process).\n", "David MacKenzie");
  if (hv !== null) return hv;
  let adj = oldAdj;
  for (const o of parsed.opts) if (o.key === "n") adj = o.arg;
  const cmd = parsed.operands;
  const current = p.sys.getpriority(PRIO_PROCESS, 0);
  if (cmd.length === 0) {
    if (adj !== undefined) return usageError(p, "a command must be given with an adjustment", 125);
    await p.out.write(`${current}\n`);
    return 0;
  }
  let n = 10;
  if (adj !== undefined) {
    const s = adj.replace(/^--/, "-");
    if (!/^[-+]?[0-9]+$/.test(s)) {
      await p.warn(`invalid adjustment ${quote(adj)}`);
      return 125;
    }
    n = Number(s);
  }
  const want = Math.max(-20, Math.min(19, current + n));
  try {
    p.sys.setpriority(PRIO_PROCESS, 0, want);
  } catch (e) {
    await p.warn(`cannot set niceness: ${errmsg(e)}`);
  }
  await p.out.flush();
  try {
    return await execvp(p.sys, cmd[0]!, cmd, p.envp);
  } catch (e) {
    await p.warn(`${quote(cmd[0]!)}: ${errmsg(e)}`);
    return execFailureStatus(e);
  }
});
