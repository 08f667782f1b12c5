// libmount's view of /proc/self/mountinfo: one MountEntry per line (mnt_parse_mountinfo_line),
// with the octal escapes undone, and the lookups mount(8), umount(8) and findmnt(8) share.

import type { Sys } from "../lib/sys.ts";
import { readFileText } from "../lib/input.ts";
import { canonicalize } from "../lib/canon.ts";
import { Errno } from "../../uapi/errno.ts";

/** One mountinfo line (proc(5): "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue"). */
export interface MountEntry {
  id: number;
  parent: number;
  majmin: string;
  /** The mount's root within its filesystem (FSROOT). */
  root: string;
  target: string;
  /** Per-mount options (VFS-OPTIONS). */
  vfsOptions: string;
  /** The optional fields: "shared:1 master:2" (OPT-FIELDS). */
  optFields: string;
  fstype: string;
  source: string;
  /** Superblock options (FS-OPTIONS). */
  fsOptions: string;
}

/** unmangle(): "\040" back to " ". */
export function unmangle(s: string): string {
  return s.includes("\\") ? s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8))) : s;
}

export function parseMountinfo(text: string): MountEntry[] {
  const out: MountEntry[] = [];
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const f = line.split(" ");
    const sep = f.indexOf("-", 6);
    if (sep < 0) continue;
    out.push({
      id: Number(f[0]),
      parent: Number(f[1]),
      majmin: f[2]!,
      root: unmangle(f[3]!),
      target: unmangle(f[4]!),
      vfsOptions: f[5]!,
      optFields: f.slice(6, sep).join(" "),
      fstype: f[sep + 1]!,
      source: unmangle(f[sep + 2]!),
      fsOptions: f[sep + 3] ?? "",
    });
  }
  return out;
}

export async function readMountinfo(sys: Sys, pid: string = "self"): Promise<MountEntry[]> {
  return parseMountinfo(await readFileText(sys, `/proc/${pid}/mountinfo`));
}

/**
 * The OPTIONS column and mount(8)'s "(...)": the per-mount options, then the superblock's
 * without its "rw"/"ro" (mnt_fs_strdup_options).
 */
export function allOptions(e: MountEntry): string {
  const fsOpts = e.fsOptions.split(",");
  const fs = fsOpts.filter((o) => o !== "rw" && o !== "ro" && o !== "");
  // A read-only superblock makes the whole mount read-only, whatever the per-mount flag says.
  const vfs = fsOpts.includes("ro") ? e.vfsOptions.replace(/^rw(?=,|$)/, "ro") : e.vfsOptions;
  return [vfs, ...fs].join(",");
}

/** findmnt's PROPAGATION: "shared" or "private", then ",slave" and ",unbindable". */
export function propagationOf(e: MountEntry): string {
  const f = e.optFields.split(" ");
  let s = f.some((x) => x.startsWith("shared:")) ? "shared" : "private";
  if (f.some((x) => x.startsWith("master:"))) s += ",slave";
  if (f.includes("unbindable")) s += ",unbindable";
  return s;
}

/** The SOURCE column: a bind mount of a subdirectory shows "tmpfs[/sub]". */
export function sourceWithRoot(e: MountEntry): string {
  return e.root === "/" || e.root === "" ? e.source : `${e.source}[${e.root}]`;
}

/** An absolute, symlink-free path (libmount canonicalizes targets), or the name unchanged if that fails. */
export function canonicalPath(sys: Sys, name: string): string {
  try {
    return canonicalize(sys, name, "existing");
  } catch (e) {
    if (e instanceof Errno) return name;
    throw e;
  }
}

/** The last (topmost) mount on target, as libmount's mnt_table_find_target does it backwards. */
export function findByTarget(entries: MountEntry[], target: string): MountEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]!.target === target) return entries[i];
  return undefined;
}
