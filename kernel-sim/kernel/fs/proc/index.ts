// procfs placeholder (filled in by root.ts).
import type { FileSystemType } from "../../vfs/state.ts";
import { staticDir } from "../pseudo/node.ts";
import { mountPseudo, emptyStatfs } from "../pseudo/super.ts";
import { PROC_SUPER_MAGIC } from "../../../uapi/stat.ts";

export const procType: FileSystemType = {
  name: "proc",
  nodev: true,
  mount(kernel) {
    return mountPseudo(kernel, "proc", "proc", { statfs: (sb) => emptyStatfs(PROC_SUPER_MAGIC, sb) }, () => staticDir("", 0o555, {}));
  },
};
