// Reading input files the way the text tools do: "-" is standard input, data arrives in
// chunks and is cut into lines. Lines are handed out a batch per read(2), so a tool pays one
// await per 64 KiB, not one per line (the hot path in `seq 100000 | grep 7`).

import type { Sys } from "./sys.ts";
import { O_RDONLY } from "../../uapi/fcntl.ts";

const CHUNK = 65536;

/** Open an input operand: "-" is fd 0 (not closed afterwards). */
export async function openInput(sys: Sys, file: string): Promise<number> {
  return file === "-" ? 0 : sys.open(file, O_RDONLY);
}

export function closeInput(sys: Sys, fd: number): void {
  if (fd !== 0) sys.close(fd);
}

/** Cuts a byte stream into lines (without their terminator). */
export class LineReader {
  private decoder = new TextDecoder("utf-8");
  private rest = "";
  private done = false;
  /** After the end: did the last line end with the delimiter? (tail, sed keep this) */
  lastHadNewline = true;

  constructor(
    private readonly sys: Sys,
    private readonly fd: number,
    private readonly delim = "\n",
  ) {}

  /** The next batch of complete lines; null at the end of the input. */
  async batch(): Promise<string[] | null> {
    for (;;) {
      if (this.done) return null;
      const b = await this.sys.read(this.fd, CHUNK);
      if (b.length === 0) {
        this.done = true;
        const tail = this.rest + this.decoder.decode();
        this.rest = "";
        if (tail.length > 0) {
          this.lastHadNewline = false;
          return [tail];
        }
        return null;
      }
      const s = this.rest + this.decoder.decode(b, { stream: true });
      const lines = s.split(this.delim);
      this.rest = lines.pop()!;
      if (lines.length > 0) return lines;
    }
  }

  /** One line at a time (slower: for tools that read little, like head -1 or read). */
  private queue: string[] = [];
  private qi = 0;
  async line(): Promise<string | null> {
    while (this.qi >= this.queue.length) {
      const b = await this.batch();
      if (b === null) return null;
      this.queue = b;
      this.qi = 0;
    }
    return this.queue[this.qi++]!;
  }
}

/** Read a whole fd as text. */
export async function readText(sys: Sys, fd: number): Promise<string> {
  const dec = new TextDecoder("utf-8");
  let s = "";
  for (;;) {
    const b = await sys.read(fd, CHUNK);
    if (b.length === 0) break;
    s += dec.decode(b, { stream: true });
  }
  return s + dec.decode();
}

/** Read a whole file by path as text (throws Errno). */
export async function readFileText(sys: Sys, path: string): Promise<string> {
  const fd = await sys.open(path, O_RDONLY);
  try {
    return await readText(sys, fd);
  } finally {
    sys.close(fd);
  }
}
