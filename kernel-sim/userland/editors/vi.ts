// vi(1) as Debian's vim-tiny shows it: normal mode (h j k l and arrows, 0 ^ $ w b G gg, x dd
// yy p P D J u, counts like 3dd), insert mode (i a o O A I, Esc back), the command line
// (:w :q :wq :q! :x :w NAME :NUMBER), ZZ, /search with n and N, and vim's messages and ruler.
// Not here: visual mode, registers, marks, macros, :s, options, syntax.

import type { Proc } from "../lib/main.ts";
import { program } from "../lib/main.ts";
import { isPrintable } from "../lib/readline/keys.ts";
import { Tui, fit } from "./tui.ts";
import { displayCol, expandLine, readTextFile } from "./file_io.ts";
import { cmdlineKey, exCommand, firstNonBlank } from "./vi_ex.ts";

type Mode = "normal" | "insert" | "cmdline";

/** The editor's state: the buffer, the cursor, the mode and what is half typed. */
export class Vi {
  lines: string[] = [""];
  row = 0;
  col = 0;
  top = 0;
  mode: Mode = "normal";
  modified = false;
  message = "";
  cmd = "";
  pending = "";
  count = "";
  yank: { text: string[]; linewise: boolean } = { text: [], linewise: true };
  lastSearch = "";
  undo: { lines: string[]; row: number; col: number }[] = [];
  quit = false;

  constructor(
    readonly tui: Tui,
    readonly p: Proc,
    public name: string,
  ) {}

  get textRows(): number {
    return Math.max(1, this.tui.rows - 1);
  }

  get line(): string {
    return this.lines[this.row]!;
  }

  /** Save for u (one snapshot per change). */
  snapshot(): void {
    this.undo.push({ lines: this.lines.slice(), row: this.row, col: this.col });
    if (this.undo.length > 100) this.undo.shift();
    this.modified = true;
  }

  clampCol(): void {
    const max = this.mode === "insert" ? this.line.length : Math.max(0, this.line.length - 1);
    this.col = Math.max(0, Math.min(this.col, max));
  }

  ruler(): string {
    const n = this.lines.length;
    const empty = n === 1 && this.lines[0] === "";
    const pos = empty ? "0,0-1" : `${this.row + 1},${this.line === "" ? "0-1" : this.col + 1}`;
    const rows = this.textRows;
    const where = n <= rows ? "All" : this.top === 0 ? "Top" : this.top + rows >= n ? "Bot" : `${Math.floor((this.top * 100) / (n - rows))}%`;
    return fit(pos, 14) + where;
  }

  draw(): void {
    const { cols } = this.tui;
    const rows = this.textRows;
    if (this.row < this.top) this.top = this.row;
    if (this.row >= this.top + rows) this.top = this.row - rows + 1;
    const out: string[] = [];
    for (let r = 0; r < rows; r++) {
      const l = this.lines[this.top + r];
      out.push(l === undefined ? "\x1b[1;34m~\x1b[0m" : expandLine(l).slice(0, cols));
    }
    let status: string;
    let cursor = { row: this.row - this.top, col: Math.min(cols - 1, displayCol(this.line, this.col)) };
    if (this.mode === "cmdline") {
      status = this.cmd;
      cursor = { row: rows, col: this.cmd.length };
    } else {
      const msg = this.mode === "insert" ? "\x1b[1m-- INSERT --\x1b[0m" : this.message;
      const plainLen = this.mode === "insert" ? 12 : msg.length;
      const rulerCol = cols - 18;
      status = msg + " ".repeat(Math.max(1, rulerCol - plainLen)) + this.ruler();
    }
    out.push(status);
    this.tui.paint(out, cursor);
  }

  fileInfo(bytes: number): string {
    return `"${this.name}" ${this.lines.length}L, ${bytes}B`;
  }

  search(forward: boolean): void {
    const q = this.lastSearch;
    if (!q) {
      this.message = "E35: No previous regular expression";
      return;
    }
    const n = this.lines.length;
    for (let k = 0; k <= n; k++) {
      const i = forward ? (this.row + k) % n : (this.row - k + n * 2) % n;
      const l = this.lines[i]!;
      let at: number;
      if (k === 0) at = forward ? l.indexOf(q, this.col + 1) : this.col > 0 ? l.lastIndexOf(q, this.col - 1) : -1;
      else at = forward ? l.indexOf(q) : l.lastIndexOf(q);
      if (at >= 0) {
        const wrapped = k > 0 && (forward ? i <= this.row : i >= this.row);
        this.message = wrapped ? (forward ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM") : (forward ? "/" : "?") + q;
        this.row = i;
        this.col = at;
        return;
      }
    }
    this.message = `E486: Pattern not found: ${q}`;
  }

  wordForward(): void {
    const l = this.line;
    let c = this.col;
    const cls = (ch: string | undefined) => (ch === undefined ? -1 : /\s/.test(ch) ? 0 : /\w/.test(ch) ? 1 : 2);
    const start = cls(l[c]);
    while (c < l.length && cls(l[c]) === start && start !== 0) c++;
    while (c < l.length && cls(l[c]) === 0) c++;
    if (c >= l.length && this.row < this.lines.length - 1) {
      this.row++;
      this.col = firstNonBlank(this.line);
    } else this.col = Math.min(c, Math.max(0, l.length - 1));
  }

  wordBackward(): void {
    const l = this.line;
    let c = this.col;
    if (c === 0 && this.row > 0) {
      this.row--;
      this.col = Math.max(0, this.line.length - 1);
      return;
    }
    const cls = (ch: string | undefined) => (ch === undefined ? -1 : /\s/.test(ch) ? 0 : /\w/.test(ch) ? 1 : 2);
    c--;
    while (c > 0 && cls(l[c]) === 0) c--;
    const k = cls(l[c]);
    while (c > 0 && cls(l[c - 1]) === k) c--;
    this.col = Math.max(0, c);
  }

  insertKey(k: string): void {
    const l = this.line;
    if (k === "Esc" || k === "C-c") {
      this.mode = "normal";
      this.col = Math.max(0, this.col - 1);
      return;
    }
    if (k.startsWith("M-") && k.length === 3) {
      // Esc and a key typed together: leave insert mode, then the key.
      this.insertKey("Esc");
      void this.normalKey(k.slice(2));
      return;
    }
    if (isPrintable(k) || k === "C-i") {
      const s = k === "C-i" ? "\t" : k;
      this.lines[this.row] = l.slice(0, this.col) + s + l.slice(this.col);
      this.col += s.length;
      this.modified = true;
      return;
    }
    switch (k) {
      case "C-m":
      case "C-j":
        this.lines.splice(this.row, 1, l.slice(0, this.col), l.slice(this.col));
        this.row++;
        this.col = 0;
        this.modified = true;
        break;
      case "C-?":
      case "C-h":
        if (this.col > 0) {
          this.lines[this.row] = l.slice(0, this.col - 1) + l.slice(this.col);
          this.col--;
        } else if (this.row > 0) {
          const prev = this.lines[this.row - 1]!;
          this.lines.splice(this.row - 1, 2, prev + l);
          this.row--;
          this.col = prev.length;
        }
        this.modified = true;
        break;
      case "Delete":
        if (this.col < l.length) this.lines[this.row] = l.slice(0, this.col) + l.slice(this.col + 1);
        break;
      default:
        this.move(k);
    }
  }

  /** Motions shared by both modes. */
  move(k: string): boolean {
    switch (k) {
      case "h":
      case "Left":
      case "C-h":
      case "C-?":
        this.col = Math.max(0, this.col - 1);
        return true;
      case "l":
      case "Right":
      case " ":
        this.col++;
        this.clampCol();
        return true;
      case "j":
      case "Down":
      case "C-n":
        if (this.row < this.lines.length - 1) this.row++;
        this.clampCol();
        return true;
      case "k":
      case "Up":
      case "C-p":
        if (this.row > 0) this.row--;
        this.clampCol();
        return true;
      case "0":
      case "Home":
        this.col = 0;
        return true;
      case "$":
      case "End":
        this.col = this.line.length;
        this.clampCol();
        return true;
      case "^":
        this.col = firstNonBlank(this.line);
        return true;
      case "PageDown":
      case "C-f":
        this.row = Math.min(this.lines.length - 1, this.row + this.textRows - 2);
        this.clampCol();
        return true;
      case "PageUp":
      case "C-b":
        this.row = Math.max(0, this.row - this.textRows + 2);
        this.clampCol();
        return true;
    }
    return false;
  }

  async normalKey(k: string): Promise<void> {
    if (this.pending === "" && /^[1-9]$/.test(k) || (this.count && /^\d$/.test(k))) {
      this.count += k;
      return;
    }
    const n = Math.max(1, Number(this.count || "1"));
    const counted = this.count !== "";
    this.count = "";
    const seq = this.pending + k;
    this.pending = "";
    switch (seq) {
      case "d":
      case "y":
      case "g":
      case "Z":
        this.pending = seq;
        return;
      case "dd": {
        this.snapshot();
        const cut = this.lines.splice(this.row, Math.min(n, this.lines.length - this.row));
        this.yank = { text: cut, linewise: true };
        if (this.lines.length === 0) this.lines = [""];
        this.row = Math.min(this.row, this.lines.length - 1);
        this.col = firstNonBlank(this.line);
        if (cut.length >= 3) this.message = `${cut.length} fewer lines`;
        return;
      }
      case "yy":
        this.yank = { text: this.lines.slice(this.row, this.row + n), linewise: true };
        if (n >= 3) this.message = `${n} lines yanked`;
        return;
      case "dw":
      case "d$":
      case "D": {
        this.snapshot();
        const l = this.line;
        let end = l.length;
        if (seq === "dw") {
          const save = [this.row, this.col] as const;
          this.wordForward();
          end = this.row === save[0] ? this.col : l.length;
          [this.row, this.col] = save;
          if (end === this.col) end = l.length;
        }
        this.yank = { text: [l.slice(this.col, end)], linewise: false };
        this.lines[this.row] = l.slice(0, this.col) + l.slice(end);
        this.clampCol();
        return;
      }
      case "gg":
        this.row = counted ? Math.min(n, this.lines.length) - 1 : 0;
        this.col = firstNonBlank(this.line);
        return;
      case "G":
        this.row = counted ? Math.min(n, this.lines.length) - 1 : this.lines.length - 1;
        this.col = firstNonBlank(this.line);
        return;
      case "ZZ":
        await exCommand(this, "x");
        return;
      case "ZQ":
        await exCommand(this, "q!");
        return;
      case "x":
      case "Delete": {
        if (this.line === "") return;
        this.snapshot();
        const l = this.line;
        this.yank = { text: [l.slice(this.col, this.col + n)], linewise: false };
        this.lines[this.row] = l.slice(0, this.col) + l.slice(this.col + n);
        this.clampCol();
        return;
      }
      case "X":
        if (this.col === 0) return;
        this.snapshot();
        this.lines[this.row] = this.line.slice(0, this.col - 1) + this.line.slice(this.col);
        this.col--;
        return;
      case "p":
      case "P": {
        if (!this.yank.text.length) return;
        this.snapshot();
        if (this.yank.linewise) {
          const at = seq === "p" ? this.row + 1 : this.row;
          for (let i = 0; i < n; i++) this.lines.splice(at, 0, ...this.yank.text);
          this.row = at;
          this.col = firstNonBlank(this.line);
        } else {
          const s = this.yank.text[0]!.repeat(n);
          const at = seq === "p" && this.line !== "" ? this.col + 1 : this.col;
          this.lines[this.row] = this.line.slice(0, at) + s + this.line.slice(at);
          this.col = at + s.length - 1;
        }
        return;
      }
      case "J":
        if (this.row >= this.lines.length - 1) return;
        this.snapshot();
        this.col = this.line.length;
        this.lines.splice(this.row, 2, this.line.replace(/\s+$/, "") + " " + this.lines[this.row + 1]!.replace(/^\s+/, ""));
        return;
      case "u": {
        const u = this.undo.pop();
        if (!u) {
          this.message = "Already at oldest change";
          return;
        }
        this.lines = u.lines;
        this.row = u.row;
        this.col = u.col;
        this.clampCol();
        this.message = "1 change; before #1";
        return;
      }
      case "i":
      case "a":
      case "A":
      case "I":
      case "o":
      case "O":
        this.snapshot();
        this.mode = "insert";
        this.message = "";
        if (seq === "a" && this.line !== "") this.col++;
        if (seq === "A") this.col = this.line.length;
        if (seq === "I") this.col = firstNonBlank(this.line);
        if (seq === "o") this.lines.splice(++this.row, 0, "");
        if (seq === "O") this.lines.splice(this.row, 0, "");
        if (seq === "o" || seq === "O") this.col = 0;
        return;
      case ":":
      case "/":
      case "?":
        this.mode = "cmdline";
        this.cmd = seq;
        return;
      case "n":
        this.search(true);
        return;
      case "N":
        this.search(false);
        return;
      case "w":
        for (let i = 0; i < n; i++) this.wordForward();
        return;
      case "b":
        for (let i = 0; i < n; i++) this.wordBackward();
        return;
      case "C-l":
      case "Resize":
        this.tui.invalidate();
        return;
      case "C-g":
        this.message = `"${this.name || "[No Name]"}"${this.modified ? " [Modified]" : ""} ${this.lines.length} line${this.lines.length === 1 ? "" : "s"} --${Math.floor(((this.row + 1) * 100) / this.lines.length)}%--`;
        return;
      case "Esc":
        return;
    }
    if (k.startsWith("M-") && k.length === 3) return this.normalKey(k.slice(2));
    for (let i = 0; i < n; i++) if (!this.move(seq)) break;
  }
}

export default program(async (p: Proc) => {
  let file = "";
  for (const a of p.argv.slice(1)) {
    if (a === "--version") {
      await p.out.write("VIM - Vi IMproved 9.0 (2022 Jun 28, compiled for vlab)\nSmall version without GUI.\n");
      return 0;
    }
    if (!a.startsWith("-") && !a.startsWith("+") && !file) file = a;
  }
  const tui = new Tui(p.sys, 0, 1);
  try {
    tui.start(false);
  } catch {
    await p.err.write("Vim: Warning: Input is not from a terminal\n");
    return 1;
  }
  const ed = new Vi(tui, p, file);
  if (file) {
    const r = await readTextFile(p.sys, file);
    if ("text" in r) {
      const t = r.text.endsWith("\n") ? r.text.slice(0, -1) : r.text;
      ed.lines = t === "" && r.bytes === 0 ? [""] : t.split("\n");
      ed.message = r.bytes === 0 ? `"${file}" 0L, 0B` : ed.fileInfo(r.bytes) + (r.text.endsWith("\n") ? "" : " [noeol]");
    } else if ("missing" in r) ed.message = `"${file}" [New]`;
    else ed.message = `"${file}" [Permission Denied]`;
  }
  while (!ed.quit) {
    ed.draw();
    const k = await tui.key();
    if (k === "EOF") break;
    if (ed.mode === "insert") ed.insertKey(k);
    else if (ed.mode === "cmdline") await cmdlineKey(ed, k);
    else {
      if (k !== "Resize") ed.message = ed.pending || ed.count ? ed.message : ed.message;
      await ed.normalKey(k);
    }
  }
  await tui.stop();
  return 0;
});
