// sed addressing: which lines a command applies to - a line number, $, /re/ (the empty
// regex reuses the last one), first~step, and ranges a1,a2 (N, /re/, +N, ~N, 0,/re/) with
// ! negation. A command's range state lives on the Cmd (active, endLine).

import type { Addr, Cmd } from "./sed_parse.ts";
import { SedError } from "./sed_parse.ts";
import type { LineSource } from "./sed_input.ts";

export class SedAddressing {
  protected lastRe: RegExp | null = null;

  protected re(r: RegExp | null | undefined): RegExp {
    if (r) {
      this.lastRe = r;
      return r;
    }
    if (!this.lastRe) throw new SedError("no previous regular expression");
    return this.lastRe;
  }

  protected async matchAddr(a: Addr, ps: string, input: LineSource): Promise<boolean> {
    switch (a.kind) {
      case "line": return input.line === a.n;
      case "last": return input.atEnd();
      case "zero": return false;
      case "step": return a.step <= 0 ? input.line === a.first : input.line >= a.first && (input.line - a.first) % a.step === 0;
      case "re": {
        const r = this.re(a.re);
        r.lastIndex = 0;
        return r.test(ps);
      }
    }
  }

  protected async selected(c: Cmd, ps: string, input: LineSource): Promise<boolean> {
    if (!c.a1) return true;
    let hit: boolean;
    // 0,/re/: the range is already open before line 1, so /re/ may end it on line 1.
    if (c.a1.kind === "zero" && input.line === 1) c.active = true;
    if (!c.a2) hit = await this.matchAddr(c.a1, ps, input);
    else if (c.active) {
      const a2 = c.a2;
      let end = false;
      if (a2.kind === "line") end = input.line >= a2.n;
      else if (a2.kind === "plus") end = input.line >= c.endLine;
      else if (a2.kind === "mult") end = a2.n <= 0 || input.line % a2.n === 0;
      else end = await this.matchAddr(a2, ps, input);
      if (end) c.active = false;
      hit = true;
    } else {
      const start = c.a1.kind === "zero" ? false : await this.matchAddr(c.a1, ps, input);
      if (start) {
        hit = true;
        const a2 = c.a2;
        if (a2.kind === "line") c.active = a2.n > input.line;
        else if (a2.kind === "plus") {
          c.endLine = input.line + a2.n;
          c.active = a2.n > 0;
        } else if (a2.kind === "mult") c.active = a2.n > 0 && input.line % a2.n !== 0;
        else c.active = !(a2.kind === "last" && (await input.atEnd()));
      } else hit = false;
    }
    return hit !== c.negate;
  }
}
