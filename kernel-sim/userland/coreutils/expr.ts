// expr(1): | & = != < <= > >= + - * / % : (anchored BRE match), match, substr, index,
// length, ( ). Exit 0 if the result is neither null nor 0, 1 if it is, 2 on bad input.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote } from "../lib/main.ts";
import { usageError, coreutilsVersion } from "../lib/getopt.ts";
import { compilePosix } from "../lib/regex.ts";
import { basenameOf } from "../lib/main.ts";

class ExprError {
  constructor(
    readonly message: string,
    readonly status = 2,
  ) {}
}

type V = string | bigint;

const isInt = (v: V): boolean => typeof v === "bigint" || /^[-+]?[0-9]+$/.test(v);
const toInt = (v: V): bigint => {
  if (typeof v === "bigint") return v;
  if (!/^[-+]?[0-9]+$/.test(v)) throw new ExprError("non-integer argument");
  return BigInt(v);
};
const str = (v: V): string => (typeof v === "bigint" ? v.toString() : v);
const isNull = (v: V): boolean => (typeof v === "bigint" ? v === 0n : v === "" || /^[-+]?0+$/.test(v));

class Parser {
  i = 0;
  constructor(private readonly a: string[]) {}
  private peek(): string | undefined {
    return this.a[this.i];
  }
  private need(after: string): string {
    const t = this.a[this.i++];
    if (t === undefined) throw new ExprError(`syntax error: missing argument after ${quote(after)}`);
    return t;
  }
  or(): V {
    let l = this.and();
    while (this.peek() === "|") {
      this.i++;
      if (this.peek() === undefined) throw new ExprError("syntax error: missing argument after '|'");
      const r = this.and();
      l = !isNull(l) ? l : !isNull(r) ? r : 0n;
    }
    return l;
  }
  and(): V {
    let l = this.cmp();
    while (this.peek() === "&") {
      this.i++;
      if (this.peek() === undefined) throw new ExprError("syntax error: missing argument after '&'");
      const r = this.cmp();
      l = !isNull(l) && !isNull(r) ? l : 0n;
    }
    return l;
  }
  cmp(): V {
    let l = this.add();
    for (;;) {
      const op = this.peek();
      if (!op || !["=", "!=", "<", "<=", ">", ">=", "=="].includes(op)) return l;
      this.i++;
      if (this.peek() === undefined) throw new ExprError(`syntax error: missing argument after ${quote(op)}`);
      const r = this.add();
      let c: number;
      if (isInt(l) && isInt(r)) {
        const x = toInt(l);
        const y = toInt(r);
        c = x < y ? -1 : x > y ? 1 : 0;
      } else c = str(l) < str(r) ? -1 : str(l) > str(r) ? 1 : 0;
      const t = op === "=" || op === "==" ? c === 0 : op === "!=" ? c !== 0 : op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
      l = t ? 1n : 0n;
    }
  }
  add(): V {
    let l = this.mul();
    for (;;) {
      const op = this.peek();
      if (op !== "+" && op !== "-") return l;
      this.i++;
      if (this.peek() === undefined) throw new ExprError(`syntax error: missing argument after ${quote(op)}`);
      const r = this.mul();
      l = op === "+" ? toInt(l) + toInt(r) : toInt(l) - toInt(r);
    }
  }
  mul(): V {
    let l = this.match();
    for (;;) {
      const op = this.peek();
      if (op !== "*" && op !== "/" && op !== "%") return l;
      this.i++;
      if (this.peek() === undefined) throw new ExprError(`syntax error: missing argument after ${quote(op)}`);
      const r = this.match();
      const x = toInt(l);
      const y = toInt(r);
      if (op !== "*" && y === 0n) throw new ExprError("division by zero");
      l = op === "*" ? x * y : op === "/" ? x / y : x % y;
    }
  }
  match(): V {
    let l = this.prim();
    while (this.peek() === ":") {
      this.i++;
      const r = this.prim();
      l = doMatch(str(l), str(r));
    }
    return l;
  }
  prim(): V {
    const t = this.peek();
    if (t === undefined) throw new ExprError("syntax error: unexpected argument");
    this.i++;
    switch (t) {
      case "(": {
        const v = this.or();
        if (this.peek() !== ")") throw new ExprError(`syntax error: expecting ')' ${this.peek() === undefined ? "after " + quote(this.a[this.i - 1]!) : "instead of " + quote(this.peek()!)}`);
        this.i++;
        return v;
      }
      case "+": return this.need("+");
      case "length": return BigInt(Array.from(str(this.prim())).length);
      case "match": {
        const s = str(this.prim());
        return doMatch(s, str(this.prim()));
      }
      case "substr": {
        const s = str(this.prim());
        const pos = toInt(this.prim());
        const len = toInt(this.prim());
        if (pos < 1n || len < 1n) return "";
        return Array.from(s).slice(Number(pos) - 1, Number(pos - 1n + len)).join("");
      }
      case "index": {
        const s = str(this.prim());
        const chars = str(this.prim());
        let best = 0;
        for (let k = 0; k < s.length; k++) if (chars.includes(s[k]!)) {
          best = k + 1;
          break;
        }
        return BigInt(best);
      }
    }
    return t;
  }
}

function doMatch(s: string, pat: string): V {
  const re = compilePosix(pat, false);
  const m = new RegExp("^(?:" + re.source + ")").exec(s);
  if (/\\\(/.test(pat)) return m ? m[1] ?? "" : "";
  return BigInt(m ? m[0].length : 0);
}

export default program(async (p) => {
  const args = p.argv.slice(1);
  if (args.length === 1 && args[0] === "--help") {
    await p.out.write("Usage: expr EXPRESSION\n  or:  expr OPTION\n");
    return 0;
  }
  if (args.length === 1 && args[0] === "--version") {
    await p.out.write(coreutilsVersion(basenameOf(p.name), "Mike Parker, James Youngman, and Paul Eggert"));
    return 0;
  }
  if (args[0] === "--") args.shift();
  if (args.length === 0) return usageError(p, "missing operand", 2);
  try {
    const ps = new Parser(args);
    const v = ps.or();
    if (ps.i < args.length) throw new ExprError(`syntax error: unexpected argument ${quote(args[ps.i]!)}`);
    await p.out.write(str(v) + "\n");
    return isNull(v) ? 1 : 0;
  } catch (e) {
    if (e instanceof ExprError) {
      await p.warn(e.message);
      return e.status;
    }
    throw e;
  }
});
