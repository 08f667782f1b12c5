// Home directories as useradd -m, usermod -m and userdel -r handle them: copy /etc/skel into a
// new home owned by the user (copy_tree in shadow-utils' libmisc), move one, remove one.

import type { Sys } from "../lib/sys.ts";
import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import { S_ISDIR, S_ISLNK, S_ISREG } from "../../uapi/stat.ts";
import { Errno, EXDEV } from "../../uapi/errno.ts";
import { readdirNames } from "../lib/dirent.ts";
import { readAll, writeAll } from "../lib/stdio.ts";

/** Copy the tree under src into dst (which exists), every copy owned by uid:gid. */
export async function copyTree(sys: Sys, src: string, dst: string, uid: number, gid: number): Promise<void> {
  for (const d of await readdirNames(sys, src)) {
    const from = `${src}/${d.name}`;
    const to = `${dst}/${d.name}`;
    const st = sys.lstat(from);
    if (S_ISDIR(st.mode)) {
      sys.mkdir(to, st.mode & 0o7777);
      sys.chmod(to, st.mode & 0o7777);
      await copyTree(sys, from, to, uid, gid);
    } else if (S_ISLNK(st.mode)) {
      sys.symlink(sys.readlink(from), to);
    } else if (S_ISREG(st.mode)) {
      const fd = await sys.open(from, O_RDONLY);
      const data = await readAll(sys, fd).finally(() => sys.close(fd));
      const out = await sys.open(to, O_WRONLY | O_CREAT | O_TRUNC, st.mode & 0o7777);
      try {
        await writeAll(sys, out, data);
        sys.fchmod(out, st.mode & 0o7777);
      } finally {
        sys.close(out);
      }
    } else continue;
    sys.lchown(to, uid, gid);
  }
}

/** Make a new home from skel: mode 0755 (0777 less login.defs' UMASK 022), owned by the user. */
export async function createHome(sys: Sys, dir: string, skel: string, uid: number, gid: number): Promise<void> {
  sys.mkdir(dir, 0o755);
  sys.chmod(dir, 0o755);
  sys.chown(dir, uid, gid);
  try {
    await copyTree(sys, skel, dir, uid, gid);
  } catch (e) {
    if (!(e instanceof Errno)) throw e; // a missing skel leaves an empty home, as useradd does
  }
}

/** rm -rf dir. */
export async function removeTree(sys: Sys, dir: string): Promise<void> {
  for (const d of await readdirNames(sys, dir)) {
    const p = `${dir}/${d.name}`;
    if (S_ISDIR(sys.lstat(p).mode)) await removeTree(sys, p);
    else sys.unlink(p);
  }
  sys.rmdir(dir);
}

/** usermod -m: rename the home, or copy and remove it across filesystems. */
export async function moveHome(sys: Sys, from: string, to: string): Promise<void> {
  try {
    sys.rename(from, to);
  } catch (e) {
    if (!(e instanceof Errno) || e.errno !== EXDEV) throw e;
    const st = sys.stat(from);
    sys.mkdir(to, st.mode & 0o7777);
    sys.chown(to, st.uid, st.gid);
    await copyTree(sys, from, to, st.uid, st.gid);
    await removeTree(sys, from);
  }
}
