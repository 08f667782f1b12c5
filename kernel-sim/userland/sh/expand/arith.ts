// Shell arithmetic: $(( )), (( )), let, array subscripts. bash(1) "ARITHMETIC EVALUATION": C's
// operators on 64-bit signed integers, variables evaluated recursively as expressions, constants
// 0x1f, 017, base#n. Parsed once per distinct text into a tree (cached): a loop that runs
// `i=$((i+1))` a million times parses it once.

export interface ArithVars {
  /** The variable's value as text, undefined when unset. name may be "a[3]" for an element. */
  get(name: string, index: number | null): string | undefined;
  /** value is the decimal text of the 64-bit result. */
  set(name: string, index: number | null, value: string): void;
}

/** An arithmetic error: message as bash words it, and the rest of the text at the error. */
export class ArithError {
  /** The expression text the error is in (a variable's value for x=1+; $((x))). */
  expr: string | null = null;
  constructor(
    readonly message: string,
    readonly token: string,
    /** dash's wording: "expecting primary", "division by zero". */
    readonly dash: string,
  ) {}
}

type Node =
  | { k: "num"; v: bigint }
  | { k: "var"; name: string; index: Node | null }
  | { k: "un"; op: string; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node; at: string }
  | { k: "assign"; op: string; name: string; index: Node | null; b: Node }
  | { k: "incdec"; op: string; prefix: boolean; name: string; index: Node | null }
  | { k: "cond"; c: Node; a: Node; b: Node }
  | { k: "comma"; a: Node; b: Node }
  | { k: "empty" };

const cache = new Map<string, Node>();

/** Evaluate an (already expanded) arithmetic expression exactly, as bash's intmax_t. Throws ArithError. */
export function arithBig(text: string, vars: ArithVars, depth = 0): bigint {
  let n = cache.get(text);
  if (n === undefined) {
    n = new ArithParser(text).parseTop();
    if (cache.size > 5000) cache.clear();
    cache.set(text, n);
  }
  return evalNode(n, vars, depth);
}

/** The same as a JS number (indices, counts: values that fit). */
export function arith(text: string, vars: ArithVars, depth = 0): number {
  return Number(arithBig(text, vars, depth));
}

/** Wrap to a signed 64-bit integer. */
function wrap(v: bigint): bigint {
  return BigInt.asIntN(64, v);
}

const PREC: Record<string, number> = {
  "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6,
  "<": 7, ">": 7, "<=": 7, ">=": 7, "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10, "**": 11,
};
const ASSIGN_OPS = ["<<=", ">>=", "**=", "*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=", "="];
const BIN_OPS = ["**", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "<", ">", "+", "-", "*", "/", "%", "&", "^", "|"];

class ArithParser {
  private i = 0;
  constructor(private readonly s: string) {}

  private ws(): void {
    while (this.i < this.s.length && " \t\n\r".includes(this.s[this.i]!)) this.i++;
  }
  private rest(): string {
    return this.tokenAt(this.i);
  }
  /**
   * bash's "error token": the text from the current token on; at the end of the text that is the
   * last token read, with its trailing blanks ("1 + " fails at "+ ") - expr.c evalerror(lasttp).
   */
  private tokenAt(i: number): string {
    const s = this.s;
    let j = i;
    while (j < s.length && " \t\n\r".includes(s[j]!)) j++;
    if (j < s.length) return s.slice(i);
    let k = i;
    while (k > 0 && " \t\n\r".includes(s[k - 1]!)) k--;
    if (k === 0) return s.slice(i);
    const word = /[A-Za-z0-9_#@]/;
    const isWord = word.test(s[k - 1]!);
    while (k > 0 && !" \t\n\r".includes(s[k - 1]!) && word.test(s[k - 1]!) === isWord && (isWord || !"()".includes(s[k - 1]!))) k--;
    return s.slice(k);
  }
  private fail(msg: string, dash = "expecting primary"): never {
    throw new ArithError(msg, this.rest(), dash);
  }

  parseTop(): Node {
    this.ws();
    if (this.i >= this.s.length) return { k: "empty" };
    const n = this.comma();
    this.ws();
    if (this.i < this.s.length) this.fail("syntax error in expression", "expecting EOF");
    return n;
  }
  private comma(): Node {
    let a = this.assign();
    this.ws();
    while (this.s[this.i] === ",") {
      this.i++;
      a = { k: "comma", a, b: this.assign() };
      this.ws();
    }
    return a;
  }
  private assign(): Node {
    this.ws();
    const save = this.i;
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.rest());
    if (m) {
      this.i += m[0].length;
      const index = this.subscript();
      this.ws();
      for (const op of ASSIGN_OPS) {
        if (this.s.startsWith(op, this.i) && !(op === "=" && this.s[this.i + 1] === "=")) {
          this.i += op.length;
          const b = this.assign();
          return { k: "assign", op: op.slice(0, -1), name: m[0], index, b };
        }
      }
      this.i = save;
    }
    return this.ternary();
  }
  private subscript(): Node | null {
    if (this.s[this.i] !== "[") return null;
    this.i++;
    const n = this.comma();
    this.ws();
    if (this.s[this.i] !== "]") this.fail("syntax error: invalid arithmetic operator", "expecting ']'");
    this.i++;
    return n;
  }
  private ternary(): Node {
    const c = this.binary(1);
    this.ws();
    if (this.s[this.i] !== "?") return c;
    this.i++;
    const a = this.comma();
    this.ws();
    if (this.s[this.i] !== ":") this.fail("`:' expected for conditional expression", "expecting ':'");
    this.i++;
    const b = this.assign();
    return { k: "cond", c, a, b };
  }
  private binary(minPrec: number): Node {
    let a = this.unary();
    for (;;) {
      this.ws();
      let op: string | undefined;
      for (const o of BIN_OPS) {
        if (this.s.startsWith(o, this.i)) {
          op = o;
          break;
        }
      }
      // an assignment operator is not a binary one: a+=1 inside an expression is a syntax error
      if (op === undefined || (this.s[this.i + op.length] === "=" && op !== "==" && op !== "!=" && op !== "<=" && op !== ">=")) return a;
      const p = PREC[op]!;
      if (p < minPrec) return a;
      const at = this.rest();
      this.i += op.length;
      const b = op === "**" ? this.binary(p) : this.binary(p + 1);
      // bash checks the exponent once its operand is read: the error token is the one after it
      a = { k: "bin", op, a, b, at: op === "**" ? "**" + this.tokenAt(this.i) : at };
    }
  }
  private unary(): Node {
    this.ws();
    const c = this.s[this.i];
    if ((c === "+" || c === "-") && this.s[this.i + 1] === c) {
      this.i += 2;
      this.ws();
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.rest());
      if (!m) this.fail("syntax error: operand expected");
      this.i += m[0].length;
      return { k: "incdec", op: c, prefix: true, name: m[0], index: this.subscript() };
    }
    if (c === "-" || c === "+" || c === "!" || c === "~") {
      this.i++;
      return { k: "un", op: c, a: this.unary() };
    }
    return this.postfix();
  }
  private postfix(): Node {
    this.ws();
    const c = this.s[this.i];
    if (c === "(") {
      this.i++;
      const n = this.comma();
      this.ws();
      if (this.s[this.i] !== ")") this.fail("syntax error: missing `)'", "expecting ')'");
      this.i++;
      return n;
    }
    const num = /^(0[xX][0-9a-fA-F]*|[0-9]+#[0-9a-zA-Z@_]+|[0-9]+)/.exec(this.rest());
    if (num) {
      const tokStart = this.i;
      this.i += num[0].length;
      if (/^[0-9a-zA-Z_@#]/.test(this.s[this.i] ?? "")) {
        this.i = tokStart;
        this.fail("value too great for base", "expecting EOF");
      }
      return { k: "num", v: this.number(num[0], tokStart) };
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.rest());
    if (m) {
      this.i += m[0].length;
      const index = this.subscript();
      this.ws();
      const p = this.s[this.i];
      if ((p === "+" || p === "-") && this.s[this.i + 1] === p) {
        this.i += 2;
        return { k: "incdec", op: p, prefix: false, name: m[0], index };
      }
      return { k: "var", name: m[0], index };
    }
    this.fail("syntax error: operand expected");
  }
  private number(t: string, at: number): bigint {
    let base = 10;
    let digits = t;
    if (/^0[xX]/.test(t)) {
      base = 16;
      digits = t.slice(2);
    } else if (t.includes("#")) {
      const h = t.indexOf("#");
      base = Number(t.slice(0, h));
      digits = t.slice(h + 1);
      if (base < 2 || base > 64) {
        this.i = at;
        this.fail("invalid arithmetic base", "expecting EOF");
      }
    } else if (t.length > 1 && t[0] === "0") {
      base = 8;
      digits = t.slice(1);
    }
    let v = 0n;
    const bb = BigInt(base);
    for (const ch of digits) {
      let d: number;
      if (ch >= "0" && ch <= "9") d = ch.charCodeAt(0) - 48;
      else if (ch >= "a" && ch <= "z") d = ch.charCodeAt(0) - 87;
      else if (ch >= "A" && ch <= "Z") d = base <= 36 ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 29;
      else if (ch === "@") d = 62;
      else d = 63;
      if (d >= base) {
        this.i = at;
        this.fail("value too great for base", "expecting EOF");
      }
      v = wrap(v * bb + BigInt(d));
    }
    return v;
  }
}

function readVar(name: string, index: bigint | null, vars: ArithVars, depth: number): bigint {
  const s = vars.get(name, index === null ? null : Number(index));
  if (s === undefined || s === "") return 0n;
  if (/^-?[0-9]+$/.test(s) && s.length < 19) return BigInt(s);
  if (depth > 100) throw new ArithError("expression recursion level exceeded", s, "expression recursion level exceeded");
  try {
    return arithBig(s, vars, depth + 1);
  } catch (e) {
    if (e instanceof ArithError && e.expr === null) e.expr = s;
    throw e;
  }
}

function setVar(vars: ArithVars, name: string, index: bigint | null, v: bigint): void {
  vars.set(name, index === null ? null : Number(index), String(v));
}

function evalNode(n: Node, vars: ArithVars, depth: number): bigint {
  switch (n.k) {
    case "num":
      return n.v;
    case "empty":
      return 0n;
    case "var":
      return readVar(n.name, n.index ? evalNode(n.index, vars, depth) : null, vars, depth);
    case "un": {
      const a = evalNode(n.a, vars, depth);
      switch (n.op) {
        case "-": return wrap(-a);
        case "+": return a;
        case "!": return a === 0n ? 1n : 0n;
        default: return ~a;
      }
    }
    case "incdec": {
      const idx = n.index ? evalNode(n.index, vars, depth) : null;
      const old = readVar(n.name, idx, vars, depth);
      const nv = wrap(n.op === "+" ? old + 1n : old - 1n);
      setVar(vars, n.name, idx, nv);
      return n.prefix ? nv : old;
    }
    case "assign": {
      const idx = n.index ? evalNode(n.index, vars, depth) : null;
      let v = evalNode(n.b, vars, depth);
      if (n.op !== "") v = binop(n.op, readVar(n.name, idx, vars, depth), v, "");
      setVar(vars, n.name, idx, v);
      return v;
    }
    case "cond":
      return evalNode(n.c, vars, depth) !== 0n ? evalNode(n.a, vars, depth) : evalNode(n.b, vars, depth);
    case "comma":
      evalNode(n.a, vars, depth);
      return evalNode(n.b, vars, depth);
    case "bin":
      if (n.op === "&&") return evalNode(n.a, vars, depth) !== 0n && evalNode(n.b, vars, depth) !== 0n ? 1n : 0n;
      if (n.op === "||") return evalNode(n.a, vars, depth) !== 0n || evalNode(n.b, vars, depth) !== 0n ? 1n : 0n;
      return binop(n.op, evalNode(n.a, vars, depth), evalNode(n.b, vars, depth), n.at);
  }
}

function binop(op: string, a: bigint, b: bigint, at: string): bigint {
  switch (op) {
    case "+": return wrap(a + b);
    case "-": return wrap(a - b);
    case "*": return wrap(a * b);
    case "/":
    case "%": {
      if (b === 0n) throw new ArithError("division by 0", at.slice(1).trimStart() || at, "division by zero");
      return wrap(op === "/" ? a / b : a % b);
    }
    case "**": {
      if (b < 0n) throw new ArithError("exponent less than 0", at.slice(2).trimStart(), "exponent less than 0");
      // square-and-multiply with wrapping: 2**100 must not build a huge number first
      let r = 1n;
      let x = a;
      let e = b;
      while (e > 0n) {
        if (e & 1n) r = wrap(r * x);
        x = wrap(x * x);
        e >>= 1n;
      }
      return r;
    }
    case "<<": return wrap(a << (b & 63n));
    case ">>": return a >> (b & 63n);
    case "<": return a < b ? 1n : 0n;
    case ">": return a > b ? 1n : 0n;
    case "<=": return a <= b ? 1n : 0n;
    case ">=": return a >= b ? 1n : 0n;
    case "==": return a === b ? 1n : 0n;
    case "!=": return a !== b ? 1n : 0n;
    case "&": return a & b;
    case "^": return a ^ b;
    case "|": return a | b;
  }
  return 0n;
}
