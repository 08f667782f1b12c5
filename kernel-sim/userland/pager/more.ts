// more(1) from util-linux: a screenful, then "--More--(NN%)" in reverse video; space shows the
// next screen, Enter the next line, b goes back a screen, q quits; it ends by itself at the
// end of the text and leaves what it showed on the screen. Not a terminal: it copies.

import { program } from "../lib/main.ts";
import { isatty } from "../lib/stdio.ts";
import { Tui, REVERSE, NORMAL } from "../editors/tui.ts";
import { keyboard, readDocs, renderOverstrike } from "./source.ts";

export default program(async (p) => {
  const files = p.argv.slice(1).filter((a) => !a.startsWith("-") || a === "-");
  const docs = await readDocs(p, files);
  if (docs.length === 0) return 1;
  if (!isatty(p.sys, 1)) {
    for (const d of docs) for (const l of d.lines) await p.out.write(l + "\n");
    return 0;
  }
  const lines: string[] = [];
  for (const d of docs) {
    if (docs.length > 1) lines.push("::::::::::::::", d.name, "::::::::::::::");
    lines.push(...d.lines);
  }
  const keyFd = await keyboard(p);
  const tui = new Tui(p.sys, keyFd, 1);
  tui.start(true, false);
  tui.write("\r\x1b[K");
  const show = (from: number, n: number): number => {
    const end = Math.min(lines.length, from + n);
    for (let i = from; i < end; i++) tui.write(renderOverstrike(lines[i]!) + "\r\n");
    return end;
  };
  let at = show(0, tui.rows - 1);
  while (at < lines.length) {
    tui.write(`${REVERSE}--More--(${Math.floor((at * 100) / lines.length)}%)${NORMAL}`);
    const k = await tui.key();
    tui.write("\r\x1b[K");
    if (k === "q" || k === "Q" || k === "EOF") break;
    if (k === "C-m" || k === "C-j") at = show(at, 1);
    else if (k === "b" || k === "C-b") at = show(Math.max(0, at - 2 * (tui.rows - 1)), tui.rows - 1);
    else if (k === " " || k === "f" || k === "z") at = show(at, tui.rows - 1);
  }
  await tui.stop(false);
  return 0;
});
