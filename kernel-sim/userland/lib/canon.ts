// gnulib's canonicalize_filename_mode(): an absolute name without ".", ".." or symlinks.
// CAN_EXISTING (-e): every component must exist; CAN_ALL_BUT_LAST (-f): all but the last;
// CAN_MISSING (-m): none need exist.

import type { Sys } from "./sys.ts";
import { Errno, ELOOP, ENOENT, ENOTDIR } from "../../uapi/errno.ts";
import { S_ISDIR, S_ISLNK } from "../../uapi/stat.ts";

export type CanMode = "existing" | "all-but-last" | "missing";

/** Throws Errno (ENOENT, ENOTDIR, ELOOP) when the mode's requirement fails. */
export function canonicalize(sys: Sys, name: string, mode: CanMode, followLinks = true): string {
  if (name === "") throw new Errno(ENOENT);
  let todo = (name.startsWith("/") ? name : sys.getcwd() + "/" + name).split("/");
  const out: string[] = [];
  let links = 0;
  for (let i = 0; i < todo.length; i++) {
    const part = todo[i]!;
    if (part === "" || part === ".") continue;
    if (part === "..") {
      out.pop();
      continue;
    }
    const path = "/" + [...out, part].join("/");
    const last = todo.slice(i + 1).every((x) => x === "" || x === ".");
    let st;
    try {
      st = sys.lstat(path);
    } catch (e) {
      if (!(e instanceof Errno) || (e.errno !== ENOENT && e.errno !== ENOTDIR)) throw e;
      if (mode === "missing" || (mode === "all-but-last" && last && e.errno === ENOENT)) {
        out.push(part);
        continue;
      }
      throw e;
    }
    if (S_ISLNK(st.mode) && followLinks) {
      if (++links > 40) throw new Errno(ELOOP);
      const target = sys.readlink(path);
      const rest = todo.slice(i + 1);
      if (target.startsWith("/")) out.length = 0;
      todo = [...target.split("/"), ...rest];
      i = -1;
      continue;
    }
    if (!last && !S_ISDIR(st.mode) && mode !== "missing") throw new Errno(ENOTDIR);
    out.push(part);
  }
  return "/" + out.join("/");
}
