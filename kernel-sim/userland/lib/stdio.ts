// Buffered output, as glibc's stdio does it: a program that prints a line at a time must not
// make one write(2) per line into a pipe (`seq 1 200000 | ...`). Like glibc, stdout is line
// buffered on a terminal and fully buffered otherwise; stderr is unbuffered. A program must
// `await out.flush()` before it returns (the `runMain` wrapper in lib/main.ts does).

import type { Sys } from "./sys.ts";
import { encode } from "./text.ts";

const BUFSIZ = 4096;

export class OutStream {
  private chunks: string[] = [];
  private size = 0;
  /** Line buffered (flush at each newline): set for terminals. */
  lineBuffered: boolean;
  /** The error a write to fd failed with, if one did: GNU tools report it as "write error". */
  writeError: unknown = null;

  constructor(
    private readonly sys: Sys,
    readonly fd: number,
    private readonly unbuffered = false,
  ) {
    this.lineBuffered = false;
  }

  /** Append text; writes out when the buffer is full (or at a newline on a terminal). */
  write(s: string): void | Promise<void> {
    this.chunks.push(s);
    this.size += s.length;
    if (this.unbuffered || this.size >= BUFSIZ || (this.lineBuffered && s.includes("\n"))) {
      return this.flush();
    }
  }

  /** Write raw bytes, flushing what was buffered first so the order is kept. */
  async writeBytes(b: Uint8Array): Promise<void> {
    await this.flush();
    await this.put(b);
  }

  async flush(): Promise<void> {
    if (this.size === 0 && this.chunks.length === 0) return;
    const s = this.chunks.length === 1 ? this.chunks[0]! : this.chunks.join("");
    this.chunks = [];
    this.size = 0;
    await this.put(encode(s));
  }

  private async put(b: Uint8Array): Promise<void> {
    try {
      await writeAll(this.sys, this.fd, b);
    } catch (e) {
      this.writeError = e;
      throw e;
    }
  }
}

/** write(2) until all of data is written (a pipe may take it in parts). */
export async function writeAll(sys: Sys, fd: number, data: Uint8Array | string): Promise<void> {
  let b = typeof data === "string" ? encode(data) : data;
  while (b.length > 0) {
    const n = await sys.write(fd, b);
    if (n >= b.length) return;
    b = b.subarray(n);
  }
}

/** Read a whole fd to its end. */
export async function readAll(sys: Sys, fd: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const b = await sys.read(fd, 65536);
    if (b.length === 0) break;
    parts.push(b);
    total += b.length;
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Is fd a terminal? isatty(3): TCGETS succeeds. */
export function isatty(sys: Sys, fd: number): boolean {
  try {
    sys.ioctl_tcgets(fd);
    return true;
  } catch {
    return false;
  }
}
