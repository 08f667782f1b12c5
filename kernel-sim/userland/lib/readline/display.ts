// Drawing the prompt and the line being edited (readline's display.c, simplified): the line may
// wrap over several rows; the display remembers where the cursor is, relative to the start of
// the prompt's last line, and redraws from there. Typing at the end of the line and moving the
// cursor write only what changed; anything else redraws the line and clears what was below it.
//
// At the right margin a terminal holds the cursor on the last column until the next character
// ("pending wrap"); readline then writes " \r", which moves it to the next row for certain.

import { charWidth, textWidth } from "./term.ts";

/** How a character of the line is shown: control characters as ^X, as readline does. */
export function displayChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x20) return "^" + String.fromCharCode(c + 64);
  if (c === 0x7f) return "^?";
  return ch;
}

function displayWidth(ch: string): number {
  const c = ch.charCodeAt(0);
  return c < 0x20 || c === 0x7f ? 2 : charWidth(ch);
}

export class Display {
  cols = 80;
  private promptLast = "";
  private promptWidth = 0;
  /** Row of the cursor below the start of the prompt's last line. */
  private cursorRow = 0;
  /** Position (columns from the start of the prompt's last line) of the cursor. */
  private cursorPos = 0;
  private shownText: string[] = [];
  private shownPoint = 0;

  constructor(private readonly out: (s: string) => void) {}

  /** Start a new line: write the whole prompt. */
  begin(prompt: string): void {
    this.out(prompt);
    this.setPrompt(prompt);
    this.cursorPos = this.promptWidth;
    this.cursorRow = Math.floor(this.promptWidth / this.cols);
    if (this.promptWidth > 0 && this.promptWidth % this.cols === 0) this.out(" \r");
    this.shownText = [];
    this.shownPoint = 0;
  }

  /** Change the prompt the next render draws (the ^R search prompt and back). */
  setPrompt(prompt: string): void {
    const nl = prompt.lastIndexOf("\n");
    this.promptLast = nl >= 0 ? prompt.slice(nl + 1) : prompt;
    this.promptWidth = textWidth(this.promptLast);
    this.shownText = ["\0forced"];
  }

  private widthOf(chars: string[], n = chars.length): number {
    let w = 0;
    for (let i = 0; i < n; i++) w += displayWidth(chars[i]!);
    return w;
  }

  /** Move the cursor from where it is to position pos. */
  private moveTo(pos: number): string {
    const row = Math.floor(pos / this.cols);
    const col = pos % this.cols;
    const curCol = this.cursorPos % this.cols;
    let s = "";
    if (row < this.cursorRow) s += `\x1b[${this.cursorRow - row}A`;
    else if (row > this.cursorRow) s += `\x1b[${row - this.cursorRow}B`;
    if (col === 0 && curCol !== 0) s += "\r";
    else if (col < curCol) s += col === curCol - 1 ? "\b" : `\x1b[${curCol - col}D`;
    else if (col > curCol) s += `\x1b[${col - curCol}C`;
    this.cursorRow = row;
    this.cursorPos = pos;
    return s;
  }

  /** Show chars with the cursor at point, writing as little as it can. */
  render(chars: string[], point: number): void {
    const old = this.shownText;
    const same = old.length === chars.length && old.every((c, i) => c === chars[i]);
    let s = "";
    if (same) {
      s = this.moveTo(this.promptWidth + this.widthOf(chars, point));
    } else if (point === chars.length && this.shownPoint === old.length && chars.length > old.length && old.every((c, i) => c === chars[i])) {
      const add = chars.slice(old.length);
      s = add.map(displayChar).join("");
      this.cursorPos += this.widthOf(add);
      this.cursorRow = Math.floor(this.cursorPos / this.cols);
      if (this.cursorPos % this.cols === 0) s += " \r";
    } else {
      s = this.cursorRow > 0 ? `\x1b[${this.cursorRow}A\r` : "\r";
      s += this.promptLast + chars.map(displayChar).join("");
      const end = this.promptWidth + this.widthOf(chars);
      if (end > 0 && end % this.cols === 0) s += " \r";
      s += "\x1b[J";
      this.cursorPos = end;
      this.cursorRow = Math.floor(end / this.cols);
      s += this.moveTo(this.promptWidth + this.widthOf(chars, point));
    }
    this.shownText = chars.slice();
    this.shownPoint = point;
    if (s) this.out(s);
  }

  /** Leave the line: the cursor goes after its end (the caller writes the newline). */
  finish(chars: string[]): void {
    this.render(chars, chars.length);
  }

  /** The screen was cleared or written over (^L, a completion list): draw everything again. */
  redrawFrom(prompt: string, chars: string[], point: number): void {
    this.begin(prompt);
    this.render(chars, point);
  }

  /** A new width (SIGWINCH): where the cursor is now, if the terminal rewrapped the rows. */
  resize(cols: number): void {
    if (cols === this.cols || cols <= 0) return;
    this.cols = cols;
    this.cursorRow = Math.floor(this.cursorPos / cols);
    this.shownText = ["\0forced"];
  }
}
