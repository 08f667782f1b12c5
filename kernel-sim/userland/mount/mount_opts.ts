// libmount's option map for Linux (optmap.c, MNT_LINUX_MAP and MNT_USERSPACE_MAP): which -o
// words are mount(2) flags, which are propagation changes made by separate calls, which are
// for userspace only (fstab's noauto, nofail, x-*), and the rest: the filesystem's own data.

import {
  MS_BIND, MS_DIRSYNC, MS_LAZYTIME, MS_MANDLOCK, MS_MOVE, MS_NOATIME, MS_NODEV, MS_NODIRATIME, MS_NOEXEC,
  MS_NOSUID, MS_NOSYMFOLLOW, MS_PRIVATE, MS_RDONLY, MS_REC, MS_RELATIME, MS_REMOUNT, MS_SHARED, MS_SILENT,
  MS_SLAVE, MS_STRICTATIME, MS_SYNCHRONOUS, MS_UNBINDABLE,
} from "../../uapi/mount.ts";

/** word -> [flag, set (true) or clear (false)]. */
const FLAGS: Record<string, [number, boolean]> = {
  ro: [MS_RDONLY, true], rw: [MS_RDONLY, false],
  exec: [MS_NOEXEC, false], noexec: [MS_NOEXEC, true],
  suid: [MS_NOSUID, false], nosuid: [MS_NOSUID, true],
  dev: [MS_NODEV, false], nodev: [MS_NODEV, true],
  sync: [MS_SYNCHRONOUS, true], async: [MS_SYNCHRONOUS, false],
  dirsync: [MS_DIRSYNC, true],
  remount: [MS_REMOUNT, true],
  bind: [MS_BIND, true], rbind: [MS_BIND | MS_REC, true],
  mand: [MS_MANDLOCK, true], nomand: [MS_MANDLOCK, false],
  atime: [MS_NOATIME, false], noatime: [MS_NOATIME, true],
  diratime: [MS_NODIRATIME, false], nodiratime: [MS_NODIRATIME, true],
  relatime: [MS_RELATIME, true], norelatime: [MS_RELATIME, false],
  strictatime: [MS_STRICTATIME, true], nostrictatime: [MS_STRICTATIME, false],
  lazytime: [MS_LAZYTIME, true], nolazytime: [MS_LAZYTIME, false],
  nosymfollow: [MS_NOSYMFOLLOW, true], symfollow: [MS_NOSYMFOLLOW, false],
  silent: [MS_SILENT, true], loud: [MS_SILENT, false],
  move: [MS_MOVE, true],
};

/** Propagation words: applied after the mount by their own mount(2) calls. */
export const PROPAGATION: Record<string, number> = {
  private: MS_PRIVATE, rprivate: MS_PRIVATE | MS_REC,
  shared: MS_SHARED, rshared: MS_SHARED | MS_REC,
  slave: MS_SLAVE, rslave: MS_SLAVE | MS_REC,
  unbindable: MS_UNBINDABLE, runbindable: MS_UNBINDABLE | MS_REC,
};

const USERSPACE = new Set(["defaults", "auto", "noauto", "user", "nouser", "users", "owner", "group", "nofail", "_netdev", "loop", "noowner", "nogroup", "nousers"]);

export interface ParsedOptions {
  flags: number;
  /** Propagation changes, in the order given. */
  propagation: number[];
  /** What the filesystem gets as data (comma-separated). */
  data: string;
}

/** Split "-o" text into flags, propagation changes and data (quotes keep commas, as in lowerdir="a,b"). */
export function parseOptions(optstr: string, flags = 0): ParsedOptions {
  const propagation: number[] = [];
  const data: string[] = [];
  for (const word of splitOptions(optstr)) {
    const f = FLAGS[word];
    if (f) {
      flags = f[1] ? flags | f[0] : flags & ~f[0];
      continue;
    }
    const pr = PROPAGATION[word];
    if (pr !== undefined) {
      propagation.push(pr);
      continue;
    }
    if (USERSPACE.has(word) || /^[xX]-/.test(word) || word.startsWith("comment=")) continue;
    data.push(word);
  }
  return { flags, propagation, data: data.join(",") };
}

export function splitOptions(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const c of s) {
    if (c === '"') quoted = !quoted;
    if (c === "," && !quoted) {
      if (cur !== "") out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur !== "") out.push(cur);
  return out;
}
