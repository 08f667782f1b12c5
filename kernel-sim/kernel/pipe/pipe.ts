// Pipes and FIFOs. Analogous to Linux's struct pipe_inode_info (fs/pipe.c): a byte buffer of
// 64 KiB with reader and writer counts. Semantics from pipe(7):
// - read blocks while the pipe is empty and a writer exists; with no writer it returns 0 (EOF);
// - write blocks while full; with no reader it raises SIGPIPE and fails with EPIPE;
// - writes of at most PIPE_BUF bytes are atomic;
// - O_NONBLOCK turns each wait into EAGAIN.
// A FIFO (mknod S_IFIFO) keeps one PipeBuffer on its inode; opening it blocks until the other
// side opens too (fifo(7)), unless O_NONBLOCK (reader: ok at once; writer: ENXIO).

import { File, type FileOperations } from "../vfs/file.ts";
import type { Task } from "../task/task.ts";
import { WaitQueue } from "../sched/waitqueue.ts";
import { EAGAIN, ENXIO, EPIPE, Errno } from "../../uapi/errno.ts";
import { O_ACCMODE, O_NONBLOCK, O_RDONLY, O_RDWR, O_WRONLY, PIPE_BUF, PIPE_BUF_CAPACITY } from "../../uapi/fcntl.ts";
import { SIGPIPE } from "../../uapi/signal.ts";
import { POLLERR, POLLHUP, POLLIN, POLLOUT } from "../../userland/lib/sys.ts";
import { S_IFIFO, type Stat } from "../../uapi/stat.ts";
import { sendSignal } from "../signal/send.ts";

export class PipeBuffer {
  private chunks: Uint8Array[] = [];
  /** Offset into chunks[0] already read. */
  private head = 0;
  /** Bytes in the pipe. */
  length = 0;
  readers = 0;
  writers = 0;
  /** FIFO opens: counts of opens ever made per side, so a blocked open sees the other side arrive. */
  readerOpens = 0;
  writerOpens = 0;
  capacity = PIPE_BUF_CAPACITY;
  readonly wait = new WaitQueue();

  constructor(readonly ino: number) {}

  private take(count: number): Uint8Array {
    const n = Math.min(count, this.length);
    const first = this.chunks[0]!;
    if (this.head === 0 && first.length === n) {
      this.chunks.shift();
      this.length -= n;
      return first;
    }
    const out = new Uint8Array(n);
    let o = 0;
    while (o < n) {
      const c = this.chunks[0]!;
      const k = Math.min(n - o, c.length - this.head);
      out.set(c.subarray(this.head, this.head + k), o);
      o += k;
      this.head += k;
      if (this.head === c.length) {
        this.chunks.shift();
        this.head = 0;
      }
    }
    this.length -= n;
    return out;
  }

  async read(file: File, count: number, task: Task): Promise<Uint8Array> {
    if (count <= 0) return new Uint8Array(0);
    if (this.length === 0) {
      if (this.writers === 0) return new Uint8Array(0);
      if (file.flags & O_NONBLOCK) throw new Errno(EAGAIN);
      await task.waitEvent(this.wait, () => this.length > 0 || this.writers === 0);
      if (this.length === 0) return new Uint8Array(0);
    }
    const out = this.take(count);
    this.wait.wakeUp();
    return out;
  }

  async write(file: File, data: Uint8Array, task: Task): Promise<number> {
    let done = 0;
    const total = data.length;
    if (total === 0) return 0;
    while (done < total) {
      if (this.readers === 0) {
        sendSignal(task, SIGPIPE);
        throw new Errno(EPIPE);
      }
      const room = this.capacity - this.length;
      // Writes of at most PIPE_BUF bytes go in whole or not at all.
      const need = total - done <= PIPE_BUF ? total - done : 1;
      if (room < need) {
        if (file.flags & O_NONBLOCK) {
          if (done > 0) return done;
          throw new Errno(EAGAIN);
        }
        try {
          await task.waitEvent(this.wait, () => this.capacity - this.length >= need || this.readers === 0);
        } catch (e) {
          if (done > 0) return done; // a signal after a partial write: report what went in
          throw e;
        }
        continue;
      }
      const n = Math.min(room, total - done);
      // Copy: the writer may reuse its buffer after write() returns.
      this.chunks.push(data.slice(done, done + n));
      this.length += n;
      done += n;
      this.wait.wakeUp();
    }
    return done;
  }

  poll(file: File): number {
    let mask = 0;
    if (file.readable) {
      if (this.length > 0) mask |= POLLIN;
      if (this.writers === 0 && this.writerOpens > 0) mask |= POLLHUP;
    }
    if (file.writable) {
      if (this.length < this.capacity) mask |= POLLOUT;
      if (this.readers === 0) mask |= POLLERR;
    }
    return mask;
  }

  stat(): Stat {
    return {
      dev: 0x0c,
      ino: this.ino,
      mode: S_IFIFO | 0o600,
      nlink: 1,
      uid: 0,
      gid: 0,
      rdev: 0,
      size: 0,
      blksize: 4096,
      blocks: 0,
      atimeNs: 0n,
      mtimeNs: 0n,
      ctimeNs: 0n,
      birthtimeNs: 0n,
    };
  }

  /** The ends of a new file on this pipe: count it as reader and/or writer. */
  attach(flags: number): void {
    const acc = flags & O_ACCMODE;
    if (acc === O_RDONLY || acc === O_RDWR) {
      this.readers++;
      this.readerOpens++;
    }
    if (acc === O_WRONLY || acc === O_RDWR) {
      this.writers++;
      this.writerOpens++;
    }
    this.wait.wakeUp();
  }

  detach(file: File): void {
    if (file.readable) this.readers--;
    if (file.writable) this.writers--;
    this.wait.wakeUp();
  }
}

/** File operations of a pipe end or an open FIFO; file.priv is the PipeBuffer. */
export const pipeFileOps: FileOperations = {
  read: (f, count, task) => (f.priv as PipeBuffer).read(f, count, task),
  write: (f, data, task) => (f.priv as PipeBuffer).write(f, data, task),
  poll: (f) => (f.priv as PipeBuffer).poll(f),
  pollQueue: (f) => (f.priv as PipeBuffer).wait,
  fstat: (f) => (f.priv as PipeBuffer).stat(),
  release: (f) => (f.priv as PipeBuffer).detach(f),
};

/** pipe2(2): the two ends, read then write. */
export function createPipe(ino: number, flags: number): [File, File] {
  const buf = new PipeBuffer(ino);
  const name = `pipe:[${ino}]`;
  const r = new File(pipeFileOps, O_RDONLY | (flags & O_NONBLOCK), buf, name);
  const w = new File(pipeFileOps, O_WRONLY | (flags & O_NONBLOCK), buf, name);
  buf.attach(O_RDONLY);
  buf.attach(O_WRONLY);
  return [r, w];
}

/**
 * open(2) of a FIFO whose inode holds buf (the filesystem keeps one PipeBuffer per FIFO inode).
 * Blocks until the other side is open, per fifo(7). path is for /proc/PID/fd. isPipe: the inode
 * is an anonymous pipe reopened through /proc/PID/fd/N (bash's <(cmd)): as fs/pipe.c's
 * fifo_open() checks is_pipe, that never waits for the other side.
 */
export async function openFifo(task: Task, buf: PipeBuffer, flags: number, path: string, isPipe = false): Promise<File> {
  const acc = flags & O_ACCMODE;
  const nonblock = (flags & O_NONBLOCK) !== 0;
  if (acc === O_WRONLY && nonblock && buf.readers === 0) throw new Errno(ENXIO);
  const file = new File(pipeFileOps, flags, buf, path);
  const readerOpens = buf.readerOpens;
  const writerOpens = buf.writerOpens;
  buf.attach(flags);
  try {
    if (isPipe) return file;
    if (acc === O_RDONLY && !nonblock && buf.writers === 0) {
      await task.waitEvent(buf.wait, () => buf.writers > 0 || buf.writerOpens > writerOpens);
    } else if (acc === O_WRONLY && buf.readers === 0) {
      await task.waitEvent(buf.wait, () => buf.readers > 0 || buf.readerOpens > readerOpens);
    }
  } catch (e) {
    buf.detach(file);
    throw e;
  }
  return file;
}
