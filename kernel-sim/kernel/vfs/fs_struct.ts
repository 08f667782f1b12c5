// A task's filesystem context. Analogous to Linux's struct fs_struct (include/linux/fs_struct.h):
// the root (chroot), the working directory, and the umask. Shared with CLONE_FS, copied by fork.

import type { Path } from "./mount.ts";

export class FsContext {
  /** The file mode creation mask (umask(2)). */
  umask = 0o022;

  constructor(
    /** Where "/" and ".." at the top lead: changed by chroot(2) and pivot_root(2). */
    public root: Path,
    /** The working directory: changed by chdir(2)/fchdir(2). */
    public cwd: Path = root,
  ) {}

  copy(): FsContext {
    const f = new FsContext(this.root, this.cwd);
    f.umask = this.umask;
    return f;
  }
}
