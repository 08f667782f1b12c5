// The awk parser's token cursor: position, lookahead, and mawk's syntax error messages.

import type { Tok } from "./awk_lex.ts";
import { AwkSyntaxError } from "./awk_lex.ts";

export class TokenCursor {
  /** Index of the next token. */
  i = 0;
  /** Open braces, for mawk's "missing } near end of file". */
  depth = 0;

  constructor(
    readonly toks: Tok[],
    private readonly src: string,
  ) {}

  peek(o = 0): Tok {
    return this.toks[Math.min(this.i + o, this.toks.length - 1)]!;
  }

  is(v: string): boolean {
    const t = this.peek();
    return (t.kind === "op" || t.kind === "kw") && t.v === v;
  }

  fail(t: Tok = this.peek()): never {
    if (t.kind === "eof") {
      // mawk counts the end of a program without a final newline as the next line.
      const line = t.line + (this.src.endsWith("\n") ? 0 : 1);
      throw new AwkSyntaxError(this.depth > 0 ? `line ${line}: missing } near end of file` : `line ${line}: syntax error at or near end of file`);
    }
    throw new AwkSyntaxError(`line ${t.line}: syntax error at or near ${t.kind === "nl" ? "end of line" : t.kind === "str" ? `"${t.v}"` : t.v}`);
  }

  expect(v: string): void {
    if (!this.is(v)) this.fail();
    this.i++;
  }

  skipNl(): void {
    while (this.peek().kind === "nl") this.i++;
  }

  skipTerms(): void {
    while (this.peek().kind === "nl" || this.is(";")) this.i++;
  }
}
