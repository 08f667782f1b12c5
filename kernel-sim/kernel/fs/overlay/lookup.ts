// Merged lookup. Analogous to ovl_lookup() (fs/overlayfs/namei.c): look the name up in the
// upper directory, then in each lower one, topmost first, and stop at
// - a whiteout (the name was deleted above: nothing below counts),
// - a non-directory (it hides everything below; a non-directory found below a directory is
//   ignored, and so is a directory below a non-directory),
// - an opaque directory (trusted.overlay.opaque=y: created over a whiteout, it hides the lower ones);
// an upper directory with trusted.overlay.redirect (renamed with redirect_dir=on) is merged with
// the lower directories of its old name.

import type { Task } from "../../task/task.ts";
import { lookupDentry } from "../../vfs/namei.ts";
import { isOpaque, isWhiteout, type LowerDentry, type OvlEntry, type OvlInode } from "./inode.ts";
import { redirectOf } from "./whiteout.ts";

/** The entry for name in the merged directory dir, or null when no layer shows one. */
export function lookupEntry(dir: OvlInode, name: string, task: Task): OvlEntry | null {
  const de = dir.entry;
  let upper = null;
  let wantDir = false;
  // The name to look for in the lower layers: a renamed directory's redirect (relative only).
  let lowerName = name;
  if (de.upper) {
    const u = lookupDentry(task, de.upper, name);
    if (u) {
      if (isWhiteout(u.inode)) return null;
      upper = u;
      if (!u.inode.isDir || isOpaque(u.inode)) return { parent: dir, name, upper, lowers: [] };
      wantDir = true;
      const r = redirectOf(u);
      if (r !== null && !r.startsWith("/")) lowerName = r;
    }
  }
  const lowers: LowerDentry[] = [];
  for (const l of de.lowers) {
    if (!l.dentry.inode.isDir) continue;
    const d = lookupDentry(task, l.dentry, lowerName);
    if (!d) continue;
    if (isWhiteout(d.inode)) break;
    if (wantDir || lowers.length > 0) {
      if (!d.inode.isDir) break;
    } else if (!d.inode.isDir) {
      lowers.push({ dentry: d, layer: l.layer });
      break;
    }
    lowers.push({ dentry: d, layer: l.layer });
    wantDir = true;
    if (isOpaque(d.inode)) break;
  }
  if (!upper && lowers.length === 0) return null;
  return { parent: dir, name, upper, lowers };
}
