// A tiny in-memory Sys for the unit tests of userland programs, so a program can be run
// before (and without) a booted kernel: one flat filesystem (directories, regular files,
// symlinks), fd 0 from a string, fd 1/2 captured. Not a kernel: no permissions, no
// processes beyond the caller, no blocking. Calls it lacks throw ENOSYS.
// Used only by *.test.ts files.

import type { Sys } from "./sys.ts";
import type { Dirent, Stat } from "../../uapi/stat.ts";
import { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG, DT_DIR, DT_LNK, DT_REG } from "../../uapi/stat.ts";
import { Errno, EBADF, EEXIST, EINVAL, EISDIR, ENOENT, ENOSYS, ENOTDIR, ENOTEMPTY, ENOTTY, ELOOP } from "../../uapi/errno.ts";
import { O_ACCMODE, O_APPEND, O_CREAT, O_DIRECTORY, O_EXCL, O_RDONLY, O_TRUNC, SEEK_CUR, SEEK_END, SEEK_SET, AT_SYMLINK_NOFOLLOW } from "../../uapi/fcntl.ts";
import { encode, decode } from "./text.ts";

interface Inode {
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
  data: Uint8Array;
  children: Map<string, Inode> | null;
  target: string;
  mtimeNs: bigint;
  atimeNs: bigint;
  ctimeNs: bigint;
}

interface OpenFile {
  inode: Inode | null; // null: the capture/stdin stream
  offset: number;
  flags: number;
  dirPos: number;
  stream?: "stdin" | "stdout" | "stderr";
}

export interface FakeSysOptions {
  stdin?: string;
  cwd?: string;
  /** Real time in ns since the epoch. */
  now?: bigint;
  uid?: number;
  cols?: number; // present: stdout is a terminal of that width
}

export class FakeSys {
  private nextIno = 2;
  readonly root: Inode;
  private fds = new Map<number, OpenFile>();
  private cwd: string;
  private stdinData: Uint8Array;
  private stdinPos = 0;
  stdout = "";
  stderr = "";
  /** stdout and stderr merged in write order, as a terminal or `2>&1` shows them. */
  output = "";
  now: bigint;
  umaskValue = 0o022;
  readonly sys: Sys;

  constructor(private readonly opts: FakeSysOptions = {}) {
    this.now = opts.now ?? 1_764_600_000_000_000_000n;
    this.root = this.mkinode(S_IFDIR | 0o755);
    this.cwd = "/";
    this.stdinData = encode(opts.stdin ?? "");
    this.fds.set(0, { inode: null, offset: 0, flags: O_RDONLY, dirPos: 0, stream: "stdin" });
    this.fds.set(1, { inode: null, offset: 0, flags: 1, dirPos: 0, stream: "stdout" });
    this.fds.set(2, { inode: null, offset: 0, flags: 1, dirPos: 0, stream: "stderr" });
    if (opts.cwd) {
      this.mkdirp(opts.cwd);
      this.cwd = opts.cwd;
    }
    this.sys = this.makeSys();
  }

  private mkinode(mode: number): Inode {
    return {
      ino: this.nextIno++,
      mode,
      uid: 0,
      gid: 0,
      nlink: (mode & S_IFMT) === S_IFDIR ? 2 : 1,
      data: new Uint8Array(0),
      children: (mode & S_IFMT) === S_IFDIR ? new Map() : null,
      target: "",
      mtimeNs: this.now,
      atimeNs: this.now,
      ctimeNs: this.now,
    };
  }

  /** Create a directory and its parents. */
  mkdirp(path: string): void {
    let cur = this.root;
    for (const part of path.split("/").filter(Boolean)) {
      let next = cur.children!.get(part);
      if (!next) {
        next = this.mkinode(S_IFDIR | 0o755);
        cur.children!.set(part, next);
        cur.nlink++;
      }
      cur = next;
    }
  }

  /** Create a file with content (parents created). */
  writeFile(path: string, content: string | Uint8Array, mode = 0o644, mtimeNs?: bigint): void {
    const i = path.lastIndexOf("/");
    this.mkdirp(path.slice(0, i));
    const dir = this.lookup(path.slice(0, i) || "/", true);
    const ino = this.mkinode(S_IFREG | mode);
    ino.data = typeof content === "string" ? encode(content) : content;
    if (mtimeNs !== undefined) ino.mtimeNs = mtimeNs;
    dir.children!.set(path.slice(i + 1), ino);
  }

  readFile(path: string): string {
    return decode(this.lookup(path, true).data);
  }

  exists(path: string): boolean {
    try {
      this.lookup(path, false);
      return true;
    } catch {
      return false;
    }
  }

  private abs(path: string): string {
    return path.startsWith("/") ? path : (this.cwd === "/" ? "" : this.cwd) + "/" + path;
  }

  /** Resolve a path; follow the last symlink when `follow`. */
  private lookup(path: string, follow: boolean, depth = 0): Inode {
    if (path === "") throw new Errno(ENOENT);
    if (depth > 40) throw new Errno(ELOOP);
    const parts = this.abs(path).split("/").filter(Boolean);
    const stack: Inode[] = [this.root];
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      const cur = stack[stack.length - 1]!;
      if (!cur.children) throw new Errno(ENOTDIR);
      if (part === ".") continue;
      if (part === "..") {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const next = cur.children.get(part);
      if (!next) throw new Errno(ENOENT);
      const last = k === parts.length - 1;
      if ((next.mode & S_IFMT) === S_IFLNK && (!last || follow)) {
        const base = "/" + parts.slice(0, k).join("/");
        const t = next.target.startsWith("/") ? next.target : base + "/" + next.target;
        const rest = parts.slice(k + 1).join("/");
        return this.lookup(rest ? t + "/" + rest : t, follow, depth + 1);
      }
      stack.push(next);
    }
    return stack[stack.length - 1]!;
  }

  private parentOf(path: string): [Inode, string] {
    const a = this.abs(path).replace(/\/+$/, "");
    const i = a.lastIndexOf("/");
    const dir = this.lookup(a.slice(0, i) || "/", true);
    if (!dir.children) throw new Errno(ENOTDIR);
    return [dir, a.slice(i + 1)];
  }

  private statOf(n: Inode): Stat {
    const size = n.children ? 4096 : n.mode === S_IFLNK ? n.target.length : n.data.length;
    return {
      dev: 1,
      ino: n.ino,
      mode: n.mode,
      nlink: n.nlink,
      uid: n.uid,
      gid: n.gid,
      rdev: 0,
      size: (n.mode & S_IFMT) === S_IFLNK ? n.target.length : size,
      blksize: 4096,
      blocks: n.children ? 8 : Math.ceil(n.data.length / 4096) * 8,
      atimeNs: n.atimeNs,
      mtimeNs: n.mtimeNs,
      ctimeNs: n.ctimeNs,
      birthtimeNs: n.ctimeNs,
    };
  }

  private fd(fd: number): OpenFile {
    const f = this.fds.get(fd);
    if (!f) throw new Errno(EBADF);
    return f;
  }

  private allocFd(f: OpenFile): number {
    let n = 0;
    while (this.fds.has(n)) n++;
    this.fds.set(n, f);
    return n;
  }

  private makeSys(): Sys {
    const self = this;
    const impl: Partial<Sys> = {
      getpid: () => 100,
      getppid: () => 1,
      getuid: () => self.opts.uid ?? 0,
      geteuid: () => self.opts.uid ?? 0,
      getgid: () => 0,
      getegid: () => 0,
      getgroups: () => [0],
      need_resched: () => false,
      sched_yield: async () => {},
      nanosleep: async (ns) => {
        self.now += BigInt(Math.round(ns));
      },
      clock_gettime: () => self.now,
      umask: (m) => {
        const old = self.umaskValue;
        self.umaskValue = m;
        return old;
      },
      getcwd: () => self.cwd,
      chdir: (p) => {
        if (!self.lookup(p, true).children) throw new Errno(ENOTDIR);
        self.cwd = self.abs(p);
      },
      uname: () => ({ sysname: "Linux", nodename: "vlab", release: "6.1.0-vlab", version: "#1 SMP", machine: "x86_64", domainname: "(none)" }),
      ioctl_tcgets: (fd) => {
        if (fd === 1 && self.opts.cols !== undefined) return { iflag: 0, oflag: 0, cflag: 0, lflag: 0, cc: [] };
        throw new Errno(ENOTTY);
      },
      ioctl_tiocgwinsz: (fd) => {
        if (fd === 1 && self.opts.cols !== undefined) return { rows: 24, cols: self.opts.cols };
        throw new Errno(ENOTTY);
      },
      open: async (path, flags, mode = 0o666) => self.openSync(path, flags, mode),
      openat: async (_d, path, flags, mode = 0o666) => self.openSync(path, flags, mode),
      close: (fd) => {
        self.fd(fd);
        self.fds.delete(fd);
      },
      read: async (fd, count) => {
        const f = self.fd(fd);
        if (f.stream === "stdin") {
          const b = self.stdinData.subarray(self.stdinPos, self.stdinPos + count);
          self.stdinPos += b.length;
          return b;
        }
        if (!f.inode) throw new Errno(EBADF);
        if (f.inode.children) throw new Errno(EISDIR);
        const b = f.inode.data.slice(f.offset, f.offset + count);
        f.offset += b.length;
        return b;
      },
      write: async (fd, data) => {
        const f = self.fd(fd);
        const b = typeof data === "string" ? encode(data) : data;
        if (f.stream === "stdout" || f.stream === "stderr") {
          const t = decode(b);
          if (f.stream === "stdout") self.stdout += t;
          else self.stderr += t;
          self.output += t;
        }
        else if (f.inode) {
          const n = f.inode;
          if (f.flags & O_APPEND) f.offset = n.data.length;
          const end = f.offset + b.length;
          if (end > n.data.length) {
            const grown = new Uint8Array(end);
            grown.set(n.data);
            n.data = grown;
          }
          n.data.set(b, f.offset);
          f.offset = end;
          n.mtimeNs = self.now;
        } else throw new Errno(EBADF);
        return b.length;
      },
      lseek: (fd, off, whence) => {
        const f = self.fd(fd);
        if (!f.inode) throw new Errno(EINVAL);
        f.offset = whence === SEEK_SET ? off : whence === SEEK_CUR ? f.offset + off : whence === SEEK_END ? f.inode.data.length + off : f.offset;
        return f.offset;
      },
      ftruncate: (fd, len) => {
        const f = self.fd(fd);
        if (f.inode) f.inode.data = f.inode.data.slice(0, len);
      },
      stat: (p) => self.statOf(self.lookup(p, true)),
      lstat: (p) => self.statOf(self.lookup(p, false)),
      fstatat: (_d, p, flags) => self.statOf(self.lookup(p, (flags & AT_SYMLINK_NOFOLLOW) === 0)),
      fstat: (fd) => {
        const f = self.fd(fd);
        if (!f.inode) return { ...self.statOf(self.mkinode(0o020620)), rdev: 0x8800 };
        return self.statOf(f.inode);
      },
      access: (p) => {
        self.lookup(p, true);
      },
      getdents64: (fd) => {
        const f = self.fd(fd);
        if (!f.inode?.children) throw new Errno(ENOTDIR);
        if (f.dirPos > 0) return [];
        f.dirPos = 1;
        const out: Dirent[] = [
          { ino: f.inode.ino, type: DT_DIR, name: "." },
          { ino: f.inode.ino, type: DT_DIR, name: ".." },
        ];
        for (const [name, n] of f.inode.children) {
          const t = n.children ? DT_DIR : (n.mode & S_IFMT) === S_IFLNK ? DT_LNK : DT_REG;
          out.push({ ino: n.ino, type: t, name });
        }
        return out;
      },
      mkdir: (p, mode) => {
        const [dir, name] = self.parentOf(p);
        if (dir.children!.has(name)) throw new Errno(EEXIST);
        dir.children!.set(name, self.mkinode(S_IFDIR | (mode & ~self.umaskValue & 0o7777)));
        dir.nlink++;
      },
      rmdir: (p) => {
        const [dir, name] = self.parentOf(p);
        const n = dir.children!.get(name);
        if (!n) throw new Errno(ENOENT);
        if (!n.children) throw new Errno(ENOTDIR);
        if (n.children.size > 0) throw new Errno(ENOTEMPTY);
        dir.children!.delete(name);
        dir.nlink--;
      },
      unlink: (p) => {
        const [dir, name] = self.parentOf(p);
        const n = dir.children!.get(name);
        if (!n) throw new Errno(ENOENT);
        if (n.children) throw new Errno(EISDIR);
        dir.children!.delete(name);
        n.nlink--;
      },
      rename: (a, b) => {
        const [da, na] = self.parentOf(a);
        const n = da.children!.get(na);
        if (!n) throw new Errno(ENOENT);
        const [db, nb] = self.parentOf(b);
        da.children!.delete(na);
        db.children!.set(nb, n);
      },
      symlink: (target, linkpath) => {
        const [dir, name] = self.parentOf(linkpath);
        if (dir.children!.has(name)) throw new Errno(EEXIST);
        const n = self.mkinode(S_IFLNK | 0o777);
        n.target = target;
        dir.children!.set(name, n);
      },
      link: (a, b) => {
        const n = self.lookup(a, false);
        const [db, nb] = self.parentOf(b);
        if (db.children!.has(nb)) throw new Errno(EEXIST);
        db.children!.set(nb, n);
        n.nlink++;
      },
      readlink: (p) => {
        const n = self.lookup(p, false);
        if ((n.mode & S_IFMT) !== S_IFLNK) throw new Errno(EINVAL);
        return n.target;
      },
      chmod: (p, mode) => {
        const n = self.lookup(p, true);
        n.mode = (n.mode & S_IFMT) | (mode & 0o7777);
      },
      fchmodat: (_d, p, mode) => {
        const n = self.lookup(p, true);
        n.mode = (n.mode & S_IFMT) | (mode & 0o7777);
      },
      chown: (p, uid, gid) => {
        const n = self.lookup(p, true);
        if (uid >= 0) n.uid = uid;
        if (gid >= 0) n.gid = gid;
      },
      lchown: (p, uid, gid) => {
        const n = self.lookup(p, false);
        if (uid >= 0) n.uid = uid;
        if (gid >= 0) n.gid = gid;
      },
      utimensat: (_d, p, times, flags) => {
        const n = self.lookup(p, (flags & AT_SYMLINK_NOFOLLOW) === 0);
        const [a, m] = times ?? [self.now, self.now];
        if (a >= 0n) n.atimeNs = a;
        else if (a === -1n) n.atimeNs = self.now;
        if (m >= 0n) n.mtimeNs = m;
        else if (m === -1n) n.mtimeNs = self.now;
      },
    };
    return new Proxy(impl as Sys, {
      get(target, prop) {
        const v = (target as unknown as Record<string | symbol, unknown>)[prop];
        if (v !== undefined) return v;
        return () => {
          throw new Errno(ENOSYS, String(prop));
        };
      },
    });
  }

  private openSync(path: string, flags: number, mode: number): number {
    let n: Inode;
    try {
      n = this.lookup(path, true);
      if ((flags & O_CREAT) && (flags & O_EXCL)) throw new Errno(EEXIST);
    } catch (e) {
      if (!(e instanceof Errno) || e.errno !== ENOENT || !(flags & O_CREAT)) throw e;
      const [dir, name] = this.parentOf(path);
      n = this.mkinode(S_IFREG | (mode & ~this.umaskValue & 0o7777));
      dir.children!.set(name, n);
    }
    if ((flags & O_DIRECTORY) && !n.children) throw new Errno(ENOTDIR);
    if (n.children && (flags & O_ACCMODE) !== O_RDONLY) throw new Errno(EISDIR);
    if (flags & O_TRUNC) n.data = new Uint8Array(0);
    return this.allocFd({ inode: n, offset: 0, flags, dirPos: 0 });
  }
}

/** Run a program main in a FakeSys and return its status and captured output. */
export async function runFake(
  main: (sys: Sys, argv: string[], envp: string[]) => Promise<number>,
  argv: string[],
  fs: FakeSys = new FakeSys(),
  envp: string[] = [],
): Promise<{ status: number; stdout: string; stderr: string; fs: FakeSys }> {
  const status = await main(fs.sys, argv, envp);
  return { status, stdout: fs.stdout, stderr: fs.stderr, fs };
}
