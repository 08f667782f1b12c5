// bash's coproc (execute_cmd.c execute_coproc): the command runs in the background with its
// stdin and stdout on two pipes; the shell keeps the other ends as NAME[1] (write to it) and
// NAME[0] (read from it), close-on-exec so other commands do not inherit them, and NAME_PID.

import type { Shell } from "./shell.ts";
import type { Coproc } from "../ast.ts";
import { F_DUPFD_CLOEXEC, O_CLOEXEC } from "../../../uapi/fcntl.ts";
import { childRun } from "./pipeline.ts";

/** Move fd to the lowest free descriptor >= 10 (bash keeps its own fds out of the user's 0-9). */
function high(sh: Shell, fd: number): number {
  const n = sh.sys.fcntl(fd, F_DUPFD_CLOEXEC, 10);
  sh.sys.close(fd);
  return n;
}

export async function execCoproc(sh: Shell, cmd: Coproc): Promise<number> {
  const sys = sh.sys;
  const [toRead, toWrite] = sys.pipe2(O_CLOEXEC); // shell -> coproc stdin
  const [fromRead, fromWrite] = sys.pipe2(O_CLOEXEC); // coproc stdout -> shell
  const child = sh.clone();
  const pid = await sh.fork(async (csys) => {
    child.sys = csys;
    child.resetSignalsForChild();
    csys.dup2(toRead, 0);
    csys.dup2(fromWrite, 1);
    for (const fd of [toRead, toWrite, fromRead, fromWrite]) csys.close(fd);
    return childRun(child, cmd.body);
  });
  sys.close(toRead);
  sys.close(fromWrite);
  const rd = high(sh, fromRead);
  const wr = high(sh, toWrite);
  sh.vars.setArray(cmd.name, [String(rd), String(wr)]);
  sh.setVar(`${cmd.name}_PID`, String(pid));
  sh.lastBg = pid;
  const job = sh.jobs.add(pid, [pid], `coproc ${cmd.name} ...`, true);
  job.onReap = () => {
    sh.vars.unset(cmd.name);
    sh.vars.unset(`${cmd.name}_PID`);
  };
  return 0;
}
