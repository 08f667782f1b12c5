// vi's command line: what is typed after ":" or "/" and the ex commands it runs (:w :q :wq :x
// :q! :w NAME :NUMBER), with vim's messages (E32, E37, E212, E492). Normal and insert mode are vi.ts.

import { Errno } from "../../uapi/errno.ts";
import { isPrintable } from "../lib/readline/keys.ts";
import { writeTextFile } from "./file_io.ts";
import type { Vi } from "./vi.ts";

/** :w NAME - write the buffer, with vim's messages. */
export async function writeBuffer(vi: Vi, name: string): Promise<boolean> {
  if (!name) {
    vi.message = "E32: No file name";
    return false;
  }
  const text = vi.lines.join("\n") + "\n";
  try {
    const n = await writeTextFile(vi.p.sys, name, text);
    if (!vi.name) vi.name = name;
    vi.modified = false;
    vi.message = `"${name}" ${vi.lines.length}L, ${n}B written`;
    return true;
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    vi.message = `"${name}" E212: Can't open file for writing`;
    return false;
  }
}

/** One ex command line (without its ":"): :NUMBER :w :q :wq :x and their ! forms. */
export async function exCommand(vi: Vi, c: string): Promise<void> {
  const m = /^\s*(\d+)?\s*([a-zA-Z]*)(!?)\s*(.*)$/.exec(c)!;
  const [, num, name, bang, arg] = m;
  if (num && !name) {
    vi.row = Math.max(0, Math.min(vi.lines.length - 1, Number(num) - 1));
    vi.col = firstNonBlank(vi.line);
    return;
  }
  const quitOk = (): boolean => {
    if (vi.modified && !bang) {
      vi.message = "E37: No write since last change (add ! to override)";
      return false;
    }
    return true;
  };
  switch (name) {
    case "":
      return;
    case "w":
    case "write":
      await writeBuffer(vi, arg || vi.name);
      return;
    case "q":
    case "quit":
      if (quitOk()) vi.quit = true;
      return;
    case "wq":
    case "x":
    case "xit":
    case "exit":
      if (name !== "wq" && !vi.modified) {
        vi.quit = true;
        return;
      }
      if (await writeBuffer(vi, arg || vi.name)) vi.quit = true;
      return;
    default:
      vi.message = `E492: Not an editor command: ${c.trim()}`;
  }
}

/** A key typed on the ":" or "/" command line; Enter runs it. */
export async function cmdlineKey(vi: Vi, k: string): Promise<void> {
  if (k === "Esc" || k === "C-c") {
    vi.mode = "normal";
    vi.cmd = "";
    return;
  }
  if (k === "C-m" || k === "C-j") {
    const c = vi.cmd;
    vi.mode = "normal";
    vi.cmd = "";
    vi.message = "";
    if (c[0] === ":") await exCommand(vi, c.slice(1));
    else {
      if (c.length > 1) vi.lastSearch = c.slice(1);
      vi.search(c[0] === "/");
    }
    return;
  }
  if (k === "C-?" || k === "C-h") {
    vi.cmd = vi.cmd.slice(0, -1);
    if (vi.cmd === "") vi.mode = "normal";
    return;
  }
  if (isPrintable(k)) vi.cmd += k;
}

/** Column of the line's first non-blank character (where ^, :NUMBER and G land). */
export function firstNonBlank(l: string): number {
  const m = /\S/.exec(l);
  return m ? m.index : Math.max(0, l.length - 1);
}
