// setsid(1), util-linux 2.38: run a program in a new session. A process group leader cannot
// call setsid(2) (EPERM), so setsid forks first when it is one, or always with -f; -w makes the
// parent wait and exit with the child's status. -c (TIOCSCTTY) is accepted and ignored here.

import { program, type Proc } from "../lib/main.ts";
import { execvp, execFailureStatus } from "../lib/exec.ts";
import type { Sys } from "../lib/sys.ts";
import type { LongOpt } from "../lib/getopt.ts";
import { err, parseArgs, runTool, tryHelp, versionText } from "../util-linux/common.ts";
import { WEXITSTATUS, WIFEXITED } from "../../uapi/wait.ts";

const LONGOPTS: readonly LongOpt[] = [
  { name: "ctty", has: 0, key: "c" },
  { name: "fork", has: 0, key: "f" },
  { name: "wait", has: 0, key: "w" },
  { name: "help", has: 0, key: "h" },
  { name: "version", has: 0, key: "V" },
];

const HELP =
  "\nUsage:\n setsid [options] <program> [arguments ...]\n\nRun a program in a new session.\n\nOptions:\n" +
  " -c, --ctty     set the controlling terminal to the current one\n" +
  " -f, --fork     always fork\n" +
  " -w, --wait     wait program to exit, and use the same return\n" +
  " -h, --help     display this help\n" +
  " -V, --version  display version\n\nFor more details see setsid(1).\n";

async function execIt(p: Proc, sys: Sys, argv: string[]): Promise<number> {
  try {
    return await execvp(sys, argv[0]!, argv, p.envp);
  } catch (e) {
    return err(p, execFailureStatus(e), `failed to execute ${argv[0]}`, e);
  }
}

export default program((p) =>
  runTool(async () => {
    const parsed = await parseArgs(p, "+cfwhV", LONGOPTS);
    let forkAlways = false;
    let wait = false;
    for (const o of parsed.opts) {
      if (o.key === "f") forkAlways = true;
      else if (o.key === "w") wait = true;
      else if (o.key === "h") {
        await p.out.write(HELP);
        return 0;
      } else if (o.key === "V") {
        await p.out.write(versionText("setsid"));
        return 0;
      }
    }
    const argv = parsed.operands;
    if (argv.length === 0) return tryHelp(p, "no command specified");
    const sys = p.sys;
    if (forkAlways || sys.getpgrp() === sys.getpid()) {
      await p.out.flush();
      const child = sys.fork(async (cs) => {
        try {
          cs.setsid();
        } catch (e) {
          return err(p, 1, "setsid failed", e);
        }
        return execIt(p, cs, argv);
      });
      if (!wait) return 0;
      const r = await sys.wait4(child, 0);
      if (WIFEXITED(r.status)) return WEXITSTATUS(r.status);
      // setsid.c: err(status, "child %d did not exit normally") with errno still 0.
      await p.err.write(`${p.name}: child ${child} did not exit normally: Success\n`);
      return r.status & 0xff;
    }
    try {
      sys.setsid();
    } catch (e) {
      return err(p, 1, "setsid failed", e);
    }
    return execIt(p, sys, argv);
  }),
);
