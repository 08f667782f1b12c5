// The field builder: where expansion results accumulate into fields. It implements field
// splitting (XCU 2.6.5) as the text arrives, so "pre$x" and "$@" need no second pass: quoted
// text is appended as is, unquoted expansion results are cut at IFS characters.

import { escapeGlob, hasGlobChars } from "./pattern.ts";

/** What the expansion is for: argv fields (split, glob), one string, or one pattern. */
export type FieldMode = "fields" | "string" | "pattern" | "regex";

export class FieldBuilder {
  fields: string[] = [];
  /** For each field: its glob pattern when it has unquoted * ? [, else null. */
  globs: (string | null)[] = [];
  private cur = "";
  private pat = "";
  private glob = false;
  /** The current field exists even if empty (it had quoted text: ""). */
  private has = false;

  constructor(
    readonly mode: FieldMode,
    /** IFS for splitting (fields mode only). */
    private readonly ifs: string,
  ) {}

  /** Literal text; quoted text is not split and its glob characters are literal. */
  add(s: string, quoted: boolean): void {
    if (quoted) {
      this.has = true;
      if (s === "") return;
      this.cur += s;
      if (this.mode === "regex") this.pat += s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      else if (this.mode !== "string") this.pat += escapeGlob(s);
      return;
    }
    if (s === "") return;
    this.has = true;
    this.cur += s;
    if (this.mode !== "string") {
      this.pat += s;
      if (!this.glob && hasGlobChars(s)) this.glob = true;
    }
  }

  /** Mark that a field exists here even if nothing is added (a quoted empty string). */
  mark(): void {
    this.has = true;
  }

  /** An expansion result: quoted, it is text; unquoted in fields mode, it is split on IFS. */
  value(s: string, quoted: boolean): void {
    if (quoted || this.mode !== "fields") {
      this.add(s, quoted);
      return;
    }
    const ifs = this.ifs;
    if (ifs === "") {
      this.add(s, false);
      return;
    }
    // fast path: nothing to split
    let any = false;
    for (let i = 0; i < s.length; i++) {
      if (ifs.includes(s[i]!)) {
        any = true;
        break;
      }
    }
    if (!any) {
      this.add(s, false);
      return;
    }
    let i = 0;
    const n = s.length;
    const isWs = (c: string) => (c === " " || c === "\t" || c === "\n") && ifs.includes(c);
    // leading IFS whitespace ends the field before it
    if (i < n && isWs(s[i]!)) {
      while (i < n && isWs(s[i]!)) i++;
      this.end(false);
    }
    while (i < n) {
      let j = i;
      while (j < n && !ifs.includes(s[j]!)) j++;
      if (j > i) this.add(s.slice(i, j), false);
      if (j >= n) break;
      // a delimiter: IFS white space, optionally one non-white IFS char, more white space
      let hard = false;
      while (j < n && isWs(s[j]!)) j++;
      if (j < n && ifs.includes(s[j]!) && !isWs(s[j]!)) {
        hard = true;
        j++;
        while (j < n && isWs(s[j]!)) j++;
      }
      this.end(hard);
      i = j;
    }
  }

  /** End the current field; force keeps it even when empty. */
  end(force: boolean): void {
    if (this.has || force || this.cur !== "") {
      this.fields.push(this.cur);
      this.globs.push(this.glob ? this.pat : null);
    }
    this.cur = "";
    this.pat = "";
    this.glob = false;
    this.has = false;
  }

  /** All fields (fields mode). */
  finish(): string[] {
    this.end(false);
    return this.fields;
  }

  /** The single string (string mode) - fields joined by spaces if "$@" made several. */
  string(): string {
    if (this.fields.length === 0) return this.cur;
    return [...this.fields, this.cur].join(" ");
  }

  /** The pattern (pattern mode): quoted characters escaped. */
  pattern(): string {
    if (this.fields.length === 0) return this.pat;
    return [...this.fields.map(escapeGlob), this.pat].join(" ");
  }
}
