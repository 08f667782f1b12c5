// A syntax error from the lexer or parser, and how each shell words it. The parser reports
// facts (which token was unexpected, what it expected, which quote is open); bash and dash
// phrase them differently, so the wording lives here, not in the parser.

export type SyntaxErrorKind =
  | "token" // an unexpected token: bash `syntax error near unexpected token `X'`, dash `"X" unexpected`
  | "eof" // input ended inside a construct
  | "quote" // an unterminated quote or ${ $( `
  | "badsubst" // ${x!} and friends (dash reports it at parse time)
  | "custom"; // dash's own sentence (token holds it): "Bad for loop variable"

export class ShellSyntaxError {
  constructor(
    readonly kind: SyntaxErrorKind,
    /** The unexpected token as written ("fi", ")", "newline", "end of file") or the open quote char. */
    readonly token: string,
    /** The line the error was found on (1-based, counted in the whole input). */
    readonly line: number,
    /** What dash says it was expecting ("fi", "then"), or "". */
    readonly expecting = "",
    /** The source text of the line, for bash's second message line. */
    public lineText = "",
  ) {}

  /** True when more input could complete the command: an interactive shell prints PS2 and reads on. */
  get incomplete(): boolean {
    return this.kind === "eof" || this.kind === "quote";
  }

  /**
   * bash's wording, without the "bash: -c: line N: " prefix; may be several lines.
   * - parse.y report_syntax_error(): "syntax error near unexpected token `X'" then the line.
   */
  bashMessages(): string[] {
    switch (this.kind) {
      case "token":
        return [`syntax error near unexpected token \`${this.token}'`, `\`${this.lineText}'`];
      case "eof":
        return ["syntax error: unexpected end of file"];
      case "quote":
        return [`unexpected EOF while looking for matching \`${this.token}'`];
      case "badsubst":
        return [`${this.token}: bad substitution`];
      case "custom":
        return [`syntax error: ${this.token}`];
    }
  }

  /** dash's wording after "sh: N: " - parser.c synexpect()/synerror(). */
  dashMessage(): string {
    switch (this.kind) {
      case "token":
        return `Syntax error: ${dashTok(this.token)} unexpected${expectingText(this.expecting)}`;
      case "eof":
        return `Syntax error: end of file unexpected${expectingText(this.expecting)}`;
      case "quote":
        if (this.token === "'" || this.token === '"') return "Syntax error: Unterminated quoted string";
        if (this.token === "`") return 'Syntax error: EOF in backquote substitution';
        if (this.token === "}") return "Syntax error: Missing '}'";
        if (this.token === "))") return "Syntax error: Missing '))'";
        return `Syntax error: end of file unexpected (expecting "${this.token}")`;
      case "badsubst":
        return "Bad substitution";
      case "custom":
        return `Syntax error: ${this.token}`;
    }
  }
}

function dashTok(t: string): string {
  return t === "newline" ? "newline" : `"${t}"`;
}

/** dash synexpect(): a token class (word) bare, a keyword or operator in quotes. */
function expectingText(e: string): string {
  if (e === "") return "";
  return e === "word" ? " (expecting word)" : ` (expecting "${e}")`;
}
