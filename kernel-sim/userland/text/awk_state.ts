// The awk machine's state: output buffer, the record and its fields, variables, arrays and
// function frames, regex cache, and the arithmetic and comparison operators. Expressions are
// evaluated by awk_eval.ts, statements and the record cycle run in awk_interp.ts.

import type { Proc } from "../lib/main.ts";
import { compilePosix } from "../lib/regex.ts";
import type { Expr, LValue, Program } from "./awk_parse.ts";
import type { Val } from "./awk_value.ts";
import { StrNum, UNINIT, compare, numToStr, toNum, toStr } from "./awk_value.ts";
import { AwkIO } from "./awk_io.ts";
import { AwkRuntimeError } from "./awk_control.ts";

export type Arr = Map<string, Val>;
export type Frame = Map<string, Val | Arr>;

export class AwkState {
  vars = new Map<string, Val>();
  arrays = new Map<string, Arr>();
  protected frames: Frame[] = [];
  protected record = "";
  protected fields: string[] = [];
  protected split = true;
  protected nf = 0;
  protected reCache = new Map<string, RegExp>();
  protected buf = "";
  readonly io: AwkIO;
  protected rangeActive = new Map<number, boolean>();
  /** The main loop supplies the next record for plain getline. */
  nextRecord: () => Promise<string | null> = async () => null;

  constructor(
    protected readonly p: Proc,
    protected readonly prog: Program,
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
  protected async out(s: string): Promise<void> {
    this.buf += s;
    if (this.buf.length > 8192) await this.flush();
  }

  // ---- records and fields ----
  setRecord(s: string): void {
    this.record = s;
    this.split = false;
  }
  protected doSplit(): void {
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
  protected getField(i: number): Val {
    if (i === 0) return new StrNum(this.record);
    this.doSplit();
    return i <= this.nf ? new StrNum(this.fields[i - 1]!) : UNINIT;
  }
  protected setField(i: number, v: string): void {
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
  protected rebuild(): void {
    this.record = this.fields.slice(0, this.nf).join(this.str(this.vars.get("OFS")!));
  }
  protected setNF(n: number): void {
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
  protected outStr(v: Val): string {
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
  protected toRegex(e: Expr, v: Val | null): RegExp {
    if (e.t === "re") return this.regex(e.re);
    return this.regex(this.str(v!));
  }

  // ---- variables ----
  protected frame(): Frame | undefined {
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
  protected element(name: string, key: string): Val {
    const arr = this.array(name);
    const v = arr.get(key);
    if (v !== undefined) return v;
    arr.set(key, UNINIT);
    return UNINIT;
  }
  protected subscript(vals: Val[]): string {
    return vals.length === 1 ? this.str(vals[0]!) : vals.map((v) => this.str(v)).join(this.str(this.vars.get("SUBSEP")!));
  }

  protected getLv(lv: LValue, subs: Val[] | null, field: number): Val {
    if (lv.t === "var") return this.getVar(lv.name);
    if (lv.t === "field") return this.getField(field);
    return this.array(lv.name).get(this.subscript(subs!)) ?? UNINIT;
  }
  protected putLv(lv: LValue, subs: Val[] | null, field: number, v: Val): void {
    if (lv.t === "var") this.setVar(lv.name, v);
    else if (lv.t === "field") this.setField(field, this.str(v));
    else this.array(lv.name).set(this.subscript(subs!), v);
  }
  protected fieldIndex(v: Val): number {
    const n = Math.trunc(toNum(v));
    if (n < 0) throw new AwkRuntimeError(`negative field index $${n}`);
    return n;
  }

  // ---- operators ----
  protected arith(op: string, a: number, b: number): number {
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
  protected binop(op: string, l: Val, r: Val): Val {
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
  protected assignOp(op: string, old: Val, v: Val): Val {
    return op === "=" ? (v instanceof StrNum && v !== UNINIT ? v : v) : this.arith(op[0]!, toNum(old), toNum(v));
  }

}
