// An open file description. Analogous to Linux's struct file (include/linux/fs.h): what open(2)
// returns a descriptor to. dup(2) and fork(2) share one File (offset and flags included);
// each open(2) makes a new one.

import type { Task } from "../task/task.ts";
import type { Dirent, Stat } from "../../uapi/stat.ts";
import type { Path } from "./mount.ts";
import { O_ACCMODE, O_RDONLY, O_RDWR, O_WRONLY } from "../../uapi/fcntl.ts";

/**
 * What a kind of file does. Analogous to struct file_operations. A method that may block
 * returns a Promise and sleeps through task.waitEvent(); one that never blocks returns plainly.
 * A missing method means the operation is not supported (EINVAL/ESPIPE/ENOTTY as Linux says).
 */
export interface FileOperations {
  read?(file: File, count: number, task: Task): Uint8Array | Promise<Uint8Array>;
  write?(file: File, data: Uint8Array, task: Task): number | Promise<number>;
  /** Positional I/O for regular files (pread/pwrite; also used by read/write at file.pos). */
  llseek?(file: File, offset: number, whence: number): number;
  /** Readiness for poll(2): a POLLIN/POLLOUT/POLLHUP/POLLERR mask, and the queue to wait on. */
  poll?(file: File, task: Task): number;
  /** Wait queue poll(2) sleeps on until the mask may have changed. */
  pollQueue?(file: File): import("../sched/waitqueue.ts").WaitQueue;
  ioctl?(file: File, request: number, arg: unknown, task: Task): unknown;
  /** getdents64: entries from the current position on; [] at the end. */
  iterate?(file: File, task: Task): Dirent[];
  fstat?(file: File): Stat;
  ftruncate?(file: File, length: number, task: Task): void;
  /** Called when the last reference is dropped (the last close). */
  release?(file: File): void;
}

export class File {
  /** File offset; shared by every fd that refers to this description. */
  pos = 0;
  /** References from fd tables (and in-flight syscalls). Released at 0. */
  refs = 1;
  /**
   * Where the file was opened (f_path), for files opened through the VFS: fchdir, fstatfs,
   * fchmod and /proc/PID/fd use it. null for pipes and sockets made without a path.
   */
  fpath: Path | null = null;

  constructor(
    readonly ops: FileOperations,
    /** O_* flags from open(2); the status flags (O_APPEND, O_NONBLOCK) may change via F_SETFL. */
    public flags: number,
    /** What the file is: an inode-backed file's VFS data, a pipe end, a tty, ... (the filesystem's choice). */
    readonly priv: unknown,
    /** For messages and /proc/PID/fd links: the path it was opened by, or "pipe:[ino]". */
    public path: string,
  ) {}

  get readable(): boolean {
    const a = this.flags & O_ACCMODE;
    return a === O_RDONLY || a === O_RDWR;
  }
  get writable(): boolean {
    const a = this.flags & O_ACCMODE;
    return a === O_WRONLY || a === O_RDWR;
  }

  get(): this {
    this.refs++;
    return this;
  }

  /** fput(): drop a reference; the last one releases the file. */
  put(): void {
    if (--this.refs === 0) this.ops.release?.(this);
  }
}
