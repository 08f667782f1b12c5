// Path names of Paths. Analogous to d_path()/d_absolute_path() (fs/d_path.c): walk up from a
// dentry to the root, crossing mounts at their roots, prepending names. Used by getcwd(2),
// /proc/PID/{cwd,root,exe,fd/N} and the mountpoint field of mountinfo.

import type { Path } from "./mount.ts";

export interface DPath {
  /** The path text ("/" for the root itself). */
  path: string;
  /** False when the walk reached the top of the tree without meeting root (outside a chroot). */
  reachable: boolean;
}

/** Prepend names from p up to root. */
export function dPathFrom(p: Path, root: Path): DPath {
  let mnt = p.mnt;
  let dentry = p.dentry;
  let out = "";
  for (;;) {
    if (dentry === root.dentry && mnt === root.mnt) return { path: out || "/", reachable: true };
    if (dentry === mnt.root) {
      if (!mnt.parent) return { path: out || "/", reachable: false };
      dentry = mnt.mountpoint;
      mnt = mnt.parent;
      continue;
    }
    out = "/" + dentry.name + out;
    dentry = dentry.parent;
  }
}

/** d_path(): what /proc/PID/fd/N shows: the path, " (deleted)" appended for an unlinked file. */
export function dPath(p: Path, root: Path): string {
  const r = dPathFrom(p, root);
  return p.dentry.deleted ? r.path + " (deleted)" : r.path;
}
