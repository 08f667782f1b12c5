// The awk parser: tokens to an AST, by recursive descent over POSIX awk's grammar
// (precedence from ?: down to $). Each expression node records whether evaluating it may
// need to wait (getline, system(), user functions, close), so the interpreter can take the
// synchronous path for everything else.

import type { Tok } from "./awk_lex.ts";
import { AwkSyntaxError, lex } from "./awk_lex.ts";

export type LValue = { t: "var"; name: string; a: false } | { t: "field"; e: Expr; a: boolean } | { t: "idx"; name: string; subs: Expr[]; a: boolean };

export type Expr = (
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "re"; re: string }
  | LValue
  | { t: "assign"; op: string; lv: LValue; e: Expr }
  | { t: "cond"; c: Expr; x: Expr; y: Expr }
  | { t: "and" | "or"; l: Expr; r: Expr }
  | { t: "bin"; op: string; l: Expr; r: Expr }
  | { t: "match"; neg: boolean; l: Expr; r: Expr }
  | { t: "in"; subs: Expr[]; name: string }
  | { t: "unary"; op: "!" | "-" | "+"; e: Expr }
  | { t: "incdec"; op: "++" | "--"; prefix: boolean; lv: LValue }
  | { t: "call"; name: string; args: Expr[] }
  | { t: "builtin"; name: string; args: Expr[] }
  | { t: "getline"; kind: "simple" | "file" | "cmd"; lv: LValue | null; src: Expr | null }
) & { a: boolean };

export type Stmt =
  | { t: "block"; body: Stmt[] }
  | { t: "expr"; e: Expr }
  | { t: "print"; printf: boolean; args: Expr[]; redir: { op: string; e: Expr } | null }
  | { t: "if"; c: Expr; a: Stmt; b: Stmt | null }
  | { t: "while"; c: Expr; body: Stmt }
  | { t: "do"; body: Stmt; c: Expr }
  | { t: "for"; init: Expr | null; c: Expr | null; step: Expr | null; body: Stmt }
  | { t: "forin"; v: LValue; arr: string; body: Stmt }
  | { t: "break" | "continue" | "next" | "nextfile" }
  | { t: "exit" | "return"; e: Expr | null }
  | { t: "delete"; name: string; subs: Expr[] | null };

export interface Item {
  kind: "BEGIN" | "END" | "main";
  pattern: Expr | null;
  pattern2: Expr | null; // range patterns
  action: Stmt[] | null; // null: print $0
}

export interface Func {
  name: string;
  params: string[];
  body: Stmt[];
}

export interface Program {
  items: Item[];
  funcs: Map<string, Func>;
}

const ASYNC_BUILTINS = new Set(["system", "close", "fflush"]);

function mk<T extends Omit<Expr, "a">>(e: T, ...kids: (Expr | null | undefined)[]): T & { a: boolean } {
  return Object.assign(e, { a: kids.some((k) => k?.a) });
}

export function parseAwk(src: string): Program {
  const toks = lex(src);
  let i = 0;
  const funcs = new Map<string, Func>();
  const items: Item[] = [];
  const peek = (o = 0): Tok => toks[Math.min(i + o, toks.length - 1)]!;
  const is = (v: string): boolean => {
    const t = peek();
    return (t.kind === "op" || t.kind === "kw") && t.v === v;
  };
  const fail = (t: Tok = peek()): never => {
    if (t.kind === "eof") {
      // mawk counts the end of a program without a final newline as the next line.
      const line = t.line + (src.endsWith("\n") ? 0 : 1);
      throw new AwkSyntaxError(depth > 0 ? `line ${line}: missing } near end of file` : `line ${line}: syntax error at or near end of file`);
    }
    throw new AwkSyntaxError(`line ${t.line}: syntax error at or near ${t.kind === "nl" ? "end of line" : t.kind === "str" ? `"${t.v}"` : t.v}`);
  };
  let depth = 0;
  const expect = (v: string): void => {
    if (!is(v)) fail();
    i++;
  };
  const skipNl = (): void => {
    while (peek().kind === "nl") i++;
  };
  const skipTerms = (): void => {
    while (peek().kind === "nl" || is(";")) i++;
  };

  // ---- expressions ----
  const isLvalue = (e: Expr): e is LValue & { a: boolean } => e.t === "var" || e.t === "field" || e.t === "idx";

  const primary = (noGt: boolean): Expr => {
    const t = peek();
    if (t.kind === "num") {
      i++;
      return mk({ t: "num", v: t.n! });
    }
    if (t.kind === "str") {
      i++;
      return mk({ t: "str", v: t.v });
    }
    if (t.kind === "ere") {
      i++;
      return mk({ t: "re", re: t.v });
    }
    if (is("(")) {
      i++;
      const first = expr(false, false);
      if (is(",")) {
        // (a, b) in arr
        const subs = [first];
        while (is(",")) {
          i++;
          skipNl();
          subs.push(expr(false, false));
        }
        expect(")");
        if (!is("in")) fail();
        i++;
        const name = peek();
        if (name.kind !== "name") fail();
        i++;
        return mk({ t: "in", subs, name: name.v }, ...subs);
      }
      expect(")");
      return first;
    }
    if (is("$")) {
      i++;
      let e: Expr;
      if (is("++") || is("--")) e = unaryIncDec(noGt);
      else if (is("-") || is("!") || is("+")) {
        const op = peek().v as "-";
        i++;
        const inner = primaryPostfix(noGt);
        e = mk({ t: "unary", op, e: inner }, inner);
      } else e = primary(noGt);
      return mk({ t: "field", e }, e);
    }
    if (t.kind === "kw" && t.v === "getline") {
      i++;
      let lv: LValue | null = null;
      if (peek().kind === "name" || is("$")) {
        const e = primaryPostfixNoIncDec(noGt);
        if (!isLvalue(e)) fail();
        lv = e as LValue;
      }
      if (is("<")) {
        i++;
        const file = primaryPostfix(noGt);
        return mk({ t: "getline", kind: "file" as const, lv, src: file }, file);
      }
      const r = mk({ t: "getline", kind: "simple" as const, lv, src: null });
      r.a = true;
      return r;
    }
    if (t.kind === "builtin") {
      i++;
      const args: Expr[] = [];
      if (is("(")) {
        i++;
        skipNl();
        if (!is(")")) {
          args.push(expr(false, false));
          while (is(",")) {
            i++;
            skipNl();
            args.push(expr(false, false));
          }
        }
        skipNl();
        expect(")");
      } else if (t.v !== "length") fail();
      const e = mk({ t: "builtin", name: t.v, args }, ...args);
      if (ASYNC_BUILTINS.has(t.v)) e.a = true;
      return e;
    }
    if (t.kind === "func_name") {
      i++;
      expect("(");
      skipNl();
      const args: Expr[] = [];
      if (!is(")")) {
        args.push(expr(false, false));
        while (is(",")) {
          i++;
          skipNl();
          args.push(expr(false, false));
        }
      }
      skipNl();
      expect(")");
      const e = mk({ t: "call", name: t.v, args }, ...args);
      e.a = true;
      return e;
    }
    if (t.kind === "name") {
      i++;
      if (is("[")) {
        i++;
        const subs = [expr(false, false)];
        while (is(",")) {
          i++;
          skipNl();
          subs.push(expr(false, false));
        }
        expect("]");
        return mk({ t: "idx", name: t.v, subs }, ...subs) as Expr;
      }
      return { t: "var", name: t.v, a: false };
    }
    if (is("-") || is("+") || is("!")) {
      const op = peek().v as "-";
      i++;
      const e = unary(noGt);
      return mk({ t: "unary", op, e }, e);
    }
    if (is("++") || is("--")) return unaryIncDec(noGt);
    return fail();
  };
  const unaryIncDec = (noGt: boolean): Expr => {
    const op = peek().v as "++";
    i++;
    const lv = primaryPostfixNoIncDec(noGt);
    if (!isLvalue(lv)) fail();
    return mk({ t: "incdec", op, prefix: true, lv: lv as LValue }, lv);
  };
  const primaryPostfixNoIncDec = (noGt: boolean): Expr => primary(noGt);
  const primaryPostfix = (noGt: boolean): Expr => {
    const e = primary(noGt);
    if ((is("++") || is("--")) && isLvalue(e)) {
      const op = peek().v as "++";
      i++;
      return mk({ t: "incdec", op, prefix: false, lv: e as LValue }, e);
    }
    return e;
  };
  const power = (noGt: boolean): Expr => {
    const base = primaryPostfix(noGt);
    if (is("^")) {
      i++;
      const exp = unaryForPower(noGt);
      return mk({ t: "bin", op: "^", l: base, r: exp }, base, exp);
    }
    return base;
  };
  const unaryForPower = (noGt: boolean): Expr => {
    if (is("-") || is("+") || is("!")) {
      const op = peek().v as "-";
      i++;
      const e = unaryForPower(noGt);
      return mk({ t: "unary", op, e }, e);
    }
    return power(noGt);
  };
  const unary = (noGt: boolean): Expr => {
    if (is("-") || is("+") || is("!")) {
      const op = peek().v as "-";
      i++;
      const e = unary(noGt);
      return mk({ t: "unary", op, e }, e);
    }
    return power(noGt);
  };
  const mul = (noGt: boolean): Expr => {
    let l = unary(noGt);
    while (is("*") || is("/") || is("%")) {
      const op = peek().v;
      i++;
      const r = unary(noGt);
      l = mk({ t: "bin", op, l, r }, l, r);
    }
    return l;
  };
  const add = (noGt: boolean): Expr => {
    let l = mul(noGt);
    while (is("+") || is("-")) {
      const op = peek().v;
      i++;
      const r = mul(noGt);
      l = mk({ t: "bin", op, l, r }, l, r);
    }
    return l;
  };
  /** Can the next token begin an operand of an implicit concatenation? (not + or -: binary) */
  const startsOperand = (): boolean => {
    const t = peek();
    if (t.kind === "num" || t.kind === "str" || t.kind === "ere" || t.kind === "name" || t.kind === "func_name" || t.kind === "builtin") return true;
    if (t.kind === "kw") return t.v === "getline";
    return t.kind === "op" && (t.v === "$" || t.v === "(" || t.v === "++" || t.v === "--");
  };
  const concat = (noGt: boolean, _noIn: boolean): Expr => {
    let l = add(noGt);
    for (;;) {
      if (is("|") && peek(1).kind === "kw" && peek(1).v === "getline") {
        i += 2;
        let lv: LValue | null = null;
        if (peek().kind === "name" || is("$")) {
          const e = primary(noGt);
          if (!isLvalue(e)) fail();
          lv = e as LValue;
        }
        const g = mk({ t: "getline", kind: "cmd" as const, lv, src: l }, l);
        g.a = true;
        l = g;
        continue;
      }
      if (!startsOperand()) return l;
      const r = add(noGt);
      l = mk({ t: "bin", op: "concat", l, r }, l, r);
    }
  };
  const comparison = (noGt: boolean, noIn: boolean): Expr => {
    const l = concat(noGt, noIn);
    const t = peek();
    if (t.kind === "op" && ["<", "<=", "!=", "==", ">=", ">"].includes(t.v) && !(noGt && t.v === ">")) {
      i++;
      const r = concat(noGt, noIn);
      return mk({ t: "bin", op: t.v, l, r }, l, r);
    }
    return l;
  };
  const matchExpr = (noGt: boolean, noIn: boolean): Expr => {
    let l = comparison(noGt, noIn);
    while (is("~") || is("!~")) {
      const neg = peek().v === "!~";
      i++;
      const r = comparison(noGt, noIn);
      l = mk({ t: "match", neg, l, r }, l, r);
    }
    return l;
  };
  const inExpr = (noGt: boolean, noIn: boolean): Expr => {
    let l = matchExpr(noGt, noIn);
    while (!noIn && is("in")) {
      i++;
      const n = peek();
      if (n.kind !== "name") fail();
      i++;
      l = mk({ t: "in", subs: [l], name: n.v }, l);
    }
    return l;
  };
  const andExpr = (noGt: boolean, noIn: boolean): Expr => {
    let l = inExpr(noGt, noIn);
    while (is("&&")) {
      i++;
      skipNl();
      const r = inExpr(noGt, noIn);
      l = mk({ t: "and", l, r }, l, r);
    }
    return l;
  };
  const orExpr = (noGt: boolean, noIn: boolean): Expr => {
    let l = andExpr(noGt, noIn);
    while (is("||")) {
      i++;
      skipNl();
      const r = andExpr(noGt, noIn);
      l = mk({ t: "or", l, r }, l, r);
    }
    return l;
  };
  const ternary = (noGt: boolean, noIn: boolean): Expr => {
    const c = orExpr(noGt, noIn);
    if (is("?")) {
      i++;
      skipNl();
      const x = ternary(noGt, noIn);
      skipNl();
      expect(":");
      skipNl();
      const y = ternary(noGt, noIn);
      return mk({ t: "cond", c, x, y }, c, x, y);
    }
    return c;
  };
  const expr = (noGt: boolean, noIn: boolean): Expr => {
    const l = ternary(noGt, noIn);
    const t = peek();
    if (t.kind === "op" && ["=", "+=", "-=", "*=", "/=", "%=", "^="].includes(t.v) && isLvalue(l)) {
      i++;
      skipNl();
      const r = expr(noGt, noIn);
      return mk({ t: "assign", op: t.v, lv: l as LValue, e: r }, l, r);
    }
    return l;
  };

  // ---- statements ----
  const simpleEnd = (): void => {
    if (is(";") || peek().kind === "nl") {
      i++;
      return;
    }
    if (is("}") || peek().kind === "eof") return;
    fail();
  };
  const printStmt = (): Stmt => {
    const printf = peek().v === "printf";
    i++;
    let args: Expr[] = [];
    const save = i;
    if (is("(")) {
      // print (a, b) > "f": a parenthesised list, if ")" is followed by the statement's end.
      i++;
      const list: Expr[] = [];
      try {
        if (!is(")")) {
          list.push(expr(false, false));
          while (is(",")) {
            i++;
            skipNl();
            list.push(expr(false, false));
          }
        }
        expect(")");
        if (is(";") || is("}") || is(">") || is(">>") || is("|") || peek().kind === "nl" || peek().kind === "eof") args = list;
        else i = save;
      } catch {
        i = save;
      }
    }
    if (i === save && !(is(";") || is("}") || peek().kind === "nl" || peek().kind === "eof" || is(">") || is(">>") || is("|"))) {
      args.push(expr(true, false));
      while (is(",")) {
        i++;
        skipNl();
        args.push(expr(true, false));
      }
    }
    let redir: { op: string; e: Expr } | null = null;
    if (is(">") || is(">>") || is("|")) {
      const op = peek().v;
      i++;
      redir = { op, e: concat(true, false) };
    }
    if (printf && args.length === 0) fail();
    return { t: "print", printf, args, redir };
  };
  const simpleStmt = (): Stmt => {
    const t = peek();
    if (t.kind === "kw") {
      switch (t.v) {
        case "print": case "printf": return printStmt();
        case "next": case "nextfile": case "break": case "continue":
          i++;
          return { t: t.v };
        case "exit": case "return": {
          i++;
          const e = is(";") || is("}") || peek().kind === "nl" || peek().kind === "eof" ? null : expr(false, false);
          return { t: t.v, e };
        }
        case "delete": {
          i++;
          const n = peek();
          if (n.kind !== "name") fail();
          i++;
          if (is("[")) {
            i++;
            const subs = [expr(false, false)];
            while (is(",")) {
              i++;
              subs.push(expr(false, false));
            }
            expect("]");
            return { t: "delete", name: n.v, subs };
          }
          return { t: "delete", name: n.v, subs: null };
        }
      }
    }
    return { t: "expr", e: expr(false, false) };
  };
  const stmt = (): Stmt => {
    skipTerms();
    const t = peek();
    if (is("{")) {
      i++;
      depth++;
      const body = stmts();
      expect("}");
      depth--;
      return { t: "block", body };
    }
    if (t.kind === "kw") {
      if (t.v === "if") {
        i++;
        expect("(");
        const c = expr(false, false);
        expect(")");
        skipNl();
        const a = stmt();
        const save = i;
        skipTerms();
        if (is("else")) {
          i++;
          skipNl();
          return { t: "if", c, a, b: stmt() };
        }
        i = save;
        return { t: "if", c, a, b: null };
      }
      if (t.v === "while") {
        i++;
        expect("(");
        const c = expr(false, false);
        expect(")");
        if (is(";")) {
          i++;
          return { t: "while", c, body: { t: "block", body: [] } };
        }
        skipNl();
        return { t: "while", c, body: stmt() };
      }
      if (t.v === "do") {
        i++;
        skipNl();
        const body = stmt();
        skipTerms();
        if (!is("while")) fail();
        i++;
        expect("(");
        const c = expr(false, false);
        expect(")");
        simpleEnd();
        return { t: "do", body, c };
      }
      if (t.v === "for") {
        i++;
        expect("(");
        if (peek().kind === "name" && peek(1).kind === "kw" && peek(1).v === "in" && peek(2).kind === "name" && peek(3).v === ")") {
          const v: LValue = { t: "var", name: peek().v, a: false };
          const arr = peek(2).v;
          i += 4;
          skipNl();
          return { t: "forin", v, arr, body: stmt() };
        }
        const init = is(";") ? null : expr(false, false);
        expect(";");
        skipNl();
        const c = is(";") ? null : expr(false, false);
        expect(";");
        skipNl();
        const step = is(")") ? null : expr(false, false);
        expect(")");
        if (is(";")) {
          i++;
          return { t: "for", init, c, step, body: { t: "block", body: [] } };
        }
        skipNl();
        return { t: "for", init, c, step, body: stmt() };
      }
    }
    if (is(";")) {
      i++;
      return { t: "block", body: [] };
    }
    const s = simpleStmt();
    simpleEnd();
    return s;
  };
  const stmts = (): Stmt[] => {
    const out: Stmt[] = [];
    for (;;) {
      skipTerms();
      if (is("}") || peek().kind === "eof") return out;
      out.push(stmt());
    }
  };
  const action = (): Stmt[] => {
    expect("{");
    depth++;
    const body = stmts();
    expect("}");
    depth--;
    return body;
  };

  // ---- program ----
  for (;;) {
    skipTerms();
    const t = peek();
    if (t.kind === "eof") break;
    if (t.kind === "kw" && (t.v === "BEGIN" || t.v === "END")) {
      i++;
      skipNl();
      items.push({ kind: t.v, pattern: null, pattern2: null, action: action() });
      continue;
    }
    if (t.kind === "kw" && t.v === "function") {
      i++;
      const n = peek();
      if (n.kind !== "name" && n.kind !== "func_name") fail();
      i++;
      expect("(");
      const params: string[] = [];
      while (!is(")")) {
        const pn = peek();
        if (pn.kind !== "name") fail();
        params.push(pn.v);
        i++;
        if (is(",")) {
          i++;
          skipNl();
        }
      }
      i++;
      skipNl();
      funcs.set(n.v, { name: n.v, params, body: action() });
      continue;
    }
    let pattern: Expr | null = null;
    let pattern2: Expr | null = null;
    if (!is("{")) {
      pattern = expr(false, false);
      if (is(",")) {
        i++;
        skipNl();
        pattern2 = expr(false, false);
      }
    }
    const act = is("{") ? action() : null;
    items.push({ kind: "main", pattern, pattern2, action: act });
  }
  return { items, funcs };
}
