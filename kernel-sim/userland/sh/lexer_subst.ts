// The lexer's command and parameter expansions that start with `$`, `` ` `` or `<(`: $name,
// ${...} (lexer_param.ts), $(...), $((...)), $'...', $"...", backquotes and process substitution.
// Bodies of command substitutions are parsed on the spot by the parser over the same text.

import type { WordPart } from "./ast.ts";
import type { Lexer } from "./lexer.ts";
import { param, NAME_START, NAME_CHAR, SPECIAL_PARAMS } from "./lexer.ts";
import { ShellSyntaxError } from "./syntax_error.ts";
import { decodeAnsiC } from "./ansi_c.ts";
import { readBraceParam } from "./lexer_param.ts";

/** At a `$`: the expansion it starts, or null for a literal dollar sign. */
export function readDollar(lx: Lexer, inDq: boolean): WordPart | null {
  const s = lx.src;
  const n = s[lx.pos + 1];
  if (n === undefined) {
    lx.pos++;
    return null;
  }
  if (n === "(") {
    if (s[lx.pos + 2] === "(") {
      const save = lx.pos;
      const saveLine = lx.line;
      lx.pos += 3;
      const start = lx.pos;
      const parts = lx.readExpandingText(s.length, true);
      if (s[lx.pos] === ")" && s[lx.pos + 1] === ")") {
        const text = s.slice(start, lx.pos);
        lx.pos += 2;
        return { type: "arith", expr: { parts, text }, text };
      }
      if (lx.pos >= s.length || (!lx.opts.bash && lx.pos + 1 >= s.length)) throw new ShellSyntaxError("quote", lx.opts.bash ? ")" : "))", lx.line);
      // $( (cmd) ): a command substitution starting with a subshell
      lx.pos = save;
      lx.line = saveLine;
    }
    const start = lx.pos + 2;
    lx.pos = start;
    const body = lx.subParse(lx);
    return { type: "cmdsub", body, text: s.slice(start, lx.pos - 1), backquote: false };
  }
  if (n === "{") return readBraceParam(lx, inDq);
  if (n === "'" && lx.opts.bash && !inDq) {
    const r = decodeAnsiC(s, lx.pos + 2);
    if (r === null) throw lx.quoteError("'");
    lx.countLines(s.slice(lx.pos, r.end));
    lx.pos = r.end;
    return { type: "qlit", value: r.value };
  }
  if (n === '"' && lx.opts.bash && !inDq) {
    lx.pos += 2;
    return { type: "dq", parts: lx.readDq() };
  }
  if (NAME_START.test(n)) {
    let e = lx.pos + 2;
    while (e < s.length && NAME_CHAR.test(s[e]!)) e++;
    const name = s.slice(lx.pos + 1, e);
    lx.pos = e;
    return param(name);
  }
  if (SPECIAL_PARAMS.includes(n)) {
    lx.pos += 2;
    return param(n);
  }
  lx.pos++;
  return null;
}


/** Index of the close char matching an already-open one, from i; -1 if none. */
export function findClose(lx: Lexer, i: number, open: string, close: string): number {
  const s = lx.src;
  let depth = 1;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return -1;
}


/** `cmd`: the text up to the closing backquote, with \$ \` \\ unescaped, parsed as a script. */
export function readBackquote(lx: Lexer, inDq: boolean): WordPart {
  const s = lx.src;
  let i = lx.pos + 1;
  let text = "";
  const line = lx.line;
  for (;;) {
    if (i >= s.length) throw lx.quoteError("`");
    const c = s[i]!;
    if (c === "`") break;
    if (c === "\\") {
      const n = s[i + 1];
      if (n === "$" || n === "`" || n === "\\" || (inDq && n === '"')) {
        text += n;
        i += 2;
        continue;
      }
    }
    if (c === "\n") lx.line++;
    text += c;
    i++;
  }
  lx.pos = i + 1;
  const sub = lx.child(text, line);
  sub.ownText = true;
  const body = lx.subParse(sub);
  return { type: "cmdsub", body, text, backquote: true };
}


/** <(cmd) or >(cmd). */
export function readProcSubst(lx: Lexer): WordPart {
  const dir = lx.src[lx.pos] as "<" | ">";
  const start = lx.pos + 2;
  lx.pos = start;
  const body = lx.subParse(lx);
  return { type: "proc", dir, body, text: lx.src.slice(start, lx.pos - 1) };
}
