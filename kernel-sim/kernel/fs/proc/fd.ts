// /proc/PID/fd/ and /proc/PID/fdinfo/. Analogous to fs/proc/fd.c: fd/N is a magic link to
// what the descriptor refers to ("pipe:[123]", "/dev/pts/0"); following it opens the same
// object again (for a pipe, a new open of the pipe inode - as `cat /dev/stdin` does on Linux).

import type { Task } from "../../task/task.ts";
import type { File } from "../../vfs/file.ts";
import type { Kernel } from "../../kernel.ts";
import type { Path } from "../../vfs/mount.ts";
import type { PDir, PNode } from "../pseudo/node.ts";
import { textFile, symlinkNode } from "../pseudo/node.ts";
import { PipeBuffer } from "../../pipe/pipe.ts";
import { Inode, SuperBlock } from "../../vfs/inode.ts";
import { Dentry } from "../../vfs/dentry.ts";
import { Mount, MountNamespace } from "../../vfs/mount.ts";
import { vfsState } from "../../vfs/state.ts";
import { EACCES, Errno } from "../../../uapi/errno.ts";
import { O_ACCMODE, O_RDONLY, O_WRONLY } from "../../../uapi/fcntl.ts";
import { S_IFIFO } from "../../../uapi/stat.ts";

/** O_LARGEFILE: always set on 64-bit, and shown in fdinfo's flags. */
const O_LARGEFILE = 0o100000;
const O_CLOEXEC = 0o2000000;
/** O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC. */
const OPEN_ONLY = 0o100 | 0o200 | 0o400 | 0o1000;

/** ptrace_may_access(PTRACE_MODE_READ): the same user, or root. */
export function mayAccess(reader: Task, target: Task): boolean {
  const r = reader.cred;
  const c = target.cred;
  if (r.euid === 0) return true;
  return r.uid === c.uid && r.uid === c.euid && r.uid === c.suid && r.gid === c.gid && r.gid === c.egid;
}

/** The pipefs mount: where a pipe's "path" lives when /proc/PID/fd/N of a pipe is followed. */
function pipefsMount(kernel: Kernel): Mount {
  const key = "pipefs-mnt";
  let m = kernel.subsys.get(key) as Mount | undefined;
  if (!m) {
    const sb = new SuperBlock(kernel, "pipefs", vfsState(kernel).allocAnonDev(), { statfs: () => ({ type: 0x50495045, bsize: 4096, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0, fsid: 0, namelen: 255, frsize: 4096, flags: 0 }) }, "pipefs");
    sb.root = new Dentry("/", null, new Inode(sb, 1, 0o040700, 0, 0, {}));
    const ns = new MountNamespace(0);
    m = new Mount(vfsState(kernel).allocMntId(), sb, sb.root, 0, ns);
    ns.root = m;
    kernel.subsys.set(key, m);
  }
  return m;
}

/** Where following fd/N of file lands. */
function fdTarget(kernel: Kernel, file: File, owner: Task): Path | null {
  if (file.fpath) return file.fpath;
  if (file.priv instanceof PipeBuffer) {
    const mnt = pipefsMount(kernel);
    const inode = new Inode(mnt.sb, file.priv.ino, S_IFIFO | 0o600, owner.cred.fsuid, owner.cred.fsgid, {});
    inode.pipe = file.priv;
    return { mnt, dentry: new Dentry(file.path, mnt.sb.root, inode) };
  }
  return null;
}

function linkMode(file: File): number {
  const acc = file.flags & O_ACCMODE;
  return acc === O_RDONLY ? 0o500 : acc === O_WRONLY ? 0o300 : 0o700;
}

function checkAccess(reader: Task, t: Task): void {
  if (!mayAccess(reader, t)) throw new Errno(EACCES);
}

export function fdDir(t: Task, key: string): PDir {
  return {
    kind: "dir",
    key,
    mode: 0o500,
    uid: t.cred.euid,
    gid: t.cred.egid,
    list(reader) {
      checkAccess(reader, t);
      return [...t.files.entries()].map(([fd]) => String(fd));
    },
    get(name, reader): PNode | null {
      checkAccess(reader, t);
      const fd = /^(0|[1-9]\d*)$/.test(name) ? Number(name) : -1;
      if (!t.files.has(fd)) return null;
      const file = t.files.get(fd);
      const node = symlinkNode(`${key}/${fd}`, () => (file.fpath?.dentry.deleted ? file.path + " (deleted)" : file.path), () => fdTarget(t.kernel, file, t));
      return { ...node, mode: linkMode(file), uid: t.cred.euid, gid: t.cred.egid };
    },
  };
}

export function fdinfoDir(t: Task, key: string): PDir {
  return {
    kind: "dir",
    key,
    mode: 0o500,
    uid: t.cred.euid,
    gid: t.cred.egid,
    list: () => [...t.files.entries()].map(([fd]) => String(fd)),
    get(name) {
      const fd = /^(0|[1-9]\d*)$/.test(name) ? Number(name) : -1;
      if (!t.files.has(fd)) return null;
      return textFile(`${key}/${fd}`, () => {
        const f = t.files.get(fd);
        // close-on-exec belongs to the descriptor, not the open file (only its fd flag shows), and
        // do_dentry_open() drops the open-time-only flags from f_flags.
        const flags = (f.flags & ~(O_CLOEXEC | OPEN_ONLY)) | O_LARGEFILE | (t.files.getCloexec(fd) ? O_CLOEXEC : 0);
        const mntId = f.fpath?.mnt.id ?? 15;
        const ino = f.fpath?.dentry.inode.ino ?? (f.priv instanceof PipeBuffer ? f.priv.ino : 0);
        return `pos:\t${f.pos}\nflags:\t0${flags.toString(8)}\nmnt_id:\t${mntId}\nino:\t${ino}\n`;
      }, 0o400);
    },
  };
}
