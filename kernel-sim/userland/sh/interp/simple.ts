// Simple commands (XCU 2.9.1): expand, then assignments only / a function / a builtin / a
// program found on PATH, run by fork + execve with the exported variables as its environment.

import type { Assign, SimpleCommand } from "../ast.ts";
import { DiscardSig, ExitSig, ReturnSig, type Shell } from "./shell.ts";
import { applyRedirs, RedirError, restore, type Saved } from "./redirect.ts";
import { expandArgv, expandString } from "./words.ts";
import { ExpandError, bashExpandStatus } from "../expand/expand.ts";
import { ReadonlyError, type Var } from "./vars.ts";
import { BUILTINS, SPECIAL_BUILTINS, findBuiltin } from "../builtins/index.ts";
import { Errno, EACCES, ENOENT, ENOEXEC, ENOTDIR, strerror } from "../../../uapi/errno.ts";
import { X_OK } from "../../../uapi/fcntl.ts";
import { S_ISDIR } from "../../../uapi/stat.ts";
import { waitForeground } from "./pipeline.ts";
import { exec, xtraceLead, caughtStatus } from "./exec.ts";
import { quoteXtrace } from "./quote.ts";
import { runTrap, TRAP_DEBUG, TRAP_RETURN } from "./trap.ts";
import { command as printCommand } from "../print.ts";
import { functionBody } from "../print.ts";

const DECL_BUILTINS = new Set(["declare", "typeset", "local", "export", "readonly"]);
const ASSIGN_SHAPE = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

/** Non-interactive shells exit on expansion errors; interactive ones abandon the command. */
async function expandFailed(sh: Shell, e: ExpandError): Promise<number> {
  await sh.error(sh.bash ? e.bashMsg : e.dashMsg);
  const status = sh.bash ? bashExpandStatus(sh, e) : 2;
  if (sh.bash && e.bashContinues) return status;
  if (!sh.interactive || sh.subshell > 0) throw new ExitSig(status);
  return status;
}

export async function execSimple(sh: Shell, cmd: SimpleCommand, tail = false): Promise<number> {
  sh.lineno = cmd.line;
  if (sh.debugTrap && sh.inTrap === 0 && sh.funcDepth === 0) await runDebugTrap(sh, cmd);
  let argv: string[];
  sh.lastSubStatus = -1;
  try {
    argv = cmd.words.length === 0 ? [] : await expandCommandWords(sh, cmd);
  } catch (e) {
    if (e instanceof ExpandError) return expandFailed(sh, e);
    throw e;
  }
  if (argv.length === 0) return assignmentsOnly(sh, cmd);
  const lastArg = argv[argv.length - 1]!;
  const st = await dispatch(sh, cmd, argv, tail);
  sh.lastArg = lastArg;
  return st;
}

async function dispatch(sh: Shell, cmd: SimpleCommand, argv: string[], tail: boolean): Promise<number> {
  if (sh.opts.xtrace) await trace(sh, cmd.assigns.length ? await assignTexts(sh, cmd.assigns) : [], argv);
  const name = argv[0]!;
  if (!name.includes("/")) {
    const special = SPECIAL_BUILTINS.has(name);
    if (special && !sh.bash) return runBuiltin(sh, cmd, argv, true);
    const fn = sh.funcs.get(name);
    if (fn !== undefined) return callFunction(sh, cmd, argv);
    const b = findBuiltin(sh, name);
    if (b !== undefined) return runBuiltin(sh, cmd, argv, special && sh.posix);
  }
  return runExternal(sh, cmd, argv, tail);
}

async function expandCommandWords(sh: Shell, cmd: SimpleCommand): Promise<string[]> {
  const words = cmd.words;
  const first = words[0]!;
  if (words.length > 1 && DECL_BUILTINS.has(first.text) && words.some((w) => w.array !== undefined || ASSIGN_SHAPE.test(w.text))) {
    // declaration builtins: name=value arguments are assignments (no splitting or globbing)
    const out: string[] = [];
    sh.declArrays = new Map();
    for (const w of words) {
      if (w.array !== undefined) {
        const nm = w.text.replace(/\+?=$/, "");
        out.push(w.text.endsWith("+=") ? nm + "+=" : nm + "=");
        sh.declArrays.set(out.length - 1, await expandArgv(sh, w.array));
      } else if (ASSIGN_SHAPE.test(w.text)) out.push(await expandString(sh, w));
      else out.push(...(await expandArgv(sh, [w])));
    }
    return out;
  }
  return expandArgv(sh, words);
}

async function assignTexts(sh: Shell, assigns: Assign[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of assigns) {
    const v = a.value ? await expandString(sh, a.value) : "(...)";
    out.push(`${a.name}=${sh.bash ? quoteXtrace(v) : v}`);
  }
  return out;
}

async function trace(sh: Shell, assigns: string[], argv: string[]): Promise<void> {
  const words = sh.bash ? argv.map(quoteXtrace) : argv;
  await sh.writeErr((await xtraceLead(sh)) + [...assigns, ...words].join(" ") + "\n");
}

/** name=value with no command: assignments in the shell itself. $? is the last $( )'s status. */
async function assignmentsOnly(sh: Shell, cmd: SimpleCommand): Promise<number> {
  try {
    for (const a of cmd.assigns) {
      // bash leads the trace line with PS4 as it was before the assignment (PS4=... itself), dash after
      const lead = sh.opts.xtrace && sh.bash ? await xtraceLead(sh) : "";
      await doAssign(sh, a);
      if (sh.opts.xtrace) {
        const arr = a.array !== null ? sh.vars.map.get(a.name)?.array : null;
        const v = sh.vars.get(a.name) ?? "";
        const shown = arr ? `(${arr.filter((x): x is string => x !== undefined).map(quoteXtrace).join(" ")})` : sh.bash ? quoteXtrace(v) : v;
        await sh.writeErr(`${sh.bash ? lead : await xtraceLead(sh)}${a.name}=${shown}\n`);
      }
    }
  } catch (e) {
    if (e instanceof ReadonlyError) {
      await sh.error(sh.readonlyMsg(e.name));
      if (!sh.interactive) throw sh.bash ? new DiscardSig() : new ExitSig(2);
      return 1;
    }
    if (e instanceof ExpandError) return expandFailed(sh, e);
    throw e;
  }
  let status = sh.lastSubStatus >= 0 ? sh.lastSubStatus : 0;
  if (cmd.redirs.length) {
    const undo: Saved[] = [];
    try {
      await applyRedirs(sh, cmd.redirs, undo);
    } catch (e) {
      if (!(e instanceof RedirError)) throw e;
      status = e.status;
    }
    restore(sh, undo);
  }
  return status;
}

/** Perform one assignment (throws ReadonlyError / ExpandError). */
export async function doAssign(sh: Shell, a: Assign): Promise<void> {
  if (a.array !== null) {
    const v = sh.vars.map.get(a.name);
    if (v?.assoc) {
      // assoc: ([k]=v ...) pairs
      const pairs: string[] = [];
      for (const w of a.array) {
        const t = await expandString(sh, w);
        const m = /^\[(.*?)\]=(.*)$/s.exec(t);
        if (m) pairs.push(m[1]!, m[2]!);
      }
      if (!a.append) v.assoc.clear();
      for (let i = 0; i + 1 < pairs.length; i += 2) sh.vars.setElem(a.name, pairs[i]!, pairs[i + 1]!);
      return;
    }
    const values: string[] = [];
    const sparse: [number, string][] = [];
    let idx = a.append ? (v?.array?.length ?? (v?.value !== undefined ? 1 : 0)) : 0;
    for (const w of a.array) {
      const m = /^\[([^\]]*)\]=/.exec(w.text);
      if (m) {
        idx = sh.expander.arith(m[1]!);
        const val = await expandString(sh, { parts: w.parts, text: w.text });
        sparse.push([idx++, val.slice(val.indexOf("]=") + 2)]);
        continue;
      }
      for (const f of await expandArgv(sh, [w])) sparse.push([idx++, f]);
    }
    if (!a.append) sh.vars.setArray(a.name, values);
    for (const [i, val] of sparse) sh.vars.setElem(a.name, i, val);
    return;
  }
  let value = a.value ? await expandString(sh, a.value) : "";
  if (a.index !== null) {
    const v = sh.vars.map.get(a.name);
    const key = v?.assoc ? await expandString(sh, a.index) : sh.expander.arith(await expandString(sh, a.index));
    if (a.append) value = ((v?.assoc ? v.assoc.get(String(key)) : v?.array?.[key as number]) ?? "") + value;
    sh.vars.setElem(a.name, key, value);
    return;
  }
  if (a.append) {
    const v = sh.vars.map.get(a.name);
    if (v?.integer) value = sh.expander.arithExact(`(${v.value ?? "0"})+(${value})`);
    else if (v?.array) {
      sh.vars.setElem(a.name, 0, (v.array[0] ?? "") + value);
      return;
    } else value = (sh.vars.get(a.name) ?? "") + value;
  }
  sh.setVar(a.name, value);
}

/**
 * name=value before a builtin or function: in effect only while it runs, and exported
 * (bash; dash keeps them for special builtins). Returns how to undo them.
 */
async function tempAssign(sh: Shell, assigns: Assign[]): Promise<(() => void) | null> {
  if (assigns.length === 0) return null;
  const saved: [string, Var | undefined][] = [];
  for (const a of assigns) {
    const old = sh.vars.map.get(a.name);
    if (!saved.some(([n]) => n === a.name)) saved.push([a.name, old ? { ...old } : undefined]);
    if (await prefixAssign(sh, a)) sh.vars.setExported(a.name, true);
  }
  return () => {
    for (const [n, old] of saved) {
      if (old === undefined) sh.vars.map.delete(n);
      else sh.vars.map.set(n, old);
    }
    sh.vars.touch();
  };
}

async function runBuiltin(sh: Shell, cmd: SimpleCommand, argv: string[], keepAssigns: boolean): Promise<number> {
  const b = BUILTINS.get(argv[0]!)!;
  if (argv[0] === "exec" && argv.length === 1) {
    // exec with only redirections: they stay, for the rest of the shell
    try {
      for (const a of cmd.assigns) await doAssign(sh, a);
      await applyRedirs(sh, cmd.redirs, null);
    } catch (e) {
      if (e instanceof RedirError) {
        // a special builtin's redirection error ends a POSIX shell; plain bash goes on
        if (!sh.interactive && (!sh.bash || sh.posix)) throw new ExitSig(e.status);
        return e.status;
      }
      throw e;
    }
    return 0;
  }
  let undoAssign: (() => void) | null = null;
  const undo: Saved[] = [];
  try {
    if (keepAssigns) for (const a of cmd.assigns) await doAssign(sh, a);
    else undoAssign = await tempAssign(sh, cmd.assigns);
    await applyRedirs(sh, cmd.redirs, undo);
    return await b(sh, argv);
  } catch (e) {
    if (e instanceof RedirError) {
      if (SPECIAL_BUILTINS.has(argv[0]!) && !sh.bash && !sh.interactive) throw new ExitSig(e.status);
      return e.status;
    }
    if (e instanceof ReadonlyError) {
      await sh.error(sh.readonlyMsg(e.name));
      if (!sh.bash && !sh.interactive) throw new ExitSig(2);
      return 1;
    }
    if (e instanceof ExpandError) return expandFailed(sh, e);
    throw e;
  } finally {
    restore(sh, undo);
    if (undoAssign) undoAssign();
    sh.declArrays = null;
  }
}

/** Call a shell function: positional parameters are its arguments for the duration. */
export async function callFunction(sh: Shell, cmd: SimpleCommand | null, argv: string[]): Promise<number> {
  const fn = sh.funcs.get(argv[0]!)!;
  const undoAssign = cmd ? await tempAssign(sh, cmd.assigns) : null;
  const undo: Saved[] = [];
  const savedPos = sh.positionalParams;
  const savedLine = sh.lineno;
  try {
    if (cmd) await applyRedirs(sh, cmd.redirs, undo);
  } catch (e) {
    restore(sh, undo);
    if (undoAssign) undoAssign();
    if (e instanceof RedirError) return e.status;
    throw e;
  }
  if (sh.funcDepth >= 1000 && sh.bash) {
    await sh.error(`${argv[0]}: maximum function nesting level exceeded (1000)`);
    restore(sh, undo);
    return 1;
  }
  sh.positionalParams = argv.slice(1);
  sh.funcDepth++;
  sh.funcName.push(argv[0]!);
  sh.callLines.push(sh.lineno);
  sh.vars.pushFrame();
  let status: number;
  try {
    try {
      status = await exec(sh, fn.body);
    } catch (e) {
      if (e instanceof ReturnSig) status = e.status;
      else throw e;
    }
    if (sh.bash && sh.traps.has(TRAP_RETURN)) await runTrap(sh, TRAP_RETURN);
  } finally {
    sh.vars.popFrame();
    sh.funcName.pop();
    sh.callLines.pop();
    sh.funcDepth--;
    sh.positionalParams = savedPos;
    if (sh.bash) sh.lineno = savedLine;
    restore(sh, undo);
    if (undoAssign) undoAssign();
  }
  return status;
}

/** Find a command on PATH: the path, or null. Remembers hits (hash). */
export function findInPath(sh: Shell, name: string, remember = true): string | null {
  const hit = sh.hashTable.get(name);
  if (hit !== undefined) return hit;
  const path = sh.vars.get("PATH") ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  for (const dir of path.split(":")) {
    const p = dir === "" ? name : dir.endsWith("/") ? dir + name : `${dir}/${name}`;
    try {
      const st = sh.sys.stat(p);
      if (S_ISDIR(st.mode)) continue;
      sh.sys.access(p, X_OK);
      if (remember && sh.opts.hashall) sh.hashTable.set(name, p);
      return p;
    } catch {
      // not here: next PATH entry
    }
  }
  return null;
}

/** The message and status for a failed execve. */
export function execFailure(sh: Shell, name: string, e: Errno | null, searched: boolean): { msg: string; status: number } {
  if (e === null || (searched && (e.errno === ENOENT || e.errno === ENOTDIR))) {
    return { msg: sh.bash ? `${name}: command not found` : `${name}: not found`, status: 127 };
  }
  if (e.errno === ENOENT || e.errno === ENOTDIR) {
    let exists = false;
    try {
      sh.sys.stat(name);
      exists = true;
    } catch {
      // really missing
    }
    // the file is there but its #! interpreter is not
    if (exists && sh.bash) return { msg: `${name}: cannot execute: required file not found`, status: 127 };
    return { msg: sh.bash ? `${name}: ${strerror(e.errno)}` : `${name}: not found`, status: 127 };
  }
  if (e.errno === EACCES) {
    let isDir = false;
    try {
      isDir = S_ISDIR(sh.sys.stat(name).mode);
    } catch {
      // fall back to the errno's text
    }
    return { msg: `${name}: ${isDir && sh.bash ? "Is a directory" : strerror(EACCES)}`, status: 126 };
  }
  return { msg: `${name}: ${strerror(e.errno)}`, status: 126 };
}

/** Exec argv in this process (the child after fork, or `exec`); returns only on failure. */
export async function execProgram(sh: Shell, argv: string[], env: string[]): Promise<number> {
  const name = argv[0]!;
  const searched = !name.includes("/");
  const path = searched ? findInPath(sh, name) : name;
  if (path === null) {
    const f = execFailure(sh, name, null, true);
    await sh.error(f.msg);
    return f.status;
  }
  try {
    await sh.sys.execve(path, argv, env);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    if (e.errno === ENOEXEC) {
      // a script without #!: run it with this shell, as execvp(3) and the shells do
      try {
        await sh.sys.execve(sh.bash ? "/bin/bash" : "/bin/sh", [sh.bash ? "bash" : "sh", path, ...argv.slice(1)], env);
      } catch {
        // fall through to the report below
      }
    }
    if (searched) sh.hashTable.delete(name);
    const f = execFailure(sh, name, e, searched);
    await sh.error(f.msg);
    return f.status;
  }
  return 0;
}

/**
 * One `x=2 cmd` assignment; false when x is readonly: bash says so and runs cmd anyway, dash
 * (non-interactive) exits 2.
 */
async function prefixAssign(sh: Shell, a: Assign): Promise<boolean> {
  try {
    await doAssign(sh, a);
    return true;
  } catch (e) {
    if (!(e instanceof ReadonlyError)) throw e;
    await sh.error(sh.readonlyMsg(e.name));
    if (!sh.bash && !sh.interactive) throw new ExitSig(2);
    return false;
  }
}

/** The environment of a child: exported variables plus this command's assignments. */
async function childEnv(sh: Shell, assigns: Assign[]): Promise<string[]> {
  for (const a of assigns) {
    if (await prefixAssign(sh, a)) sh.vars.setExported(a.name, true);
  }
  return withFunctions(sh, sh.vars.environ());
}

/** bash export -f: functions travel in the environment as BASH_FUNC_name%%=() { ... }. */
export function withFunctions(sh: Shell, env: string[]): string[] {
  if (sh.exportedFuncs.size === 0) return env;
  const out = env.slice();
  for (const n of sh.exportedFuncs) {
    const fn = sh.funcs.get(n);
    if (fn) out.push(`BASH_FUNC_${n}%%=() ${functionBody(fn.body)}`);
  }
  return out;
}

async function runExternal(sh: Shell, cmd: SimpleCommand, argv: string[], tail: boolean): Promise<number> {
  const name = argv[0]!;
  if (!name.includes("/") && findInPath(sh, name) === null) {
    // not found: report with the redirections in place (2>/dev/null silences it), no fork
    const undo: Saved[] = [];
    let status = 127;
    try {
      await applyRedirs(sh, cmd.redirs, undo);
      await sh.error(execFailure(sh, name, null, true).msg);
    } catch (e) {
      if (!(e instanceof RedirError)) throw e;
      status = e.status;
    }
    restore(sh, undo);
    return status;
  }
  // dash assigns `x=2 cmd` before it forks: a readonly x ends the shell itself
  if (!sh.bash && !sh.interactive) for (const a of cmd.assigns) if (sh.isReadonly(a.name)) await prefixAssign(sh, a);
  if (tail && !sh.traps.has(0)) {
    // the last command of a subshell: exec in place, as bash does
    try {
      await applyRedirs(sh, cmd.redirs, null);
    } catch (e) {
      if (e instanceof RedirError) return e.status;
      throw e;
    }
    return execProgram(sh, argv, await childEnv(sh, cmd.assigns));
  }
  const child = sh.clone();
  const pid = await sh.fork(async (csys) => {
    child.sys = csys;
    child.resetSignalsForChild();
    try {
      await applyRedirs(child, cmd.redirs, null);
      return await execProgram(child, argv, await childEnv(child, cmd.assigns));
    } catch (e) {
      if (e instanceof RedirError) return e.status;
      return caughtStatus(child, e);
    }
  });
  if (sh.opts.monitor && sh.subshell === 0) {
    try {
      sh.sys.setpgid(pid, pid);
    } catch {
      // the child may already have exec'd or exited
    }
  }
  return waitForeground(sh, [pid], argv.join(" "), cmdText(cmd));
}

/** The command as bash prints it in job messages (words as written, redirections). */
export function cmdText(cmd: SimpleCommand): string {
  const parts = [...cmd.assigns.map((a) => `${a.name}=${a.value?.text ?? "(...)"}`), ...cmd.words.map((w) => w.text)];
  for (const r of cmd.redirs) parts.push(`${r.fd >= 0 ? r.fd : ""}${r.op} ${r.target.text}`.replace(/^(\d*)(>&|<&) /, "$1$2"));
  return parts.join(" ");
}

/** Run argv as an external program in the foreground (the `command` builtin). */
export function runExternalArgv(sh: Shell, argv: string[]): Promise<number> {
  const cmd: SimpleCommand = { type: "simple", assigns: [], words: [], redirs: [], line: sh.lineno };
  return runExternal(sh, cmd, argv, false);
}

/** bash runs the DEBUG trap before each simple command, with BASH_COMMAND as the command's text. */
export async function runDebugTrap(sh: Shell, cmd: SimpleCommand | string): Promise<void> {
  sh.setVar("BASH_COMMAND", typeof cmd === "string" ? cmd : printCommand(cmd, ""));
  await runTrap(sh, TRAP_DEBUG);
}
