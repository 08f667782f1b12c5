// Conditional expressions: bash's [[ ]] and the test / [ builtin share the unary file tests
// and the binary comparisons (test(1), bash(1) CONDITIONAL EXPRESSIONS).

import type { CondExpr } from "../ast.ts";
import type { Shell } from "./shell.ts";
import { expandPattern, expandString, substitute } from "./words.ts";
import { hasCmdSub, runAsync, runSync } from "../expand/expand.ts";
import { matchPattern } from "../expand/pattern.ts";
import { S_IFMT, S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFREG, S_IFSOCK, type Stat } from "../../../uapi/stat.ts";
import { R_OK, W_OK, X_OK, AT_EACCESS, AT_FDCWD } from "../../../uapi/fcntl.ts";
import { isatty } from "../../lib/stdio.ts";
import { ExpandError } from "../expand/expand.ts";

export const UNARY_OPS = new Set(["-a", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-p", "-r", "-s", "-t", "-u", "-w", "-x", "-G", "-L", "-N", "-O", "-S", "-z", "-n", "-o", "-v", "-R"]);
export const BINARY_OPS = new Set(["=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef", "=~"]);

function stat(sh: Shell, p: string, follow = true): Stat | null {
  try {
    return follow ? sh.sys.stat(p) : sh.sys.lstat(p);
  } catch {
    return null;
  }
}

function access(sh: Shell, p: string, mode: number): boolean {
  try {
    sh.sys.faccessat(AT_FDCWD, p, mode, AT_EACCESS);
    return true;
  } catch {
    return false;
  }
}

/** A unary test on one operand. */
export function unaryTest(sh: Shell, op: string, a: string): boolean {
  const type = (want: number) => {
    const st = stat(sh, a);
    return st !== null && (st.mode & S_IFMT) === want;
  };
  switch (op) {
    case "-z": return a === "";
    case "-n": return a !== "";
    case "-e":
    case "-a": return stat(sh, a) !== null;
    case "-f": return type(S_IFREG);
    case "-d": return type(S_IFDIR);
    case "-b": return type(S_IFBLK);
    case "-c": return type(S_IFCHR);
    case "-p": return type(S_IFIFO);
    case "-S": return type(S_IFSOCK);
    case "-h":
    case "-L": {
      const st = stat(sh, a, false);
      return st !== null && (st.mode & S_IFMT) === S_IFLNK;
    }
    case "-s": {
      const st = stat(sh, a);
      return st !== null && st.size > 0;
    }
    case "-g": return ((stat(sh, a)?.mode ?? 0) & 0o2000) !== 0;
    case "-u": return ((stat(sh, a)?.mode ?? 0) & 0o4000) !== 0;
    case "-k": return ((stat(sh, a)?.mode ?? 0) & 0o1000) !== 0;
    case "-r": return access(sh, a, R_OK);
    case "-w": return access(sh, a, W_OK);
    case "-x": return access(sh, a, X_OK);
    case "-O": return stat(sh, a)?.uid === sh.sys.geteuid();
    case "-G": return stat(sh, a)?.gid === sh.sys.getegid();
    case "-N": {
      const st = stat(sh, a);
      return st !== null && st.mtimeNs > st.atimeNs;
    }
    case "-t": return /^[0-9]+$/.test(a) && isatty(sh.sys, Number(a));
    case "-v": {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/.exec(a);
      if (!m) return false;
      return m[2] !== undefined ? sh.element(m[1]!, m[2]) !== undefined : sh.vars.map.get(m[1]!)?.value !== undefined || sh.vars.map.get(m[1]!)?.array != null;
    }
    case "-o": return (sh.opts as unknown as Record<string, boolean>)[a] === true;
    case "-R": return false;
  }
  return false;
}

/** Integer operand for -eq etc.: test(1) wants a decimal integer. */
export function intArg(s: string): number | null {
  const t = s.trim();
  return /^[+-]?[0-9]+$/.test(t) ? Number(t) : null;
}

/** A binary test (string and integer comparisons, file times). Integer errors throw. */
export function binaryTest(sh: Shell, op: string, a: string, b: string, intOf: (s: string) => number): boolean {
  switch (op) {
    case "=":
    case "==": return a === b;
    case "!=": return a !== b;
    case "<": return a < b;
    case ">": return a > b;
    case "-eq": return intOf(a) === intOf(b);
    case "-ne": return intOf(a) !== intOf(b);
    case "-lt": return intOf(a) < intOf(b);
    case "-le": return intOf(a) <= intOf(b);
    case "-gt": return intOf(a) > intOf(b);
    case "-ge": return intOf(a) >= intOf(b);
    case "-nt": {
      const x = stat(sh, a);
      const y = stat(sh, b);
      return x !== null && (y === null || x.mtimeNs > y.mtimeNs);
    }
    case "-ot": {
      const x = stat(sh, a);
      const y = stat(sh, b);
      return y !== null && (x === null || x.mtimeNs < y.mtimeNs);
    }
    case "-ef": {
      const x = stat(sh, a);
      const y = stat(sh, b);
      return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
    }
  }
  return false;
}

/** [[ expr ]] */
export async function evalCond(sh: Shell, e: CondExpr): Promise<boolean> {
  switch (e.type) {
    case "and":
      return (await evalCond(sh, e.left)) && evalCond(sh, e.right);
    case "or":
      return (await evalCond(sh, e.left)) || evalCond(sh, e.right);
    case "not":
      return !(await evalCond(sh, e.expr));
    case "word":
      return (await expandString(sh, e.word)) !== "";
    case "unary":
      return unaryTest(sh, e.op, await expandString(sh, e.arg));
    case "binary": {
      const left = await expandString(sh, e.left);
      if (e.op === "==" || e.op === "=" || e.op === "!=") {
        const pat = await expandPattern(sh, e.right);
        const m = matchPattern(pat, left);
        return e.op === "!=" ? !m : m;
      }
      if (e.op === "=~") {
        const g = sh.expander.toRegex(e.right);
        const re = hasCmdSub(e.right) ? await runAsync(g, (r) => substitute(sh, r)) : runSync(g);
        let rx: RegExp;
        try {
          rx = new RegExp(ereToJs(re));
        } catch {
          return false;
        }
        const m = rx.exec(left);
        const arr = m ? Array.from(m, (x) => x ?? "") : [];
        sh.vars.setArray("BASH_REMATCH", arr);
        return m !== null;
      }
      const right = await expandString(sh, e.right);
      return binaryTest(sh, e.op, left, right, (s) => condArith(sh, s));
    }
  }
}

/** POSIX ERE to a JS RegExp source: bracket classes like [[:digit:]] become ranges. */
function ereToJs(re: string): string {
  const classes: Record<string, string> = { alpha: "a-zA-Z", digit: "0-9", alnum: "a-zA-Z0-9", upper: "A-Z", lower: "a-z", space: "\\s", blank: " \\t", punct: "!-\\/:-@\\[-`{-~", xdigit: "0-9A-Fa-f", word: "\\w" };
  return re.replace(/\[:([a-z]+):\]/g, (m, c: string) => classes[c] ?? m);
}

export { ExpandError };

/** An -eq operand of [[ ]] is an arithmetic expression; bash names [[ in its errors ("[[: 1a: ..."). */
function condArith(sh: Shell, s: string): number {
  try {
    return sh.expander.arith(s);
  } catch (e) {
    if (e instanceof ExpandError) throw new ExpandError(`[[: ${e.bashMsg}`, e.dashMsg, e.bashStatus, e.bashContinues);
    throw e;
  }
}
