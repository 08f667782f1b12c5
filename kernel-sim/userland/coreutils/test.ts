// test(1) and [(1), GNU coreutils: POSIX's argument-count rules (0-4 arguments), then
// -a/-o/!/( ) for longer expressions. Exit 0 true, 1 false, 2 error.

import { gnuProgram as program } from "../lib/gnu.ts";
import type { Proc } from "../lib/main.ts";
import { quote, basenameOf } from "../lib/main.ts";
import { coreutilsVersion } from "../lib/getopt.ts";
import { S_IFMT, S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFREG, S_IFSOCK, S_ISGID, S_ISUID, S_ISVTX } from "../../uapi/stat.ts";
import type { Stat } from "../../uapi/stat.ts";
import { R_OK, W_OK, X_OK } from "../../uapi/fcntl.ts";

class TestError {
  constructor(readonly message: string) {}
}

const UNARY = new Set(["-b", "-c", "-d", "-e", "-f", "-g", "-G", "-h", "-k", "-L", "-n", "-N", "-O", "-p", "-r", "-s", "-S", "-t", "-u", "-w", "-x", "-z"]);
// coreutils 9.1 test(1) has no "<" and ">" (bash's builtin does): "binary operator expected".
const BINARY = new Set(["=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef"]);

function int(s: string): bigint {
  const t = s.trim();
  if (!/^[-+]?[0-9]+$/.test(t)) throw new TestError(`invalid integer ${quote(s)}`);
  return BigInt(t);
}

export class Evaluator {
  constructor(private readonly p: Proc) {}

  private stat(f: string, link = false): Stat | null {
    try {
      return link ? this.p.sys.lstat(f) : this.p.sys.stat(f);
    } catch {
      return null;
    }
  }

  unary(op: string, a: string): boolean {
    const sys = this.p.sys;
    const type = (t: number): boolean => ((this.stat(a)?.mode ?? -1) & S_IFMT) === t && this.stat(a) !== null;
    switch (op) {
      case "-n": return a.length > 0;
      case "-z": return a.length === 0;
      case "-e": return this.stat(a) !== null;
      case "-f": return type(S_IFREG);
      case "-d": return type(S_IFDIR);
      case "-b": return type(S_IFBLK);
      case "-c": return type(S_IFCHR);
      case "-p": return type(S_IFIFO);
      case "-S": return type(S_IFSOCK);
      case "-h": case "-L": return ((this.stat(a, true)?.mode ?? 0) & S_IFMT) === S_IFLNK;
      case "-s": return (this.stat(a)?.size ?? 0) > 0;
      case "-u": return ((this.stat(a)?.mode ?? 0) & S_ISUID) !== 0;
      case "-g": return ((this.stat(a)?.mode ?? 0) & S_ISGID) !== 0;
      case "-k": return ((this.stat(a)?.mode ?? 0) & S_ISVTX) !== 0;
      case "-O": return this.stat(a)?.uid === sys.geteuid();
      case "-G": return this.stat(a)?.gid === sys.getegid();
      case "-N": {
        const st = this.stat(a);
        return st !== null && st.mtimeNs > st.atimeNs;
      }
      case "-r": case "-w": case "-x":
        try {
          sys.access(a, op === "-r" ? R_OK : op === "-w" ? W_OK : X_OK);
          return true;
        } catch {
          return false;
        }
      case "-t":
        try {
          sys.ioctl_tcgets(Number(int(a)));
          return true;
        } catch (e) {
          if (e instanceof TestError) throw e;
          return false;
        }
    }
    throw new TestError(`${quote(op)}: unary operator expected`);
  }

  binary(a: string, op: string, b: string): boolean {
    switch (op) {
      case "=": case "==": return a === b;
      case "!=": return a !== b;
      case "-eq": return int(a) === int(b);
      case "-ne": return int(a) !== int(b);
      case "-lt": return int(a) < int(b);
      case "-le": return int(a) <= int(b);
      case "-gt": return int(a) > int(b);
      case "-ge": return int(a) >= int(b);
      case "-nt": case "-ot": {
        const x = this.stat(a);
        const y = this.stat(b);
        if (op === "-nt") return x !== null && (y === null || x.mtimeNs > y.mtimeNs);
        return y !== null && (x === null || x.mtimeNs < y.mtimeNs);
      }
      case "-ef": {
        const x = this.stat(a);
        const y = this.stat(b);
        return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
      }
    }
    throw new TestError(`${quote(op)}: binary operator expected`);
  }

  /** POSIX's rules by argument count, falling back to the full grammar. */
  eval(args: string[]): boolean {
    switch (args.length) {
      case 0: return false;
      case 1: return args[0] !== "";
      case 2:
        if (args[0] === "!") return args[1] === "";
        if (UNARY.has(args[0]!)) return this.unary(args[0]!, args[1]!);
        // GNU's two_arguments(): "-Q a" is a bad unary operator, "a b" falls to beyond().
        if (args[0]!.startsWith("-") && args[0]!.length === 2) throw new TestError(`${quote(args[0]!)}: unary operator expected`);
        throw new TestError(`missing argument after ${quote(args[1]!)}`);
      case 3:
        if (BINARY.has(args[1]!)) return this.binary(args[0]!, args[1]!, args[2]!);
        if (args[0] === "!") return !this.eval(args.slice(1));
        if (args[0] === "(" && args[2] === ")") return args[1] !== "";
        if (args[1] === "-a") return args[0] !== "" && args[2] !== "";
        if (args[1] === "-o") return args[0] !== "" || args[2] !== "";
        throw new TestError(`${quote(args[1]!)}: binary operator expected`);
      case 4:
        if (args[0] === "!") return !this.eval(args.slice(1));
        if (args[0] === "(" && args[3] === ")") return this.eval(args.slice(1, 3));
    }
    const r = new Parser(this, args);
    const v = r.or();
    if (r.pos < args.length) throw new TestError(`extra argument ${quote(args[r.pos]!)}`);
    return v;
  }
}

class Parser {
  pos = 0;
  constructor(
    private readonly ev: Evaluator,
    private readonly a: string[],
  ) {}
  or(): boolean {
    let v = this.and();
    while (this.a[this.pos] === "-o") {
      this.pos++;
      v = this.and() || v;
    }
    return v;
  }
  and(): boolean {
    let v = this.not();
    while (this.a[this.pos] === "-a") {
      this.pos++;
      v = this.not() && v;
    }
    return v;
  }
  not(): boolean {
    if (this.a[this.pos] === "!") {
      this.pos++;
      return !this.not();
    }
    return this.prim();
  }
  prim(): boolean {
    const a = this.a;
    const t = a[this.pos];
    if (t === undefined) throw new TestError(`missing argument after ${quote(a[this.pos - 1] ?? "")}`);
    if (t === "(") {
      this.pos++;
      const v = this.or();
      if (a[this.pos] !== ")") throw new TestError(`missing ')'`);
      this.pos++;
      return v;
    }
    if (a[this.pos + 1] !== undefined && BINARY.has(a[this.pos + 1]!)) {
      if (a[this.pos + 2] === undefined) throw new TestError(`missing argument after ${quote(a[this.pos + 1]!)}`);
      const v = this.ev.binary(t, a[this.pos + 1]!, a[this.pos + 2]!);
      this.pos += 3;
      return v;
    }
    if (UNARY.has(t)) {
      if (a[this.pos + 1] === undefined) throw new TestError(`missing argument after ${quote(t)}`);
      const v = this.ev.unary(t, a[this.pos + 1]!);
      this.pos += 2;
      return v;
    }
    this.pos++;
    return t !== "";
  }
}

export default program(async (p) => {
  let args = p.argv.slice(1);
  const bracket = basenameOf(p.name) === "[";
  if (bracket) {
    if (args.length === 1 && (args[0] === "--help" || args[0] === "--version")) {
      await p.out.write(args[0] === "--help" ? "Usage: test EXPRESSION\n  or:  test\n  or:  [ EXPRESSION ]\n  or:  [ ]\n  or:  [ OPTION\n" : coreutilsVersion("[", "Kevin Braunsdorf and Matthew Bradburn"));
      return 0;
    }
    if (args[args.length - 1] !== "]") {
      await p.warn("missing ']'");
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return new Evaluator(p).eval(args) ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) {
      await p.warn(e.message);
      return 2;
    }
    throw e;
  }
});
