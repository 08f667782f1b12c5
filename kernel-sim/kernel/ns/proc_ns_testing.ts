// Test-only: hang proc_ns.ts's entries under /proc/PID until procfs lists them itself, by
// wrapping the generated-filesystem lookup. Production code never imports this file.

import { PseudoInode, pseudoInodeOps, type PNode } from "../fs/pseudo/node.ts";
import type { Inode } from "../vfs/inode.ts";
import type { Task } from "../task/task.ts";
import { gidMapFile, nsDir, setgroupsFile, uidMapFile } from "./proc_ns.ts";
import { staticDir, textFile } from "../fs/pseudo/node.ts";
import { classNetDir } from "../net/sysfs_net.ts";
import { showProcNetDev } from "../net/proc_net.ts";
import { netNs } from "../net/netns.ts";

let wired = false;

function extra(t: Task, key: string, name: string): PNode | null {
  switch (name) {
    case "ns":
      return nsDir(t, `${key}/ns`);
    case "uid_map":
      return uidMapFile(t, key);
    case "gid_map":
      return gidMapFile(t, key);
    case "setgroups":
      return setgroupsFile(t, key);
  }
  return null;
}

export function wireProcNsForTests(): void {
  if (wired) return;
  wired = true;
  const lookup = pseudoInodeOps.lookup!;
  pseudoInodeOps.lookup = (dir: Inode, name: string, task: Task) => {
    const dkey = (dir as PseudoInode).node.key;
    if (dir.sb.type === "sysfs" && dkey === "class" && name === "net") return new PseudoInode(dir.sb, classNetDir("class/net", netNs));
    if (dir.sb.type === "proc" && dkey === "" && name === "net") return new PseudoInode(dir.sb, staticDir("net", 0o555, { dev: () => textFile("net/dev", showProcNetDev) }));
    const found = lookup(dir, name, task);
    if (found) return found;
    const key = (dir as PseudoInode).node.key;
    const m = /^p(\d+)$/.exec(key);
    if (!m || dir.sb.type !== "proc") return null;
    const k = dir.sb.kernel;
    const t = k.findTask(Number(m[1]), k.initPidNs);
    const n = t ? extra(t, key, name) : null;
    return n ? new PseudoInode(dir.sb, n) : null;
  };
}
