// The awk parser: tokens to an AST. This file holds the AST types and the program level
// (BEGIN/END, pattern-action items, function definitions); expressions are parsed in
// awk_parse_expr.ts, statements in awk_parse_stmt.ts.

import { lex } from "./awk_lex.ts";
import { TokenCursor } from "./awk_cursor.ts";
import { exprParser } from "./awk_parse_expr.ts";
import { stmtParser } from "./awk_parse_stmt.ts";

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

export function parseAwk(src: string): Program {
  const tk = new TokenCursor(lex(src), src);
  const funcs = new Map<string, Func>();
  const items: Item[] = [];
  const ep = exprParser(tk);
  const { expr } = ep;
  const { action } = stmtParser(tk, ep);

  // ---- program ----
  for (;;) {
    tk.skipTerms();
    const t = tk.peek();
    if (t.kind === "eof") break;
    if (t.kind === "kw" && (t.v === "BEGIN" || t.v === "END")) {
      tk.i++;
      tk.skipNl();
      items.push({ kind: t.v, pattern: null, pattern2: null, action: action() });
      continue;
    }
    if (t.kind === "kw" && t.v === "function") {
      tk.i++;
      const n = tk.peek();
      if (n.kind !== "name" && n.kind !== "func_name") tk.fail();
      tk.i++;
      tk.expect("(");
      const params: string[] = [];
      while (!tk.is(")")) {
        const pn = tk.peek();
        if (pn.kind !== "name") tk.fail();
        params.push(pn.v);
        tk.i++;
        if (tk.is(",")) {
          tk.i++;
          tk.skipNl();
        }
      }
      tk.i++;
      tk.skipNl();
      funcs.set(n.v, { name: n.v, params, body: action() });
      continue;
    }
    let pattern: Expr | null = null;
    let pattern2: Expr | null = null;
    if (!tk.is("{")) {
      pattern = expr(false, false);
      if (tk.is(",")) {
        tk.i++;
        tk.skipNl();
        pattern2 = expr(false, false);
      }
    }
    const act = tk.is("{") ? action() : null;
    items.push({ kind: "main", pattern, pattern2, action: act });
  }
  return { items, funcs };
}

