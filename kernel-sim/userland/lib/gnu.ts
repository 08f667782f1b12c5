// The program wrapper for GNU tools: like program() from main.ts, but messages name the
// program as argv[0] was given ("/usr/bin/printf: 'x': expected a numeric value"), because
// GNU's error() prints program_name, which is argv[0] unchanged.

import type { Proc } from "./main.ts";
import { program, basenameOf } from "./main.ts";
import type { ProgramMain } from "./sys.ts";

export function gnuProgram(body: (p: Proc) => Promise<number>): ProgramMain {
  return program(async (p) => {
    const name = p.argv[0] || p.name;
    p.name = name;
    p.warn = async (message: string) => {
      await p.out.flush();
      await p.err.write(`${name}: ${message}\n`);
    };
    return body(p);
  });
}

export { basenameOf };
