// Shared by the small line tools (tac, paste, comm, nl, fold): read a whole operand as text,
// reporting the GNU "name: error" message.

import type { Proc } from "../lib/main.ts";
import { quotef, errmsg } from "../lib/main.ts";
import type { Sys } from "../lib/sys.ts";
import { openInput, closeInput, readText } from "../lib/input.ts";
import { readAll } from "../lib/stdio.ts";

/** The text of a file operand ("-" is stdin), or null after printing the error. */
export async function slurp(p: Proc, f: string): Promise<string | null> {
  let fd: number;
  try {
    fd = await openInput(p.sys, f);
  } catch (e) {
    await p.warn(`${quotef(f)}: ${errmsg(e)}`);
    return null;
  }
  try {
    return await readText(p.sys, fd);
  } catch (e) {
    await p.warn(`${quotef(f)}: ${errmsg(e)}`);
    return null;
  } finally {
    closeInput(p.sys, fd);
  }
}

/** Split text into lines; the last line need not end with a newline. */
export function splitLines(text: string, eol = "\n"): string[] {
  const l = text.split(eol);
  if (l[l.length - 1] === "") l.pop();
  return l;
}

/** The bytes of a file operand ("-" is stdin); throws Errno. */
export async function slurpBytes(sys: Sys, f: string): Promise<Uint8Array> {
  const fd = await openInput(sys, f);
  try {
    return await readAll(sys, fd);
  } finally {
    closeInput(sys, fd);
  }
}
