// Shell variables: values, attributes (export, readonly, integer), indexed and associative
// arrays, and the dynamic scoping of `local` (bash's model: a function's local shadows the
// caller's variable until the function returns, and callees see it).

/** One variable. Analogous to bash's SHELL_VAR (variables.h). */
import { encode } from "../../lib/text.ts";

export interface Var {
  /** Scalar value; undefined for a declared-but-unset variable (`export x`, `local x`). */
  value: string | undefined;
  /** Indexed array elements (sparse: holes are unset elements), or null for a scalar. */
  array: (string | undefined)[] | null;
  /** Associative array (declare -A), or null. */
  assoc: Map<string, string> | null;
  exported: boolean;
  readonly: boolean;
  /** declare -i: assignments are evaluated arithmetically. */
  integer: boolean;
  /** declare -l / -u: values are converted to lower / upper case on assignment. */
  caseConv?: "l" | "u";
  /** declare -n: a name reference; value is the name of the variable it stands for. */
  nameref?: boolean;
  /** declare -t: the DEBUG and RETURN traps reach functions (shown by declare -p). */
  trace?: boolean;
  /** `declare -a x` with no value: an array with no elements ever assigned (declare -p x shows no `=()`). */
  noValue?: boolean;
}

/**
 * The variable table. Lookups and stores follow namerefs (declare -n), as bash's
 * find_variable does; raw()/rawSet()/rawDelete() see the reference itself. While no nameref
 * exists the lookups are plain Map calls (the hot path of every $x).
 */
export class VarMap extends Map<string, Var> {
  refs = 0;
  private target(name: string): string {
    let n = name;
    for (let i = 0; i < 8; i++) {
      const v = super.get(n);
      if (v === undefined || v.nameref !== true || !v.value) return n;
      n = v.value;
    }
    return n;
  }
  override get(name: string): Var | undefined {
    return this.refs === 0 ? super.get(name) : super.get(this.target(name));
  }
  override set(name: string, v: Var): this {
    if (v.nameref) this.refs++;
    return super.set(this.refs === 0 ? name : this.target(name), v);
  }
  override delete(name: string): boolean {
    return super.delete(this.refs === 0 ? name : this.target(name));
  }
  raw(name: string): Var | undefined {
    return super.get(name);
  }
  rawSet(name: string, v: Var): void {
    if (v.nameref) this.refs++;
    super.set(name, v);
  }
  rawDelete(name: string): void {
    super.delete(name);
  }
}

/** Assigning to a readonly variable: bash "x: readonly variable", dash "x: is read only". */
export class ReadonlyError {
  constructor(readonly name: string) {}
}

/**
 * An associative array's entries in bash's order: bash keeps them in a hash table of 1024
 * buckets (assoc.h ASSOC_HASH_BUCKETS) indexed by FNV-1 of the key (hashlib.c hash_string), walks
 * the buckets in order and each bucket newest first. The Map holds first-insertion order.
 */
export function assocEntries(m: Map<string, string>): [string, string][] {
  const e = [...m];
  if (e.length < 2) return e;
  const keyed = e.map((kv, i) => ({ kv, b: fnv1(kv[0]) & 1023, i }));
  keyed.sort((x, y) => x.b - y.b || y.i - x.i);
  return keyed.map((x) => x.kv);
}

function fnv1(s: string): number {
  let h = 2166136261;
  const bytes = encode(s);
  for (let i = 0; i < bytes.length; i++) h = (Math.imul(h, 16777619) ^ bytes[i]!) >>> 0;
  return h;
}

export function newVar(value: string | undefined): Var {
  return { value, array: null, assoc: null, exported: false, readonly: false, integer: false };
}

function copyVar(v: Var): Var {
  return { ...v, array: v.array ? v.array.slice() : null, assoc: v.assoc ? new Map(v.assoc) : null };
}

export class Vars {
  map = new VarMap();
  /** Saved outer variables, one frame per active function call (for `local`). */
  frames: Map<string, Var | undefined>[] = [];
  /** Cached environment for execve; null when a change made it stale. */
  private envCache: string[] | null = null;
  /** Hook for assignments the shell reacts to (IFS, PATH, OPTIND...). */
  onChange: ((name: string) => void) | null = null;
  /** Evaluates declare -i values (exact decimal text). */
  arith: ((text: string) => string) | null = null;

  clone(): Vars {
    const v = new Vars();
    for (const [k, x] of this.map) v.map.rawSet(k, copyVar(x));
    v.frames = this.frames.map((f) => new Map([...f].map(([k, x]) => [k, x ? copyVar(x) : undefined])));
    v.arith = this.arith;
    return v;
  }

  /** The value of a scalar, or element 0 of an array (as bash's $a). */
  get(name: string): string | undefined {
    const v = this.map.get(name);
    if (v === undefined) return undefined;
    if (v.array !== null) return v.array[0];
    if (v.assoc !== null) return v.assoc.get("0");
    return v.value;
  }

  /** Assign a scalar (element 0 of an array). Throws ReadonlyError. */
  set(name: string, value: string): void {
    let v = this.map.get(name);
    if (v === undefined) {
      v = newVar(value);
      this.map.set(name, v);
    } else {
      if (v.readonly) throw new ReadonlyError(name);
      if (v.integer && this.arith) value = String(this.arith(value));
      if (v.caseConv !== undefined) value = v.caseConv === "l" ? value.toLowerCase() : value.toUpperCase();
      if (v.array !== null) v.array[0] = value;
      else if (v.assoc !== null) v.assoc.set("0", value);
      else v.value = value;
    }
    if (v.exported) this.envCache = null;
    if (this.onChange !== null) this.onChange(name);
  }

  /** The Var record, creating an unset one if needed. */
  ensure(name: string): Var {
    let v = this.map.get(name);
    if (v === undefined) {
      v = newVar(undefined);
      this.map.set(name, v);
    }
    return v;
  }

  setElem(name: string, key: string | number, value: string): void {
    const v = this.ensure(name);
    if (v.readonly) throw new ReadonlyError(name);
    if (v.integer && this.arith) value = String(this.arith(value));
    if (v.caseConv !== undefined) value = v.caseConv === "l" ? value.toLowerCase() : value.toUpperCase();
    v.noValue = undefined;
    if (v.assoc !== null) v.assoc.set(String(key), value);
    else {
      if (v.array === null) {
        v.array = v.value === undefined ? [] : [v.value];
        v.value = undefined;
      }
      v.array[Number(key)] = value;
    }
    if (v.exported) this.envCache = null;
  }

  setArray(name: string, values: string[]): void {
    const v = this.ensure(name);
    if (v.readonly) throw new ReadonlyError(name);
    v.value = undefined;
    v.noValue = undefined;
    if (v.assoc !== null) {
      v.assoc = new Map();
      for (let i = 0; i + 1 < values.length; i += 2) v.assoc.set(values[i]!, values[i + 1]!);
    } else v.array = values.slice();
    this.envCache = null;
  }

  /** unset name: false if readonly. */
  unset(name: string): boolean {
    const v = this.map.get(name);
    if (v === undefined) return true;
    if (v.readonly) return false;
    // inside a function, unsetting a local leaves it unset but still local (bash)
    this.map.delete(name);
    if (v.exported) this.envCache = null;
    if (this.onChange !== null) this.onChange(name);
    return true;
  }

  /** declare -n name=target: name now stands for target. */
  setNameref(name: string, target: string): void {
    const v = newVar(target);
    v.nameref = true;
    this.map.rawSet(name, v);
  }

  setExported(name: string, on: boolean): void {
    this.ensure(name).exported = on;
    this.envCache = null;
  }

  /** The exported variables as envp for execve (cached between changes). */
  environ(): string[] {
    if (this.envCache !== null) return this.envCache;
    const out: string[] = [];
    for (const [k, v] of this.map) {
      if (!v.exported) continue;
      const val = v.array !== null ? v.array[0] : v.value;
      if (val !== undefined) out.push(`${k}=${val}`);
    }
    this.envCache = out;
    return out;
  }

  /** Drop the env cache (after a change made through a Var record directly). */
  touch(): void {
    this.envCache = null;
  }

  // ---- local scopes ---------------------------------------------------------------------------
  pushFrame(): void {
    this.frames.push(new Map());
  }
  popFrame(): void {
    const f = this.frames.pop();
    if (f === undefined) return;
    for (const [name, old] of f) {
      if (old === undefined) this.map.rawDelete(name);
      else this.map.rawSet(name, old);
    }
    this.envCache = null;
  }
  /** The names made local in the innermost function, sorted (for `local` with no operands). */
  localNames(): string[] {
    const f = this.frames[this.frames.length - 1];
    return f === undefined ? [] : [...f.keys()].sort();
  }
  /** local name: shadow the caller's variable in the current function. False outside a function. */
  makeLocal(name: string): boolean {
    const f = this.frames[this.frames.length - 1];
    if (f === undefined) return false;
    if (!f.has(name)) {
      const old = this.map.raw(name);
      f.set(name, old);
      const nv = newVar(undefined);
      // bash: a local copies nothing, but an exported global stays exported in the env of callees
      // only through the local if declared so; keep it simple and fresh.
      this.map.rawSet(name, nv);
      this.envCache = null;
    }
    return true;
  }
}
