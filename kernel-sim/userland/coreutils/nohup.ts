// nohup(1): run COMMAND ignoring SIGHUP; a terminal stdout goes to nohup.out (or
// $HOME/nohup.out), a terminal stderr follows stdout. Exit 125/126/127 for our failures.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { isatty } from "../lib/stdio.ts";
import { execvp, execFailureStatus } from "../lib/exec.ts";
import { SIGHUP } from "../../uapi/signal.ts";
import { O_APPEND, O_CREAT, O_WRONLY, O_RDONLY } from "../../uapi/fcntl.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "+", STD_LONGOPTS, 125);
  if (!parsed) return 125;
  const hv = await helpVersion(p, parsed, "Usage: nohup COMMAND [ARG]...\n  or:  nohup OPTION\nRun COMMAND, ignoring hangup signals.\n", "Jim Meyering");
  if (hv !== null) return hv;
  const cmd = parsed.operands;
  if (cmd.length === 0) return usageError(p, "missing operand", 125);
  const sys = p.sys;
  const ignoringInput = isatty(sys, 0);
  if (ignoringInput) {
    const fd = await sys.open("/dev/null", O_RDONLY);
    sys.dup2(fd, 0);
    sys.close(fd);
  }
  if (isatty(sys, 1)) {
    let name = "nohup.out";
    let fd: number;
    try {
      fd = await sys.open(name, O_WRONLY | O_CREAT | O_APPEND, 0o600);
    } catch {
      name = (p.getenv("HOME") ?? "") + "/nohup.out";
      try {
        fd = await sys.open(name, O_WRONLY | O_CREAT | O_APPEND, 0o600);
      } catch (e) {
        await p.warn(`failed to open ${quote(name)}: ${errmsg(e)}`);
        return 125;
      }
    }
    await p.err.write(`${p.name}: ${ignoringInput ? "ignoring input and " : ""}appending output to ${quote(name)}\n`);
    sys.dup2(fd, 1);
    sys.close(fd);
    if (isatty(sys, 2)) sys.dup2(1, 2);
  } else if (isatty(sys, 2)) {
    sys.dup2(1, 2);
  } else if (ignoringInput) await p.err.write(`${p.name}: ignoring input\n`);
  sys.sigaction(SIGHUP, { handler: "ignore" });
  try {
    return await execvp(sys, cmd[0]!, cmd, p.envp);
  } catch (e) {
    await p.warn(`failed to run command ${quote(cmd[0]!)}: ${errmsg(e)}`);
    return execFailureStatus(e);
  }
});
