// Completion as readline does it (readline(3) "Completing"): the completer names the word
// being completed and its matches; Tab inserts the longest common prefix (a unique match gets
// a space after it, or nothing after a directory's "/"), and rings the bell when ambiguous; a
// second Tab lists the matches in columns, sorted down the columns, as `print-completions-
// horizontally off` lays them out.

/** One possible completion. */
export interface Match {
  /** The whole word that replaces the one being completed, unquoted ("/usr/bin/", "$HOME"). */
  word: string;
  /** What the list shows ("bin/", "$HOME"). */
  display: string;
  /** A unique match that is not a finished word (a directory): no space after it. */
  partial?: boolean;
}

export interface Completion {
  /** Where the word being completed starts in the line (a character index). */
  start: number;
  matches: Match[];
  /** Quote shell metacharacters in inserted text (file names); the quote already open, if any. */
  quote?: "\\" | "'" | '"';
}

/** What the shell gives readline: the matches for the word at the point. */
export type Completer = (line: string, point: number) => Promise<Completion | null>;

export function commonPrefix(words: string[]): string {
  if (words.length === 0) return "";
  let p = words[0]!;
  for (const w of words) {
    let i = 0;
    while (i < p.length && i < w.length && p[i] === w[i]) i++;
    p = p.slice(0, i);
    if (p === "") break;
  }
  return p;
}

/** Backslash-quote what the shell would otherwise split or expand (rl_filename_quoting). */
export function quoteWord(s: string, quote: Completion["quote"]): string {
  if (quote === "'") return s.replace(/'/g, "'\\''");
  if (quote === '"') return s.replace(/(["\\$`])/g, "\\$1");
  return s.replace(/[ \t\n"'\\$`&|;<>()*?[\]#!{}]/g, "\\$&");
}

/** The list a second Tab prints: columns of width (longest + 2), filled top to bottom. */
export function formatMatchList(items: string[], cols: number): string {
  let max = 0;
  for (const s of items) max = Math.max(max, [...s].length);
  const width = max + 2;
  // rl_display_match_list: a row may not fill the screen exactly (the cursor would wrap).
  let perRow = Math.floor(cols / width);
  if (perRow > 1 && perRow * width === cols) perRow--;
  if (perRow < 1) perRow = 1;
  const rows = Math.ceil(items.length / perRow);
  let out = "";
  for (let r = 0; r < rows; r++) {
    let line = "";
    for (let c = 0; c < perRow; c++) {
      const i = c * rows + r;
      const s = items[i];
      if (s === undefined) break;
      const last = (c + 1) * rows + r >= items.length;
      line += last ? s : s + " ".repeat(width - [...s].length);
    }
    out += line + "\n";
  }
  return out;
}
