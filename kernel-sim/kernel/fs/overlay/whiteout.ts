// Whiteouts and opaque directories in the upper layer. Analogous to ovl_whiteout() and
// ovl_set_opaque() (fs/overlayfs/dir.c): a deleted lower name becomes a character device 0/0
// in the upper directory - since Linux 5.8 a hard link of one shared whiteout kept in
// workdir/work as "#N" (so `ls -l` shows its link count grow); a directory made where a
// whiteout was gets trusted.overlay.opaque="y", so the lower directory's entries stay hidden.

import type { Task } from "../../task/task.ts";
import type { Dentry } from "../../vfs/dentry.ts";
import type { OvlSuper } from "./super.ts";
import { lookupDentry } from "../../vfs/namei.ts";
import { isWhiteout, OVL_OPAQUE } from "./inode.ts";
import { S_IFCHR } from "../../../uapi/stat.ts";

/** ovl_lookup_temp()'s counter: temporary names in workdir are "#1", "#2", ... */
let tempId = 0;

/** Put a whiteout at name in the real upper directory dir. Precondition: name is free there. */
export function makeWhiteout(s: OvlSuper, dir: Dentry, name: string): void {
  const wd = s.workDir!;
  if (!s.whiteout || s.whiteout.deleted) {
    const tmp = `#${(++tempId).toString(16)}`;
    const inode = wd.inode.ops.create!(wd.inode, tmp, S_IFCHR, 0, s.mounterCred);
    s.whiteout = wd.add(tmp, inode);
  }
  const w = s.whiteout.inode;
  dir.inode.ops.link!(w, dir.inode, name);
  dir.add(name, w);
}

/** Remove name from the real upper directory dir (unlink or rmdir; the caller knows it may). */
export function realRemove(dir: Dentry, name: string, victim: Dentry): void {
  dir.inode.ops.unlink!(dir.inode, name, victim.inode);
  dir.drop(name);
}

/** ovl_clear_empty(): the whiteouts left in an upper directory that is empty on the overlay. */
export function clearWhiteouts(dir: Dentry, task: Task): void {
  for (const e of [...(dir.inode.ops.readdir?.(dir.inode, task) ?? [])]) {
    const d = lookupDentry(task, dir, e.name);
    if (d && isWhiteout(d.inode)) realRemove(dir, e.name, d);
  }
}

export function setOpaque(dir: Dentry): void {
  dir.inode.ops.setxattr?.(dir.inode, OVL_OPAQUE, new Uint8Array([0x79]), 0);
}

/** trusted.overlay.redirect: the name in the lower layers a renamed directory merges with. */
export const OVL_REDIRECT = "trusted.overlay.redirect";

export function setRedirect(dir: Dentry, lowerName: string): void {
  dir.inode.ops.setxattr?.(dir.inode, OVL_REDIRECT, new TextEncoder().encode(lowerName), 0);
}

/** The redirect of an upper directory, or null (ovl_check_redirect). */
export function redirectOf(dir: Dentry): string | null {
  const v = dir.inode.ops.getxattr?.(dir.inode, OVL_REDIRECT);
  return v === undefined ? null : new TextDecoder().decode(v);
}
