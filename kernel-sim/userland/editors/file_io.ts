// Reading and writing the file an editor works on, with the errno a message names.

import type { Sys } from "../lib/sys.ts";
import { Errno, ENOENT } from "../../uapi/errno.ts";
import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import { S_ISDIR } from "../../uapi/stat.ts";
import { readAll, writeAll } from "../lib/stdio.ts";
import { decode } from "../lib/text.ts";

export type ReadResult = { text: string; bytes: number } | { missing: true } | { errno: number };

export async function readTextFile(sys: Sys, path: string): Promise<ReadResult> {
  try {
    if (S_ISDIR(sys.stat(path).mode)) return { errno: 21 }; // EISDIR
    const fd = await sys.open(path, O_RDONLY);
    try {
      const b = await readAll(sys, fd);
      return { text: decode(b), bytes: b.length };
    } finally {
      sys.close(fd);
    }
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    if (e.errno === ENOENT) return { missing: true };
    return { errno: e.errno };
  }
}

/** Write text over path (created 0666 less the umask); returns the bytes written or throws Errno. */
export async function writeTextFile(sys: Sys, path: string, text: string): Promise<number> {
  const fd = await sys.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
  try {
    const b = new TextEncoder().encode(text);
    await writeAll(sys, fd, b);
    return b.length;
  } finally {
    sys.close(fd);
  }
}

/** Display columns of line up to index i, with tabs to the next multiple of tabsize. */
export function displayCol(line: string, i: number, tabsize = 8): number {
  let col = 0;
  for (let k = 0; k < i && k < line.length; k++) {
    const ch = line[k]!;
    col = ch === "\t" ? col + tabsize - (col % tabsize) : ch < " " || ch === "\x7f" ? col + 2 : col + 1;
  }
  return col;
}

/** A line as shown: tabs expanded, control characters as ^X. */
export function expandLine(line: string, tabsize = 8): string {
  let out = "";
  for (const ch of line) {
    if (ch === "\t") out += " ".repeat(tabsize - (out.length % tabsize));
    else if (ch < " " || ch === "\x7f") out += "^" + String.fromCharCode(ch === "\x7f" ? 63 : ch.charCodeAt(0) + 64);
    else out += ch;
  }
  return out;
}
