// procfs: process and kernel information generated from live kernel state. Analogous to
// fs/proc/: each mount belongs to the pid namespace of the task that mounted it (its
// /proc/PID directories are numbered as that namespace sees them - pid_namespaces(7)).

import type { FileSystemType } from "../../vfs/state.ts";
import { mountPseudo, emptyStatfs } from "../pseudo/super.ts";
import { procRoot } from "./root.ts";
import { PROC_SUPER_MAGIC } from "../../../uapi/stat.ts";

export const procType: FileSystemType = {
  name: "proc",
  nodev: true,
  mount(kernel, task) {
    const ns = task?.pidNs ?? kernel.initPidNs;
    return mountPseudo(kernel, "proc", "proc", { statfs: (sb) => emptyStatfs(PROC_SUPER_MAGIC, sb) }, () => procRoot(kernel, ns));
  },
};
