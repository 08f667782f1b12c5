// The tokenizer. As in every real shell the lexer is driven by the parser: what a character
// means depends on context (a `(` after `a=` starts an array, `((` at a command's start is
// arithmetic), so the parser calls next() one token at a time and may ask for special reads.
// Words come out already split into parts (ast.ts WordPart); $( ) bodies are parsed on the spot
// by a nested Parser over the same text (that is how `case` patterns inside $( ) work).
// Expansions starting with $, ` or <( are read in lexer_subst.ts, ${...} in lexer_param.ts, the
// right side of [[ =~ ]] in lexer_regex.ts.

import type { Redir, Script, Word, WordPart, ParamPart } from "./ast.ts";
import { ShellSyntaxError } from "./syntax_error.ts";
import { decodeAnsiC } from "./ansi_c.ts";
import { readBraceParam } from "./lexer_param.ts";
import { readHeredocs, readOp } from "./lexer_ops.ts";
import { readDollar as readDollarImpl, findClose as findCloseImpl, readBackquote as readBackquoteImpl, readProcSubst as readProcSubstImpl } from "./lexer_subst.ts";

export type Token =
  | { kind: "word"; word: Word; line: number; array: Word[] | null }
  | { kind: "op"; op: string; line: number }
  | { kind: "io"; fd: number; fdVar: string | null; line: number } // the 2 of 2>file, {v} of {v}>file
  | { kind: "newline"; line: number }
  | { kind: "eof"; line: number };

export interface LexOptions {
  /** bash syntax: $'..', |&, &>, <<<, ((, [[, arrays, <( ). Off for dash. */
  bash: boolean;
  /** shopt -s extglob: ?(..) *(..) +(..) @(..) !(..) are parts of words. */
  extglob?: boolean;
}

/** Parses a $( ) body starting at pos; returns the script and the index just past the `)`. */
export type SubParse = (lx: Lexer) => Script;

export interface PendingHeredoc {
  redir: Redir;
  delim: string;
  strip: boolean;
}

const META = new Set([" ", "\t", "\n", ";", "&", "|", "<", ">", "(", ")"]);
export const NAME_START = /[A-Za-z_]/;
export const NAME_CHAR = /[A-Za-z0-9_]/;
export const SPECIAL_PARAMS = "@*#?-$!0123456789";

export class Lexer {
  pos: number;
  line: number;
  /** Here-documents whose bodies start after the current line (lexer_ops.ts reads them). */
  pending: PendingHeredoc[] = [];
  /** A backquote body: its text ends where the body ends (no closing parenthesis to find). */
  ownText = false;
  /** Warnings that are not errors (here-document delimited by end of file). */
  warnings: { line: number; text: string }[] = [];
  /**
   * bash reads a -c string or an unterminated last line as if it ended in a newline: `echo >` at
   * the end is "unexpected token `newline'", while `if true` still runs into end of file.
   */
  finalNewline = false;

  constructor(
    readonly src: string,
    readonly opts: LexOptions,
    readonly subParse: SubParse,
    start = 0,
    line = 1,
  ) {
    this.pos = start;
    this.line = line;
  }

  // ---- errors --------------------------------------------------------------------------------
  unexpected(tok: Token, expecting = ""): ShellSyntaxError {
    if (tok.kind === "eof") return new ShellSyntaxError("eof", "end of file", this.eofLine(), expecting);
    // `echo ((`: bash and dash see `(` there, not the arithmetic-command token
    const t = tok.kind === "newline" ? "newline" : tok.kind === "op" ? (tok.op === "((" ? "(" : tok.op) : tok.kind === "io" ? String(tok.fd) : tok.word.text;
    return new ShellSyntaxError("token", t, tok.line, expecting, this.lineText(tok.line));
  }
  quoteError(q: string): ShellSyntaxError {
    return new ShellSyntaxError("quote", q, this.line);
  }
  /** bash counts the end of input as one more line when the text has no final newline. */
  eofLine(): number {
    return this.opts.bash && !this.src.endsWith("\n") ? this.line + 1 : this.line;
  }
  lineText(line: number): string {
    let start = 0;
    for (let l = 1; l < line; l++) {
      const i = this.src.indexOf("\n", start);
      if (i < 0) break;
      start = i + 1;
    }
    const end = this.src.indexOf("\n", start);
    return this.src.slice(start, end < 0 ? this.src.length : end);
  }

  // ---- tokens ---------------------------------------------------------------------------------
  addHeredoc(redir: Redir, delim: string, strip: boolean): void {
    this.pending.push({ redir, delim, strip });
  }

  /** Skip blanks, line continuations and a comment. */
  skipBlanks(): void {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === " " || c === "\t") this.pos++;
      else if (c === "\\" && s[this.pos + 1] === "\n") {
        this.pos += 2;
        this.line++;
      } else if (c === "#") {
        while (this.pos < s.length && s[this.pos] !== "\n") this.pos++;
      } else return;
    }
  }

  next(): Token {
    this.skipBlanks();
    const s = this.src;
    const line = this.line;
    if (this.pos >= s.length) {
      if (this.pending.length) {
        // as if the operator's line had ended in a newline: the body would start on the next line
        this.line++;
        readHeredocs(this);
        this.line--;
      }
      if (this.finalNewline) {
        this.finalNewline = false;
        if (s.length > 0 && !s.endsWith("\n")) return { kind: "newline", line };
      }
      return { kind: "eof", line };
    }
    const c = s[this.pos]!;
    if (c === "\n") {
      this.pos++;
      this.line++;
      if (this.pending.length) readHeredocs(this);
      return { kind: "newline", line };
    }
    const op = readOp(this);
    if (op !== null) return { kind: "op", op, line };
    const start = this.pos;
    const res = this.readWord();
    // 2>x: a word of digits right before < or > is an IO_NUMBER (POSIX 2.10.1 rule).
    const n = s[this.pos];
    if ((n === "<" || n === ">") && res.array === null) {
      const text = s.slice(start, this.pos);
      if (/^[0-9]+$/.test(text)) return { kind: "io", fd: Number(text), fdVar: null, line };
      if (this.opts.bash && /^\{[A-Za-z_][A-Za-z0-9_]*\}$/.test(text)) return { kind: "io", fd: -1, fdVar: text.slice(1, -1), line };
    }
    return { kind: "word", word: res.word, line, array: res.array };
  }


  // ---- words ----------------------------------------------------------------------------------
  /** An unquoted word at pos (the caller has checked it is not an operator). */
  readWord(): { word: Word; array: Word[] | null } {
    const s = this.src;
    const start = this.pos;
    const parts: WordPart[] = [];
    let buf = "";
    let assignLike = false; // name= seen: tildes after = and : expand, ( starts an array
    let array: Word[] | null = null;
    const flush = () => {
      if (buf) {
        parts.push({ type: "lit", value: buf });
        buf = "";
      }
    };
    if (s[this.pos] === "~") this.readTilde(parts, false);
    while (this.pos < s.length) {
      const c = s[this.pos]!;
      if (c === "(" && this.opts.extglob && buf !== "" && "?*+@!".includes(buf[buf.length - 1]!)) {
        const e = this.findClose(this.pos + 1, "(", ")");
        if (e > 0) {
          buf += s.slice(this.pos, e + 1);
          this.pos = e + 1;
          continue;
        }
      }
      if (META.has(c)) {
        if (this.opts.bash && (c === "<" || c === ">") && s[this.pos + 1] === "(") {
          flush();
          parts.push(this.readProcSubst());
          continue;
        }
        if (c === "(" && this.opts.bash && assignLike && buf.endsWith("=") && parts.length === 0 && array === null) {
          this.pos++;
          array = this.readArrayElems();
          break;
        }
        break;
      }
      switch (c) {
        case "'": {
          flush();
          const end = s.indexOf("'", this.pos + 1);
          if (end < 0) throw this.quoteError("'");
          const v = s.slice(this.pos + 1, end);
          this.countLines(v);
          parts.push({ type: "qlit", value: v });
          this.pos = end + 1;
          break;
        }
        case '"':
          flush();
          this.pos++;
          parts.push({ type: "dq", parts: this.readDq() });
          break;
        case "\\":
          if (s[this.pos + 1] === "\n") {
            this.pos += 2;
            this.line++;
          } else if (this.pos + 1 >= s.length) {
            buf += "\\";
            this.pos++;
          } else {
            flush();
            parts.push({ type: "qlit", value: s[this.pos + 1]! });
            this.pos += 2;
          }
          break;
        case "$": {
          const p = this.readDollar(false);
          if (p === null) buf += "$";
          else {
            flush();
            parts.push(p);
          }
          break;
        }
        case "`":
          flush();
          parts.push(this.readBackquote(false));
          break;
        case "=":
          buf += "=";
          this.pos++;
          if (!assignLike && parts.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=$/.test(buf)) {
            assignLike = true;
            if (s[this.pos] === "~") {
              flush();
              this.readTilde(parts, true);
            }
          }
          break;
        case ":":
          buf += ":";
          this.pos++;
          if (assignLike && s[this.pos] === "~") {
            flush();
            this.readTilde(parts, true);
          }
          break;
        default:
          buf += c;
          this.pos++;
      }
    }
    flush();
    return { word: { parts, text: s.slice(start, this.pos) }, array };
  }

  /** ~ or ~user, if what follows ends the tilde-prefix; otherwise a literal ~. */
  private readTilde(parts: WordPart[], inAssign: boolean): void {
    const s = this.src;
    let e = this.pos + 1;
    while (e < s.length && /[A-Za-z0-9._-]/.test(s[e]!)) e++;
    const n = s[e];
    if (e >= s.length || n === "/" || META.has(n!) || (inAssign && n === ":")) {
      parts.push({ type: "tilde", user: s.slice(this.pos + 1, e) });
      this.pos = e;
    }
  }

  countLines(v: string): void {
    for (let i = v.indexOf("\n"); i >= 0; i = v.indexOf("\n", i + 1)) this.line++;
  }

  /** The inside of "..." after the opening quote, through the closing one. */
  readDq(): WordPart[] {
    const s = this.src;
    const parts: WordPart[] = [];
    let buf = "";
    const flush = () => {
      if (buf) {
        parts.push({ type: "qlit", value: buf });
        buf = "";
      }
    };
    for (;;) {
      if (this.pos >= s.length) throw this.quoteError('"');
      const c = s[this.pos]!;
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\\") {
        const n = s[this.pos + 1];
        if (n === "\n") {
          this.pos += 2;
          this.line++;
          continue;
        }
        if (n === "$" || n === "`" || n === '"' || n === "\\") {
          buf += n;
          this.pos += 2;
          continue;
        }
        buf += "\\";
        this.pos++;
        continue;
      }
      if (c === "$") {
        const p = this.readDollar(true);
        if (p === null) buf += "$";
        else {
          flush();
          parts.push(p);
        }
        continue;
      }
      if (c === "`") {
        flush();
        parts.push(this.readBackquote(true));
        continue;
      }
      if (c === "\n") this.line++;
      buf += c;
      this.pos++;
    }
    flush();
    return parts;
  }

  /**
   * The parts of a text with no quote syntax but $ ` \ live: a here-document body, or the
   * inside of $(( )). `stop` ends it (the "))" of arithmetic), tracking parentheses.
   */
  readExpandingText(end: number, arith: boolean): WordPart[] {
    const s = this.src;
    const parts: WordPart[] = [];
    let buf = "";
    let depth = 0;
    const flush = () => {
      if (buf) {
        parts.push({ type: arith ? "lit" : "qlit", value: buf });
        buf = "";
      }
    };
    while (this.pos < end) {
      const c = s[this.pos]!;
      if (arith) {
        if (c === "(") depth++;
        else if (c === ")") {
          if (depth === 0) break;
          depth--;
        } else if (c === '"' || c === "'") {
          // quotes inside $(( )) are removed: "1"+2 is 3
          flush();
          this.pos++;
          if (c === '"') parts.push({ type: "dq", parts: this.readDq() });
          else {
            const e = s.indexOf("'", this.pos);
            if (e < 0) throw this.quoteError("'");
            parts.push({ type: "qlit", value: s.slice(this.pos, e) });
            this.pos = e + 1;
          }
          continue;
        }
      }
      if (c === "\\") {
        const n = s[this.pos + 1];
        if (n === "\n") {
          this.pos += 2;
          this.line++;
          continue;
        }
        if (n === "$" || n === "`" || n === "\\") {
          buf += n;
          this.pos += 2;
          continue;
        }
      } else if (c === "$") {
        const p = this.readDollar(true);
        if (p === null) buf += "$";
        else {
          flush();
          parts.push(p);
        }
        continue;
      } else if (c === "`") {
        flush();
        parts.push(this.readBackquote(true));
        continue;
      } else if (c === "\n") this.line++;
      buf += c;
      this.pos++;
    }
    flush();
    return parts;
  }

  // The expansions, read in lexer_subst.ts (kept as methods: the parser and lexer_param call them).
  readDollar(inDq: boolean): WordPart | null {
    return readDollarImpl(this, inDq);
  }

  findClose(i: number, open: string, close: string): number {
    return findCloseImpl(this, i, open, close);
  }

  readBackquote(inDq: boolean): WordPart {
    return readBackquoteImpl(this, inDq);
  }

  readProcSubst(): WordPart {
    return readProcSubstImpl(this);
  }

  /** a=( x y z ): the elements after the `(`, through the `)`. */
  private readArrayElems(): Word[] {
    const out: Word[] = [];
    for (;;) {
      this.skipBlanks();
      const c = this.src[this.pos];
      if (c === undefined) throw new ShellSyntaxError("eof", "end of file", this.eofLine());
      if (c === "\n") {
        this.pos++;
        this.line++;
        continue;
      }
      if (c === ")") {
        this.pos++;
        return out;
      }
      if (META.has(c)) {
        const op = readOp(this) ?? c;
        throw new ShellSyntaxError("token", op, this.line, "", this.lineText(this.line));
      }
      out.push(this.readWord().word);
    }
  }

  /** (( expr )): called after the "((" token; returns the expression through "))". */
  readArithCommand(): Word | null {
    const s = this.src;
    const save = this.pos;
    const saveLine = this.line;
    const start = this.pos;
    const parts = this.readExpandingText(s.length, true);
    if (s[this.pos] === ")" && s[this.pos + 1] === ")") {
      const text = s.slice(start, this.pos);
      this.pos += 2;
      return { parts, text };
    }
    this.pos = save;
    this.line = saveLine;
    return null;
  }

  /** for (( init; cond; step )): the three expressions. */
  readArithFor(): [Word, Word, Word] | null {
    const w = this.readArithCommand();
    if (w === null) return null;
    const segs = w.text.split(";");
    if (segs.length !== 3) return null;
    return segs.map((t) => this.arithWord(t)) as [Word, Word, Word];
  }

  /** A lexer over other text (a here-document body) with these options, lines counted from line. */
  child(text: string, line: number): Lexer {
    return new Lexer(text, this.opts, this.subParse, 0, line);
  }

  /** Parse a piece of arithmetic text (for the three parts of for (( ))). */
  arithWord(text: string): Word {
    const sub = new Lexer(text, this.opts, this.subParse, 0, this.line);
    return { parts: sub.readExpandingText(text.length, true), text };
  }

}

export function param(name: string): ParamPart {
  return { type: "param", name, index: null, op: "", colon: false, arg: null, arg2: null };
}
