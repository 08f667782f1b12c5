// ${...}: the parameter expansions' own small grammar (name, subscript, operator, operands),
// split out of lexer.ts. Operands are words with quotes and nested expansions live.

import type { ParamPart, Word, WordPart } from "./ast.ts";
import { Lexer, param } from "./lexer.ts";
import { ShellSyntaxError } from "./syntax_error.ts";

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAMS = "@*#?-$!0123456789";

/** ${...} starting at the `$`. */
export function readBraceParam(lx: Lexer, inDq: boolean): WordPart {
  const s = lx.src;
  const startText = lx.pos;
  lx.pos += 2;
  const p = param("");
  const bad = (): ParamPart => {
    // skip to the closing brace so the message can show the whole ${...}
    let depth = 1;
    while (lx.pos < s.length && depth > 0) {
      if (s[lx.pos] === "{") depth++;
      else if (s[lx.pos] === "}") depth--;
      lx.pos++;
    }
    if (depth > 0) throw lx.quoteError("}");
    if (lx.opts.bash) {
      const text = s.slice(startText, lx.pos);
      return { type: "param", name: "", index: null, op: "bad", colon: false, arg: { parts: [], text }, arg2: null } as ParamPart;
    }
    throw new ShellSyntaxError("badsubst", s.slice(startText, lx.pos), lx.line);
  };
  let c = s[lx.pos];
  if (c === undefined) throw lx.quoteError("}");
  // ${#x}: length (but ${#} is $# and ${#-...} has an operator)
  if (c === "#" && s[lx.pos + 1] !== "}" && !(s[lx.pos + 1] !== undefined && "-=?+:".includes(s[lx.pos + 1]!) && s[lx.pos + 2] !== "}")) {
    p.op = "len";
    lx.pos++;
  } else if (c === "!" && lx.opts.bash && s[lx.pos + 1] !== "}") {
    p.op = "!";
    lx.pos++;
  }
  c = s[lx.pos];
  if (c !== undefined && NAME_START.test(c)) {
    let e = lx.pos + 1;
    while (e < s.length && NAME_CHAR.test(s[e]!)) e++;
    p.name = s.slice(lx.pos, e);
    lx.pos = e;
  } else if (c !== undefined && /[0-9]/.test(c)) {
    let e = lx.pos + 1;
    while (e < s.length && /[0-9]/.test(s[e]!)) e++;
    p.name = s.slice(lx.pos, e);
    lx.pos = e;
  } else if (c !== undefined && SPECIAL_PARAMS.includes(c)) {
    p.name = c;
    lx.pos++;
  } else return bad();
  if (s[lx.pos] === "[" && lx.opts.bash && NAME_START.test(p.name)) {
    const e = lx.findClose(lx.pos + 1, "[", "]");
    if (e < 0) throw lx.quoteError("}");
    const sub = new Lexer(s.slice(0, e), lx.opts, lx.subParse, lx.pos + 1, lx.line);
    const parts = sub.readExpandingText(e, false);
    p.index = { parts, text: s.slice(lx.pos + 1, e) };
    lx.pos = e + 1;
  }
  c = s[lx.pos];
  if (c === "}") {
    lx.pos++;
    return p;
  }
  if (p.op === "len") return bad();
  if (p.op === "!" && (c === "*" || c === "@") && s[lx.pos + 1] === "}") {
    p.op = "!prefix";
    p.arg = { parts: [{ type: "qlit", value: c }], text: c };
    lx.pos += 2;
    return p;
  }
  if (p.op === "!") p.op = "!"; // ${!x:-y}: indirection, then the operator below
  let op = "";
  if (c === ":") {
    const n = s[lx.pos + 1];
    if (n === "-" || n === "=" || n === "?" || n === "+") {
      op = n;
      p.colon = true;
      lx.pos += 2;
    } else if (lx.opts.bash) {
      op = ":";
      lx.pos++;
    } else return bad();
  } else if (c === "-" || c === "=" || c === "?" || c === "+") {
    op = c;
    lx.pos++;
  } else if (c === "#" || c === "%") {
    op = s[lx.pos + 1] === c ? c + c : c;
    lx.pos += op.length;
  } else if (lx.opts.bash && (c === "/" || c === "^" || c === "," || c === "~")) {
    const n = s[lx.pos + 1];
    if (c === "/" && (n === "/" || n === "#" || n === "%")) op = c + n;
    else op = n === c ? c + c : c;
    lx.pos += op.length;
  } else if (lx.opts.bash && c === "@") {
    op = "@";
    lx.pos++;
  } else return bad();
  if (p.op === "!") p.op = "!" + op;
  else p.op = op;
  if (op === ":") {
    p.arg = readBraceArg(lx, ":", inDq);
    if (s[lx.pos] === ":") {
      lx.pos++;
      p.arg2 = readBraceArg(lx, "", inDq);
    }
  } else if (op[0] === "/") {
    p.arg = readBraceArg(lx, "/", inDq);
    if (s[lx.pos] === "/") {
      lx.pos++;
      p.arg2 = readBraceArg(lx, "", inDq);
    }
  } else p.arg = readBraceArg(lx, "", inDq);
  if (s[lx.pos] !== "}") throw lx.quoteError("}");
  lx.pos++;
  return p;
}

/** The operand of ${x op word}: up to the closing } (or `stop`), quotes and expansions live. */
function readBraceArg(lx: Lexer, stop: string, inDq: boolean): Word {
  const s = lx.src;
  const start = lx.pos;
  const parts: WordPart[] = [];
  let buf = "";
  let depth = 0;
  const flush = () => {
    if (buf) {
      parts.push({ type: "lit", value: buf }); // quoting of the whole ${ } is applied at expansion
      buf = "";
    }
  };
  for (;;) {
    if (lx.pos >= s.length) throw lx.quoteError("}");
    const c = s[lx.pos]!;
    if (c === "}" && depth === 0) break;
    if (stop && c === stop && depth === 0) break;
    if (c === "{") depth++;
    else if (c === "}") depth--;
    if (c === "'" && !inDq) {
      flush();
      const e = s.indexOf("'", lx.pos + 1);
      if (e < 0) throw lx.quoteError("'");
      parts.push({ type: "qlit", value: s.slice(lx.pos + 1, e) });
      lx.countLines(s.slice(lx.pos, e));
      lx.pos = e + 1;
    } else if (c === '"') {
      flush();
      lx.pos++;
      parts.push({ type: "dq", parts: lx.readDq() });
    } else if (c === "\\") {
      const n = s[lx.pos + 1];
      if (n === undefined) throw lx.quoteError("}");
      if (n === "\n") lx.line++;
      else if (!inDq || n === "$" || n === "`" || n === '"' || n === "\\" || n === "}") {
        flush();
        parts.push({ type: "qlit", value: n });
      } else buf += "\\" + n;
      lx.pos += 2;
    } else if (c === "$") {
      const p = lx.readDollar(inDq);
      if (p === null) buf += "$";
      else {
        flush();
        parts.push(p);
      }
    } else if (c === "`") {
      flush();
      parts.push(lx.readBackquote(inDq));
    } else {
      if (c === "\n") lx.line++;
      buf += c;
      lx.pos++;
    }
  }
  flush();
  return { parts, text: s.slice(start, lx.pos) };
}

