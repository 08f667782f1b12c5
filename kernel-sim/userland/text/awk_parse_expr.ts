// awk expressions by recursive descent, precedence from ?: down to $ (POSIX awk's grammar).
// Each node records whether evaluating it may need to wait (getline, system(), user
// functions, close), so the interpreter can take the synchronous path for everything else.

import type { Expr, LValue } from "./awk_parse.ts";
import type { TokenCursor } from "./awk_cursor.ts";

const ASYNC_BUILTINS = new Set(["system", "close", "fflush"]);

export function mk<T extends Omit<Expr, "a">>(e: T, ...kids: (Expr | null | undefined)[]): T & { a: boolean } {
  return Object.assign(e, { a: kids.some((k) => k?.a) });
}

export interface ExprParser {
  expr(noGt: boolean, noIn: boolean): Expr;
  concat(noGt: boolean, noIn: boolean): Expr;
}

export function exprParser(tk: TokenCursor): ExprParser {
  // ---- expressions ----
  const isLvalue = (e: Expr): e is LValue & { a: boolean } => e.t === "var" || e.t === "field" || e.t === "idx";

  const primary = (noGt: boolean): Expr => {
    const t = tk.peek();
    if (t.kind === "num") {
      tk.i++;
      return mk({ t: "num", v: t.n! });
    }
    if (t.kind === "str") {
      tk.i++;
      return mk({ t: "str", v: t.v });
    }
    if (t.kind === "ere") {
      tk.i++;
      return mk({ t: "re", re: t.v });
    }
    if (tk.is("(")) {
      tk.i++;
      const first = expr(false, false);
      if (tk.is(",")) {
        // (a, b) in arr
        const subs = [first];
        while (tk.is(",")) {
          tk.i++;
          tk.skipNl();
          subs.push(expr(false, false));
        }
        tk.expect(")");
        if (!tk.is("in")) tk.fail();
        tk.i++;
        const name = tk.peek();
        if (name.kind !== "name") tk.fail();
        tk.i++;
        return mk({ t: "in", subs, name: name.v }, ...subs);
      }
      tk.expect(")");
      return first;
    }
    if (tk.is("$")) {
      tk.i++;
      let e: Expr;
      if (tk.is("++") || tk.is("--")) e = unaryIncDec(noGt);
      else if (tk.is("-") || tk.is("!") || tk.is("+")) {
        const op = tk.peek().v as "-";
        tk.i++;
        const inner = primaryPostfix(noGt);
        e = mk({ t: "unary", op, e: inner }, inner);
      } else e = primary(noGt);
      return mk({ t: "field", e }, e);
    }
    if (t.kind === "kw" && t.v === "getline") {
      tk.i++;
      let lv: LValue | null = null;
      if (tk.peek().kind === "name" || tk.is("$")) {
        const e = primaryPostfixNoIncDec(noGt);
        if (!isLvalue(e)) tk.fail();
        lv = e as LValue;
      }
      if (tk.is("<")) {
        tk.i++;
        const file = primaryPostfix(noGt);
        const g = mk({ t: "getline", kind: "file" as const, lv, src: file }, file);
        g.a = true; // reading the file awaits, whatever the file name expression is
        return g;
      }
      const r = mk({ t: "getline", kind: "simple" as const, lv, src: null });
      r.a = true;
      return r;
    }
    if (t.kind === "builtin") {
      tk.i++;
      const args: Expr[] = [];
      if (tk.is("(")) {
        tk.i++;
        tk.skipNl();
        if (!tk.is(")")) {
          args.push(expr(false, false));
          while (tk.is(",")) {
            tk.i++;
            tk.skipNl();
            args.push(expr(false, false));
          }
        }
        tk.skipNl();
        tk.expect(")");
      } else if (t.v !== "length") tk.fail();
      const e = mk({ t: "builtin", name: t.v, args }, ...args);
      if (ASYNC_BUILTINS.has(t.v)) e.a = true;
      return e;
    }
    if (t.kind === "func_name") {
      tk.i++;
      tk.expect("(");
      tk.skipNl();
      const args: Expr[] = [];
      if (!tk.is(")")) {
        args.push(expr(false, false));
        while (tk.is(",")) {
          tk.i++;
          tk.skipNl();
          args.push(expr(false, false));
        }
      }
      tk.skipNl();
      tk.expect(")");
      const e = mk({ t: "call", name: t.v, args }, ...args);
      e.a = true;
      return e;
    }
    if (t.kind === "name") {
      tk.i++;
      if (tk.is("[")) {
        tk.i++;
        const subs = [expr(false, false)];
        while (tk.is(",")) {
          tk.i++;
          tk.skipNl();
          subs.push(expr(false, false));
        }
        tk.expect("]");
        return mk({ t: "idx", name: t.v, subs }, ...subs) as Expr;
      }
      return { t: "var", name: t.v, a: false };
    }
    if (tk.is("-") || tk.is("+") || tk.is("!")) {
      const op = tk.peek().v as "-";
      tk.i++;
      const e = unary(noGt);
      return mk({ t: "unary", op, e }, e);
    }
    if (tk.is("++") || tk.is("--")) return unaryIncDec(noGt);
    return tk.fail();
  };
  const unaryIncDec = (noGt: boolean): Expr => {
    const op = tk.peek().v as "++";
    tk.i++;
    const lv = primaryPostfixNoIncDec(noGt);
    if (!isLvalue(lv)) tk.fail();
    return mk({ t: "incdec", op, prefix: true, lv: lv as LValue }, lv);
  };
  const primaryPostfixNoIncDec = (noGt: boolean): Expr => primary(noGt);
  const primaryPostfix = (noGt: boolean): Expr => {
    const e = primary(noGt);
    if ((tk.is("++") || tk.is("--")) && isLvalue(e)) {
      const op = tk.peek().v as "++";
      tk.i++;
      return mk({ t: "incdec", op, prefix: false, lv: e as LValue }, e);
    }
    return e;
  };
  const power = (noGt: boolean): Expr => {
    const base = primaryPostfix(noGt);
    if (tk.is("^")) {
      tk.i++;
      const exp = unaryForPower(noGt);
      return mk({ t: "bin", op: "^", l: base, r: exp }, base, exp);
    }
    return base;
  };
  const unaryForPower = (noGt: boolean): Expr => {
    if (tk.is("-") || tk.is("+") || tk.is("!")) {
      const op = tk.peek().v as "-";
      tk.i++;
      const e = unaryForPower(noGt);
      return mk({ t: "unary", op, e }, e);
    }
    return power(noGt);
  };
  const unary = (noGt: boolean): Expr => {
    if (tk.is("-") || tk.is("+") || tk.is("!")) {
      const op = tk.peek().v as "-";
      tk.i++;
      const e = unary(noGt);
      return mk({ t: "unary", op, e }, e);
    }
    return power(noGt);
  };
  const mul = (noGt: boolean): Expr => {
    let l = unary(noGt);
    while (tk.is("*") || tk.is("/") || tk.is("%")) {
      const op = tk.peek().v;
      tk.i++;
      const r = unary(noGt);
      l = mk({ t: "bin", op, l, r }, l, r);
    }
    return l;
  };
  const add = (noGt: boolean): Expr => {
    let l = mul(noGt);
    while (tk.is("+") || tk.is("-")) {
      const op = tk.peek().v;
      tk.i++;
      const r = mul(noGt);
      l = mk({ t: "bin", op, l, r }, l, r);
    }
    return l;
  };
  /** Can the next token begin an operand of an implicit concatenation? (not + or -: binary) */
  const startsOperand = (): boolean => {
    const t = tk.peek();
    if (t.kind === "num" || t.kind === "str" || t.kind === "ere" || t.kind === "name" || t.kind === "func_name" || t.kind === "builtin") return true;
    if (t.kind === "kw") return t.v === "getline";
    return t.kind === "op" && (t.v === "$" || t.v === "(" || t.v === "++" || t.v === "--");
  };
  const concat = (noGt: boolean, _noIn: boolean): Expr => {
    let l = add(noGt);
    for (;;) {
      if (tk.is("|") && tk.peek(1).kind === "kw" && tk.peek(1).v === "getline") {
        tk.i += 2;
        let lv: LValue | null = null;
        if (tk.peek().kind === "name" || tk.is("$")) {
          const e = primary(noGt);
          if (!isLvalue(e)) tk.fail();
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
    const t = tk.peek();
    if (t.kind === "op" && ["<", "<=", "!=", "==", ">=", ">"].includes(t.v) && !(noGt && t.v === ">")) {
      tk.i++;
      const r = concat(noGt, noIn);
      return mk({ t: "bin", op: t.v, l, r }, l, r);
    }
    return l;
  };
  const matchExpr = (noGt: boolean, noIn: boolean): Expr => {
    let l = comparison(noGt, noIn);
    while (tk.is("~") || tk.is("!~")) {
      const neg = tk.peek().v === "!~";
      tk.i++;
      const r = comparison(noGt, noIn);
      l = mk({ t: "match", neg, l, r }, l, r);
    }
    return l;
  };
  const inExpr = (noGt: boolean, noIn: boolean): Expr => {
    let l = matchExpr(noGt, noIn);
    while (!noIn && tk.is("in")) {
      tk.i++;
      const n = tk.peek();
      if (n.kind !== "name") tk.fail();
      tk.i++;
      l = mk({ t: "in", subs: [l], name: n.v }, l);
    }
    return l;
  };
  /** && and ||: left-associative, and a newline may follow the operator. */
  const logical = (op: "&&" | "||", t: "and" | "or", operand: (noGt: boolean, noIn: boolean) => Expr) => (noGt: boolean, noIn: boolean): Expr => {
    let l = operand(noGt, noIn);
    while (tk.is(op)) {
      tk.i++;
      tk.skipNl();
      const r = operand(noGt, noIn);
      l = mk({ t, l, r }, l, r);
    }
    return l;
  };
  const andExpr = logical("&&", "and", inExpr);
  const orExpr = logical("||", "or", andExpr);
  const ternary = (noGt: boolean, noIn: boolean): Expr => {
    const c = orExpr(noGt, noIn);
    if (tk.is("?")) {
      tk.i++;
      tk.skipNl();
      const x = ternary(noGt, noIn);
      tk.skipNl();
      tk.expect(":");
      tk.skipNl();
      const y = ternary(noGt, noIn);
      return mk({ t: "cond", c, x, y }, c, x, y);
    }
    return c;
  };
  const expr = (noGt: boolean, noIn: boolean): Expr => {
    const l = ternary(noGt, noIn);
    const t = tk.peek();
    if (t.kind === "op" && ["=", "+=", "-=", "*=", "/=", "%=", "^="].includes(t.v) && isLvalue(l)) {
      tk.i++;
      tk.skipNl();
      const r = expr(noGt, noIn);
      return mk({ t: "assign", op: t.v, lv: l as LValue, e: r }, l, r);
    }
    return l;
  };

  return { expr, concat };
}
