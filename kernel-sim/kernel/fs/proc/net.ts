// /proc/net (a link to self/net) and /proc/PID/net: the network namespace's files, from the
// net subsystem's generators (net/proc_net.ts). Analogous to fs/proc/proc_net.c.

import type { PDir } from "../pseudo/node.ts";
import type { Task } from "../../task/task.ts";
import { staticDir, textFile } from "../pseudo/node.ts";
import { showProcNetDev } from "../../net/proc_net.ts";

/** /proc/PID/net of t: t's network namespace, whoever reads it. */
export function netDir(key: string, t: Task): PDir {
  return staticDir(key, 0o555, {
    dev: () => textFile(`${key}/dev`, () => showProcNetDev(t)),
  });
}
