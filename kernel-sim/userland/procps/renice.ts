// renice(1) from util-linux 2.38: set the nice value (absolute, despite the old "increment"
// wording) of processes (-p, the default), process groups (-g) or users (-u); "PID (process
// ID) old priority N, new priority M" for each.

import { program } from "../lib/main.ts";
import { errmsg } from "../lib/main.ts";
import { UserDb } from "../lib/pwd.ts";
import { PRIO_PGRP, PRIO_PROCESS, PRIO_USER } from "../lib/sys_sched.ts";

const KIND = ["process ID", "process group ID", "user ID"];

export default program(async (p) => {
  const args = p.argv.slice(1);
  const fail = async (msg: string): Promise<number> => {
    await p.err.write(`renice: ${msg}\nTry 'renice --help' for more information.\n`);
    return 1;
  };
  if (args[0] === "-h" || args[0] === "--help") {
    await p.out.write("\nUsage:\n renice [-n|--priority|--relative] <priority> [-p|--pid] <pid>...\n renice [-n|--priority|--relative] <priority>  -g|--pgrp <pgid>...\n renice [-n|--priority|--relative] <priority>  -u|--user <user>...\n\nAlter the priority of running processes.\n");
    return 0;
  }
  if (args[0] === "-V" || args[0] === "--version") {
    await p.out.write("renice from util-linux 2.38.1\n");
    return 0;
  }
  let i = 0;
  let relative = false;
  if (args[i] === "-n" || args[i] === "--priority" || args[i] === "--relative") {
    relative = args[i] === "--relative";
    i++;
  }
  if (args.length - i < 2) return fail("not enough arguments");
  const prioArg = args[i++]!;
  if (!/^[-+]?[0-9]+$/.test(prioArg)) {
    await p.err.write(`renice: invalid priority '${prioArg}'\nTry 'renice --help' for more information.\n`);
    return 1;
  }
  const prio = Number(prioArg);
  let which = PRIO_PROCESS;
  let status = 0;
  const db = await new UserDb(p.sys).load();
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-p" || a === "--pid") { which = PRIO_PROCESS; continue; }
    if (a === "-g" || a === "--pgrp") { which = PRIO_PGRP; continue; }
    if (a === "-u" || a === "--user") { which = PRIO_USER; continue; }
    let who: number;
    if (which === PRIO_USER) {
      const u = /^[0-9]+$/.test(a) ? Number(a) : db.byName(a)?.uid;
      if (u === undefined) {
        await p.err.write(`renice: unknown user ${a}\n`);
        status = 1;
        continue;
      }
      who = u;
    } else {
      if (!/^[0-9]+$/.test(a)) {
        await p.err.write(`renice: invalid ${which === PRIO_PGRP ? "process group" : "process"} ID '${a}'\n`);
        status = 1;
        continue;
      }
      who = Number(a);
    }
    let old: number;
    try {
      old = p.sys.getpriority(which, who);
    } catch (e) {
      await p.err.write(`renice: failed to get priority for ${who} (${KIND[which]}): ${errmsg(e)}\n`);
      status = 1;
      continue;
    }
    const want = relative ? old + prio : prio;
    try {
      p.sys.setpriority(which, who, want);
      const now = p.sys.getpriority(which, who);
      await p.out.write(`${who} (${KIND[which]}) old priority ${old}, new priority ${now}\n`);
    } catch (e) {
      await p.err.write(`renice: failed to set priority for ${who} (${KIND[which]}): ${errmsg(e)}\n`);
      status = 1;
    }
  }
  return status;
});
