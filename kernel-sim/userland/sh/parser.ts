// Recursive-descent parser for the POSIX shell grammar (XCU 2.10) plus bash's compound commands.
// Like bash and dash it hands out one complete command at a time (nextCommand), so a script runs
// line by line: an alias defined on line 1 applies on line 2, and a syntax error on line 5 comes
// after lines 1-4 have run.

import type { Assign, CaseItem, Command, CondExpr, List, Redir, RedirOp, Script, SimpleCommand, Word } from "./ast.ts";
import { Lexer, type LexOptions, type Token } from "./lexer.ts";
import { ShellSyntaxError } from "./syntax_error.ts";
import { parseCase, parseCond, parseCoproc, parseFor, parseFunction, parseFuncBody, parseIf } from "./parse_compound.ts";

export interface ParseOptions extends LexOptions {
  /** Alias lookup for a word in command position (the alias hook); undefined = not an alias. */
  alias?: (name: string) => string | undefined;
}

const RESERVED = new Set(["if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for", "{", "}", "!", "in"]);
/** Reserved words that end a compound list (and so cannot start a command). */
const LIST_END = new Set(["then", "else", "elif", "fi", "do", "done", "esac", "}"]);
const REDIR_OPS = new Set(["<", ">", ">>", ">|", "<>", "<&", ">&", "<<", "<<-", "<<<", "&>", "&>>"]);
const ASSIGN_RE = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?)=/;

export class Parser {
  readonly lx: Lexer;
  queue: Token[] = [];
  /** Aliases being expanded now (an alias does not expand inside itself). */
  private aliasActive = new Set<string>();
  private aliasNext = false;

  constructor(
    src: string | Lexer,
    readonly opts: ParseOptions,
  ) {
    this.lx = typeof src === "string" ? new Lexer(src, opts, (l) => subParse(l, opts)) : src;
  }

  // ---- token plumbing (also used by parse_compound.ts) -------------------------------------------
  peek(): Token {
    if (this.queue.length === 0) this.queue.push(this.lx.next());
    return this.queue[0]!;
  }
  take(): Token {
    return this.queue.length ? this.queue.shift()! : this.lx.next();
  }
  isOp(t: Token, op: string): boolean {
    return t.kind === "op" && t.op === op;
  }
  /** A word that is a reserved word here: unquoted, spelled exactly. */
  isWord(t: Token, w: string): boolean {
    return t.kind === "word" && t.word.text === w && t.word.parts.length === 1 && t.word.parts[0]!.type === "lit";
  }
  expectWord(w: string): void {
    const t = this.take();
    if (!this.isWord(t, w)) throw this.lx.unexpected(t, w);
  }
  skipNewlines(): void {
    while (this.peek().kind === "newline") this.take();
  }

  // ---- entry points ---------------------------------------------------------------------------
  /** Source offsets of the last command nextCommand returned (for set -v). */
  lastStart = 0;
  lastEnd = 0;

  /** The next complete command (through its newline), or null at end of input. */
  nextCommand(): List | null {
    for (;;) {
      this.lastStart = this.lx.pos;
      const t = this.peek();
      if (t.kind === "eof") return null;
      if (t.kind === "newline") {
        this.take();
        continue;
      }
      break;
    }
    const list = this.parseList(true);
    const t = this.peek();
    if (t.kind === "newline") this.take();
    else if (t.kind !== "eof") throw this.lx.unexpected(t);
    this.lastEnd = this.lx.pos;
    return list;
  }

  /** The whole input as one list (for $( ) bodies and tests). */
  parseAll(): Script {
    const items: List["items"] = [];
    for (let c = this.nextCommand(); c !== null; c = this.nextCommand()) items.push(...c.items);
    return { type: "list", items };
  }

  // ---- lists ----------------------------------------------------------------------------------
  /** A list of and-or lists; `top` means one line only (a newline ends it). */
  parseList(top: boolean, expecting = ""): List {
    const items: List["items"] = [];
    if (!top) this.skipNewlines();
    for (;;) {
      const t = this.peek();
      if (!this.startsCommand(t)) break;
      const cmd = this.parseAndOr();
      const sep = this.peek();
      if (this.isOp(sep, "&")) {
        this.take();
        items.push({ cmd, async: true });
      } else if (this.isOp(sep, ";")) {
        this.take();
        items.push({ cmd, async: false });
      } else {
        items.push({ cmd, async: false });
        if (sep.kind !== "newline" || top) break;
      }
      if (top) {
        if (this.peek().kind === "newline" || this.peek().kind === "eof") break;
      } else this.skipNewlines();
    }
    if (items.length === 0) throw this.lx.unexpected(this.peek(), this.peek().kind === "eof" ? expecting : "");
    return { type: "list", items };
  }

  private startsCommand(t: Token): boolean {
    if (t.kind === "eof" || t.kind === "newline") return false;
    if (t.kind === "op") return t.op === "(" || t.op === "((" || REDIR_OPS.has(t.op);
    if (t.kind === "word" && LIST_END.has(t.word.text) && this.isWord(t, t.word.text)) return false;
    return true;
  }

  private parseAndOr(): Command {
    const first = this.parsePipeline();
    let rest: { op: "&&" | "||"; cmd: Command }[] | null = null;
    for (;;) {
      const t = this.peek();
      if (t.kind !== "op" || (t.op !== "&&" && t.op !== "||")) break;
      this.take();
      this.skipNewlines();
      (rest ??= []).push({ op: t.op, cmd: this.parsePipeline() });
    }
    return rest ? { type: "andor", first, rest } : first;
  }

  private parsePipeline(): Command {
    let t = this.peek();
    const line = t.line;
    let bang = false;
    let timed = false;
    if (this.opts.bash && this.isWord(t, "time")) {
      this.take();
      timed = true;
      t = this.peek();
    }
    while (this.isWord(t, "!")) {
      this.take();
      bang = !bang;
      t = this.peek();
    }
    const cmds = [this.parseCommand()];
    const stderrToo: boolean[] = [];
    for (;;) {
      const p = this.peek();
      if (!this.isOp(p, "|") && !this.isOp(p, "|&")) break;
      this.take();
      stderrToo.push(p.kind === "op" && p.op === "|&");
      this.skipNewlines();
      cmds.push(this.parseCommand());
    }
    if (cmds.length === 1 && !bang && !timed) return cmds[0]!;
    return { type: "pipeline", cmds, stderrToo, bang, timed, line };
  }

  // ---- commands -------------------------------------------------------------------------------
  parseCommand(): Command {
    let t = this.peek();
    if (t.kind === "word" && this.opts.alias && this.maybeAlias(t)) t = this.peek();
    const line = t.line;
    if (t.kind === "op") {
      if (t.op === "(") {
        this.take();
        const body = this.parseList(false, ")");
        const c = this.take();
        if (!this.isOp(c, ")")) throw this.lx.unexpected(c, ")");
        return { type: "subshell", body, redirs: this.parseRedirs(), line };
      }
      if (t.op === "((") {
        this.take();
        const expr = this.lx.readArithCommand();
        if (expr === null) throw new ShellSyntaxError("quote", ")", this.lx.line);
        return { type: "arithcmd", expr, redirs: this.parseRedirs(), line };
      }
    }
    if (t.kind === "word" && t.word.parts.length === 1 && t.word.parts[0]!.type === "lit") {
      switch (t.word.text) {
        case "{": {
          this.take();
          const body = this.parseList(false, "}");
          this.expectWord("}");
          return { type: "group", body, redirs: this.parseRedirs(), line };
        }
        case "if":
          return parseIf(this);
        case "while":
        case "until": {
          this.take();
          const cond = this.parseList(false, "do");
          this.expectWord("do");
          const body = this.parseList(false, "done");
          this.expectWord("done");
          return { type: t.word.text, cond, body, redirs: this.parseRedirs(), line };
        }
        case "for":
          return parseFor(this);
        case "select":
          if (this.opts.bash) return parseFor(this, true);
          break;
        case "case":
          return parseCase(this);
        case "function":
          if (this.opts.bash) return parseFunction(this);
          break;
        case "[[":
          if (this.opts.bash) return parseCond(this);
          break;
        case "coproc":
          if (this.opts.bash) return parseCoproc(this);
          break;
        case "then":
        case "else":
        case "elif":
        case "fi":
        case "do":
        case "done":
        case "esac":
        case "}":
        case "in":
          throw this.lx.unexpected(this.take());
      }
    }
    return this.parseSimple();
  }

  private maybeAlias(t: Token & { kind: "word" }): boolean {
    const w = t.word;
    if (w.parts.length !== 1 || w.parts[0]!.type !== "lit" || this.aliasActive.has(w.text)) return false;
    const value = this.opts.alias!(w.text);
    if (value === undefined) return false;
    this.take();
    const sub = new Lexer(value, this.opts, this.lx.subParse, 0, t.line);
    const toks: Token[] = [];
    for (let x = sub.next(); x.kind !== "eof"; x = sub.next()) toks.push({ ...x, line: t.line });
    this.queue.unshift(...toks);
    this.aliasActive.add(w.text);
    this.aliasNext = /[ \t]$/.test(value);
    return true;
  }

  private parseSimple(): Command {
    const first = this.peek();
    const cmd: SimpleCommand = { type: "simple", assigns: [], words: [], redirs: [], line: first.line };
    for (;;) {
      const t = this.peek();
      if (t.kind === "io" || (t.kind === "op" && REDIR_OPS.has(t.op))) {
        cmd.redirs.push(this.parseRedir());
        continue;
      }
      if (t.kind !== "word") break;
      if (cmd.words.length === 0) {
        const a = t.array !== null || ASSIGN_RE.test(t.word.text) ? this.toAssign(t) : null;
        if (a) {
          this.take();
          cmd.assigns.push(a);
          continue;
        }
        if (this.opts.alias && (cmd.assigns.length > 0 || cmd.redirs.length > 0) && this.maybeAlias(t)) continue;
      } else if (this.aliasNext && cmd.words.length === 1 && this.opts.alias && this.maybeAlias(t)) {
        this.aliasNext = false;
        continue;
      }
      this.take();
      if (t.array !== null) t.word.array = t.array;
      cmd.words.push(t.word);
      if (cmd.words.length === 1 && cmd.assigns.length === 0 && cmd.redirs.length === 0 && this.isOp(this.peek(), "(")) {
        this.take();
        const c = this.take();
        if (!this.isOp(c, ")")) throw this.lx.unexpected(c, ")");
        this.aliasActive.clear();
        return parseFuncBody(this, t.word.text, t.line);
      }
    }
    this.aliasActive.clear();
    if (cmd.words.length === 0 && cmd.assigns.length === 0 && cmd.redirs.length === 0) throw this.lx.unexpected(this.take());
    return cmd;
  }

  /** name=value as an Assign, splitting the word's parts at the first `=`. */
  private toAssign(t: Token & { kind: "word" }): Assign | null {
    const m = ASSIGN_RE.exec(t.word.text);
    if (!m) return null;
    const eq = m[0].length; // characters through the "="
    // Find where the "=" falls in the parts: the name and subscript are literal text (bash
    // allows expansions in the subscript: the text is re-lexed below).
    let consumed = 0;
    let k = 0;
    const parts = t.word.parts;
    let rest: Word["parts"] = [];
    for (; k < parts.length; k++) {
      const p = parts[k]!;
      if (p.type !== "lit") {
        consumed = -1;
        break;
      }
      if (consumed + p.value.length >= eq) {
        const tail = p.value.slice(eq - consumed);
        rest = tail ? [{ type: "lit", value: tail }, ...parts.slice(k + 1)] : parts.slice(k + 1);
        break;
      }
      consumed += p.value.length;
    }
    if (consumed < 0 || k === parts.length) {
      // an expansion before "=": only valid inside a[...] (bash); re-lex the value text
      if (!m[2]) return null;
      const valueText = t.word.text.slice(eq);
      rest = valueText ? this.lx.arithWord(valueText).parts : [];
    }
    const index = m[2] ? this.lx.arithWord(m[2].slice(1, -1)) : null;
    const text = t.word.text.slice(eq);
    return {
      name: m[1]!,
      index,
      append: m[3] === "+",
      value: t.array ? null : { parts: rest, text },
      array: t.array,
    };
  }

  parseRedirs(): Redir[] {
    const out: Redir[] = [];
    for (let t = this.peek(); t.kind === "io" || (t.kind === "op" && REDIR_OPS.has(t.op)); t = this.peek()) out.push(this.parseRedir());
    return out;
  }

  private parseRedir(): Redir {
    let t = this.take();
    let fd = -1;
    let fdVar: string | null = null;
    if (t.kind === "io") {
      fd = t.fd;
      fdVar = t.fdVar;
      t = this.take();
      if (t.kind !== "op" || !REDIR_OPS.has(t.op)) throw this.lx.unexpected(t);
    }
    const op = (t as Token & { kind: "op" }).op as RedirOp;
    const w = this.take();
    if (w.kind !== "word") throw this.lx.unexpected(w);
    const r: Redir = { fd, fdVar, op, target: w.word, heredoc: null };
    if (op === "<<" || op === "<<-") {
      const quoted = w.word.parts.some((p) => p.type !== "lit");
      r.heredoc = { body: { parts: [], text: "" }, quoted };
      this.lx.addHeredoc(r, heredocDelim(w.word), op === "<<-");
    }
    return r;
  }
}

/** The delimiter of a here-document: the word with quotes removed. */
function heredocDelim(w: Word): string {
  let s = "";
  for (const p of w.parts) {
    if (p.type === "lit" || p.type === "qlit") s += p.value;
    else if (p.type === "dq") s += heredocDelim({ parts: p.parts, text: "" });
    else if (p.type === "param") s += "$" + (p.op === "" ? p.name : "{" + p.name + "}");
    else if (p.type === "tilde") s += "~" + p.user;
    else if (p.type === "cmdsub") s += p.backquote ? "`" + p.text + "`" : "$(" + p.text + ")";
    else if (p.type === "arith") s += "$((" + p.text + "))";
  }
  return s;
}

/** Parse a $( ) body from the shared lexer, through its closing parenthesis. */
function subParse(lx: Lexer, opts: ParseOptions): Script {
  const p = new Parser(lx, opts);
  const items: List["items"] = [];
  for (;;) {
    p["skipNewlines"]();
    const t = p["peek"]();
    if (t.kind === "eof") {
      // a backquote body is its own text: end of text ends it
      if (lx.ownText) break;
      throw new ShellSyntaxError("quote", ")", lx.eofLine());
    }
    if (t.kind === "op" && t.op === ")") {
      p["take"]();
      break;
    }
    const list = p.parseList(true);
    items.push(...list.items);
    const n = p["peek"]();
    if (n.kind === "newline") p["take"]();
    else if (!(n.kind === "op" && n.op === ")") && n.kind !== "eof") throw lx.unexpected(n);
  }
  return { type: "list", items };
}

/** Parse a whole text (tests, eval, $( ) re-parsing). */
export function parse(src: string, opts: ParseOptions): Script {
  return new Parser(src, opts).parseAll();
}
