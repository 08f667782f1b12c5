// Builtins over variables: export, readonly, unset, declare/typeset/local, shift.

import type { Shell } from "../interp/shell.ts";
import type { Var } from "../interp/vars.ts";
import { ReadonlyError, assocEntries } from "../interp/vars.ts";
import { dashQuote } from "../interp/quote.ts";
import { functionBody } from "../print.ts";
import { out, berr, badOption } from "./io.ts";
import { ExitSig } from "../interp/shell.ts";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?)=(.*)$/s;

/** bash's double-quoted value in declare -p: \ " $ ` escaped; control chars as $'...'. */
function dq(s: string): string {
  if (/[\x00-\x1f\x7f]/.test(s) && !/^[\t]*$/.test(s)) {
    let o = "$'";
    for (const ch of s) {
      if (ch === "\n") o += "\\n";
      else if (ch === "\t") o += "\\t";
      else if (ch === "'") o += "\\'";
      else if (ch === "\\") o += "\\\\";
      else if (ch.charCodeAt(0) < 32) o += "\\" + ch.charCodeAt(0).toString(8).padStart(3, "0");
      else o += ch;
    }
    return o + "'";
  }
  return `"${s.replace(/[\\"$`]/g, "\\$&")}"`;
}

function attrFlags(v: Var): string {
  let f = "";
  if (v.array) f += "a";
  if (v.assoc) f += "A";
  if (v.integer) f += "i";
  if (v.nameref) f += "n";
  if (v.readonly) f += "r";
  if (v.trace) f += "t";
  if (v.exported) f += "x";
  // bash's var_attribute_string() puts the case attributes last: `declare -xl`
  if (v.caseConv) f += v.caseConv;
  return f || "-";
}

/** One `declare -p` line. */
export function declareLine(name: string, v: Var): string {
  const f = attrFlags(v);
  if (v.noValue) return `declare -${f} ${name}`;
  if (v.array) {
    const els = Object.keys(v.array).map((k) => `[${k}]=${dq(v.array![Number(k)]!)}`);
    return `declare -${f} ${name}=(${els.join(" ")})`;
  }
  if (v.assoc) {
    const els = assocEntries(v.assoc).map(([k, x]) => `[${k}]=${dq(x)} `);
    return `declare -${f} ${name}=(${els.join("")})`;
  }
  return v.value === undefined ? `declare -${f} ${name}` : `declare -${f} ${name}=${dq(v.value)}`;
}

function sortedVars(sh: Shell): [string, Var][] {
  return [...sh.vars.map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Assign name=value text from a declaration builtin argument. */
function assignArg(sh: Shell, arg: string, argIndex: number): string | null {
  const m = ASSIGN.exec(arg);
  if (!m) return NAME.test(arg) ? arg : null;
  const [, name, idx, plus, value] = m as unknown as [string, string, string | undefined, string, string];
  const arr = sh.declArrays?.get(argIndex);
  if (arr !== undefined) {
    const v = sh.vars.ensure(name);
    if (v.readonly) throw new ReadonlyError(name);
    if (v.assoc) {
      if (!plus) v.assoc.clear();
      for (const el of arr) {
        const mm = /^\[(.*?)\]=(.*)$/s.exec(el);
        if (mm) v.assoc.set(mm[1]!, mm[2]!);
      }
    } else {
      const base = plus && v.array ? v.array.slice() : [];
      let k = base.length;
      for (const el of arr) {
        const mm = /^\[(.*?)\]=(.*)$/s.exec(el);
        if (mm) {
          k = sh.expander.arith(mm[1]!);
          base[k++] = mm[2]!;
        } else base[k++] = el;
      }
      v.value = undefined;
      v.array = base;
    }
    sh.vars.touch();
    return name;
  }
  if (idx !== undefined) sh.vars.setElem(name, sh.vars.map.get(name)?.assoc ? idx.slice(1, -1) : sh.expander.arith(idx.slice(1, -1)), value);
  else sh.setVar(name, plus ? (sh.vars.get(name) ?? "") + value : value);
  return name;
}

export async function exportCmd(sh: Shell, argv: string[]): Promise<number> {
  const ro = argv[0] === "readonly";
  let i = 1;
  let print = false;
  let unexport = false;
  let funcs = false;
  for (; i < argv.length && argv[i]!.startsWith("-") && argv[i] !== "-"; i++) {
    if (argv[i] === "--") {
      i++;
      break;
    }
    for (const f of argv[i]!.slice(1)) {
      if (f === "p") print = true;
      else if (f === "n" && !ro) unexport = true;
      else if (f === "f") funcs = true;
      else if (f === "a") continue;
      else return badOption(sh, argv[0]!, "-" + f, ro ? "readonly [-aAf] [name[=value] ...] or readonly -p" : "export [-fn] [name[=value] ...] or export -p");
    }
  }
  if (i >= argv.length) {
    let s = "";
    for (const [n, v] of sortedVars(sh)) {
      if (ro ? !v.readonly : !v.exported) continue;
      if (sh.bash) s += declareLine(n, v) + "\n";
      else s += `${ro ? "readonly" : "export"} ${n}${v.value !== undefined ? "=" + dashQuote(v.value) : ""}\n`;
    }
    void print;
    return (await out(sh, argv[0]!, s)) ? 0 : 1;
  }
  let status = 0;
  if (funcs && !ro) {
    for (; i < argv.length; i++) {
      if (!sh.funcs.has(argv[i]!)) {
        await berr(sh, argv[0]!, `${argv[i]}: not a function`);
        status = 1;
      } else if (unexport) sh.exportedFuncs.delete(argv[i]!);
      else sh.exportedFuncs.add(argv[i]!);
    }
    return status;
  }
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    let name: string | null;
    try {
      name = assignArg(sh, arg, i);
    } catch (e) {
      if (e instanceof ReadonlyError) {
        await readonlyFailed(sh, argv[0]!, e.name);
        status = 1;
        continue;
      }
      throw e;
    }
    if (name === null) {
      await berr(sh, argv[0]!, sh.bash ? `\`${arg}': not a valid identifier` : `${arg}: bad variable name`);
      status = 1;
      if (!sh.bash) throw new ExitSig(2);
      continue;
    }
    const v = sh.vars.ensure(name);
    if (ro) v.readonly = true;
    else sh.vars.setExported(name, !unexport);
  }
  return status;
}

export async function unset(sh: Shell, argv: string[]): Promise<number> {
  let mode: "v" | "f" | "" = "";
  let i = 1;
  for (; i < argv.length && /^-[fvn]+$/.test(argv[i]!); i++) mode = argv[i]!.includes("f") ? "f" : "v";
  let status = 0;
  for (; i < argv.length; i++) {
    const n = argv[i]!;
    if (mode === "f") {
      sh.funcs.delete(n);
      continue;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/.exec(n);
    if (m && sh.bash) {
      const v = sh.vars.map.get(m[1]!);
      if (v?.assoc) v.assoc.delete(m[2]!);
      else if (v?.array) delete v.array[sh.expander.arith(m[2]!)];
      continue;
    }
    if (!NAME.test(n)) {
      await berr(sh, "unset", sh.bash ? `\`${n}': not a valid identifier` : `${n}: bad variable name`);
      status = 1;
      continue;
    }
    if (sh.vars.map.has(n) || mode === "v" || !sh.funcs.has(n)) {
      if (!sh.vars.unset(n)) {
        await berr(sh, "unset", sh.bash ? `${n}: cannot unset: readonly variable` : `${n}: is read only`);
        status = 1;
      }
    } else sh.funcs.delete(n);
  }
  return status;
}

export async function declare(sh: Shell, argv: string[]): Promise<number> {
  const name = argv[0]!;
  const isLocal = name === "local";
  if (isLocal && sh.funcDepth === 0) {
    await sh.error(sh.bash ? "local: can only be used in a function" : "local: not in a function");
    // local is a special builtin in dash: its error ends a script
    if (!sh.bash && !sh.interactive) throw new ExitSig(2);
    return 1;
  }
  const on = new Set<string>();
  const off = new Set<string>();
  let i = 1;
  for (; i < argv.length && /^[-+]/.test(argv[i]!) && argv[i]!.length > 1; i++) {
    if (argv[i] === "--") {
      i++;
      break;
    }
    const set = argv[i]![0] === "-" ? on : off;
    for (const f of argv[i]!.slice(1)) {
      if (!"aAfFgilnprtuxI".includes(f)) return badOption(sh, name, argv[i]![0] + f, `${name} [-aAfFgiIlnrtux] [name[=value] ...] or ${name} -p [-aAfFilnrtux] [name ...]`);
      set.add(f);
    }
  }
  if (on.has("f") || on.has("F")) {
    let s = "";
    const names = i < argv.length ? argv.slice(i) : [...sh.funcs.keys()].sort();
    let status = 0;
    for (const n of names) {
      const fn = sh.funcs.get(n);
      if (!fn) {
        status = 1;
        continue;
      }
      // declare -F NAME prints the bare name; the listing form is "declare -f NAME"
      s += on.has("F") ? (i < argv.length ? `${n}\n` : `declare -f ${n}\n`) : `${n} () \n${functionBody(fn.body)}\n`;
    }
    await out(sh, name, s);
    return status;
  }
  if (i >= argv.length && name === "local" && sh.funcDepth > 0) {
    let s = "";
    for (const n of sh.vars.localNames()) {
      const v = sh.vars.map.raw(n);
      if (v !== undefined) s += declareLine(n, v) + "\n";
    }
    return (await out(sh, name, s)) ? 0 : 1;
  }
  if (i >= argv.length) {
    let s = "";
    for (const [n, v] of sortedVars(sh)) {
      if (on.has("x") && !v.exported) continue;
      if (on.has("r") && !v.readonly) continue;
      if (on.has("a") && !v.array) continue;
      if (on.has("A") && !v.assoc) continue;
      if (on.has("i") && !v.integer) continue;
      s += on.size ? declareLine(n, v) + "\n" : `${n}=${v.value ?? ""}\n`;
    }
    return (await out(sh, name, s)) ? 0 : 1;
  }
  let status = 0;
  let s = "";
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (on.has("p")) {
      // a nameref shows itself (declare -n ref="i"), not the variable it names
      const v = sh.vars.map.raw(arg);
      if (!v) {
        await berr(sh, name, `${arg}: not found`);
        status = 1;
      } else s += declareLine(arg, v) + "\n";
      continue;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*)/.exec(arg);
    if (!m || !(ASSIGN.test(arg) || NAME.test(arg))) {
      await berr(sh, name, `\`${arg}': not a valid identifier`);
      status = 1;
      continue;
    }
    const vn = m[1]!;
    if (isLocal || (sh.funcDepth > 0 && !on.has("g"))) {
      const had = sh.vars.map.get(vn);
      sh.vars.makeLocal(vn);
      // dash: `local x` keeps the outer value
      if (!sh.bash && had && !arg.includes("=")) sh.vars.ensure(vn).value = had.value;
    }
    if (on.has("n")) {
      // a name reference: later reads and writes of vn go to the variable it names
      const eq = arg.indexOf("=");
      sh.vars.setNameref(vn, eq < 0 ? (sh.vars.map.raw(vn)?.value ?? "") : arg.slice(eq + 1));
      const ref = sh.vars.map.raw(vn);
      if (ref && on.has("r")) ref.readonly = true;
      if (ref && on.has("x")) ref.exported = true;
      continue;
    }
    const v = sh.vars.ensure(vn);
    if (on.has("a") && !v.array && !v.assoc) {
      if (v.value === undefined && !arg.includes("=")) v.noValue = true;
      v.array = v.value === undefined ? [] : [v.value];
      v.value = undefined;
    }
    if (on.has("A") && !v.assoc) {
      if (v.value === undefined && v.array === null && !arg.includes("=")) v.noValue = true;
      v.assoc = new Map();
      v.array = null;
      v.value = undefined;
    }
    if (on.has("i")) v.integer = true;
    if (on.has("t")) v.trace = true;
    else if (off.has("t")) v.trace = undefined;
    if (on.has("l") || on.has("u")) {
      v.caseConv = on.has("l") ? "l" : "u";
      if (v.value !== undefined) v.value = v.caseConv === "l" ? v.value.toLowerCase() : v.value.toUpperCase();
    }
    if (off.has("i")) v.integer = false;
    try {
      if (arg.includes("=")) assignArg(sh, arg, i);
    } catch (e) {
      if (e instanceof ReadonlyError) {
        await readonlyFailed(sh, argv[0]!, e.name);
        status = 1;
        continue;
      }
      throw e;
    }
    if (on.has("x")) sh.vars.setExported(vn, true);
    if (off.has("x")) sh.vars.setExported(vn, false);
    if (on.has("r")) v.readonly = true;
  }
  if (s) await out(sh, name, s);
  return status;
}

export async function shift(sh: Shell, argv: string[]): Promise<number> {
  const t = argv[1];
  const n = t === undefined ? 1 : /^[0-9]+$/.test(t) ? Number(t) : NaN;
  if (Number.isNaN(n)) {
    if (sh.bash) {
      await berr(sh, "shift", `${t}: numeric argument required`);
      return 1;
    }
    await berr(sh, "shift", `Illegal number: ${t}`);
    throw new ExitSig(2);
  }
  if (n > sh.positionalParams.length) {
    if (sh.bash) return 1;
    await berr(sh, "shift", "can't shift that many");
    throw new ExitSig(2);
  }
  sh.positionalParams = sh.positionalParams.slice(n);
  return 0;
}

/**
 * bash names declare/typeset/local in the message but not export/readonly; dash names them all,
 * and they are special builtins there: the shell exits.
 */
async function readonlyFailed(sh: Shell, builtin: string, name: string): Promise<void> {
  const named = !sh.bash || builtin === "declare" || builtin === "typeset" || builtin === "local";
  await sh.error(`${named ? `${builtin}: ` : ""}${sh.readonlyMsg(name)}`);
  if (!sh.bash && !sh.interactive && builtin !== "local") throw new ExitSig(2);
}
