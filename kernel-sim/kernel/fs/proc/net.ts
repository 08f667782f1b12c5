// /proc/net (a link to self/net) and /proc/PID/net: the network namespace's files, from the
// net subsystem's generators (net/proc_net.ts). Analogous to fs/proc/proc_net.c.

import type { PDir } from "../pseudo/node.ts";
import { staticDir, textFile } from "../pseudo/node.ts";
import { showProcNetDev } from "../../net/proc_net.ts";

export function netDir(key: string): PDir {
  return staticDir(key, 0o555, {
    dev: () => textFile(`${key}/dev`, showProcNetDev),
  });
}
