// The line being edited and readline's editing commands on it (names from readline(3),
// "Commands for Moving", "Commands for Changing Text", "Killing and Yanking"). The text is an
// array of characters (code points), so the point moves by whole characters.

/** A readline "word" for Alt-f/Alt-b/Alt-d: letters and digits (rl_alphabetic). */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\n";
}

/** The kill ring: ^K ^U ^W Alt-d put text here, ^Y yanks the last, Alt-y rotates. */
export class KillRing {
  private ring: string[] = [];
  private at = 0;

  /** Add killed text; consecutive kills join into one entry (forward ones after, backward before). */
  push(text: string, appendTo: "after" | "before" | null): void {
    if (text === "") return;
    if (appendTo && this.ring.length) {
      const last = this.ring[this.ring.length - 1]!;
      this.ring[this.ring.length - 1] = appendTo === "after" ? last + text : text + last;
    } else {
      this.ring.push(text);
      if (this.ring.length > 10) this.ring.shift(); // kill-ring-max is 10 in readline
    }
    this.at = this.ring.length - 1;
  }

  top(): string | undefined {
    return this.ring[this.at];
  }

  rotate(): string | undefined {
    if (!this.ring.length) return undefined;
    this.at = (this.at - 1 + this.ring.length) % this.ring.length;
    return this.ring[this.at];
  }
}

export class LineBuffer {
  chars: string[];
  point: number;

  constructor(text = "") {
    this.chars = [...text];
    this.point = this.chars.length;
  }

  get text(): string {
    return this.chars.join("");
  }

  /** Text before the point. */
  get before(): string {
    return this.chars.slice(0, this.point).join("");
  }

  set(text: string, point = -1): void {
    this.chars = [...text];
    this.point = point < 0 ? this.chars.length : Math.min(point, this.chars.length);
  }

  insert(s: string): void {
    const add = [...s];
    this.chars.splice(this.point, 0, ...add);
    this.point += add.length;
  }

  /** Remove [from, to) and return it. */
  cut(from: number, to: number): string {
    if (to < from) [from, to] = [to, from];
    const gone = this.chars.splice(from, to - from).join("");
    this.point = from;
    return gone;
  }

  /** forward-word: to the end of the next word. */
  forwardWord(): number {
    let p = this.point;
    while (p < this.chars.length && !isWordChar(this.chars[p])) p++;
    while (p < this.chars.length && isWordChar(this.chars[p])) p++;
    return p;
  }

  /** backward-word: to the start of this or the previous word. */
  backwardWord(): number {
    let p = this.point;
    while (p > 0 && !isWordChar(this.chars[p - 1])) p--;
    while (p > 0 && isWordChar(this.chars[p - 1])) p--;
    return p;
  }

  /** unix-word-rubout (^W): back to the previous whitespace. */
  backwardBigWord(): number {
    let p = this.point;
    while (p > 0 && isSpace(this.chars[p - 1])) p--;
    while (p > 0 && !isSpace(this.chars[p - 1])) p--;
    return p;
  }

  /** transpose-chars (^T): swap the characters around the point (the last two at the end). */
  transpose(): boolean {
    if (this.chars.length < 2 || this.point === 0) return false;
    let p = this.point;
    if (p === this.chars.length) p--;
    const a = this.chars[p - 1]!;
    this.chars[p - 1] = this.chars[p]!;
    this.chars[p] = a;
    this.point = p + 1;
    return true;
  }

  /** upcase-word / downcase-word / capitalize-word (Alt-u, Alt-l, Alt-c). */
  caseWord(how: "upper" | "lower" | "capital"): void {
    const end = this.forwardWord();
    let first = true;
    for (let p = this.point; p < end; p++) {
      const ch = this.chars[p]!;
      if (!isWordChar(ch)) continue;
      this.chars[p] = how === "upper" || (how === "capital" && first) ? ch.toUpperCase() : ch.toLowerCase();
      first = false;
    }
    this.point = end;
  }
}
