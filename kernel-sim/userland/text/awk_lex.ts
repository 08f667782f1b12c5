// The awk lexer (POSIX awk grammar, "Lexical Conventions"): a "/" starts a regex literal
// unless the previous token ends an operand, newlines are tokens (they end statements),
// and a backslash-newline is a continuation.

export type TokKind = "num" | "str" | "ere" | "name" | "func_name" | "builtin" | "kw" | "op" | "nl" | "eof";

export interface Tok {
  kind: TokKind;
  v: string;
  n?: number;
  line: number;
}

export class AwkSyntaxError {
  constructor(readonly message: string) {}
}

const KEYWORDS = new Set(["BEGIN", "END", "function", "func", "if", "else", "while", "for", "do", "break", "continue", "next", "nextfile", "exit", "return", "delete", "in", "getline", "print", "printf"]);
export const BUILTINS = new Set(["length", "substr", "index", "split", "sub", "gsub", "match", "sprintf", "sin", "cos", "atan2", "exp", "log", "sqrt", "int", "rand", "srand", "tolower", "toupper", "system", "close", "fflush"]);
const OPS = ["+=", "-=", "*=", "/=", "%=", "^=", "**=", "==", "<=", ">=", "!=", "++", "--", "&&", "||", ">>", "!~", "**", "{", "}", "(", ")", "[", "]", ";", ",", "+", "-", "*", "/", "%", "^", "!", ">", "<", "|", "?", ":", "~", "$", "="];

export function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  const operandEnd = (): boolean => {
    const t = toks[toks.length - 1];
    if (!t) return false;
    if (t.kind === "num" || t.kind === "str" || t.kind === "ere" || t.kind === "name" || t.kind === "builtin") return true;
    if (t.kind === "kw") return t.v === "getline";
    return t.kind === "op" && (t.v === ")" || t.v === "]" || t.v === "$" || t.v === "++" || t.v === "--");
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\\" && src[i + 1] === "\n") {
      i += 2;
      line++;
      continue;
    }
    if (c === "#") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "\n") {
      toks.push({ kind: "nl", v: "\n", line });
      line++;
      i++;
      continue;
    }
    if (/[0-9.]/.test(c) && /^(?:0[xX][0-9a-fA-F]+|[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?|[0-9]+\.)/.test(src.slice(i)) && !(c === "." && !/[0-9]/.test(src[i + 1] ?? ""))) {
      const m = /^(?:0[xX][0-9a-fA-F]+|[0-9]*\.?[0-9]*(?:[eE][-+]?[0-9]+)?)/.exec(src.slice(i))!;
      toks.push({ kind: "num", v: m[0], n: Number(m[0]), line });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      const w = m[0];
      i += w.length;
      if (KEYWORDS.has(w)) toks.push({ kind: "kw", v: w === "func" ? "function" : w, line });
      else if (BUILTINS.has(w)) toks.push({ kind: "builtin", v: w, line });
      else if (src[i] === "(") toks.push({ kind: "func_name", v: w, line });
      else toks.push({ kind: "name", v: w, line });
      continue;
    }
    if (c === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length || src[i] === "\n") throw new AwkSyntaxError(`line ${line}: runaway string constant "${s.slice(0, 10)} ...`);
        const d = src[i++]!;
        if (d === '"') break;
        if (d === "\\") {
          const e = src[i++]!;
          const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", '"': '"', "/": "/", a: "\x07", b: "\b", f: "\f", v: "\v" };
          if (e in map) s += map[e];
          else if (/[0-7]/.test(e)) {
            const m = /^[0-7]{1,3}/.exec(src.slice(i - 1))!;
            s += String.fromCharCode(parseInt(m[0], 8));
            i += m[0].length - 1;
          } else if (e === "\n") line++;
          else s += "\\" + e;
        } else s += d;
      }
      toks.push({ kind: "str", v: s, line });
      continue;
    }
    if (c === "/" && !operandEnd()) {
      let s = "";
      i++;
      let inBracket = false;
      for (;;) {
        if (i >= src.length || src[i] === "\n") throw new AwkSyntaxError(`line ${line}: runaway regular expression /${s.slice(0, 10)} ...`);
        const d = src[i++]!;
        if (d === "/" && !inBracket) break;
        if (d === "[" && !inBracket) {
          inBracket = true;
          if (src[i] === "^") s += d + src[i++];
          else s += d;
          if (src[i] === "]") s += src[i++];
          continue;
        }
        if (d === "]" && inBracket) inBracket = false;
        if (d === "\\" && src[i] === "/") {
          s += "/";
          i++;
          continue;
        }
        if (d === "\\") {
          s += d + (src[i++] ?? "");
          continue;
        }
        s += d;
      }
      toks.push({ kind: "ere", v: s, line });
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(`line ${line}: syntax error at or near ${c}`);
    toks.push({ kind: "op", v: op === "**" ? "^" : op === "**=" ? "^=" : op, line });
    i += op.length;
  }
  toks.push({ kind: "eof", v: "", line });
  return toks;
}
