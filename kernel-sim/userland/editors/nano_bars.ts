// nano 7's bars, drawn as nano draws them (src/winio.c): the title bar (titlebar()), the
// status line with its centred "[ message ]" (statusline()), and the two rows of shortcuts
// at the bottom (bottombars()), each key in reverse video.

import { REVERSE, NORMAL, fit } from "./tui.ts";

export const VERSION = "7.2";

/** The title bar: "  GNU nano 7.2", the file name centred in what is left, " *" when modified. */
export function titleBar(cols: number, name: string, modified: boolean): string {
  const brand = `GNU nano ${VERSION}`;
  const verlen = brand.length + 3;
  const statelen = "Modified".length + 2;
  const path = name === "" ? "New Buffer" : name;
  let line = " ".repeat(cols).split("");
  const put = (col: number, s: string) => {
    for (let i = 0; i < s.length && col + i < cols; i++) line[col + i] = s[i]!;
  };
  put(2, brand);
  const shown = path + (modified ? " *" : "");
  const offset = Math.max(verlen, verlen + Math.floor((cols - (verlen + statelen) - path.length) / 2));
  put(offset, shown);
  return REVERSE + line.join("") + NORMAL;
}

/** "[ message ]" centred on the status row, in reverse video. */
export function statusMessage(cols: number, msg: string): string {
  const text = `[ ${msg} ]`;
  const start = Math.max(0, Math.floor((cols - text.length) / 2));
  return " ".repeat(start) + REVERSE + text + NORMAL;
}

/** A prompt on the status row: the whole row in reverse video. */
export function promptBar(cols: number, prompt: string, answer: string): string {
  return REVERSE + fit(prompt + answer, cols) + NORMAL;
}

export type Shortcut = [key: string, label: string];

export const MAIN_SHORTCUTS: Shortcut[] = [
  ["^G", "Help"], ["^O", "Write Out"], ["^W", "Where Is"], ["^K", "Cut"], ["^T", "Execute"], ["^C", "Location"],
  ["^X", "Exit"], ["^R", "Read File"], ["^\\", "Replace"], ["^U", "Paste"], ["^J", "Justify"], ["^/", "Go To Line"],
];
export const WRITE_SHORTCUTS: Shortcut[] = [
  ["^G", "Help"], ["M-D", "DOS Format"], ["M-A", "Append"], ["M-B", "Backup File"],
  ["^C", "Cancel"], ["M-M", "Mac Format"], ["M-P", "Prepend"], ["^T", "Browse"],
];
export const SEARCH_SHORTCUTS: Shortcut[] = [
  ["^G", "Help"], ["M-C", "Case Sens"], ["M-B", "Backwards"], ["^P", "Older"], ["^T", "Go To Line"],
  ["^C", "Cancel"], ["M-R", "Reg.exp."], ["^R", "Replace"], ["^N", "Newer"],
];

/** Two rows of shortcuts, in columns of cols / (items per row); the last column not padded. */
export function shortcutRows(cols: number, items: Shortcut[]): [string, string] {
  const perRow = Math.ceil(items.length / 2);
  const width = Math.floor(cols / perRow);
  const row = (part: Shortcut[]): string =>
    part
      .map(([k, label], i) => {
        const cell = REVERSE + k + NORMAL + " " + label;
        const pad = width - k.length - 1 - label.length;
        return i === part.length - 1 ? cell : cell + " ".repeat(Math.max(0, pad));
      })
      .join("");
  return [row(items.slice(0, perRow)), row(items.slice(perRow))];
}

/** The bottom rows while asking "Save modified buffer?". */
export function yesNoRows(cols: number): [string, string] {
  const w = Math.floor(cols / 5);
  return [" " + REVERSE + "Y" + NORMAL + " Yes", " " + REVERSE + "N" + NORMAL + " No" + " ".repeat(Math.max(1, w - 5)) + REVERSE + "^C" + NORMAL + " Cancel"];
}
