// nano(1), GNU nano 7.2's everyday part: open a file (or a new buffer), type, move with the
// arrows, Home/End, PageUp/PageDown; ^K cuts lines and ^U pastes them, ^W searches, ^C tells
// the position, ^O writes out ("File Name to Write:"), ^S saves, ^X exits ("Save modified
// buffer?"). Not here: help (^G), replace, spell, justify, undo, syntax colours, nanorc.

import type { Proc } from "../lib/main.ts";
import { program } from "../lib/main.ts";
import { isPrintable } from "../lib/readline/keys.ts";
import { strerror, Errno } from "../../uapi/errno.ts";
import { Tui } from "./tui.ts";
import { displayCol, expandLine, readTextFile, writeTextFile } from "./file_io.ts";
import { MAIN_SHORTCUTS, SEARCH_SHORTCUTS, WRITE_SHORTCUTS, promptBar, shortcutRows, statusMessage, titleBar, yesNoRows, type Shortcut } from "./nano_bars.ts";

const USAGE = `Usage: nano [OPTIONS] [[+LINE[,COLUMN]] FILE]...\n`;

class Nano {
  lines: string[] = [""];
  row = 0;
  col = 0;
  /** The column the cursor wants on up/down (nano's placewewant). */
  want = 0;
  top = 0;
  modified = false;
  message = "";
  messageAge = 0;
  cutBuffer: string[] = [];
  lastWasCut = false;
  lastSearch = "";
  /** The status row and bottom rows while a prompt is open. */
  promptRows: { status: string; bars: [string, string]; cursorCol: number } | null = null;

  constructor(
    readonly tui: Tui,
    readonly p: Proc,
    public name: string,
  ) {}

  get textRows(): number {
    return Math.max(1, this.tui.rows - 4);
  }

  setMessage(m: string): void {
    this.message = m;
    this.messageAge = 0;
  }

  draw(): void {
    const { rows, cols } = this.tui;
    if (this.row < this.top) this.top = this.row;
    if (this.row >= this.top + this.textRows) this.top = this.row - this.textRows + 1;
    const out: string[] = [titleBar(cols, this.name, this.modified)];
    let cursor = { row: 1, col: 0 };
    for (let r = 0; r < this.textRows; r++) {
      const i = this.top + r;
      const line = this.lines[i];
      if (line === undefined) {
        out.push("");
        continue;
      }
      const shown = expandLine(line);
      if (i === this.row) {
        const x = displayCol(line, this.col);
        const chunk = cols - 1;
        const left = x < cols - 1 ? 0 : Math.floor(x / chunk) * chunk - 0;
        let seg = shown.slice(left, left + cols);
        if (left > 0) seg = "<" + seg.slice(1);
        if (shown.length > left + cols) seg = seg.slice(0, cols - 1) + ">";
        out.push(seg);
        cursor = { row: 1 + r, col: x - left };
      } else out.push(shown.length > cols ? shown.slice(0, cols - 1) + ">" : shown);
    }
    if (this.promptRows) {
      out.push(this.promptRows.status, ...this.promptRows.bars);
      cursor = { row: rows - 3, col: this.promptRows.cursorCol };
    } else {
      out.push(this.message ? statusMessage(cols, this.message) : "", ...shortcutRows(cols, MAIN_SHORTCUTS));
    }
    this.tui.paint(out, cursor);
  }

  /** A one-line answer on the status row; null when cancelled with ^C. */
  async prompt(text: string, initial: string, shortcuts: Shortcut[]): Promise<string | null> {
    let answer = [...initial];
    let at = answer.length;
    for (;;) {
      this.promptRows = { status: promptBar(this.tui.cols, text, answer.join("")), bars: shortcutRows(this.tui.cols, shortcuts), cursorCol: Math.min(this.tui.cols - 1, text.length + at) };
      this.draw();
      const k = await this.tui.key();
      if (k === "C-m" || k === "C-j") break;
      if (k === "C-c" || k === "EOF") {
        this.promptRows = null;
        return null;
      }
      if (isPrintable(k)) answer.splice(at++, 0, k);
      else if ((k === "C-?" || k === "C-h") && at > 0) answer.splice(--at, 1);
      else if ((k === "Delete" || k === "C-d") && at < answer.length) answer.splice(at, 1);
      else if (k === "Left" || k === "C-b") at = Math.max(0, at - 1);
      else if (k === "Right" || k === "C-f") at = Math.min(answer.length, at + 1);
      else if (k === "Home" || k === "C-a") at = 0;
      else if (k === "End" || k === "C-e") at = answer.length;
      else if (k === "C-u") (answer = []), (at = 0);
    }
    this.promptRows = null;
    return answer.join("");
  }

  async yesNo(question: string): Promise<"y" | "n" | null> {
    for (;;) {
      this.promptRows = { status: promptBar(this.tui.cols, question, ""), bars: yesNoRows(this.tui.cols), cursorCol: question.length };
      this.draw();
      const k = await this.tui.key();
      if (k === "y" || k === "Y") return (this.promptRows = null), "y";
      if (k === "n" || k === "N") return (this.promptRows = null), "n";
      if (k === "C-c" || k === "EOF") return (this.promptRows = null), null;
    }
  }

  /** Lines a write counts (the empty line after the last newline is not one). */
  get lineCount(): number {
    return this.lines[this.lines.length - 1] === "" ? this.lines.length - 1 : this.lines.length;
  }

  async write(name: string): Promise<boolean> {
    const text = this.lines.join("\n") + (this.lines[this.lines.length - 1] === "" ? "" : "\n");
    try {
      await writeTextFile(this.p.sys, name, text);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      this.setMessage(`Error writing ${name}: ${strerror(e.errno)}`);
      return false;
    }
    this.name = name;
    this.modified = false;
    const n = this.lineCount;
    this.setMessage(`Wrote ${n} line${n === 1 ? "" : "s"}`);
    return true;
  }

  /** ^O: ask for the name, then write. */
  async writeOut(): Promise<boolean> {
    const name = await this.prompt("File Name to Write: ", this.name, WRITE_SHORTCUTS);
    if (name === null || name === "") {
      this.setMessage("Cancelled");
      return false;
    }
    return this.write(name);
  }

  search(q: string): void {
    const n = this.lines.length;
    for (let k = 0; k <= n; k++) {
      const i = (this.row + k) % n;
      const from = k === 0 ? this.col + 1 : 0;
      const at = k === n ? this.lines[i]!.slice(0, this.col + 1).indexOf(q) : this.lines[i]!.indexOf(q, from);
      if (at >= 0) {
        const wrapped = k > 0 && i <= this.row;
        if (i === this.row && at === this.col) this.setMessage("This is the only occurrence");
        else if (wrapped) this.setMessage("Search Wrapped");
        this.row = i;
        this.col = this.want = at;
        return;
      }
    }
    this.setMessage(`"${q}" not found`);
  }

  location(): string {
    const line = this.lines[this.row]!;
    let chars = 0;
    let total = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const len = this.lines[i]!.length + (i < this.lines.length - 1 ? 1 : 0);
      if (i < this.row) chars += len;
      total += len;
    }
    chars += this.col;
    const pct = (a: number, b: number) => Math.floor((100 * a) / Math.max(1, b));
    const n = this.lines.length;
    const cur = displayCol(line, this.col) + 1;
    const width = displayCol(line, line.length) + 1;
    return `line ${String(this.row + 1).padStart(2)}/${n} (${String(pct(this.row + 1, n)).padStart(2)}%), col ${String(cur).padStart(2)}/${String(width).padStart(2)} (${String(pct(cur, width)).padStart(3)}%), char ${String(chars).padStart(2)}/${total} (${String(pct(chars, total)).padStart(2)}%)`;
  }

  edit(): void {
    this.modified = true;
  }

  /** One key in the edit window; returns true to exit. */
  async key(k: string): Promise<boolean> {
    const line = this.lines[this.row]!;
    const wasCut = this.lastWasCut;
    this.lastWasCut = false;
    if (isPrintable(k)) {
      this.lines[this.row] = line.slice(0, this.col) + k + line.slice(this.col);
      this.col += k.length;
      this.want = this.col;
      this.edit();
      return false;
    }
    switch (k) {
      case "C-i":
        return this.key("\t");
      case "C-m":
      case "C-j":
        this.lines.splice(this.row, 1, line.slice(0, this.col), line.slice(this.col));
        this.row++;
        this.col = this.want = 0;
        this.edit();
        break;
      case "C-?":
      case "C-h":
        if (this.col > 0) {
          this.lines[this.row] = line.slice(0, this.col - 1) + line.slice(this.col);
          this.col--;
        } else if (this.row > 0) {
          const prev = this.lines[this.row - 1]!;
          this.lines.splice(this.row - 1, 2, prev + line);
          this.row--;
          this.col = prev.length;
        } else break;
        this.want = this.col;
        this.edit();
        break;
      case "Delete":
      case "C-d":
        if (this.col < line.length) this.lines[this.row] = line.slice(0, this.col) + line.slice(this.col + 1);
        else if (this.row < this.lines.length - 1) this.lines.splice(this.row, 2, line + this.lines[this.row + 1]);
        else break;
        this.edit();
        break;
      case "Left":
      case "C-b":
        if (this.col > 0) this.col--;
        else if (this.row > 0) this.col = this.lines[--this.row]!.length;
        this.want = this.col;
        break;
      case "Right":
      case "C-f":
        if (this.col < line.length) this.col++;
        else if (this.row < this.lines.length - 1) (this.row++, (this.col = 0));
        this.want = this.col;
        break;
      case "Up":
      case "C-p":
        if (this.row > 0) this.row--;
        this.col = Math.min(this.want, this.lines[this.row]!.length);
        break;
      case "Down":
      case "C-n":
        if (this.row < this.lines.length - 1) this.row++;
        this.col = Math.min(this.want, this.lines[this.row]!.length);
        break;
      case "Home":
      case "C-a":
        this.col = this.want = 0;
        break;
      case "End":
      case "C-e":
        this.col = this.want = line.length;
        break;
      case "PageUp":
      case "C-y":
        this.row = Math.max(0, this.row - this.textRows);
        this.top = Math.max(0, this.top - this.textRows);
        this.col = Math.min(this.want, this.lines[this.row]!.length);
        break;
      case "PageDown":
      case "C-v":
        this.row = Math.min(this.lines.length - 1, this.row + this.textRows);
        this.top = Math.min(Math.max(0, this.lines.length - 1), this.top + this.textRows);
        this.col = Math.min(this.want, this.lines[this.row]!.length);
        break;
      case "M-\\":
      case "C-Home":
        this.row = this.col = this.want = 0;
        break;
      case "M-/":
      case "C-End":
        this.row = this.lines.length - 1;
        this.col = this.want = this.lines[this.row]!.length;
        break;
      case "C-k": {
        if (!wasCut) this.cutBuffer = [];
        if (this.lines.length === 1 && line === "") break;
        this.cutBuffer.push(line);
        if (this.row === this.lines.length - 1) this.lines[this.row] = "";
        else this.lines.splice(this.row, 1);
        this.col = this.want = 0;
        this.lastWasCut = true;
        this.edit();
        break;
      }
      case "C-u":
        if (this.cutBuffer.length === 0) break;
        this.lines.splice(this.row, 0, ...this.cutBuffer);
        this.row += this.cutBuffer.length;
        this.col = this.want = 0;
        this.edit();
        break;
      case "C-c":
        this.setMessage(this.location());
        break;
      case "C-w": {
        const q = await this.prompt(this.lastSearch ? `Search [${this.lastSearch}]: ` : "Search: ", "", SEARCH_SHORTCUTS);
        if (q === null) this.setMessage("Cancelled");
        else if (q === "" && !this.lastSearch) this.setMessage("Cancelled");
        else {
          if (q !== "") this.lastSearch = q;
          this.search(this.lastSearch);
        }
        break;
      }
      case "C-o":
        await this.writeOut();
        break;
      case "C-s":
        if (this.name) await this.write(this.name);
        else await this.writeOut();
        break;
      case "C-x": {
        if (!this.modified) return true;
        const a = await this.yesNo("Save modified buffer? ");
        if (a === "n") return true;
        if (a === "y") return this.writeOut();
        break;
      }
      case "C-l":
      case "Resize":
        this.tui.invalidate();
        break;
      case "C-g":
        this.setMessage("Help is not available in this nano");
        break;
      default:
        break;
    }
    return false;
  }
}

export default program(async (p: Proc) => {
  const args = p.argv.slice(1);
  let file = "";
  let line = 0;
  for (const a of args) {
    if (a === "--version" || a === "-V") {
      await p.out.write(` GNU nano, version ${"7.2"}\n (C) 2023 the Free Software Foundation and various contributors\n Compiled options: --disable-libmagic --enable-utf8\n`);
      return 0;
    }
    if (a === "--help" || a === "-h") {
      await p.out.write(USAGE);
      return 0;
    }
    if (/^\+\d+/.test(a)) line = Number(a.slice(1).split(",")[0]) - 1;
    else if (a.startsWith("-")) continue;
    else if (!file) file = a;
  }
  const tui = new Tui(p.sys, 0, 1);
  try {
    tui.start(false);
  } catch {
    await p.err.write("Too many errors from stdin\n");
    return 1;
  }
  const ed = new Nano(tui, p, file);
  if (file) {
    const r = await readTextFile(p.sys, file);
    if ("text" in r) {
      ed.lines = r.text.split("\n");
      const n = ed.lineCount;
      ed.setMessage(`Read ${n} line${n === 1 ? "" : "s"}`);
    } else if ("missing" in r) ed.setMessage("New File");
    else ed.setMessage(`${r.errno === 21 ? `"${file}" is a directory` : `Error reading ${file}: ${strerror(r.errno)}`}`);
  }
  ed.row = Math.max(0, Math.min(line, ed.lines.length - 1));
  for (;;) {
    ed.draw();
    const k = await tui.key();
    if (k === "EOF") break;
    if (ed.message && ++ed.messageAge > 20) ed.message = "";
    if (await ed.key(k)) break;
  }
  await tui.stop();
  return 0;
});
