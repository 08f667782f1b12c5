// tparm(3): expand a terminfo string capability's parameters ("\E[%i%p1%d;%p2%dH" with 4, 10 is
// "\E[5;11H"). The language is terminfo(5)'s "Parameterized Strings": a stack machine with
// %p1..%p9 pushes, %d/%c/%s and printf-style %[flags][width[.precision]][doxXs] pops, constants,
// arithmetic and logic, %i for 1-based ANSI coordinates, and %? %t %e %; conditionals.

import { printfFormat } from "./printf_format.ts";

type Value = number | string;

/** How many parameters a capability takes: the highest %pN in it (what ncurses' tput counts). */
export function paramCount(cap: string): number {
  let n = 0;
  for (const m of cap.matchAll(/%p([1-9])/g)) n = Math.max(n, Number(m[1]));
  return n;
}

/** One %[flags][width[.precision]]conv of a terminfo string: printf(3)'s, as printf(1) formats it. */
function format(spec: string, conv: string, v: Value): string {
  return printfFormat(`%${spec.replace(/^:/, "")}${conv}`, [String(v)], () => {}).out;
}

/** Skip from just after a %t (or %e) whose branch is not taken to the next %e or %; at this depth. */
function skipBranch(cap: string, i: number, elseToo: boolean): number {
  let depth = 0;
  while (i < cap.length) {
    if (cap[i] !== "%") {
      i++;
      continue;
    }
    const c = cap[i + 1];
    i += 2;
    if (c === "?") depth++;
    else if (c === ";") {
      if (depth === 0) return i;
      depth--;
    } else if (c === "e" && depth === 0 && elseToo) return i;
  }
  return i;
}

export function tparm(cap: string, params: readonly Value[]): string {
  const p: Value[] = Array.from({ length: 9 }, (_, k) => params[k] ?? 0);
  const stack: Value[] = [];
  const vars = new Map<string, Value>();
  const num = (v: Value | undefined): number => (typeof v === "number" ? v : v === undefined ? 0 : Number.parseInt(v, 10) || 0);
  const pop = (): number => num(stack.pop());
  let out = "";
  let i = 0;
  while (i < cap.length) {
    const ch = cap[i]!;
    if (ch !== "%") {
      out += ch;
      i++;
      continue;
    }
    const spec = /^%(:?[-+# ]*\d*(?:\.\d+)?)([doxXs])/.exec(cap.slice(i));
    if (spec && spec[1] !== "") {
      out += format(spec[1]!, spec[2]!, stack.pop() ?? 0);
      i += spec[0].length;
      continue;
    }
    const op = cap[i + 1];
    i += 2;
    switch (op) {
      case "%": out += "%"; break;
      case "d": case "o": case "x": case "X": case "s": out += format("", op, stack.pop() ?? 0); break;
      case "c": out += String.fromCharCode(pop()); break;
      case "p": stack.push(p[Number(cap[i++]) - 1] ?? 0); break;
      case "P": vars.set(cap[i++]!, stack.pop() ?? 0); break;
      case "g": stack.push(vars.get(cap[i++]!) ?? 0); break;
      case "'": stack.push(cap.charCodeAt(i)); i += 2; break;
      case "{": {
        const end = cap.indexOf("}", i);
        stack.push(Number(cap.slice(i, end)) || 0);
        i = end + 1;
        break;
      }
      case "l": stack.push(String(stack.pop() ?? "").length); break;
      case "+": case "-": case "*": case "/": case "m": case "&": case "|": case "^": case "=": case ">": case "<": case "A": case "O": {
        const b = pop();
        const a = pop();
        const r = op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : op === "/" ? (b ? Math.trunc(a / b) : 0) : op === "m" ? (b ? a % b : 0)
          : op === "&" ? a & b : op === "|" ? a | b : op === "^" ? a ^ b : op === "=" ? +(a === b) : op === ">" ? +(a > b) : op === "<" ? +(a < b) : op === "A" ? +(a && b) : +(a || b);
        stack.push(r);
        break;
      }
      case "!": stack.push(+!pop()); break;
      case "~": stack.push(~pop()); break;
      case "i": p[0] = num(p[0]) + 1; p[1] = num(p[1]) + 1; break;
      case "?": case ";": break;
      case "t": if (!pop()) i = skipBranch(cap, i, true); break;
      case "e": i = skipBranch(cap, i, false); break; // the then-part ran: skip the rest to %;
      default: break;
    }
  }
  return out;
}
