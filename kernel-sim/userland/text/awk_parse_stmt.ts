// awk statements and actions: print/printf with redirections, if/while/do/for/for-in,
// next, exit, return, delete, getline forms, and { } blocks.

import type { Expr, LValue, Stmt } from "./awk_parse.ts";
import type { TokenCursor } from "./awk_cursor.ts";
import type { ExprParser } from "./awk_parse_expr.ts";
import { mk } from "./awk_parse_expr.ts";

export function stmtParser(tk: TokenCursor, ep: ExprParser): { action: () => Stmt[] } {
  const { expr, concat } = ep;
  // ---- statements ----
  const simpleEnd = (): void => {
    if (tk.is(";") || tk.peek().kind === "nl") {
      tk.i++;
      return;
    }
    if (tk.is("}") || tk.peek().kind === "eof") return;
    tk.fail();
  };
  const printStmt = (): Stmt => {
    const printf = tk.peek().v === "printf";
    tk.i++;
    let args: Expr[] = [];
    const save = tk.i;
    if (tk.is("(")) {
      // print (a, b) > "f": a parenthesised list, if ")" is followed by the statement's end.
      tk.i++;
      const list: Expr[] = [];
      try {
        if (!tk.is(")")) {
          list.push(expr(false, false));
          while (tk.is(",")) {
            tk.i++;
            tk.skipNl();
            list.push(expr(false, false));
          }
        }
        tk.expect(")");
        if (tk.is(";") || tk.is("}") || tk.is(">") || tk.is(">>") || tk.is("|") || tk.peek().kind === "nl" || tk.peek().kind === "eof") args = list;
        else tk.i = save;
      } catch {
        tk.i = save;
      }
    }
    if (tk.i === save && !(tk.is(";") || tk.is("}") || tk.peek().kind === "nl" || tk.peek().kind === "eof" || tk.is(">") || tk.is(">>") || tk.is("|"))) {
      args.push(expr(true, false));
      while (tk.is(",")) {
        tk.i++;
        tk.skipNl();
        args.push(expr(true, false));
      }
    }
    let redir: { op: string; e: Expr } | null = null;
    if (tk.is(">") || tk.is(">>") || tk.is("|")) {
      const op = tk.peek().v;
      tk.i++;
      redir = { op, e: concat(true, false) };
    }
    if (printf && args.length === 0) tk.fail();
    return { t: "print", printf, args, redir };
  };
  const simpleStmt = (): Stmt => {
    const t = tk.peek();
    if (t.kind === "kw") {
      switch (t.v) {
        case "print": case "printf": return printStmt();
        case "next": case "nextfile": case "break": case "continue":
          tk.i++;
          return { t: t.v };
        case "exit": case "return": {
          tk.i++;
          const e = tk.is(";") || tk.is("}") || tk.peek().kind === "nl" || tk.peek().kind === "eof" ? null : expr(false, false);
          return { t: t.v, e };
        }
        case "delete": {
          tk.i++;
          const n = tk.peek();
          if (n.kind !== "name") tk.fail();
          tk.i++;
          if (tk.is("[")) {
            tk.i++;
            const subs = [expr(false, false)];
            while (tk.is(",")) {
              tk.i++;
              subs.push(expr(false, false));
            }
            tk.expect("]");
            return { t: "delete", name: n.v, subs };
          }
          return { t: "delete", name: n.v, subs: null };
        }
      }
    }
    return { t: "expr", e: expr(false, false) };
  };
  const stmt = (): Stmt => {
    tk.skipTerms();
    const t = tk.peek();
    if (tk.is("{")) {
      tk.i++;
      tk.depth++;
      const body = stmts();
      tk.expect("}");
      tk.depth--;
      return { t: "block", body };
    }
    if (t.kind === "kw") {
      if (t.v === "if") {
        tk.i++;
        tk.expect("(");
        const c = expr(false, false);
        tk.expect(")");
        tk.skipNl();
        const a = stmt();
        const save = tk.i;
        tk.skipTerms();
        if (tk.is("else")) {
          tk.i++;
          tk.skipNl();
          return { t: "if", c, a, b: stmt() };
        }
        tk.i = save;
        return { t: "if", c, a, b: null };
      }
      if (t.v === "while") {
        tk.i++;
        tk.expect("(");
        const c = expr(false, false);
        tk.expect(")");
        if (tk.is(";")) {
          tk.i++;
          return { t: "while", c, body: { t: "block", body: [] } };
        }
        tk.skipNl();
        return { t: "while", c, body: stmt() };
      }
      if (t.v === "do") {
        tk.i++;
        tk.skipNl();
        const body = stmt();
        tk.skipTerms();
        if (!tk.is("while")) tk.fail();
        tk.i++;
        tk.expect("(");
        const c = expr(false, false);
        tk.expect(")");
        simpleEnd();
        return { t: "do", body, c };
      }
      if (t.v === "for") {
        tk.i++;
        tk.expect("(");
        if (tk.peek().kind === "name" && tk.peek(1).kind === "kw" && tk.peek(1).v === "in" && tk.peek(2).kind === "name" && tk.peek(3).v === ")") {
          const v: LValue = { t: "var", name: tk.peek().v, a: false };
          const arr = tk.peek(2).v;
          tk.i += 4;
          tk.skipNl();
          return { t: "forin", v, arr, body: stmt() };
        }
        const init = tk.is(";") ? null : expr(false, false);
        tk.expect(";");
        tk.skipNl();
        const c = tk.is(";") ? null : expr(false, false);
        tk.expect(";");
        tk.skipNl();
        const step = tk.is(")") ? null : expr(false, false);
        tk.expect(")");
        if (tk.is(";")) {
          tk.i++;
          return { t: "for", init, c, step, body: { t: "block", body: [] } };
        }
        tk.skipNl();
        return { t: "for", init, c, step, body: stmt() };
      }
    }
    if (tk.is(";")) {
      tk.i++;
      return { t: "block", body: [] };
    }
    const s = simpleStmt();
    simpleEnd();
    return s;
  };
  const stmts = (): Stmt[] => {
    const out: Stmt[] = [];
    for (;;) {
      tk.skipTerms();
      if (tk.is("}") || tk.peek().kind === "eof") return out;
      out.push(stmt());
    }
  };
  const action = (): Stmt[] => {
    tk.expect("{");
    tk.depth++;
    const body = stmts();
    tk.expect("}");
    tk.depth--;
    return body;
  };

  return { action };
}
