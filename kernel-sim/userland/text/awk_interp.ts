// The awk interpreter: records and fields, variables and arrays, the statements, and the
// built-in functions. Expressions without waiting parts (see Expr.a) are evaluated by the
// synchronous evs(); the rest by ev(), which awaits getline, system() and user functions.

import type { Proc } from "../lib/main.ts";
import { compilePosix } from "../lib/regex.ts";
import type { Expr, Func, LValue, Program, Stmt } from "./awk_parse.ts";
import type { Val } from "./awk_value.ts";
import { StrNum, UNINIT, compare, numToStr, sprintf, toBool, toNum, toStr } from "./awk_value.ts";
import { AwkIO } from "./awk_io.ts";

type Arr = Map<string, Val>;
type Frame = Map<string, Val | Arr>;

class Next {}
class NextFile {}
class Break {}
class Continue {}
export class Exit {
  constructor(readonly status: number) {}
}
class Return {
  constructor(readonly v: Val) {}
}
const NEXT = new Next();
const NEXTFILE = new NextFile();
const BREAK = new Break();
const CONTINUE = new Continue();

export class AwkRuntimeError {
  constructor(readonly message: string) {}
}

export class Awk {
  vars = new Map<string, Val>();
  arrays = new Map<string, Arr>();
  private frames: Frame[] = [];
  private record = "";
  private fields: string[] = [];
  private split = true;
  private nf = 0;
  private reCache = new Map<string, RegExp>();
  private buf = "";
  readonly io: AwkIO;
  private rangeActive = new Map<number, boolean>();
  /** The main loop supplies the next record for plain getline. */
  nextRecord: () => Promise<string | null> = async () => null;

  constructor(
    private readonly p: Proc,
    private readonly prog: Program,
  ) {
    this.io = new AwkIO(p, () => this.flush());
    for (const [k, v] of Object.entries({ FS: " ", OFS: " ", ORS: "\n", RS: "\n", SUBSEP: "\x1c", CONVFMT: "%.6g", OFMT: "%.6g", NR: 0, FNR: 0, RSTART: 0, RLENGTH: -1, FILENAME: "" })) this.vars.set(k, v);
  }

  // ---- output ----
  async flush(): Promise<void> {
    if (this.buf) {
      const b = this.buf;
      this.buf = "";
      await this.p.out.write(b);
    }
  }
  private async out(s: string): Promise<void> {
    this.buf += s;
    if (this.buf.length > 8192) await this.flush();
  }

  // ---- records and fields ----
  setRecord(s: string): void {
    this.record = s;
    this.split = false;
  }
  private doSplit(): void {
    if (this.split) return;
    this.split = true;
    this.fields = this.splitString(this.record, this.str(this.vars.get("FS")!));
    this.nf = this.fields.length;
  }
  splitString(s: string, fs: string): string[] {
    if (fs === " ") {
      const t = s.replace(/^[ \t\n]+|[ \t\n]+$/g, "");
      return t === "" ? [] : t.split(/[ \t\n]+/);
    }
    if (s === "") return [];
    if (fs === "") return Array.from(s);
    if (fs.length === 1 && fs !== "\\") return s.split(fs);
    return s.split(this.regex(fs));
  }
  private getField(i: number): Val {
    if (i === 0) return new StrNum(this.record);
    this.doSplit();
    return i <= this.nf ? new StrNum(this.fields[i - 1]!) : UNINIT;
  }
  private setField(i: number, v: string): void {
    if (i === 0) {
      this.setRecord(v);
      return;
    }
    this.doSplit();
    while (this.nf < i) {
      this.fields.push("");
      this.nf++;
    }
    this.fields[i - 1] = v;
    this.rebuild();
  }
  private rebuild(): void {
    this.record = this.fields.slice(0, this.nf).join(this.str(this.vars.get("OFS")!));
  }
  private setNF(n: number): void {
    this.doSplit();
    n = Math.max(0, Math.trunc(n));
    while (this.fields.length < n) this.fields.push("");
    this.fields.length = n;
    this.nf = n;
    this.rebuild();
  }

  // ---- values ----
  str(v: Val): string {
    return toStr(v, typeof this.vars.get("CONVFMT") === "string" ? (this.vars.get("CONVFMT") as string) : "%.6g");
  }
  private outStr(v: Val): string {
    if (typeof v === "number") return numToStr(v, this.str(this.vars.get("OFMT")!));
    return this.str(v);
  }
  regex(src: string, flags = ""): RegExp {
    const key = flags + "/" + src;
    let r = this.reCache.get(key);
    if (!r) {
      r = compilePosix(src, true, flags);
      this.reCache.set(key, r);
    }
    return r;
  }
  private toRegex(e: Expr, v: Val | null): RegExp {
    if (e.t === "re") return this.regex(e.re);
    return this.regex(this.str(v!));
  }

  // ---- variables ----
  private frame(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }
  getVar(name: string): Val {
    const f = this.frame();
    if (f && f.has(name)) {
      const v = f.get(name)!;
      if (v instanceof Map) throw new AwkRuntimeError(`can't use array ${name} in scalar context`);
      return v;
    }
    if (name === "NF") {
      this.doSplit();
      return this.nf;
    }
    return this.vars.get(name) ?? UNINIT;
  }
  setVar(name: string, v: Val): void {
    const f = this.frame();
    if (f && f.has(name)) {
      f.set(name, v);
      return;
    }
    if (name === "NF") {
      this.setNF(toNum(v));
      return;
    }
    this.vars.set(name, v);
  }
  array(name: string): Arr {
    const f = this.frame();
    if (f && f.has(name)) {
      let a = f.get(name)!;
      if (!(a instanceof Map)) {
        a = new Map();
        f.set(name, a);
      }
      return a;
    }
    let a = this.arrays.get(name);
    if (!a) {
      a = new Map();
      this.arrays.set(name, a);
    }
    return a;
  }
  /** Reading a[k] creates the element, as in every awk. */
  private element(name: string, key: string): Val {
    const arr = this.array(name);
    const v = arr.get(key);
    if (v !== undefined) return v;
    arr.set(key, UNINIT);
    return UNINIT;
  }
  private subscript(vals: Val[]): string {
    return vals.length === 1 ? this.str(vals[0]!) : vals.map((v) => this.str(v)).join(this.str(this.vars.get("SUBSEP")!));
  }

  private getLv(lv: LValue, subs: Val[] | null, field: number): Val {
    if (lv.t === "var") return this.getVar(lv.name);
    if (lv.t === "field") return this.getField(field);
    return this.array(lv.name).get(this.subscript(subs!)) ?? UNINIT;
  }
  private putLv(lv: LValue, subs: Val[] | null, field: number, v: Val): void {
    if (lv.t === "var") this.setVar(lv.name, v);
    else if (lv.t === "field") this.setField(field, this.str(v));
    else this.array(lv.name).set(this.subscript(subs!), v);
  }
  private fieldIndex(v: Val): number {
    const n = Math.trunc(toNum(v));
    if (n < 0) throw new AwkRuntimeError(`negative field index $${n}`);
    return n;
  }

  // ---- operators ----
  private arith(op: string, a: number, b: number): number {
    switch (op) {
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      case "/": return a / b; // mawk: 1/0 is inf, no error
      case "%": return a % b;
      case "^": return a ** b;
    }
    return 0;
  }
  private binop(op: string, l: Val, r: Val): Val {
    switch (op) {
      case "concat": return this.str(l) + this.str(r);
      case "<": return compare(l, r, this.str(this.vars.get("CONVFMT")!)) < 0 ? 1 : 0;
      case "<=": return compare(l, r, this.str(this.vars.get("CONVFMT")!)) <= 0 ? 1 : 0;
      case ">": return compare(l, r, this.str(this.vars.get("CONVFMT")!)) > 0 ? 1 : 0;
      case ">=": return compare(l, r, this.str(this.vars.get("CONVFMT")!)) >= 0 ? 1 : 0;
      case "==": return compare(l, r, this.str(this.vars.get("CONVFMT")!)) === 0 ? 1 : 0;
      case "!=": return compare(l, r, this.str(this.vars.get("CONVFMT")!)) !== 0 ? 1 : 0;
      default: return this.arith(op, toNum(l), toNum(r));
    }
  }
  private assignOp(op: string, old: Val, v: Val): Val {
    return op === "=" ? (v instanceof StrNum && v !== UNINIT ? v : v) : this.arith(op[0]!, toNum(old), toNum(v));
  }

  // ---- synchronous evaluation ----
  evs(e: Expr): Val {
    switch (e.t) {
      case "num": return e.v;
      case "str": return e.v;
      case "re": return this.regex(e.re).test(this.record) ? 1 : 0;
      case "var": return this.getVar(e.name);
      case "field": return this.getField(this.fieldIndex(this.evs(e.e)));
      case "idx": return this.element(e.name, this.subscript(e.subs.map((s) => this.evs(s))));
      case "assign": {
        const subs = e.lv.t === "idx" ? e.lv.subs.map((s) => this.evs(s)) : null;
        const field = e.lv.t === "field" ? this.fieldIndex(this.evs(e.lv.e)) : 0;
        const v = this.evs(e.e);
        const nv = e.op === "=" ? v : this.assignOp(e.op, this.getLv(e.lv, subs, field), v);
        this.putLv(e.lv, subs, field, nv);
        return nv;
      }
      case "cond": return toBool(this.evs(e.c)) ? this.evs(e.x) : this.evs(e.y);
      case "and": return toBool(this.evs(e.l)) && toBool(this.evs(e.r)) ? 1 : 0;
      case "or": return toBool(this.evs(e.l)) || toBool(this.evs(e.r)) ? 1 : 0;
      case "bin": return this.binop(e.op, this.evs(e.l), this.evs(e.r));
      case "match": {
        const s = this.str(this.evs(e.l));
        const re = this.toRegex(e.r, e.r.t === "re" ? null : this.evs(e.r));
        return re.test(s) !== e.neg ? 1 : 0;
      }
      case "in": return this.array(e.name).has(this.subscript(e.subs.map((s) => this.evs(s)))) ? 1 : 0;
      case "unary": {
        const v = this.evs(e.e);
        return e.op === "!" ? (toBool(v) ? 0 : 1) : e.op === "-" ? -toNum(v) : toNum(v);
      }
      case "incdec": {
        const subs = e.lv.t === "idx" ? e.lv.subs.map((s) => this.evs(s)) : null;
        const field = e.lv.t === "field" ? this.fieldIndex(this.evs(e.lv.e)) : 0;
        const old = toNum(this.getLv(e.lv, subs, field));
        const nv = e.op === "++" ? old + 1 : old - 1;
        this.putLv(e.lv, subs, field, nv);
        return e.prefix ? nv : old;
      }
      case "builtin": return this.builtin(e.name, e.args, e.args.map((a) => (a.t === "re" || (a.t === "var" && this.isArrayArg(e.name, a)) ? null : this.evs(a))));
      default: throw new AwkRuntimeError("internal: async expression evaluated synchronously");
    }
  }

  private isArrayArg(name: string, a: Expr): boolean {
    return (name === "split" || name === "length") && a.t === "var" && (this.arrays.has(a.name) || (this.frame()?.get(a.name) instanceof Map));
  }

  // ---- asynchronous evaluation ----
  async ev(e: Expr): Promise<Val> {
    if (!e.a) return this.evs(e);
    switch (e.t) {
      case "field": return this.getField(this.fieldIndex(await this.ev(e.e)));
      case "idx": {
        const subs: Val[] = [];
        for (const s of e.subs) subs.push(await this.ev(s));
        return this.element(e.name, this.subscript(subs));
      }
      case "assign": {
        let subs: Val[] | null = null;
        if (e.lv.t === "idx") {
          subs = [];
          for (const s of e.lv.subs) subs.push(await this.ev(s));
        }
        const field = e.lv.t === "field" ? this.fieldIndex(await this.ev(e.lv.e)) : 0;
        const v = await this.ev(e.e);
        const nv = e.op === "=" ? v : this.assignOp(e.op, this.getLv(e.lv, subs, field), v);
        this.putLv(e.lv, subs, field, nv);
        return nv;
      }
      case "cond": return toBool(await this.ev(e.c)) ? this.ev(e.x) : this.ev(e.y);
      case "and": return toBool(await this.ev(e.l)) && toBool(await this.ev(e.r)) ? 1 : 0;
      case "or": return toBool(await this.ev(e.l)) || toBool(await this.ev(e.r)) ? 1 : 0;
      case "bin": {
        const l = await this.ev(e.l);
        return this.binop(e.op, l, await this.ev(e.r));
      }
      case "match": {
        const s = this.str(await this.ev(e.l));
        const re = this.toRegex(e.r, e.r.t === "re" ? null : await this.ev(e.r));
        return re.test(s) !== e.neg ? 1 : 0;
      }
      case "in": {
        const subs: Val[] = [];
        for (const s of e.subs) subs.push(await this.ev(s));
        return this.array(e.name).has(this.subscript(subs)) ? 1 : 0;
      }
      case "unary": {
        const v = await this.ev(e.e);
        return e.op === "!" ? (toBool(v) ? 0 : 1) : e.op === "-" ? -toNum(v) : toNum(v);
      }
      case "incdec": return this.evs(e);
      case "getline": return this.getline(e);
      case "call": return this.call(e.name, e.args);
      case "builtin": {
        const vals: (Val | null)[] = [];
        for (const a of e.args) vals.push(a.t === "re" || (a.t === "var" && this.isArrayArg(e.name, a)) ? null : await this.ev(a));
        if (e.name === "system") {
          await this.flush();
          return this.io.system(this.str(vals[0] ?? ""));
        }
        if (e.name === "close") return this.io.close(this.str(vals[0] ?? ""));
        if (e.name === "fflush") {
          await this.flush();
          await this.p.out.flush();
          return 0;
        }
        return this.builtin(e.name, e.args, vals);
      }
      default: return this.evs(e);
    }
  }

  private async getline(e: Extract<Expr, { t: "getline" }>): Promise<Val> {
    let line: string | null | -1;
    if (e.kind === "simple") line = await this.nextRecord();
    else {
      const src = this.str(await this.ev(e.src!));
      line = await this.io.readLine(e.kind, src);
    }
    if (line === -1) return -1;
    if (line === null) return 0;
    if (e.kind !== "file") {
      this.setVar("NR", toNum(this.getVar("NR")) + 1);
      if (e.kind === "simple") this.setVar("FNR", toNum(this.getVar("FNR")) + 1);
    }
    if (e.lv) {
      let subs: Val[] | null = null;
      if (e.lv.t === "idx") subs = e.lv.subs.map((s) => this.evs(s));
      const field = e.lv.t === "field" ? this.fieldIndex(this.evs(e.lv.e)) : 0;
      this.putLv(e.lv, subs, field, new StrNum(line));
    } else this.setRecord(line);
    return 1;
  }

  private async call(name: string, args: Expr[]): Promise<Val> {
    const f: Func | undefined = this.prog.funcs.get(name);
    if (!f) throw new AwkRuntimeError(`function ${name} never defined`);
    const frame: Frame = new Map();
    for (let k = 0; k < f.params.length; k++) {
      const a = args[k];
      if (a === undefined) frame.set(f.params[k]!, UNINIT);
      else if (a.t === "var" && (this.arrays.has(a.name) || this.frame()?.get(a.name) instanceof Map)) frame.set(f.params[k]!, this.array(a.name));
      else frame.set(f.params[k]!, await this.ev(a));
    }
    this.frames.push(frame);
    try {
      await this.execList(f.body);
      return UNINIT;
    } catch (x) {
      if (x instanceof Return) return x.v;
      throw x;
    } finally {
      this.frames.pop();
    }
  }

  private builtin(name: string, args: Expr[], v: (Val | null)[]): Val {
    const s = (k: number): string => this.str(v[k] ?? UNINIT);
    const n = (k: number): number => toNum(v[k] ?? UNINIT);
    switch (name) {
      case "length": {
        if (args.length === 0) return this.record.length;
        const a = args[0]!;
        if (a.t === "var" && v[0] === null) return this.array(a.name).size;
        return Array.from(s(0)).length;
      }
      case "substr": {
        const str = s(0);
        // mawk 1.3.4 20200120 (Debian 12's awk) truncates both numbers and, for a start
        // below 1, lengthens the count by the distance from 1 minus one: substr("hello",0,2)
        // is "he" and substr("hello",-1,3) is "hell" (gawk and POSIX would give "h", "h").
        let start = Math.trunc(n(1));
        let len = args.length > 2 ? Math.trunc(n(2)) : Infinity;
        if (start < 1) {
          len -= start;
          start = 1;
        }
        if (len <= 0) return "";
        return str.substr(start - 1, len === Infinity ? undefined : len);
      }
      case "index": return s(0).indexOf(s(1)) + 1;
      case "split": {
        const a = args[1]!;
        if (a.t !== "var") throw new AwkRuntimeError("split: second argument is not an array");
        const arr = this.array(a.name);
        arr.clear();
        const sep = args.length > 2 ? (args[2]!.t === "re" ? null : s(2)) : this.str(this.vars.get("FS")!);
        const parts = sep === null ? (s(0) === "" ? [] : s(0).split(this.regex((args[2] as { re: string }).re))) : this.splitString(s(0), sep);
        parts.forEach((x, k) => arr.set(String(k + 1), new StrNum(x)));
        return parts.length;
      }
      case "sub": case "gsub": return this.sub(name === "gsub", args, v);
      case "match": {
        const re = this.toRegex(args[1]!, v[1] ?? null);
        const m = re.exec(s(0));
        this.vars.set("RSTART", m ? m.index + 1 : 0);
        this.vars.set("RLENGTH", m ? m[0].length : -1);
        return m ? m.index + 1 : 0;
      }
      case "sprintf": return sprintf(s(0), v.slice(1).map((x) => x ?? UNINIT), this.str(this.vars.get("CONVFMT")!));
      case "sin": return Math.sin(n(0));
      case "cos": return Math.cos(n(0));
      case "atan2": return Math.atan2(n(0), n(1));
      case "exp": return Math.exp(n(0));
      case "log": return Math.log(n(0));
      case "sqrt": return Math.sqrt(n(0));
      case "int": return Math.trunc(n(0));
      case "rand": return this.rand();
      case "srand": {
        const old = this.seed;
        this.seed = args.length ? n(0) : Number(this.p.sys.clock_gettime(0) / 1_000_000_000n);
        this.rngState = this.seed;
        return old;
      }
      case "tolower": return s(0).toLowerCase();
      case "toupper": return s(0).toUpperCase();
      default: throw new AwkRuntimeError(`function ${name} not supported`);
    }
  }

  private seed = 0;
  private rngState = 0;
  private rand(): number {
    // A small LCG: deterministic for a given srand(), as scripts expect.
    this.rngState = (this.rngState * 1103515245 + 12345) % 2147483648;
    return this.rngState / 2147483648;
  }

  private sub(global: boolean, args: Expr[], v: (Val | null)[]): Val {
    const re = this.toRegex(args[0]!, v[0] ?? null);
    const repl = this.str(v[1] ?? UNINIT);
    const target: Expr | undefined = args[2];
    const orig = target ? this.str(v[2] ?? UNINIT) : this.record;
    const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
    let count = 0;
    let out = "";
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(orig)) !== null) {
      count++;
      out += orig.slice(last, m.index);
      for (let k = 0; k < repl.length; k++) {
        const c = repl[k]!;
        if (c === "\\" && (repl[k + 1] === "&" || repl[k + 1] === "\\")) {
          out += repl[++k];
        } else if (c === "&") out += m[0];
        else out += c;
      }
      last = m.index + m[0].length;
      if (m[0] === "") {
        if (m.index < orig.length) out += orig[m.index];
        last = m.index + 1;
        g.lastIndex = m.index + 1;
      }
      if (!global) break;
    }
    if (count === 0) return 0;
    const result = out + orig.slice(last);
    if (!target) this.setRecord(result);
    else if (target.t === "var" || target.t === "field" || target.t === "idx") {
      const subs = target.t === "idx" ? target.subs.map((x) => this.evs(x)) : null;
      const field = target.t === "field" ? this.fieldIndex(this.evs(target.e)) : 0;
      this.putLv(target, subs, field, result);
    }
    return count;
  }

  // ---- statements ----
  async execList(list: Stmt[]): Promise<void> {
    for (const s of list) await this.exec(s);
  }

  async exec(s: Stmt): Promise<void> {
    switch (s.t) {
      case "block": return this.execList(s.body);
      case "expr":
        if (s.e.a) await this.ev(s.e);
        else this.evs(s.e);
        return;
      case "print": {
        const vals: Val[] = [];
        for (const a of s.args) vals.push(a.a ? await this.ev(a) : this.evs(a));
        let text: string;
        if (s.printf) text = sprintf(this.str(vals[0]!), vals.slice(1), this.str(this.vars.get("CONVFMT")!));
        else {
          const parts = vals.length ? vals.map((v) => this.outStr(v)) : [this.record];
          text = parts.join(this.str(this.vars.get("OFS")!)) + this.str(this.vars.get("ORS")!);
        }
        if (s.redir) {
          const target = this.str(await this.ev(s.redir.e));
          await this.io.write(s.redir.op, target, text);
        } else await this.out(text);
        return;
      }
      case "if":
        if (toBool(await this.ev(s.c))) await this.exec(s.a);
        else if (s.b) await this.exec(s.b);
        return;
      case "while":
        while (toBool(await this.ev(s.c))) {
          if (await this.loopBody(s.body)) break;
        }
        return;
      case "do":
        do {
          if (await this.loopBody(s.body)) break;
        } while (toBool(await this.ev(s.c)));
        return;
      case "for":
        if (s.init) await this.ev(s.init);
        while (!s.c || toBool(await this.ev(s.c))) {
          if (await this.loopBody(s.body)) break;
          if (s.step) await this.ev(s.step);
        }
        return;
      case "forin": {
        const arr = this.array(s.arr);
        for (const k of [...arr.keys()]) {
          if (!arr.has(k)) continue;
          this.putLv(s.v, null, 0, new StrNum(k));
          if (await this.loopBody(s.body)) break;
        }
        return;
      }
      case "break": throw BREAK;
      case "continue": throw CONTINUE;
      case "next": throw NEXT;
      case "nextfile": throw NEXTFILE;
      case "exit": throw new Exit(s.e ? Math.trunc(toNum(await this.ev(s.e))) & 0xff : -1);
      case "return": throw new Return(s.e ? await this.ev(s.e) : UNINIT);
      case "delete": {
        const arr = this.array(s.name);
        if (!s.subs) arr.clear();
        else {
          const subs: Val[] = [];
          for (const x of s.subs) subs.push(await this.ev(x));
          arr.delete(this.subscript(subs));
        }
        return;
      }
    }
  }

  /** Run a loop body; true means "break out". Yields to the scheduler now and then. */
  private steps = 0;
  private async loopBody(body: Stmt): Promise<boolean> {
    if ((++this.steps & 1023) === 0 && this.p.sys.need_resched()) await this.p.sys.sched_yield();
    try {
      await this.exec(body);
    } catch (x) {
      if (x === BREAK) return true;
      if (x === CONTINUE) return false;
      throw x;
    }
    return false;
  }

  /** Run the main items on the current record. Returns "next"/"nextfile" or null. */
  async runRecord(): Promise<"nextfile" | null> {
    const items = this.prog.items;
    for (let k = 0; k < items.length; k++) {
      const it = items[k]!;
      if (it.kind !== "main") continue;
      let hit: boolean;
      if (it.pattern2) {
        let on = this.rangeActive.get(k) ?? false;
        if (!on) {
          if (toBool(await this.ev(it.pattern!))) {
            on = true;
            hit = true;
            if (toBool(await this.ev(it.pattern2))) on = false;
          } else hit = false;
        } else {
          hit = true;
          if (toBool(await this.ev(it.pattern2))) on = false;
        }
        this.rangeActive.set(k, on);
      } else hit = !it.pattern || toBool(await this.ev(it.pattern));
      if (!hit) continue;
      try {
        if (it.action) await this.execList(it.action);
        else await this.out(this.record + this.str(this.vars.get("ORS")!));
      } catch (x) {
        if (x === NEXT) return null;
        if (x === NEXTFILE) return "nextfile";
        throw x;
      }
    }
    return null;
  }

  async runSpecial(kind: "BEGIN" | "END"): Promise<void> {
    for (const it of this.prog.items) {
      if (it.kind !== kind) continue;
      try {
        await this.execList(it.action!);
      } catch (x) {
        if (x === NEXT || x === NEXTFILE) throw new AwkRuntimeError(`improper use of next in ${kind}`);
        throw x;
      }
    }
  }
}
