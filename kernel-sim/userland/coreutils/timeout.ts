// timeout(1): run COMMAND, send it SIGNAL (TERM) after DURATION; -k DURATION then KILL;
// --preserve-status, --foreground, -v. Exit 124 if it timed out, 125/126/127 for our own
// failures, else the command's status.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { execvp } from "../lib/exec.ts";
import { parseInterval } from "./sleep.ts";
import { procpsSignal } from "../procps/kill.ts";
import { Errno, EINTR, ENOENT } from "../../uapi/errno.ts";
import { SIGALRM, SIGKILL, SIGTERM, signalName } from "../../uapi/signal.ts";
import { WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG } from "../../uapi/wait.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "+k:s:v", [
    { name: "kill-after", has: 1, key: "k" },
    { name: "signal", has: 1, key: "s" },
    { name: "verbose", has: 0, key: "v" },
    { name: "foreground", has: 0, key: "foreground" },
    { name: "preserve-status", has: 0, key: "preserve" },
    ...STD_LONGOPTS,
  ], 125);
  if (!parsed) return 125;
  const hv = await helpVersion(p, parsed, "Usage: timeout [OPTION] DURATION COMMAND [ARG]...\n  or:  timeout [OPTION]\nStart COMMAND, and kill it if still running after DURATION.\n", "Padraig Brady");
  if (hv !== null) return hv;
  let sig = SIGTERM;
  let killAfter = 0;
  let verbose = false;
  let preserve = false;
  for (const o of parsed.opts) {
    if (o.key === "s") {
      sig = procpsSignal(o.arg!);
      if (sig <= 0) {
        await p.warn(`${quote(o.arg!)}: invalid signal`);
        return usageError(p, null, 125);
      }
    } else if (o.key === "k") killAfter = parseInterval(o.arg!) ?? 0;
    else if (o.key === "v") verbose = true;
    else if (o.key === "preserve") preserve = true;
  }
  const [dur, ...cmd] = parsed.operands;
  // GNU timeout names no missing operand: it prints only the "Try" line.
  if (dur === undefined || cmd.length === 0) return usageError(p, null, 125);
  const secs = parseInterval(dur);
  if (secs === null) {
    await p.warn(`invalid time interval ${quote(dur)}`);
    return usageError(p, null, 125);
  }
  const sys = p.sys;
  await p.out.flush();
  let execErr: Errno | null = null;
  const pid = sys.fork(async (child) => {
    try {
      return await execvp(child, cmd[0]!, cmd, p.envp);
    } catch (e) {
      execErr = e instanceof Errno ? e : new Errno(ENOENT);
      return execErr.errno === ENOENT ? 127 : 126;
    }
  });
  let timedOut = false;
  // A timer: a sleeping helper would need another process; the alarm is ours.
  sys.sigaction(SIGALRM, {
    handler: () => {
      timedOut = true;
    },
  });
  if (secs > 0 && Number.isFinite(secs)) sys.alarm(Math.max(1, Math.ceil(secs)));
  let status = 0;
  let killed = false;
  for (;;) {
    try {
      status = (await sys.wait4(pid, 0)).status;
      break;
    } catch (e) {
      if (!(e instanceof Errno) || e.errno !== EINTR) throw e;
      if (timedOut && !killed) {
        if (verbose) await p.warn(`sending signal ${signalName(sig)} to command ${quote(cmd[0]!)}`);
        try {
          sys.kill(pid, sig);
        } catch {
          // already gone
        }
        killed = true;
        if (killAfter > 0) {
          timedOut = false;
          sys.alarm(Math.max(1, Math.ceil(killAfter)));
        }
      } else if (timedOut && killed) {
        if (verbose) await p.warn(`sending signal KILL to command ${quote(cmd[0]!)}`);
        sys.kill(pid, SIGKILL);
      }
    }
  }
  sys.alarm(0);
  if (execErr) {
    await p.warn(`failed to run command ${quote(cmd[0]!)}: ${errmsg(execErr)}`);
    return WEXITSTATUS(status);
  }
  // A command that died of SIGKILL after the timeout reports 128+9, so users can tell.
  if (killed && !preserve && !(WIFSIGNALED(status) && WTERMSIG(status) === SIGKILL)) return 124;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 125;
});
