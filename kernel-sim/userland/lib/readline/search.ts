// Incremental history search, ^R and ^S (readline's isearch.c): each typed character narrows the
// search, ^R again finds the next older match, Backspace takes a character off, ^G gives up and
// puts the line back, Enter runs the match, and any other key keeps the match and acts on it.

export interface SearchView {
  prompt: string;
  line: string;
  point: number;
}

export class IncrementalSearch {
  query = "";
  failed = false;
  /** The history line (index in lines) and offset of the current match. */
  index: number;
  offset: number;

  /** lines: the history entries followed by the line being edited. */
  constructor(
    private readonly lines: string[],
    start: number,
    startPoint: number,
    public reverse: boolean,
    private readonly lastQuery: string,
  ) {
    this.index = start;
    this.offset = startPoint;
  }

  view(): SearchView {
    const name = `${this.failed ? "failed " : ""}${this.reverse ? "reverse-" : ""}i-search`;
    return { prompt: `(${name})\`${this.query}': `, line: this.lines[this.index] ?? "", point: this.offset };
  }

  /** Search from (index, offset) for the query; false (and failed) when nothing matches. */
  private find(fromIndex: number, fromOffset: number): boolean {
    const q = this.query;
    if (q === "") {
      this.failed = false;
      return true;
    }
    let i = fromIndex;
    let off = fromOffset;
    while (i >= 0 && i < this.lines.length) {
      const l = this.lines[i]!;
      const at = this.reverse ? (off < 0 ? -1 : l.lastIndexOf(q, off)) : l.indexOf(q, off);
      if (at >= 0) {
        this.index = i;
        this.offset = at;
        this.failed = false;
        return true;
      }
      i += this.reverse ? -1 : 1;
      off = this.reverse ? Infinity : 0;
      if (i >= 0 && i < this.lines.length && this.reverse) off = this.lines[i]!.length;
    }
    this.failed = true;
    return false;
  }

  /** A character typed into the search string. */
  add(s: string): boolean {
    this.query += s;
    return this.find(this.index, this.reverse ? this.offset + this.query.length - 1 : this.offset);
  }

  /** ^R / ^S again: the next match in that direction (the last search's string if empty). */
  again(reverse: boolean): boolean {
    this.reverse = reverse;
    if (this.query === "") {
      if (this.lastQuery === "") return true;
      this.query = this.lastQuery;
      return this.find(this.index, this.offset);
    }
    return this.find(this.index, reverse ? this.offset - 1 : this.offset + 1);
  }

  /**
   * Backspace: a shorter string. After a failure the match found last still holds it; else
   * the search starts again from the line it started on.
   */
  removeLast(start: number, startPoint: number): void {
    this.query = [...this.query].slice(0, -1).join("");
    if (this.failed) {
      this.failed = false;
      return;
    }
    this.index = start;
    this.offset = startPoint;
    this.find(start, startPoint);
  }
}
