// The byte stream of a connected socket pair, shared by TCP and AF_UNIX SOCK_STREAM: what one
// end writes the other reads, in order; shutdown(SHUT_WR) or close gives the reader end of
// file; writing to a peer that is gone is EPIPE (with SIGPIPE), as tcp_sendmsg and
// unix_stream_sendmsg do.

import type { Task } from "../task/task.ts";
import { EAGAIN, ECONNRESET, EPIPE, Errno } from "../../uapi/errno.ts";
import { POLLHUP, POLLIN, POLLOUT } from "../../userland/lib/sys.ts";
import { sendSignal } from "../signal/send.ts";
import { SIGPIPE } from "../../uapi/signal.ts";
import type { WaitQueue } from "../sched/waitqueue.ts";

/** One direction's receive side. */
export class StreamEnd {
  readonly chunks: Uint8Array[] = [];
  queued = 0;
  /** The writer shut down or closed: read() returns 0 once the queue is empty. */
  eof = false;
  /** The connection was reset (the peer's listener went away before accept). */
  reset = false;
  peer: StreamEnd | null = null;
  /** This end was closed or shut for writing (the peer's writes then fail). */
  writeShut = false;
  readShut = false;

  constructor(readonly wait: WaitQueue) {}

  static pair(a: WaitQueue, b: WaitQueue): [StreamEnd, StreamEnd] {
    const x = new StreamEnd(a);
    const y = new StreamEnd(b);
    x.peer = y;
    y.peer = x;
    return [x, y];
  }

  async read(t: Task, count: number, nonblock: boolean): Promise<Uint8Array> {
    const ready = (): boolean => this.queued > 0 || this.eof || this.reset;
    if (!ready()) {
      if (nonblock) throw new Errno(EAGAIN);
      await t.waitEvent(this.wait, ready);
    }
    if (this.queued === 0) {
      if (this.reset) throw new Errno(ECONNRESET);
      return new Uint8Array(0);
    }
    const out = new Uint8Array(Math.min(count, this.queued));
    let o = 0;
    while (o < out.length) {
      const c = this.chunks[0]!;
      const n = Math.min(c.length, out.length - o);
      out.set(c.subarray(0, n), o);
      o += n;
      if (n === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(n);
    }
    this.queued -= out.length;
    this.peer?.wait.wakeUp();
    return out;
  }

  write(t: Task, data: Uint8Array): number {
    const p = this.peer;
    if (this.writeShut || !p || p.readShut) {
      sendSignal(t, SIGPIPE);
      throw new Errno(EPIPE);
    }
    if (data.length === 0) return 0;
    p.chunks.push(data.slice());
    p.queued += data.length;
    p.wait.wakeUp();
    return data.length;
  }

  /** shutdown(SHUT_WR) / close: the peer reads end of file. */
  shutWrite(): void {
    this.writeShut = true;
    if (this.peer) {
      this.peer.eof = true;
      this.peer.wait.wakeUp();
    }
  }

  /** close(): both directions. */
  close(): void {
    this.shutWrite();
    this.readShut = true;
    if (this.peer) {
      this.peer.peer = null;
      this.peer.wait.wakeUp();
    }
  }

  pollMask(): number {
    let m = POLLOUT;
    if (this.queued > 0 || this.eof || this.reset) m |= POLLIN;
    if (this.eof && (!this.peer || this.writeShut)) m |= POLLHUP;
    return m;
  }
}
