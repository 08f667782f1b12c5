// The compound commands of the grammar (XCU 2.9.4 and bash's): if, for/select, case, coproc,
// function definitions and the [[ ]] expression, as functions over the Parser's token plumbing.
// parser.ts keeps lists, pipelines, simple commands and redirections, and calls in here.

import type { CaseItem, Command, CondExpr, List, Word } from "./ast.ts";
import type { Token } from "./lexer.ts";
import type { Parser } from "./parser.ts";
import { ShellSyntaxError } from "./syntax_error.ts";
import { readRegexWord } from "./lexer_regex.ts";

export function parseIf(p: Parser): Command {
  const line = p.take().line;
  const clauses: { cond: List; body: List }[] = [];
  let elseBody: List | null = null;
  for (;;) {
    const cond = p.parseList(false, "then");
    p.expectWord("then");
    const body = p.parseList(false, "fi");
    clauses.push({ cond, body });
    const t = p.take();
    if (p.isWord(t, "elif")) continue;
    if (p.isWord(t, "else")) {
      elseBody = p.parseList(false, "fi");
      p.expectWord("fi");
      break;
    }
    if (p.isWord(t, "fi")) break;
    throw p.lx.unexpected(t, "fi");
  }
  return { type: "if", clauses, elseBody, redirs: p.parseRedirs(), line };
}

/** coproc NAME compound-command, or coproc command (named COPROC). */
export function parseCoproc(p: Parser): Command {
  const line = p.take().line;
  const starts = (t: Token) => (t.kind === "op" ? t.op === "(" || t.op === "((" : ["{", "if", "while", "until", "for", "select", "case", "[["].some((w) => p.isWord(t, w)));
  let name = "COPROC";
  const t = p.peek();
  if (!starts(t) && t.kind === "word" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t.word.text)) {
    const nameTok = p.take();
    if (starts(p.peek())) name = (nameTok as Token & { kind: "word" }).word.text;
    else p.queue.unshift(nameTok);
  }
  return { type: "coproc", name, body: p.parseCommand(), line };
}

export function parseFor(p: Parser, select = false): Command {
  const line = p.take().line;
  if (!select && p.opts.bash && p.isOp(p.peek(), "((")) {
    p.take();
    const parts = p.lx.readArithFor();
    if (parts === null) throw new ShellSyntaxError("token", "((", line, "", p.lx.lineText(line));
    const t = p.peek();
    if (p.isOp(t, ";")) p.take();
    p.skipNewlines();
    const body = parseDoGroup(p);
    return { type: "arithfor", init: parts[0], cond: parts[1], step: parts[2], body, redirs: p.parseRedirs(), line };
  }
  const nt = p.take();
  if (nt.kind !== "word" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(nt.word.text)) {
    // dash parser.c: synerror("Bad for loop variable"), whatever the token
    if (!p.opts.bash) throw new ShellSyntaxError("custom", "Bad for loop variable", nt.line);
    throw p.lx.unexpected(nt);
  }
  let words: Word[] | null = null;
  p.skipNewlines();
  let t = p.peek();
  if (p.isWord(t, "in")) {
    p.take();
    words = [];
    for (t = p.peek(); t.kind === "word"; t = p.peek()) words.push((p.take() as Token & { kind: "word" }).word);
    if (!p.isOp(t, ";") && t.kind !== "newline") throw p.lx.unexpected(t, "do");
    p.take();
  } else if (p.isOp(t, ";")) p.take();
  p.skipNewlines();
  const body = parseDoGroup(p);
  const cmd: Command = { type: "for", name: nt.word.text, words, body, redirs: p.parseRedirs(), line };
  if (select) cmd.select = true;
  return cmd;
}

export function parseDoGroup(p: Parser): List {
  const t = p.peek();
  if (p.isWord(t, "{") && p.opts.bash) {
    p.take();
    const body = p.parseList(false);
    p.expectWord("}");
    return body;
  }
  p.expectWord("do");
  const body = p.parseList(false, "done");
  p.expectWord("done");
  return body;
}

export function parseCase(p: Parser): Command {
  const line = p.take().line;
  const wt = p.take();
  if (wt.kind !== "word") throw p.lx.unexpected(wt, "word");
  p.skipNewlines();
  p.expectWord("in");
  const items: CaseItem[] = [];
  for (;;) {
    p.skipNewlines();
    let t = p.peek();
    if (p.isWord(t, "esac")) {
      p.take();
      break;
    }
    if (p.isOp(t, "(")) {
      p.take();
      t = p.peek();
    }
    const patterns: Word[] = [];
    for (;;) {
      const pt = p.take();
      if (pt.kind !== "word") throw p.lx.unexpected(pt);
      patterns.push(pt.word);
      const s = p.take();
      if (p.isOp(s, ")")) break;
      if (!p.isOp(s, "|")) throw p.lx.unexpected(s, ")");
    }
    p.skipNewlines();
    let body: List = { type: "list", items: [] };
    t = p.peek();
    if (!(t.kind === "op" && (t.op === ";;" || t.op === ";&" || t.op === ";;&")) && !p.isWord(t, "esac")) body = p.parseList(false);
    t = p.take();
    if (p.isWord(t, "esac")) {
      items.push({ patterns, body, term: ";;" });
      break;
    }
    if (t.kind === "op" && (t.op === ";;" || t.op === ";&" || t.op === ";;&")) items.push({ patterns, body, term: t.op });
    else throw p.lx.unexpected(t, "esac");
  }
  return { type: "case", word: wt.word, items, redirs: p.parseRedirs(), line };
}

export function parseFunction(p: Parser): Command {
  const line = p.take().line;
  const nt = p.take();
  if (nt.kind !== "word") throw p.lx.unexpected(nt);
  if (p.isOp(p.peek(), "(")) {
    p.take();
    const c = p.take();
    if (!p.isOp(c, ")")) throw p.lx.unexpected(c);
  }
  return parseFuncBody(p, nt.word.text, line);
}

export function parseFuncBody(p: Parser, name: string, line: number): Command {
  p.skipNewlines();
  const start = p.lx.pos;
  const t = p.peek();
  const compound = t.kind === "op" ? t.op === "(" || t.op === "((" : t.kind === "word" && ["{", "if", "while", "until", "for", "select", "case", "[["].includes(t.word.text);
  if (!compound) throw p.lx.unexpected(p.take());
  const body = p.parseCommand();
  return { type: "funcdef", name, body, text: p.lx.src.slice(start - 1, p.lx.pos), line };
}

export function parseCond(p: Parser): Command {
  const line = p.take().line;
  const expr = condOr(p);
  const t = p.take();
  if (!p.isWord(t, "]]")) throw p.lx.unexpected(t);
  return { type: "cond", expr, redirs: p.parseRedirs(), line };
}
export function condOr(p: Parser): CondExpr {
  let left = condAnd(p);
  while (p.isOp(p.peek(), "||")) {
    p.take();
    p.skipNewlines();
    left = { type: "or", left, right: condAnd(p) };
  }
  return left;
}
export function condAnd(p: Parser): CondExpr {
  let left = condNot(p);
  while (p.isOp(p.peek(), "&&")) {
    p.take();
    p.skipNewlines();
    left = { type: "and", left, right: condNot(p) };
  }
  return left;
}
export function condNot(p: Parser): CondExpr {
  const t = p.peek();
  if (p.isWord(t, "!")) {
    p.take();
    return { type: "not", expr: condNot(p) };
  }
  if (p.isOp(t, "(")) {
    p.take();
    const e = condOr(p);
    const c = p.take();
    if (!p.isOp(c, ")")) throw p.lx.unexpected(c);
    return e;
  }
  return condPrimary(p);
}
export function condPrimary(p: Parser): CondExpr {
  const t = p.take();
  if (t.kind !== "word") throw p.lx.unexpected(t);
  if (/^-[a-zA-Z]$/.test(t.word.text) && t.word.parts[0]?.type === "lit") {
    const n = p.peek();
    if (n.kind === "word" && !p.isWord(n, "]]")) {
      p.take();
      return { type: "unary", op: t.word.text, arg: (n as Token & { kind: "word" }).word };
    }
  }
  const n = p.peek();
  let op: string | null = null;
  if (n.kind === "op" && (n.op === "<" || n.op === ">")) op = n.op;
  else if (n.kind === "word" && /^(==?|!=|=~|-(eq|ne|lt|le|gt|ge|nt|ot|ef))$/.test(n.word.text)) op = n.word.text;
  if (op === null) return { type: "word", word: t.word };
  p.take();
  let right: Word;
  if (op === "=~") right = readRegexWord(p.lx);
  else {
    const r = p.take();
    if (r.kind !== "word") throw p.lx.unexpected(r);
    right = r.word;
  }
  return { type: "binary", op, left: t.word, right };
}

// ---- simple commands and redirections -------------------------------------------------------
