// sed's input: the files read in sequence with one line of lookahead (so "$" is known),
// or one in-memory text for -i; both as the LineSource the execution cycle reads.

import { errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { LineReader, openInput, closeInput } from "../lib/input.ts";

/** What the cycle reads from: the next line, whether it was the last, the line number. */
export interface LineSource {
  next(): Promise<string | null>;
  atEnd(): Promise<boolean>;
  readonly line: number;
  readonly fileName: string;
}

/** The input lines of all files, with one line of lookahead so "$" is known. */
export class Input {
  private files: string[];
  private reader: LineReader | null = null;
  private fd = -1;
  private queue: string[] = [];
  private qi = 0;
  line = 0;
  fileName = "-";
  bad = false;
  constructor(
    private readonly p: Proc,
    files: string[],
    private readonly eol: string,
    /** -s: each file has its own line numbers and its own "$". */
    private readonly separate = false,
  ) {
    this.files = [...files];
  }

  /** Make a line available; `within` stops at the end of the current file. */
  private async fill(within = false): Promise<boolean> {
    while (this.qi >= this.queue.length) {
      if (!this.reader) {
        if (within) return false;
        const f = this.files.shift();
        if (f === undefined) return false;
        if (this.separate) this.line = 0;
        try {
          this.fd = await openInput(this.p.sys, f);
          this.reader = new LineReader(this.p.sys, this.fd, this.eol);
          this.fileName = f;
        } catch (e) {
          await this.p.warn(`can't read ${f}: ${errmsg(e)}`);
          this.bad = true;
          continue;
        }
      }
      let b: string[] | null;
      try {
        b = await this.reader.batch();
      } catch (e) {
        await this.p.warn(`read error on ${this.fileName}: ${errmsg(e)}`);
        this.bad = true;
        b = null;
      }
      if (b === null) {
        closeInput(this.p.sys, this.fd);
        this.reader = null;
        continue;
      }
      this.queue = b;
      this.qi = 0;
    }
    return true;
  }

  async next(): Promise<string | null> {
    if (!(await this.fill())) return null;
    this.line++;
    return this.queue[this.qi++]!;
  }

  async atEnd(): Promise<boolean> {
    return !(await this.fill(this.separate));
  }
}

/** The lines of one in-memory text, with the Input interface (for -i). */
export class StringInput {
  private lines: string[];
  private k = 0;
  line = 0;
  fileName = "-";
  bad = false;
  constructor(text: string, eol: string) {
    this.lines = text.split(eol);
    if (this.lines[this.lines.length - 1] === "") this.lines.pop();
  }
  async next(): Promise<string | null> {
    if (this.k >= this.lines.length) return null;
    this.line++;
    return this.lines[this.k++]!;
  }
  async atEnd(): Promise<boolean> {
    return this.k >= this.lines.length;
  }
}
