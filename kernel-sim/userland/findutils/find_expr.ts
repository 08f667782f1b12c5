// find(1)'s expression language (GNU findutils 4.9): tests, actions, operators ( ) ! -not -a
// -and -o -or , with the implicit -and and the implicit -print when there is no action.
// Parsing only; evaluation is in find.ts.

import { fnmatchToRegExp } from "../lib/fnmatch.ts";

export type Node =
  | { op: "and" | "or" | "comma"; l: Node; r: Node }
  | { op: "not"; e: Node }
  | { op: "test"; name: string; arg?: string; re?: RegExp; num?: NumArg; mode?: PermArg; argv?: string[]; batch?: boolean };

export interface NumArg {
  cmp: -1 | 0 | 1; // -N less, N exactly, +N more
  n: number;
  unit?: string;
}

export interface PermArg {
  kind: "exact" | "all" | "any";
  bits: number;
  /** Symbolic modes are resolved against 0 at parse time. */
}

export class FindError {
  constructor(readonly message: string) {}
}

export interface Globals {
  maxdepth: number;
  mindepth: number;
  depthFirst: boolean;
  follow: "P" | "L" | "H";
  hasAction: boolean;
}

const NO_ARG = new Set(["-print", "-print0", "-delete", "-prune", "-quit", "-true", "-false", "-empty", "-ls", "-readable", "-writable", "-executable", "-nouser", "-nogroup", "-depth", "-xdev", "-mount", "-noleaf", "-follow", "-daystart", "-ignore_readdir_race", "-nowarn", "-warn"]);
const ONE_ARG = new Set(["-name", "-iname", "-path", "-ipath", "-wholename", "-iwholename", "-regex", "-iregex", "-type", "-xtype", "-size", "-perm", "-newer", "-anewer", "-cnewer", "-user", "-group", "-uid", "-gid", "-mtime", "-atime", "-ctime", "-mmin", "-amin", "-cmin", "-links", "-inum", "-samefile", "-printf", "-fprint", "-maxdepth", "-mindepth", "-lname", "-ilname", "-used", "-fstype", "-newermt", "-regextype", "-files0-from"]);
const ACTIONS = new Set(["-print", "-print0", "-printf", "-exec", "-execdir", "-ok", "-okdir", "-delete", "-ls", "-quit", "-fprint", "-prune"]);

function numArg(s: string, what: string): NumArg {
  const m = /^([+-]?)([0-9]+)([bcwkMG]?)$/.exec(s);
  if (!m) throw new FindError(`invalid argument \`${s}' to \`${what}'`);
  return { cmp: m[1] === "+" ? 1 : m[1] === "-" ? -1 : 0, n: Number(m[2]), unit: m[3] };
}

/** -perm MODE, -MODE, /MODE with octal or symbolic (u+x, go=r...) modes. */
function permArg(s: string): PermArg {
  let kind: PermArg["kind"] = "exact";
  let m = s;
  if (m.startsWith("-")) {
    kind = "all";
    m = m.slice(1);
  } else if (m.startsWith("/")) {
    kind = "any";
    m = m.slice(1);
  }
  if (/^[0-7]+$/.test(m)) return { kind, bits: parseInt(m, 8) };
  let bits = 0;
  for (const clause of m.split(",")) {
    const cm = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    if (!cm) throw new FindError(`invalid mode \`${s}'`);
    let who = 0;
    for (const w of cm[1] || "a") who |= w === "u" ? 0o4700 : w === "g" ? 0o2070 : w === "o" ? 0o1007 : 0o7777;
    let perm = 0;
    for (const c of cm[3]!) perm |= c === "r" ? 0o444 : c === "w" ? 0o222 : c === "x" || c === "X" ? 0o111 : c === "s" ? 0o6000 : 0o1000;
    if (cm[2] !== "-") bits |= perm & who;
  }
  return { kind, bits };
}

export function parseExpression(args: string[], g: Globals): Node {
  let i = 0;
  const peek = (): string | undefined => args[i];
  const need = (name: string): string => {
    const a = args[++i];
    if (a === undefined) throw new FindError(`missing argument to \`${name}'`);
    return a;
  };
  const primary = (): Node => {
    const a = args[i];
    if (a === undefined) throw new FindError("expected an expression");
    if (a === "(") {
      i++;
      const e = orExpr();
      if (args[i] !== ")") throw new FindError("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
      i++;
      return e;
    }
    if (a === "!" || a === "-not") {
      i++;
      return { op: "not", e: primary() };
    }
    if (ACTIONS.has(a)) g.hasAction = true;
    if (a === "-exec" || a === "-execdir" || a === "-ok" || a === "-okdir") {
      const argv: string[] = [];
      i++;
      for (;;) {
        const x = args[i];
        if (x === undefined) throw new FindError(`missing argument to \`${a}'`);
        if (x === ";") break;
        if (x === "+" && argv[argv.length - 1] === "{}") {
          argv.pop();
          i++;
          return { op: "test", name: a, argv, batch: true };
        }
        argv.push(x);
        i++;
      }
      i++;
      if (argv.length === 0) throw new FindError(`missing argument to \`${a}'`);
      return { op: "test", name: a, argv, batch: false };
    }
    if (NO_ARG.has(a)) {
      i++;
      if (a === "-depth") g.depthFirst = true;
      if (a === "-follow") g.follow = "L";
      if (a === "-delete") g.depthFirst = true;
      return { op: "test", name: a };
    }
    if (ONE_ARG.has(a)) {
      const v = need(a);
      i++;
      switch (a) {
        case "-maxdepth": case "-mindepth": {
          if (!/^[0-9]+$/.test(v)) throw new FindError(`Expected a positive decimal integer argument to ${a}, but got \`${v}'`);
          if (a === "-maxdepth") g.maxdepth = Number(v);
          else g.mindepth = Number(v);
          return { op: "test", name: "-true" };
        }
        case "-name": case "-iname": case "-lname": case "-ilname":
          return { op: "test", name: a, re: fnmatchToRegExp(v, { icase: a.startsWith("-i") }) };
        case "-path": case "-ipath": case "-wholename": case "-iwholename":
          return { op: "test", name: "-path", re: fnmatchToRegExp(v, { icase: a.startsWith("-i") }) };
        case "-regex": case "-iregex":
          return { op: "test", name: "-regex", re: new RegExp("^(?:" + v + ")$", a === "-iregex" ? "i" : "") };
        case "-type": case "-xtype":
          for (const t of v.split(",")) if (!"bcdpflsD".includes(t) || t.length !== 1) throw new FindError(`Unknown argument to ${a}: ${v}`);
          return { op: "test", name: a, arg: v };
        case "-size": return { op: "test", name: a, num: numArg(v, a) };
        case "-mtime": case "-atime": case "-ctime": case "-mmin": case "-amin": case "-cmin": case "-links": case "-inum": case "-uid": case "-gid": case "-used":
          return { op: "test", name: a, num: numArg(v, a) };
        case "-perm": return { op: "test", name: a, mode: permArg(v) };
        case "-regextype": return { op: "test", name: "-true" };
        default: return { op: "test", name: a, arg: v };
      }
    }
    if (a.startsWith("-")) throw new FindError(`unknown predicate \`${a}'`);
    throw new FindError(`paths must precede expression: \`${a}'`);
  };
  const andExpr = (): Node => {
    let l = primary();
    for (;;) {
      const a = peek();
      if (a === undefined || a === ")" || a === "-o" || a === "-or" || a === ",") return l;
      if (a === "-a" || a === "-and") i++;
      l = { op: "and", l, r: primary() };
    }
  };
  const orExpr = (): Node => {
    let l = andExpr();
    for (;;) {
      const a = peek();
      if (a === "-o" || a === "-or") {
        i++;
        l = { op: "or", l, r: andExpr() };
      } else if (a === ",") {
        i++;
        l = { op: "comma", l, r: andExpr() };
      } else return l;
    }
  };
  if (args.length === 0) return { op: "test", name: "-print" };
  const e = orExpr();
  if (i < args.length) {
    if (args[i] === ")") throw new FindError("invalid expression; you have too many ')'");
    throw new FindError(`paths must precede expression: \`${args[i]}'`);
  }
  if (!g.hasAction) return { op: "and", l: e, r: { op: "test", name: "-print" } };
  return e;
}
