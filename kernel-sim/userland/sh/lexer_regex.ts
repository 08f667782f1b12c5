// The right side of `=~` in bash's [[ ]]: a regular expression read as one word up to a blank
// outside parentheses, so `[[ $x =~ ^(a|b) c$ ]]` needs no quoting of its ( | ); quoted parts
// and expansions in it are read as everywhere else (and stay quoted: matched literally).

import type { Word, WordPart } from "./ast.ts";
import type { Lexer } from "./lexer.ts";

/** The right side of =~ in [[ ]]: up to a blank at parenthesis depth 0. */
export function readRegexWord(lx: Lexer): Word {
  lx.skipBlanks();
  const s = lx.src;
  const start = lx.pos;
  const parts: WordPart[] = [];
  let depth = 0;
  let buf = "";
  while (lx.pos < s.length) {
    const c = s[lx.pos]!;
    if ((c === " " || c === "\t" || c === "\n") && depth === 0) break;
    if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) break;
      depth--;
    }
    if (c === "'" || c === '"' || c === "\\" || c === "$" || c === "`") {
      if (buf) parts.push({ type: "lit", value: buf });
      buf = "";
      const w = readWordPartAt(lx);
      parts.push(...w);
      continue;
    }
    buf += c;
    lx.pos++;
  }
  if (buf) parts.push({ type: "lit", value: buf });
  return { parts, text: s.slice(start, lx.pos) };
}

/** One quoted or $ part at pos (for readRegexWord). */
function readWordPartAt(lx: Lexer): WordPart[] {
  const s = lx.src;
  const c = s[lx.pos]!;
  if (c === "'") {
    const e = s.indexOf("'", lx.pos + 1);
    if (e < 0) throw lx.quoteError("'");
    const v = s.slice(lx.pos + 1, e);
    lx.pos = e + 1;
    return [{ type: "qlit", value: v }];
  }
  if (c === '"') {
    lx.pos++;
    return [{ type: "dq", parts: lx.readDq() }];
  }
  if (c === "\\") {
    const v = s[lx.pos + 1] ?? "\\";
    lx.pos += 2;
    return [{ type: "qlit", value: v }];
  }
  if (c === "`") return [lx.readBackquote(false)];
  const p = lx.readDollar(false);
  return p === null ? [{ type: "lit", value: "$" }] : [p];
}
