// The builtin table. A builtin runs inside the shell process (no fork), gets argv, and returns
// its exit status. POSIX special builtins (XCU 2.14) differ in two ways the interpreter applies:
// they are found before functions (dash), and their errors end a non-interactive shell.

import type { Shell } from "../interp/shell.ts";
import { echo } from "./echo.ts";
import { printf } from "./printf.ts";
import { test } from "./test.ts";
import { cd, pwd } from "./cd.ts";
import { declare, exportCmd, shift, unset } from "./vars.ts";
import { set } from "./set.ts";
import { breakCmd, exitCmd, falseCmd, returnCmd, trueCmd } from "./flow.ts";
import { command, evalCmd, execCmd, hash, source, type } from "./eval.ts";
import { disown, fg, jobs, kill, wait } from "./jobs.ts";
import { trap } from "./trap.ts";
import { read } from "./read.ts";
import { builtin, shopt } from "./shopt.ts";
import { mapfile } from "./mapfile.ts";
import { alias, caller, fc, getopts, help, history, letCmd, times, umask, unalias } from "./misc.ts";
import { ulimit } from "./ulimit.ts";
import { dirs, popd, pushd } from "./dirs.ts";

export type Builtin = (sh: Shell, argv: string[]) => number | Promise<number>;

export const SPECIAL_BUILTINS = new Set([":", ".", "break", "continue", "eval", "exec", "exit", "export", "readonly", "return", "set", "shift", "times", "trap", "unset"]);

const common: [string, Builtin][] = [
  [":", trueCmd], ["true", trueCmd], ["false", falseCmd], ["echo", echo], ["printf", printf],
  ["test", test], ["[", test], ["cd", cd], ["pwd", pwd], ["export", exportCmd], ["readonly", exportCmd],
  ["unset", unset], ["local", declare], ["shift", shift], ["set", set], ["break", breakCmd],
  ["continue", breakCmd], ["return", returnCmd], ["exit", exitCmd], ["eval", evalCmd], [".", source],
  ["exec", execCmd], ["command", command], ["type", type], ["hash", hash], ["jobs", jobs], ["fg", fg],
  ["bg", fg], ["wait", wait], ["kill", kill], ["trap", trap], ["read", read], ["alias", alias],
  ["unalias", unalias], ["umask", umask], ["ulimit", ulimit], ["times", times], ["getopts", getopts],
];

const bashOnly: [string, Builtin][] = [
  ["source", source], ["declare", declare], ["typeset", declare], ["let", letCmd], ["help", help], ["caller", caller], ["disown", disown],
  ["shopt", shopt], ["builtin", builtin], ["mapfile", mapfile], ["readarray", mapfile],
  ["pushd", pushd], ["popd", popd], ["dirs", dirs], ["history", history], ["fc", fc],
];

/** Builtins of both shells; bash-only names are filtered by findBuiltin. */
export const BUILTINS = new Map<string, Builtin>([...common, ...bashOnly]);
const BASH_ONLY = new Set(bashOnly.map(([n]) => n));

export function isBuiltin(sh: Shell, name: string): boolean {
  return BUILTINS.has(name) && (sh.bash || !BASH_ONLY.has(name));
}

/** The builtin `name` runs in this shell: dash has no source, declare, let, shopt... ("source: not found"). */
export function findBuiltin(sh: Shell, name: string): Builtin | undefined {
  const b = BUILTINS.get(name);
  return b !== undefined && (sh.bash || !BASH_ONLY.has(name)) ? b : undefined;
}
