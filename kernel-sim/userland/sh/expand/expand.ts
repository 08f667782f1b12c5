// Word expansion (XCU 2.6): tilde, parameter, command substitution, arithmetic, field splitting,
// and (in glob.ts) pathname expansion, then quote removal. Written as a generator that yields
// each command substitution to its driver: words without $( ) run synchronously with no Promise
// (the hot path: `x=$((x+1))`, `echo $i`), and the async driver feeds the output of a
// substitution back in where it appears, so side effects happen in the order bash has them.

import type { ParamPart, Script, Word, WordPart } from "../ast.ts";
import { FieldBuilder, type FieldMode } from "./fields.ts";
import { arithBig, ArithError, type ArithVars } from "./arith.ts";
import { matchPattern, removeAffix, replacePattern } from "./pattern.ts";

/** What expansion needs from the shell. */
export interface ExpandHost {
  bash: boolean;
  nounset: boolean;
  /** $IFS, or undefined when unset (then " \t\n"). */
  ifs(): string | undefined;
  /** A scalar or special parameter ($?, $$, $1 ...); undefined when unset. */
  scalar(name: string): string | undefined;
  /** The elements of an array in index order; null when name is not an array (a scalar or unset). */
  array(name: string): string[] | null;
  /** The keys of an array (${!a[@]}). */
  keys(name: string): string[];
  /** One element: index already expanded (text; evaluated arithmetically for indexed arrays). */
  element(name: string, index: string): string | undefined;
  /** Assign (${x:=v}); throws for readonly. */
  assign(name: string, value: string): void;
  positional(): string[];
  /** Home directory of a user ("" = $HOME), or null if unknown. */
  home(user: string): string | null;
  /** Names of variables with a prefix (${!pre*}). */
  namesWithPrefix(prefix: string): string[];
  arithVars: ArithVars;
}

/** An expansion error: the message after "bash: line N: " / "sh: N: ". Fatal in a script. */
export class ExpandError {
  constructor(
    readonly bashMsg: string,
    readonly dashMsg: string,
    /** The exit status of a non-interactive bash that stops on it (127 for unset, 1 otherwise). */
    readonly bashStatus = 1,
    /** bash goes on with the next command after it (arithmetic errors); dash always stops. */
    readonly bashContinues = false,
  ) {}
}

/** What the generator asks its driver for: a command substitution's output, or a <( ) path. */
export interface SubRequest {
  body: Script;
  proc: "<" | ">" | null;
}

export type ExpandGen<T> = Generator<SubRequest, T, string>;

/** Does expanding this word need the async driver (a command substitution inside)? */
export function hasCmdSub(w: Word): boolean {
  const c = (w as { _sub?: boolean })._sub;
  if (c !== undefined) return c;
  const r = partsHaveSub(w.parts);
  (w as { _sub?: boolean })._sub = r;
  return r;
}
function partsHaveSub(parts: WordPart[]): boolean {
  for (const p of parts) {
    if (p.type === "cmdsub" || p.type === "proc") return true;
    if (p.type === "dq" && partsHaveSub(p.parts)) return true;
    if (p.type === "arith" && partsHaveSub(p.expr.parts)) return true;
    if (p.type === "param" && ((p.arg && partsHaveSub(p.arg.parts)) || (p.arg2 && partsHaveSub(p.arg2.parts)) || (p.index && partsHaveSub(p.index.parts)))) return true;
  }
  return false;
}

export class Expander {
  constructor(readonly host: ExpandHost) {}

  private ifsValue(): string {
    const v = this.host.ifs();
    return v === undefined ? " \t\n" : v;
  }

  /** Expand a word into the builder. */
  *word(w: Word, fb: FieldBuilder, quoted: boolean): ExpandGen<void> {
    yield* this.parts(w.parts, fb, quoted);
  }

  *parts(parts: WordPart[], fb: FieldBuilder, quoted: boolean): ExpandGen<void> {
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      switch (p.type) {
        case "lit":
          fb.add(p.value, quoted);
          break;
        case "qlit":
          fb.add(p.value, true);
          break;
        case "dq":
          if (!(p.parts.length === 1 && isAtParam(p.parts[0]!))) fb.mark();
          yield* this.parts(p.parts, fb, true);
          break;
        case "tilde": {
          const h = this.host.home(p.user);
          fb.add(h === null ? "~" + p.user : h, true);
          break;
        }
        case "param":
          yield* this.param(p, fb, quoted);
          break;
        case "cmdsub": {
          const out: string = yield { body: p.body, proc: null };
          fb.value(stripNewlines(out), quoted);
          break;
        }
        case "proc": {
          // the driver answers a process substitution with the /dev/fd path
          const path: string = yield { body: p.body, proc: p.dir };
          fb.add(path, true);
          break;
        }
        case "arith": {
          const text = yield* this.toString(p.expr);
          fb.value(this.arithExact(text), quoted);
          break;
        }
      }
    }
  }

  arith(text: string): number {
    return Number(this.arithBigOrThrow(text));
  }

  /** The exact 64-bit result as decimal text (what $(( )) prints). */
  arithExact(text: string): string {
    return String(this.arithBigOrThrow(text));
  }

  private arithBigOrThrow(text: string): bigint {
    try {
      return arithBig(text, this.host.arithVars);
    } catch (e) {
      if (e instanceof ArithError) {
        const expr = e.expr ?? text;
        const tok = e.token === "" ? lastToken(expr) : e.token;
        throw new ExpandError(`${expr.trimStart()}: ${e.message} (error token is "${tok}")`, `arithmetic expression: ${e.dash}: "${expr}"`, 1, true);
      }
      throw e;
    }
  }

  /** A word as one string: no splitting, no globbing (assignments, here-docs, case words). */
  *toString(w: Word): ExpandGen<string> {
    const fb = new FieldBuilder("string", "");
    yield* this.parts(w.parts, fb, false);
    return fb.string();
  }

  /** A word as a pattern (case, ${x#p}, [[ == ]]): quoted characters escaped. */
  *toPattern(w: Word): ExpandGen<string> {
    const fb = new FieldBuilder("pattern", "");
    yield* this.parts(w.parts, fb, false);
    return fb.pattern();
  }

  /** The right side of [[ =~ ]]: an ERE with quoted parts escaped. */
  *toRegex(w: Word): ExpandGen<string> {
    const fb = new FieldBuilder("regex", "");
    yield* this.parts(w.parts, fb, false);
    return fb.pattern();
  }

  /** A word into argv fields (splitting; globbing is the caller's second step). */
  *toFields(w: Word, fb: FieldBuilder): ExpandGen<void> {
    yield* this.parts(w.parts, fb, false);
    fb.end(false);
  }

  newFields(mode: FieldMode = "fields"): FieldBuilder {
    return new FieldBuilder(mode, this.ifsValue());
  }

  // ---- parameters -----------------------------------------------------------------------------
  private unsetError(name: string): ExpandError {
    return new ExpandError(`${name}: unbound variable`, `${name}: parameter not set`, 127);
  }

  /** The value of $name / ${name[index]}: a string, a list ("$@", ${a[@]}), or undefined. */
  private *lookup(p: ParamPart): ExpandGen<{ v: string | undefined; list: string[] | null; star: boolean }> {
    const h = this.host;
    const name = p.name;
    if (p.index !== null) {
      const itext = p.index.text;
      if (itext === "@" || itext === "*") {
        const arr = h.array(name);
        const list = arr ?? (h.scalar(name) !== undefined ? [h.scalar(name)!] : []);
        return { v: undefined, list, star: itext === "*" };
      }
      const idx = yield* this.toString(p.index);
      return { v: h.element(name, idx), list: null, star: false };
    }
    if (name === "@" || name === "*") return { v: undefined, list: h.positional(), star: name === "*" };
    return { v: h.scalar(name), list: null, star: false };
  }

  private *param(p: ParamPart, fb: FieldBuilder, quoted: boolean): ExpandGen<void> {
    const h = this.host;
    const op = p.op;
    if (op === "bad") throw new ExpandError(`${p.arg!.text}: bad substitution`, "Bad substitution");
    if (op === "len") {
      const r = yield* this.lookup(p);
      if (r.list !== null) fb.value(String(p.index !== null || p.name === "@" || p.name === "*" ? r.list.length : 0), quoted);
      else {
        if (r.v === undefined && h.nounset && !isSpecialSet(p.name)) throw this.unsetError(p.name);
        fb.value(String([...(r.v ?? "")].length), quoted);
      }
      return;
    }
    if (op === "!prefix") {
      const names = h.namesWithPrefix(p.name);
      this.emitList(names, p.arg!.text === "*", fb, quoted);
      return;
    }
    let r: { v: string | undefined; list: string[] | null; star: boolean };
    if (op.startsWith("!")) {
      if (p.index !== null && (p.index.text === "@" || p.index.text === "*")) {
        this.emitList(h.keys(p.name), p.index.text === "*", fb, quoted);
        return;
      }
      // ${!x}: indirection through the value of x
      const target = (yield* this.lookup(p)).v ?? "";
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/s.exec(target);
      if (m === null && !/^[0-9@*#?$!-]$/.test(target)) throw new ExpandError(`${target}: invalid indirect expansion`, "Bad substitution");
      const ip: ParamPart = { ...p, name: m ? m[1]! : target, index: m && m[2] !== undefined ? { parts: [{ type: "lit", value: m[2] }], text: m[2] } : null };
      r = yield* this.lookup(ip);
      p = { ...ip, op: op.slice(1) };
    } else r = yield* this.lookup(p);
    const realOp = p.op;
    const isSet = r.list !== null ? r.list.length > 0 : r.v !== undefined;
    const isNull = r.list !== null ? r.list.length === 0 || (r.list.length === 1 && r.list[0] === "") : r.v === undefined || r.v === "";
    switch (realOp) {
      case "":
        break;
      case "-":
      case "=":
      case "?":
      case "+": {
        const missing = p.colon ? isNull : !isSet;
        if (realOp === "+") {
          if (!missing) yield* this.parts(p.arg!.parts, fb, quoted);
          return;
        }
        if (!missing) break;
        if (realOp === "-") {
          yield* this.parts(p.arg!.parts, fb, quoted);
          return;
        }
        if (realOp === "=") {
          const v = yield* this.toString(p.arg!);
          if (p.index !== null) throw new ExpandError(`${p.name}[${p.index.text}]: bad array subscript`, "Bad substitution");
          if (/^[0-9@*#?$!-]/.test(p.name)) throw new ExpandError(`$${p.name}: cannot assign in this way`, `${p.name}: bad variable name`);
          h.assign(p.name, v);
          fb.value(v, quoted);
          return;
        }
        const msg = p.arg && p.arg.parts.length ? yield* this.toString(p.arg) : "";
        throw new ExpandError(`${p.name}: ${msg || (p.colon ? "parameter null or not set" : "parameter not set")}`, `${p.name}: ${msg || "parameter not set"}`, 127);
      }
      default: {
        // the operators that transform the value
        if (r.list !== null && realOp === ":") {
          // ${@:2} ${a[@]:1:2}: a slice of the list (for $@, offset 0 is $0)
          let list = r.list;
          if (p.index === null) list = [h.scalar("0") ?? "", ...list];
          let off = this.arith(yield* this.toString(p.arg!));
          if (off < 0) off = Math.max(0, list.length + off);
          let end = list.length;
          if (p.arg2 !== null) {
            const len = this.arith(yield* this.toString(p.arg2));
            if (len < 0) throw new ExpandError(`${len}: substring expression < 0`, "Bad substitution");
            end = Math.min(end, off + len);
          }
          this.emitList(list.slice(off, end), r.star, fb, quoted);
          return;
        }
        if (r.list !== null) {
          const out: string[] = [];
          for (const v of r.list) out.push(yield* this.transform(p, v));
          this.emitList(out, r.star, fb, quoted);
          return;
        }
        if (r.v === undefined && h.nounset && !isSpecialSet(p.name)) throw this.unsetError(p.index ? `${p.name}[${p.index.text}]` : p.name);
        fb.value(yield* this.transform(p, r.v ?? ""), quoted);
        return;
      }
    }
    if (r.list !== null) {
      this.emitList(r.list, r.star, fb, quoted);
      return;
    }
    if (r.v === undefined && h.nounset && !isSpecialSet(p.name)) throw this.unsetError(p.index ? `${p.name}[${p.index.text}]` : p.name);
    if (r.v !== undefined) fb.value(r.v, quoted);
  }

  /** "$@" / $* / "${a[@]}" into the builder. */
  private emitList(list: string[], star: boolean, fb: FieldBuilder, quoted: boolean): void {
    if (quoted && star) {
      const ifs = this.host.ifs();
      fb.add(list.join(ifs === undefined ? " " : ifs.slice(0, 1)), true);
      return;
    }
    if (fb.mode !== "fields") {
      fb.add(list.join(" "), quoted);
      return;
    }
    for (let i = 0; i < list.length; i++) {
      if (i > 0) fb.end(quoted);
      fb.value(list[i]!, quoted);
    }
  }

  /** # ## % %% / // : ^ , @ applied to one value. */
  private *transform(p: ParamPart, v: string): ExpandGen<string> {
    switch (p.op) {
      case "#":
      case "##":
      case "%":
      case "%%":
        return removeAffix(v, yield* this.toPattern(p.arg!), p.op);
      case "/":
      case "//":
      case "/#":
      case "/%": {
        const pat = yield* this.toPattern(p.arg!);
        const rep = p.arg2 ? yield* this.toString(p.arg2) : "";
        // bash 5.2's patsub_replacement: an unquoted & in the replacement is the match
        return replacePattern(v, pat, rep, p.op, p.arg2 !== null && hasBareAmp(p.arg2.text));
      }
      case ":": {
        const chars = [...v];
        const offText = yield* this.toString(p.arg!);
        let off = this.arith(offText);
        if (off < 0) off = Math.max(0, chars.length + off);
        if (p.arg2 === null) return chars.slice(off).join("");
        let len = this.arith(yield* this.toString(p.arg2));
        if (len < 0) {
          len = chars.length + len - off;
          if (len < 0) throw new ExpandError(`${len}: substring expression < 0`, "Bad substitution");
        }
        return chars.slice(off, off + len).join("");
      }
      case "^^":
      case ",,":
      case "~~":
      case "^":
      case ",":
      case "~": {
        const pat = p.arg && p.arg.text !== "" ? yield* this.toPattern(p.arg) : null;
        return caseModify(v, p.op, pat);
      }
      case "@": {
        const t = p.arg?.text ?? "";
        if (t === "Q") return shellQuote(v);
        if (t === "U") return v.toUpperCase();
        if (t === "L") return v.toLowerCase();
        if (t === "u") return v.slice(0, 1).toUpperCase() + v.slice(1);
        // the assignment that recreates it (attributes other than none are not known here)
        if (t === "A" && p.index === null) return `${p.name}=${shellQuote(v)}`;
        return v;
      }
    }
    throw new ExpandError(`\${${p.name}${p.op}}: bad substitution`, "Bad substitution");
  }
}

/** ${x^pat} ${x,,pat} ${x~~}: change the case of the first (or every) char matching pat. */
function caseModify(v: string, op: string, pat: string | null): string {
  const all = op.length === 2;
  let out = "";
  let i = 0;
  for (const ch of v) {
    if ((all || i === 0) && (pat === null || matchPattern(pat, ch))) {
      const up = ch.toUpperCase();
      const low = ch.toLowerCase();
      out += op[0] === "^" ? up : op[0] === "," ? low : ch === up ? low : up;
    } else out += ch;
    i++;
  }
  return out;
}

/** An & outside quotes and not after a backslash in a replacement as written. */
function hasBareAmp(text: string): boolean {
  let q = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q === "'") {
      if (c === "'") q = "";
    } else if (c === "\\") i++;
    else if (q === '"') {
      if (c === '"') q = "";
    } else if (c === "'" || c === '"') q = c;
    else if (c === "&") return true;
  }
  return false;
}

function isAtParam(p: WordPart): boolean {
  return p.type === "param" && p.op === "" && (p.name === "@" || (p.index !== null && p.index.text === "@"));
}

/** $@ $* $# $? etc. never trip set -u. */
function isSpecialSet(name: string): boolean {
  return name === "@" || name === "*" || name === "#" || name === "?" || name === "$" || name === "-" || name === "0";
}

function stripNewlines(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 10) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** bash's error token when the expression ended early: its last operator and what follows. */
function lastToken(text: string): string {
  const t = text.trimEnd();
  const m = /[^A-Za-z0-9_\s]+\s*$/.exec(t);
  return m ? m[0] : t;
}

/** bash's ${x@Q} / printf %q style: single quotes unless nothing needs quoting. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** Run an expansion with no command substitution; throws if one appears. */
export function runSync<T>(g: ExpandGen<T>): T {
  const r = g.next();
  if (!r.done) throw new Error("command substitution on the synchronous path");
  return r.value;
}

/** Run an expansion, answering each command substitution with `sub`. */
export async function runAsync<T>(g: ExpandGen<T>, sub: (req: SubRequest) => Promise<string>): Promise<T> {
  let r = g.next();
  while (!r.done) r = g.next(await sub(r.value));
  return r.value;
}

/**
 * The status a non-interactive bash exits with after an expansion error: ${x?} and set -u give
 * 127 only at the top level of bash -c; a script, a sourced file in it, or a subshell exits 1.
 */
export function bashExpandStatus(sh: { commandString: unknown; subshell: number }, e: ExpandError): number {
  if (e.bashStatus !== 127) return e.bashStatus;
  return sh.commandString && sh.subshell === 0 ? 127 : 1;
}
