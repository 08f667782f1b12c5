// Builtins that change the flow of control: break, continue, return, exit, and the trivial
// true, false and :.

import type { Shell } from "../interp/shell.ts";
import { BreakSig, ContinueSig, ExitSig, ReturnSig } from "../interp/shell.ts";
import { berr } from "./io.ts";

async function count(sh: Shell, name: string, arg: string | undefined): Promise<number | null> {
  if (arg === undefined) return 1;
  if (!/^-?[0-9]+$/.test(arg)) {
    await berr(sh, name, sh.bash ? `${arg}: numeric argument required` : `Illegal number: ${arg}`);
    return null;
  }
  const n = Number(arg);
  if (n < 1) {
    await berr(sh, name, sh.bash ? `${arg}: loop count out of range` : `Illegal number: ${arg}`);
    return null;
  }
  return n;
}

export async function breakCmd(sh: Shell, argv: string[]): Promise<number> {
  const name = argv[0]!;
  const n = await count(sh, name, argv[1]);
  if (n === null) return sh.bash ? 1 : 2;
  if (sh.loopDepth === 0) {
    if (sh.bash) await berr(sh, name, "only meaningful in a `for', `while', or `until' loop");
    return 0;
  }
  const levels = Math.min(n, sh.loopDepth);
  throw name === "break" ? new BreakSig(levels) : new ContinueSig(levels);
}

function exitCode(arg: string | undefined, dflt: number): number | null {
  if (arg === undefined) return dflt;
  if (!/^[+-]?[0-9]+$/.test(arg.trim())) return null;
  return Number(BigInt.asUintN(8, BigInt(arg.trim())));
}

export async function returnCmd(sh: Shell, argv: string[]): Promise<number> {
  const code = exitCode(argv[1], sh.status);
  if (code === null) {
    await berr(sh, "return", sh.bash ? `${argv[1]}: numeric argument required` : `Illegal number: ${argv[1]}`);
    if (sh.funcDepth === 0 && sh.sourceDepth === 0) return 2;
    throw new ReturnSig(2);
  }
  if (sh.funcDepth === 0 && sh.sourceDepth === 0) {
    if (sh.bash) {
      await berr(sh, "return", "can only `return' from a function or sourced script");
      return 2;
    }
    throw new ExitSig(code);
  }
  throw new ReturnSig(code);
}

export async function exitCmd(sh: Shell, argv: string[]): Promise<number> {
  let code = exitCode(argv[1], sh.status);
  if (code === null) {
    if (sh.bash) {
      await berr(sh, "exit", `${argv[1]}: numeric argument required`);
      code = 2;
    } else {
      await berr(sh, "exit", `Illegal number: ${argv[1]}`);
      code = 2;
    }
  } else if (argv.length > 2 && sh.bash) {
    await berr(sh, "exit", "too many arguments");
    return 1;
  }
  if (sh.interactive && sh.subshell === 0 && sh.bash) await sh.writeErr("exit\n");
  throw new ExitSig(code);
}

export function trueCmd(): number {
  return 0;
}

export function falseCmd(): number {
  return 1;
}
