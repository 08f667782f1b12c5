// /proc/PID/mountinfo and /proc/PID/mounts. Analogous to show_mountinfo() and show_vfsmnt()
// in fs/proc_namespace.c: one line per mount of the task's namespace, mount points as seen
// from the task's root (mounts outside it are skipped, as seq_path_root's SEQ_SKIP does),
// with octal escapes for space, tab, newline and backslash (mangle()).

import type { Task } from "../../task/task.ts";
import type { Mount, MountNamespace, Path } from "../../vfs/mount.ts";
import { dPathFrom } from "../../vfs/d_path.ts";
import { dominatingId } from "../../vfs/pnode.ts";
import { MNT_NOATIME, MNT_NODEV, MNT_NODIRATIME, MNT_NOEXEC, MNT_NOSUID, MNT_NOSYMFOLLOW, MNT_READONLY, MNT_RELATIME } from "../../vfs/mount.ts";
import { SB_RDONLY } from "../../vfs/inode.ts";
import { major, minor } from "../../../uapi/stat.ts";

/** mangle(): " \t\n\\" as \040 \011 \012 \134. */
export function mangle(s: string): string {
  return s.replace(/[ \t\n\\]/g, (c) => "\\" + c.charCodeAt(0).toString(8).padStart(3, "0"));
}

/** show_mnt_opts(), in its order. */
function mntOpts(m: Mount): string {
  const f = m.flags;
  let s = "";
  if (f & MNT_NOSUID) s += ",nosuid";
  if (f & MNT_NODEV) s += ",nodev";
  if (f & MNT_NOEXEC) s += ",noexec";
  if (f & MNT_NOATIME) s += ",noatime";
  if (f & MNT_NODIRATIME) s += ",nodiratime";
  if (f & MNT_RELATIME) s += ",relatime";
  if (f & MNT_NOSYMFOLLOW) s += ",nosymfollow";
  return s;
}

function sbOpts(m: Mount): string {
  const o = m.sb.ops.showOptions?.(m.sb) ?? "";
  return o ? "," + o : "";
}

/** The mount point as the reader sees it, or null when outside its root. */
function mountpointOf(m: Mount, root: Path): string | null {
  const r = dPathFrom({ mnt: m, dentry: m.root }, root);
  return r.reachable ? r.path : null;
}

/** The mount's root within its filesystem (bind mounts of a subdirectory show it). */
function rootWithinSb(m: Mount): string {
  let out = "";
  for (let d = m.root; !d.isRoot; d = d.parent) out = "/" + d.name + out;
  return (out || "/") + (m.root.deleted ? "//deleted" : "");
}

function mountsOf(t: Task): Mount[] {
  return (t.nsproxy.mnt as MountNamespace | null)?.mounts ?? [];
}

/**
 * mountinfo's optional fields, as show_mountinfo() prints them: "shared:N", "master:N",
 * "propagate_from:N" (the nearest master group reachable from the reader's root, when that
 * is not the master itself), "unbindable".
 */
function propagationFields(m: Mount, t: Task): string {
  let s = "";
  if (m.group) s += ` shared:${m.group.id}`;
  if (m.master) {
    const master = m.master.group?.id ?? 0;
    s += ` master:${master}`;
    const ns = t.nsproxy.mnt;
    const dom = dominatingId(m, (x) => x.ns === ns && mountpointOf(x, t.fs.root) !== null);
    if (dom && dom !== master) s += ` propagate_from:${dom}`;
  }
  if (m.unbindable) s += " unbindable";
  return s;
}

export function showMountinfo(t: Task): string {
  let s = "";
  for (const m of mountsOf(t)) {
    const mp = mountpointOf(m, t.fs.root);
    if (mp === null) continue;
    const parent = m.parent ?? m;
    const opt = propagationFields(m, t);
    const dev = m.sb.dev;
    s += `${m.id} ${parent.id} ${major(dev)}:${minor(dev)} ${mangle(rootWithinSb(m))} ${mangle(mp)} `;
    s += `${m.flags & MNT_READONLY ? "ro" : "rw"}${mntOpts(m)}${opt} - ${m.sb.type} ${mangle(m.devname || "none")} `;
    s += `${m.sb.flags & SB_RDONLY ? "ro" : "rw"}${sbOpts(m)}\n`;
  }
  return s;
}

export function showMounts(t: Task): string {
  let s = "";
  for (const m of mountsOf(t)) {
    const mp = mountpointOf(m, t.fs.root);
    if (mp === null) continue;
    s += `${mangle(m.devname || "none")} ${mangle(mp)} ${m.sb.type} ${m.readonly ? "ro" : "rw"}${mntOpts(m)}${sbOpts(m)} 0 0\n`;
  }
  return s;
}
