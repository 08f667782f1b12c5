// awk expressions: evs() for those without waiting parts (see Expr.a), ev() for the rest
// (getline, system() and user functions await), and the built-in functions.

import type { Expr, Func, Stmt } from "./awk_parse.ts";
import type { Val } from "./awk_value.ts";
import { StrNum, UNINIT, sprintf, toBool, toNum } from "./awk_value.ts";
import { AwkRuntimeError, Return } from "./awk_control.ts";
import { AwkState } from "./awk_state.ts";
import type { Frame } from "./awk_state.ts";

export abstract class AwkEval extends AwkState {
  /** A user function's body runs as statements (awk_interp.ts). */
  abstract execList(list: Stmt[]): Promise<void>;

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

  protected isArrayArg(name: string, a: Expr): boolean {
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

  protected async getline(e: Extract<Expr, { t: "getline" }>): Promise<Val> {
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

  protected async call(name: string, args: Expr[]): Promise<Val> {
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

  protected builtin(name: string, args: Expr[], v: (Val | null)[]): Val {
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

  protected seed = 0;
  protected rngState = 0;
  protected rand(): number {
    // A small LCG: deterministic for a given srand(), as scripts expect.
    this.rngState = (this.rngState * 1103515245 + 12345) % 2147483648;
    return this.rngState / 2147483648;
  }

  protected sub(global: boolean, args: Expr[], v: (Val | null)[]): Val {
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

}
