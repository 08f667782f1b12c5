// System calls on file descriptors, whatever file is behind them (regular file, pipe, tty,
// device): read/write/lseek go through the File's operations (fs/read_write.c); dup, fcntl and
// close work on the fd table (fs/file.c, fs/fcntl.c); poll sleeps on every file's wait queue.

import type { Task } from "../task/task.ts";
import { EBADF, EINVAL, EISDIR, ENOTTY, ESPIPE, Errno } from "../../uapi/errno.ts";
import {
  F_DUPFD,
  F_DUPFD_CLOEXEC,
  F_GETFD,
  F_GETFL,
  F_SETFD,
  F_SETFL,
  FD_CLOEXEC,
  O_APPEND,
  O_CLOEXEC,
  O_DIRECTORY,
  O_NONBLOCK,
  O_PATH,
  SEEK_CUR,
  SEEK_END,
  SEEK_SET,
} from "../../uapi/fcntl.ts";
import { createPipe } from "../pipe/pipe.ts";
import { POLLIN, POLLNVAL, POLLOUT, type PollFd } from "../../userland/lib/sys.ts";
import { WaitQueue } from "../sched/waitqueue.ts";

/** Bytes one read() returns at most (MAX_RW_COUNT is INT_MAX & PAGE_MASK; a smaller cap keeps buffers sane). */
const MAX_RW_COUNT = 1 << 24;

export function readFd(t: Task, fd: number, count: number): Uint8Array | Promise<Uint8Array> {
  const f = t.files.get(fd);
  if (!f.readable || f.flags & O_PATH) throw new Errno(EBADF);
  if (!f.ops.read) throw new Errno(f.ops.iterate ? EISDIR : EINVAL);
  if (count < 0) throw new Errno(EINVAL);
  return f.ops.read(f, Math.min(count, MAX_RW_COUNT), t);
}

export function writeFd(t: Task, fd: number, data: Uint8Array): number | Promise<number> {
  const f = t.files.get(fd);
  if (!f.writable || f.flags & O_PATH) throw new Errno(EBADF);
  if (!f.ops.write) throw new Errno(EINVAL);
  return f.ops.write(f, data, t);
}

/** pread/pwrite: at an offset, leaving the file position alone (ESPIPE on pipes and ttys). */
export async function preadFd(t: Task, fd: number, count: number, offset: number): Promise<Uint8Array> {
  const f = t.files.get(fd);
  if (!f.readable) throw new Errno(EBADF);
  if (!f.ops.llseek || !f.ops.read) throw new Errno(ESPIPE);
  if (offset < 0) throw new Errno(EINVAL);
  const saved = f.pos;
  f.pos = offset;
  try {
    return await f.ops.read(f, count, t);
  } finally {
    f.pos = saved;
  }
}

export async function pwriteFd(t: Task, fd: number, data: Uint8Array, offset: number): Promise<number> {
  const f = t.files.get(fd);
  if (!f.writable) throw new Errno(EBADF);
  if (!f.ops.llseek || !f.ops.write) throw new Errno(ESPIPE);
  if (offset < 0) throw new Errno(EINVAL);
  // pwrite(2) BUGS: with O_APPEND Linux appends whatever the offset; the file's write does that.
  const saved = f.pos;
  f.pos = offset;
  try {
    return await f.ops.write(f, data, t);
  } finally {
    f.pos = saved;
  }
}

export function lseekFd(t: Task, fd: number, offset: number, whence: number): number {
  const f = t.files.get(fd);
  if (!f.ops.llseek) throw new Errno(ESPIPE);
  if (whence !== SEEK_SET && whence !== SEEK_CUR && whence !== SEEK_END && whence !== 3 && whence !== 4) throw new Errno(EINVAL);
  return f.ops.llseek(f, offset, whence);
}

export function closeFd(t: Task, fd: number): void {
  t.files.close(fd);
}

export function dupFd(t: Task, fd: number): number {
  const f = t.files.get(fd);
  return t.files.install(f.get());
}

export function dup3Fd(t: Task, oldfd: number, newfd: number, flags: number, isDup2: boolean): number {
  const f = t.files.get(oldfd);
  if (oldfd === newfd) {
    if (isDup2) return newfd;
    throw new Errno(EINVAL);
  }
  if (flags & ~O_CLOEXEC) throw new Errno(EINVAL);
  t.files.installAt(newfd, f.get(), (flags & O_CLOEXEC) !== 0);
  return newfd;
}

/** Status flags F_SETFL may change (the rest are fixed at open). */
const SETFL_MASK = O_APPEND | O_NONBLOCK;

export function fcntlFd(t: Task, fd: number, cmd: number, arg = 0): number {
  const f = t.files.get(fd);
  switch (cmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
      if (arg < 0 || arg >= t.files.maxFds) throw new Errno(EINVAL);
      return t.files.install(f.get(), cmd === F_DUPFD_CLOEXEC, arg);
    case F_GETFD:
      return t.files.getCloexec(fd) ? FD_CLOEXEC : 0;
    case F_SETFD:
      t.files.setCloexec(fd, (arg & FD_CLOEXEC) !== 0);
      return 0;
    case F_GETFL:
      return f.flags & ~O_CLOEXEC;
    case F_SETFL:
      f.flags = (f.flags & ~SETFL_MASK) | (arg & SETFL_MASK);
      return 0;
    default:
      throw new Errno(EINVAL);
  }
}

export function pipe2Fd(t: Task, flags: number): [number, number] {
  if (flags & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECTORY)) throw new Errno(EINVAL);
  const [r, w] = createPipe(t.kernel.allocPipeIno(), flags);
  const cloexec = (flags & O_CLOEXEC) !== 0;
  const rfd = t.files.install(r, cloexec);
  try {
    return [rfd, t.files.install(w, cloexec)];
  } catch (e) {
    t.files.close(rfd);
    w.put();
    throw e;
  }
}

export function ioctlFd(t: Task, fd: number, request: number, arg?: unknown): unknown {
  const f = t.files.get(fd);
  if (!f.ops.ioctl) throw new Errno(ENOTTY);
  return f.ops.ioctl(f, request, arg, t);
}

function pollOnce(t: Task, fds: PollFd[], out: number[]): number {
  let ready = 0;
  for (let i = 0; i < fds.length; i++) {
    const { fd, events } = fds[i]!;
    if (fd < 0) {
      out[i] = 0;
      continue;
    }
    if (!t.files.has(fd)) {
      out[i] = POLLNVAL;
      ready++;
      continue;
    }
    const f = t.files.get(fd);
    const mask = f.ops.poll ? f.ops.poll(f, t) : POLLIN | POLLOUT;
    // POLLERR, POLLHUP and POLLNVAL are reported whether asked for or not (poll(2)).
    const r = mask & (events | 0x38);
    out[i] = r;
    if (r) ready++;
  }
  return ready;
}

/** poll(2): returns revents per fd. timeoutMs < 0 waits forever, 0 only looks. */
export async function pollFds(t: Task, fds: PollFd[], timeoutMs: number): Promise<number[]> {
  const out = new Array<number>(fds.length).fill(0);
  if (pollOnce(t, fds, out) > 0 || timeoutMs === 0) return out;
  const queues: WaitQueue[] = [];
  for (const { fd } of fds) {
    if (fd >= 0 && t.files.has(fd)) {
      const f = t.files.get(fd);
      const q = f.ops.pollQueue?.(f);
      if (q) queues.push(q);
    }
  }
  let timedOut = false;
  const timer = new WaitQueue();
  queues.push(timer);
  const cancel = timeoutMs > 0 ? t.kernel.clock.setTimer(t.kernel.clock.now() + timeoutMs * 1e6, () => ((timedOut = true), timer.wakeUp())) : () => {};
  try {
    await t.waitEvent(queues, () => timedOut || pollOnce(t, fds, out) > 0);
  } finally {
    cancel();
  }
  return out;
}
