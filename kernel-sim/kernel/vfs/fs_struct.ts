// A task's filesystem context. Analogous to Linux's struct fs_struct (include/linux/fs_struct.h):
// the root (chroot), the working directory, and the umask. Shared with CLONE_FS, copied by fork.

import type { Kernel } from "../kernel.ts";
import { Mount, MountNamespace, type Path } from "./mount.ts";
import { Dentry } from "./dentry.ts";
import { Inode, SuperBlock } from "./inode.ts";
import { S_IFDIR } from "../../uapi/stat.ts";

export class FsContext {
  /** The file mode creation mask (umask(2)). */
  umask = 0o022;

  constructor(
    /** Where "/" and ".." at the top lead: changed by chroot(2) and pivot_root(2). */
    public root: Path = detachedRoot(),
    /** The working directory: changed by chdir(2)/fchdir(2). */
    public cwd: Path = root,
  ) {}

  copy(): FsContext {
    const f = new FsContext(this.root, this.cwd);
    f.umask = this.umask;
    return f;
  }
}

let detached: Path | null = null;

/**
 * The root of a kernel booted without a VFS (task-only tests): an empty directory with no
 * operations, so every lookup is ENOENT and nothing can be created.
 */
function detachedRoot(): Path {
  if (detached) return detached;
  // No kernel owns this superblock; nothing on it ever asks for the clock (it cannot change).
  const sb = new SuperBlock(null as unknown as Kernel, "none", 0, { statfs: () => ({ type: 0, bsize: 4096, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0, fsid: 0, namelen: 255, frsize: 4096, flags: 0 }) }, "none");
  sb.root = new Dentry("/", null, new Inode(sb, 1, S_IFDIR | 0o755, 0, 0, {}));
  const ns = new MountNamespace(0);
  ns.root = new Mount(0, sb, sb.root, 0, ns);
  detached = { mnt: ns.root, dentry: sb.root };
  return detached;
}
