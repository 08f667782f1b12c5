// test and [ (XCU test): the POSIX rules by argument count, then a recursive parser with
// -a / -o / ! / ( ) for longer expressions. File tests are shared with [[ ]] (interp/cond.ts).

import type { Shell } from "../interp/shell.ts";
import { BINARY_OPS, UNARY_OPS, binaryTest, intArg, unaryTest } from "../interp/cond.ts";

class TestError {
  constructor(readonly bash: string, readonly dash: string) {}
}

export async function test(sh: Shell, argv: string[]): Promise<number> {
  const name = argv[0]!;
  let args = argv.slice(1);
  if (name === "[") {
    if (args[args.length - 1] !== "]") {
      await sh.error(sh.bash ? "[: missing `]'" : "[: missing ]");
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return new TestParser(sh, args).run() ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) {
      await sh.error(`${name}: ${sh.bash ? e.bash : e.dash}`);
      return 2;
    }
    throw e;
  }
}

class TestParser {
  private i = 0;
  constructor(
    private readonly sh: Shell,
    private readonly a: string[],
  ) {}

  private int = (s: string): number => {
    const v = intArg(s);
    if (v === null) throw new TestError(`${s}: integer expression expected`, `Illegal number: ${s}`);
    return v;
  };

  run(): boolean {
    const a = this.a;
    switch (a.length) {
      case 0:
        return false;
      case 1:
        return a[0] !== "";
      case 2:
        if (a[0] === "!") return a[1] === "";
        if (UNARY_OPS.has(a[0]!)) return unaryTest(this.sh, a[0]!, a[1]!);
        throw new TestError(`${a[0]}: unary operator expected`, `${a[0]}: unexpected operator`);
      case 3:
        if (BINARY_OPS.has(a[1]!) && a[1] !== "=~") return binaryTest(this.sh, a[1]!, a[0]!, a[2]!, this.int);
        if (a[1] === "-a") return a[0] !== "" && a[2] !== "";
        if (a[1] === "-o") return a[0] !== "" || a[2] !== "";
        if (a[0] === "!") return !new TestParser(this.sh, a.slice(1)).run();
        if (a[0] === "(" && a[2] === ")") return a[1] !== "";
        throw new TestError(`${a[1]}: binary operator expected`, `${a[1]}: unexpected operator`);
      case 4:
        if (a[0] === "!") return !new TestParser(this.sh, a.slice(1)).run();
        if (a[0] === "(" && a[3] === ")") return new TestParser(this.sh, a.slice(1, 3)).run();
    }
    const r = this.or();
    if (this.i < a.length) throw new TestError("too many arguments", `${a[0]}: unexpected operator`);
    return r;
  }

  private or(): boolean {
    let v = this.and();
    while (this.a[this.i] === "-o") {
      this.i++;
      const r = this.and();
      v = v || r;
    }
    return v;
  }
  private and(): boolean {
    let v = this.not();
    while (this.a[this.i] === "-a") {
      this.i++;
      const r = this.not();
      v = v && r;
    }
    return v;
  }
  private not(): boolean {
    if (this.a[this.i] === "!") {
      this.i++;
      return !this.not();
    }
    return this.primary();
  }
  private primary(): boolean {
    const a = this.a;
    const t = a[this.i];
    if (t === undefined) throw new TestError("argument expected", "argument expected");
    if (t === "(") {
      this.i++;
      const v = this.or();
      if (a[this.i] !== ")") throw new TestError("`)' expected", "closing paren expected");
      this.i++;
      return v;
    }
    if (UNARY_OPS.has(t) && this.i + 1 < a.length && !BINARY_OPS.has(a[this.i + 1]!)) {
      this.i += 2;
      return unaryTest(this.sh, t, a[this.i - 1]!);
    }
    const op = a[this.i + 1];
    if (op !== undefined && BINARY_OPS.has(op)) {
      const b = a[this.i + 2];
      if (b === undefined) throw new TestError(`${op}: argument expected`, `${op}: argument expected`);
      this.i += 3;
      return binaryTest(this.sh, op, t, b, this.int);
    }
    this.i++;
    return t !== "";
  }
}
