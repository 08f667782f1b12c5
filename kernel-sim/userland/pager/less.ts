// less(1): a screen of text at a time on the alternate screen; the bottom line is the prompt
// (the file name at first, ":" after, "(END)" at the end, in reverse video). Keys as less's
// defaults: q Q ZZ quit; space f ^F ^V PageDown forward a page; b ^B M-v PageUp back; Enter j
// e ^N Down a line down; k y ^P Up a line up; d u half pages; g < Home top; G > End bottom;
// /pattern ?pattern n N search (matches shown in reverse); :n :p next and previous file.
// When stdout is not a terminal it copies its input, as less does. Options: -N (line
// numbers), -S, -R, -F (quit if one screen), -X are accepted.

import type { Proc } from "../lib/main.ts";
import { program } from "../lib/main.ts";
import { isatty } from "../lib/stdio.ts";
import { isPrintable } from "../lib/readline/keys.ts";
import { Tui, REVERSE, NORMAL } from "../editors/tui.ts";
import { keyboard, plainText, readDocs, renderOverstrike, type Doc } from "./source.ts";

export interface PagerOptions {
  lineNumbers?: boolean;
  quitIfOneScreen?: boolean;
  /** The prompt's text on the first screen (man sets " Manual page ls(1) line 1"). */
  prompt?: (top: number, total: number, atEnd: boolean) => string;
}

function highlight(line: string, q: string): string {
  if (!q) return renderOverstrike(line);
  const plain = plainText(line);
  if (!plain.includes(q) || line !== plain) return renderOverstrike(line);
  return plain.split(q).join(REVERSE + q + NORMAL);
}

/** Page docs on the terminal; returns when the user quits. */
export async function page(p: Proc, docs: Doc[], opts: PagerOptions = {}): Promise<number> {
  const keyFd = await keyboard(p);
  const tui = new Tui(p.sys, keyFd, 1);
  tui.start(true);
  let di = 0;
  let top = 0;
  let search = "";
  let message = "";
  let first = true;
  const text = () => docs[di]!.lines;
  const rows = () => Math.max(1, tui.rows - 1);
  const maxTop = () => Math.max(0, text().length - rows());
  if (opts.quitIfOneScreen && docs.length === 1 && text().length <= rows()) {
    await tui.stop(false);
    for (const l of text()) await p.out.write(l + "\n");
    return 0;
  }
  const find = (from: number, forward: boolean): boolean => {
    const ls = text();
    for (let i = from; forward ? i < ls.length : i >= 0; i += forward ? 1 : -1) {
      if (plainText(ls[i]!).includes(search)) {
        top = Math.min(i, maxTop() < i ? i : i);
        return true;
      }
    }
    return false;
  };
  for (;;) {
    const ls = text();
    top = Math.max(0, Math.min(top, Math.max(0, ls.length - 1)));
    const atEnd = top + rows() >= ls.length;
    const out: string[] = [];
    for (let r = 0; r < rows(); r++) {
      const l = ls[top + r];
      if (l === undefined) out.push("~");
      else out.push((opts.lineNumbers ? String(top + r + 1).padStart(7) + " " : "") + highlight(l, search));
    }
    let prompt: string;
    if (message) prompt = REVERSE + message + "  (press RETURN)" + NORMAL;
    else if (opts.prompt) prompt = REVERSE + opts.prompt(top, ls.length, atEnd) + NORMAL;
    else if (atEnd) prompt = REVERSE + (docs.length > 1 && di < docs.length - 1 ? `${docs[di]!.name} (END) - Next: ${docs[di + 1]!.name}` : "(END)") + NORMAL;
    else if (first && docs[di]!.name) prompt = REVERSE + docs[di]!.name + NORMAL;
    else prompt = ":";
    out.push(prompt);
    tui.paint(out, { row: tui.rows - 1, col: message || atEnd || (first && docs[di]!.name) ? 0 : 1 });
    const k = await tui.key();
    first = false;
    if (message) {
      message = "";
      if (k === "C-m" || k === "C-j") continue;
    }
    switch (k) {
      case "q":
      case "Q":
      case "EOF":
        await tui.stop();
        return 0;
      case "Z": {
        if ((await tui.key()) === "Z") {
          await tui.stop();
          return 0;
        }
        break;
      }
      case " ":
      case "f":
      case "C-f":
      case "C-v":
      case "PageDown":
      case "z":
        top = Math.min(top + rows(), Math.max(maxTop(), top));
        if (top > maxTop()) top = maxTop();
        break;
      case "b":
      case "C-b":
      case "M-v":
      case "PageUp":
      case "w":
        top = Math.max(0, top - rows());
        break;
      case "C-m":
      case "C-j":
      case "j":
      case "e":
      case "C-n":
      case "C-e":
      case "Down":
        if (top < maxTop()) top++;
        break;
      case "k":
      case "y":
      case "C-p":
      case "C-y":
      case "C-k":
      case "Up":
        top = Math.max(0, top - 1);
        break;
      case "d":
      case "C-d":
        top = Math.min(maxTop(), top + Math.floor(rows() / 2));
        break;
      case "u":
      case "C-u":
        top = Math.max(0, top - Math.floor(rows() / 2));
        break;
      case "g":
      case "<":
      case "Home":
        top = 0;
        break;
      case "G":
      case ">":
      case "End":
        top = maxTop();
        break;
      case "/":
      case "?": {
        const q = await readPrompt(tui, k, out);
        if (q === null) break;
        if (q !== "") search = q;
        if (!find(k === "/" ? top + 1 : top - 1, k === "/")) message = "Pattern not found";
        break;
      }
      case "n":
      case "N":
        if (search && !find(k === "n" ? top + 1 : top - 1, k === "n")) message = "Pattern not found";
        break;
      case ":": {
        const c = await tui.key();
        if (c === "n" && di < docs.length - 1) (di++, (top = 0), (first = true));
        else if (c === "p" && di > 0) (di--, (top = 0), (first = true));
        else if (c === "q") {
          await tui.stop();
          return 0;
        }
        break;
      }
      case "C-l":
      case "r":
      case "Resize":
        tui.invalidate();
        break;
    }
  }
}

/** A search pattern typed on the bottom line; null when cancelled. */
async function readPrompt(tui: Tui, lead: string, frame: string[]): Promise<string | null> {
  let s = "";
  for (;;) {
    frame[frame.length - 1] = lead + s;
    tui.paint(frame, { row: tui.rows - 1, col: 1 + s.length });
    const k = await tui.key();
    if (k === "C-m" || k === "C-j") return s;
    if (k === "C-c" || k === "C-g" || k === "Esc") return null;
    if (k === "C-?" || k === "C-h") {
      if (s === "") return null;
      s = s.slice(0, -1);
    } else if (isPrintable(k)) s += k;
  }
}

export default program(async (p) => {
  const files: string[] = [];
  const opts: PagerOptions = {};
  for (const a of p.argv.slice(1)) {
    if (a === "--version" || a === "-V") {
      await p.out.write("less 590 (GNU regular expressions)\nCopyright (C) 1984-2021  Mark Nudelman\n");
      return 0;
    }
    if (a.startsWith("-") && a.length > 1) {
      if (a.includes("N")) opts.lineNumbers = true;
      if (a.includes("F")) opts.quitIfOneScreen = true;
      continue;
    }
    files.push(a);
  }
  if (files.length === 0 && isatty(p.sys, 0)) {
    await p.err.write('Missing filename ("less --help" for help)\n');
    return 1;
  }
  const docs = await readDocs(p, files);
  if (docs.length === 0) return 1;
  if (!isatty(p.sys, 1)) {
    for (const d of docs) for (const l of d.lines) await p.out.write(l + "\n");
    return 0;
  }
  return page(p, docs, opts);
});
