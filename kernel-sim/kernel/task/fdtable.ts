// The file descriptor table. Analogous to Linux's struct files_struct / fdtable: fd -> File,
// plus the close-on-exec bit per descriptor. Shared between tasks only with CLONE_FILES;
// fork() copies it (each File gains a reference).

import { File } from "../vfs/file.ts";
import { EBADF, EMFILE, Errno } from "../../uapi/errno.ts";

/** RLIMIT_NOFILE's default soft limit on Linux. */
export const NR_OPEN_DEFAULT = 1024;

export class FdTable {
  private fds: (File | undefined)[] = [];
  private cloexec: boolean[] = [];
  maxFds = NR_OPEN_DEFAULT;

  /** The File behind fd, or EBADF. */
  get(fd: number): File {
    const f = fd >= 0 ? this.fds[fd] : undefined;
    if (f === undefined) throw new Errno(EBADF);
    return f;
  }

  has(fd: number): boolean {
    return fd >= 0 && this.fds[fd] !== undefined;
  }

  /** Install file at the lowest free fd >= minFd (the file's reference passes to the table). */
  install(file: File, closeOnExec = false, minFd = 0): number {
    let fd = minFd;
    while (this.fds[fd] !== undefined) fd++;
    if (fd >= this.maxFds) throw new Errno(EMFILE);
    this.fds[fd] = file;
    this.cloexec[fd] = closeOnExec;
    return fd;
  }

  /** Put file at exactly fd, closing what was there (dup2 semantics). */
  installAt(fd: number, file: File, closeOnExec = false): void {
    if (fd < 0 || fd >= this.maxFds) throw new Errno(EBADF);
    const old = this.fds[fd];
    this.fds[fd] = file;
    this.cloexec[fd] = closeOnExec;
    old?.put();
  }

  close(fd: number): void {
    const f = this.get(fd);
    this.fds[fd] = undefined;
    this.cloexec[fd] = false;
    f.put();
  }

  getCloexec(fd: number): boolean {
    this.get(fd);
    return this.cloexec[fd] === true;
  }
  setCloexec(fd: number, on: boolean): void {
    this.get(fd);
    this.cloexec[fd] = on;
  }

  /** fork(): a copy sharing every File. */
  copy(): FdTable {
    const t = new FdTable();
    t.maxFds = this.maxFds;
    t.fds = this.fds.slice();
    t.cloexec = this.cloexec.slice();
    for (const f of t.fds) f?.get();
    return t;
  }

  /** execve(): close every close-on-exec descriptor. */
  closeOnExec(): void {
    for (let fd = 0; fd < this.fds.length; fd++) if (this.cloexec[fd] && this.fds[fd]) this.close(fd);
  }

  /** exit(): close everything. */
  closeAll(): void {
    for (let fd = 0; fd < this.fds.length; fd++) if (this.fds[fd]) this.close(fd);
    this.fds = [];
  }

  /** Open descriptors in order, for /proc/PID/fd. */
  *entries(): IterableIterator<[number, File]> {
    for (let fd = 0; fd < this.fds.length; fd++) {
      const f = this.fds[fd];
      if (f) yield [fd, f];
    }
  }
}
