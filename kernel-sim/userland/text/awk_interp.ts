// The awk interpreter's statements and its record cycle (BEGIN, each record's pattern-action
// pairs, END). State lives in awk_state.ts, expressions in awk_eval.ts.

import type { Stmt } from "./awk_parse.ts";
import type { Val } from "./awk_value.ts";
import { StrNum, UNINIT, sprintf, toBool, toNum } from "./awk_value.ts";
import { AwkRuntimeError, BREAK, CONTINUE, Exit, NEXT, NEXTFILE, Return } from "./awk_control.ts";
import { AwkEval } from "./awk_eval.ts";

export { AwkRuntimeError, Exit } from "./awk_control.ts";

export class Awk extends AwkEval {
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
        if (s.printf) text = sprintf(this.str(vals[0]!), vals.slice(1), this.str(this.vars.get("CONVFMT")!), "printf");
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
  protected steps = 0;
  protected async loopBody(body: Stmt): Promise<boolean> {
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

