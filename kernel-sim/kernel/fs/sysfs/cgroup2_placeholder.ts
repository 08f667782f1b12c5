// cgroup2 until cgroups arrive (issue 5): mounting it gives an empty read-only directory, so
// boot can mount /sys/fs/cgroup and mountinfo shows it. The cgroup engineer replaces this.

import type { FileSystemType } from "../../vfs/state.ts";
import { staticDir } from "../pseudo/node.ts";
import { mountPseudo, emptyStatfs } from "../pseudo/super.ts";
import { CGROUP2_SUPER_MAGIC } from "../../../uapi/stat.ts";

export const cgroup2PlaceholderType: FileSystemType = {
  name: "cgroup2",
  nodev: true,
  mount(kernel) {
    return mountPseudo(kernel, "cgroup2", "cgroup2", { statfs: (sb) => emptyStatfs(CGROUP2_SUPER_MAGIC, sb) }, () => staticDir("", 0o555, {}));
  },
};
