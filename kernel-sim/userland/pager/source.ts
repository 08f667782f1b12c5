// What a pager pages: files named on the command line, or stdin, and the keyboard, which is
// the controlling terminal (/dev/tty) when stdin is the text. Also turns backspace
// overstriking (man's "X\bX" bold and "_\bX" underline, as grotty writes them) into SGR.

import type { Proc } from "../lib/main.ts";
import { O_RDONLY, O_RDWR } from "../../uapi/fcntl.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { S_ISDIR } from "../../uapi/stat.ts";
import { readAll } from "../lib/stdio.ts";
import { decode } from "../lib/text.ts";
import { isatty } from "../lib/stdio.ts";

export interface Doc {
  name: string;
  lines: string[];
}

/** Read the documents; errors are reported the way less reports them, and skipped. */
export async function readDocs(p: Proc, files: string[]): Promise<Doc[]> {
  const docs: Doc[] = [];
  if (files.length === 0) {
    docs.push({ name: "", lines: splitLines(decode(await readAll(p.sys, 0))) });
    return docs;
  }
  for (const f of files) {
    try {
      if (f !== "-" && S_ISDIR(p.sys.stat(f).mode)) {
        await p.err.write(`${f} is a directory\n`);
        continue;
      }
      const fd = f === "-" ? 0 : await p.sys.open(f, O_RDONLY);
      const text = decode(await readAll(p.sys, fd));
      if (fd !== 0) p.sys.close(fd);
      docs.push({ name: f, lines: splitLines(text) });
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      await p.err.write(`${f}: ${strerror(e.errno)}\n`);
    }
  }
  return docs;
}

function splitLines(text: string): string[] {
  const l = text.split("\n");
  if (l[l.length - 1] === "") l.pop();
  return l;
}

/** The fd keys come from: stdin if it is the terminal, else /dev/tty. */
export async function keyboard(p: Proc): Promise<number> {
  if (isatty(p.sys, 0)) return 0;
  return p.sys.open("/dev/tty", O_RDWR);
}

/** Overstrikes to SGR: "X\bX" bold, "_\bX" underlined; other control characters as ^X. */
export function renderOverstrike(line: string): string {
  if (!line.includes("\b") && !/[\x00-\x08\x0b-\x1f]/.test(line)) return line;
  let out = "";
  let mode = "";
  const set = (m: string) => {
    if (m === mode) return;
    out += m === "" ? "\x1b[0m" : m === "b" ? "\x1b[0m\x1b[1m" : "\x1b[0m\x1b[4m";
    mode = m;
  };
  const chars = [...line];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (chars[i + 1] === "\b" && chars[i + 2] !== undefined) {
      const next = chars[i + 2]!;
      set(c === "_" && next !== "_" ? "u" : "b");
      out += next;
      i += 2;
      continue;
    }
    set("");
    if (c === "\x1b") out += c; // colour sequences pass (as less -R)
    else if (c < " " && c !== "\t") out += "^" + String.fromCharCode(c.charCodeAt(0) + 64);
    else out += c;
  }
  set("");
  return out;
}

/** The text of a line without overstrikes and escapes (for searching and widths). */
export function plainText(line: string): string {
  return line.replace(/.\x08/g, "").replace(/\x1b\[[0-9;]*m/g, "");
}
