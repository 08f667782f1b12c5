// Executing the syntax tree. Every command returns its exit status; break/continue/return/exit
// unwind as the *Sig objects of shell.ts. Each command is a preemption point: the scheduler gets
// a chance to run others (and deliver ^C) in `while :; do :; done`, which makes no syscall.

import type { CaseItem, Command, List, Redir } from "../ast.ts";
import { BreakSig, ContinueSig, DiscardSig, ExitSig, InterruptSig, ReturnSig, type Shell } from "./shell.ts";
import { applyRedirs, RedirError, restore, type Saved } from "./redirect.ts";
import { execSimple, runDebugTrap } from "./simple.ts";
import { command as printCommand } from "../print.ts";
import { execPipeline, execBackground, execSubshell } from "./pipeline.ts";
import { expandArgv, expandPattern, expandString, substitute } from "./words.ts";
import { evalCond } from "./cond.ts";
import { ExpandError, bashExpandStatus, hasCmdSub, runAsync, runSync } from "../expand/expand.ts";
import { matchPattern } from "../expand/pattern.ts";
import { ReadonlyError } from "./vars.ts";
import { runTrap } from "./trap.ts";
import { execSelect } from "./select.ts";
import { execCoproc } from "./coproc.ts";
import { Lexer } from "../lexer.ts";
import { Parser } from "../parser.ts";

export async function execList(sh: Shell, list: List): Promise<number> {
  const items = list.items;
  let status = sh.status;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.async) {
      status = await execBackground(sh, it.cmd);
    } else {
      status = await exec(sh, it.cmd);
    }
    sh.status = status;
    // a preemption point: others run, and signals (a trap's own `kill -USR1 $$`) arrive here
    if (sh.sys.need_resched()) await sh.sys.sched_yield();
    if (sh.sigintSeen) throw new InterruptSig();
    if (sh.pendingSignals.length) await runPendingTraps(sh);
  }
  return status;
}

/** After a command: set -e and the ERR trap. */
async function afterCommand(sh: Shell, cmd: Command, status: number): Promise<void> {
  if (status === 0 || sh.errexitOff > 0) return;
  if (cmd.type === "andor" || (cmd.type === "pipeline" && cmd.bang)) return;
  if (sh.traps.has(-1) && sh.bash) await runTrap(sh, -1);
  if (sh.opts.errexit) throw new ExitSig(status);
}

/** Run pending trap actions for signals caught since the last command. */
export async function runPendingTraps(sh: Shell): Promise<void> {
  while (sh.pendingSignals.length) {
    const sig = sh.pendingSignals.shift()!;
    await runTrap(sh, sig);
  }
}

export async function exec(sh: Shell, cmd: Command): Promise<number> {
  let status: number;
  switch (cmd.type) {
    case "simple":
      status = await execSimple(sh, cmd);
      sh.pipeStatus = [status];
      break;
    case "pipeline":
      status = await execPipeline(sh, cmd);
      break;
    case "andor":
      status = await execAndOr(sh, cmd);
      break;
    case "list":
      return execList(sh, cmd);
    case "subshell":
      sh.lineno = cmd.line;
      status = await execSubshell(sh, cmd);
      sh.pipeStatus = [status];
      break;
    case "funcdef":
      sh.funcs.set(cmd.name, { body: cmd.body, text: cmd.text });
      return 0;
    case "coproc":
      sh.lineno = cmd.line;
      status = await execCoproc(sh, cmd);
      break;
    default:
      status = await withRedirs(sh, cmd.redirs, () => execCompound(sh, cmd));
  }
  sh.status = status;
  if (status !== 0) await afterCommand(sh, cmd, status);
  return status;
}

async function execAndOr(sh: Shell, cmd: Command & { type: "andor" }): Promise<number> {
  sh.errexitOff++;
  let status: number;
  try {
    status = await exec(sh, cmd.first);
  } finally {
    sh.errexitOff--;
  }
  const rest = cmd.rest;
  for (let i = 0; i < rest.length; i++) {
    const r = rest[i]!;
    if ((r.op === "&&") !== (status === 0)) continue;
    const last = i === rest.length - 1;
    if (!last) sh.errexitOff++;
    try {
      status = await exec(sh, r.cmd);
    } finally {
      if (!last) sh.errexitOff--;
    }
  }
  return status;
}

/** Run body with redirections applied, then put the fds back. */
export async function withRedirs(sh: Shell, redirs: Redir[], body: () => Promise<number>): Promise<number> {
  if (redirs.length === 0) return body();
  const undo: Saved[] = [];
  try {
    await applyRedirs(sh, redirs, undo);
  } catch (e) {
    restore(sh, undo);
    if (e instanceof RedirError) return e.status;
    throw e;
  }
  try {
    return await body();
  } finally {
    restore(sh, undo);
  }
}

/** Run a condition list: set -e is off inside it. */
async function cond(sh: Shell, list: List): Promise<number> {
  sh.errexitOff++;
  try {
    return await execList(sh, list);
  } finally {
    sh.errexitOff--;
  }
}

async function execCompound(sh: Shell, cmd: Command): Promise<number> {
  switch (cmd.type) {
    case "group":
      return execList(sh, cmd.body);
    case "if": {
      for (const c of cmd.clauses) {
        if ((await cond(sh, c.cond)) === 0) return execList(sh, c.body);
      }
      if (cmd.elseBody) return execList(sh, cmd.elseBody);
      return 0;
    }
    case "while":
    case "until":
      return execLoop(sh, cmd);
    case "for":
      return execFor(sh, cmd);
    case "arithfor":
      return execArithFor(sh, cmd);
    case "case":
      return execCase(sh, cmd);
    case "arithcmd": {
      sh.lineno = cmd.line;
      if (sh.debugTrap && sh.inTrap === 0 && sh.funcDepth === 0) await runDebugTrap(sh, printCommand(cmd, ""));
      const text = await expandString(sh, cmd.expr);
      if (sh.opts.xtrace) await sh.writeErr(`${await xtraceLead(sh)}(( ${text} ))\n`);
      try {
        return sh.expander.arith(text) !== 0 ? 0 : 1;
      } catch (e) {
        if (e instanceof ExpandError) {
          await sh.error(`((: ${e.bashMsg}`);
          return 1;
        }
        throw e;
      }
    }
    case "cond": {
      sh.lineno = cmd.line;
      if (sh.debugTrap && sh.inTrap === 0 && sh.funcDepth === 0) await runDebugTrap(sh, printCommand(cmd, ""));
      try {
        return (await evalCond(sh, cmd.expr)) ? 0 : 1;
      } catch (e) {
        if (e instanceof ExpandError) {
          await sh.error(e.bashMsg);
          return 1;
        }
        throw e;
      }
    }
  }
  throw new Error(`exec: unexpected ${cmd.type}`);
}

/** Handle break/continue for a loop; returns "break" | "continue" | null (rethrows outer levels). */
function loopSignal(e: unknown): "break" | "continue" {
  if (e instanceof BreakSig) {
    if (--e.n > 0) throw e;
    return "break";
  }
  if (e instanceof ContinueSig) {
    if (--e.n > 0) throw e;
    return "continue";
  }
  throw e;
}

async function execLoop(sh: Shell, cmd: Command & { type: "while" | "until" }): Promise<number> {
  let status = 0;
  const want = cmd.type === "while";
  sh.loopDepth++;
  try {
    for (;;) {
      if (sh.sys.need_resched()) await sh.sys.sched_yield();
      if (sh.sigintSeen) throw new InterruptSig();
      let c: number;
      try {
        c = await cond(sh, cmd.cond);
      } catch (e) {
        if (loopSignal(e) === "break") break;
        continue;
      }
      if ((c === 0) !== want) break;
      try {
        status = await execList(sh, cmd.body);
      } catch (e) {
        if (loopSignal(e) === "break") break;
      }
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

async function execFor(sh: Shell, cmd: Command & { type: "for" }): Promise<number> {
  sh.lineno = cmd.line;
  const items = cmd.words === null ? sh.positionalParams.slice() : await expandArgv(sh, cmd.words);
  if (cmd.select) return execSelect(sh, cmd, items, (l) => execList(sh, l), loopSignal);
  let status = 0;
  sh.loopDepth++;
  try {
    for (const v of items) {
      if (sh.sys.need_resched()) await sh.sys.sched_yield();
      if (sh.sigintSeen) throw new InterruptSig();
      if (sh.debugTrap && sh.inTrap === 0 && sh.funcDepth === 0) await runDebugTrap(sh, `for ${cmd.name} in ${cmd.words ? cmd.words.map((w) => w.text).join(" ") : '"$@"'}`);
      // bash traces each iteration with the words as written (dash does not trace for)
      if (sh.opts.xtrace && sh.bash) await sh.writeErr(`${await xtraceLead(sh)}for ${cmd.name} in ${cmd.words ? cmd.words.map((w) => w.text).join(" ") : '"$@"'}\n`);
      try {
        sh.setVar(cmd.name, v);
      } catch (e) {
        if (e instanceof ReadonlyError) {
          await sh.error(sh.readonlyMsg(e.name));
          if (!sh.bash && !sh.interactive) throw new ExitSig(2);
          return 1;
        }
        throw e;
      }
      try {
        status = await execList(sh, cmd.body);
      } catch (e) {
        if (loopSignal(e) === "break") break;
      }
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

async function arithText(sh: Shell, w: Command & { type: "arithfor" }, which: "init" | "cond" | "step"): Promise<number> {
  const word = w[which];
  const text = hasCmdSub(word) ? await runAsync(sh.expander.toString(word), (r) => substitute(sh, r)) : runSync(sh.expander.toString(word));
  if (which === "cond" && text.trim() === "") return 1;
  return sh.expander.arith(text);
}

async function execArithFor(sh: Shell, cmd: Command & { type: "arithfor" }): Promise<number> {
  sh.lineno = cmd.line;
  let status = 0;
  sh.loopDepth++;
  try {
    await arithText(sh, cmd, "init");
    for (;;) {
      if (sh.sys.need_resched()) await sh.sys.sched_yield();
      if (sh.sigintSeen) throw new InterruptSig();
      if ((await arithText(sh, cmd, "cond")) === 0) break;
      try {
        status = await execList(sh, cmd.body);
      } catch (e) {
        if (loopSignal(e) === "break") break;
      }
      await arithText(sh, cmd, "step");
    }
  } catch (e) {
    if (e instanceof ExpandError) {
      await sh.error(sh.bash ? `((: ${e.bashMsg}` : e.dashMsg);
      return 1;
    }
    throw e;
  } finally {
    sh.loopDepth--;
  }
  return status;
}

async function execCase(sh: Shell, cmd: Command & { type: "case" }): Promise<number> {
  sh.lineno = cmd.line;
  if (sh.opts.xtrace && sh.bash) await sh.writeErr(`${await xtraceLead(sh)}case ${cmd.word.text} in\n`);
  const word = await expandString(sh, cmd.word);
  let status = 0;
  const items: CaseItem[] = cmd.items;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    let hit = false;
    for (const p of it.patterns) {
      if (matchPattern(await expandPattern(sh, p), word)) {
        hit = true;
        break;
      }
    }
    if (!hit) continue;
    status = it.body.items.length ? await execList(sh, it.body) : 0;
    // ;& falls through into the next body; ;;& tests the next patterns
    let term = it.term;
    while (term === ";&" && i + 1 < items.length) {
      i++;
      const nx = items[i]!;
      status = nx.body.items.length ? await execList(sh, nx.body) : 0;
      term = nx.term;
    }
    if (term !== ";;&") return status;
  }
  return status;
}

/** The body of a forked subshell: run, turn exit into a status, run its EXIT trap. */
export async function runSubshellBody(child: Shell, body: List | Command): Promise<number> {
  let status: number;
  try {
    status = body.type === "list" ? await execList(child, body) : await exec(child, body);
  } catch (e) {
    status = await caughtStatus(child, e);
  }
  return finishShell(child, status);
}

/** The status a control signal leaves, for a shell level that catches it. */
export async function caughtStatus(sh: Shell, e: unknown): Promise<number> {
  if (e instanceof ExitSig) return e.status;
  if (e instanceof DiscardSig) return 1;
  if (e instanceof ReturnSig) return e.status;
  if (e instanceof BreakSig || e instanceof ContinueSig) return 0;
  if (e instanceof ExpandError) {
    await sh.error(sh.bash ? e.bashMsg : e.dashMsg);
    return sh.bash ? bashExpandStatus(sh, e) : 2;
  }
  throw e;
}

/** At the end of a shell process: the EXIT trap, then the status. */
export async function finishShell(sh: Shell, status: number): Promise<number> {
  sh.status = status;
  if (sh.traps.has(0)) {
    const action = sh.traps.get(0)!;
    sh.traps.delete(0);
    if (action !== "") {
      try {
        await runTrap(sh, 0, action);
      } catch (e) {
        if (e instanceof ExitSig) return e.status;
        throw e;
      }
    }
  }
  return status;
}

/** PS4 for set -x: "+ " repeated by nesting in bash. */
export function xtracePrefix(sh: Shell): string {
  const ps4 = sh.vars.get("PS4") ?? "+ ";
  if (!sh.bash || ps4 === "") return ps4;
  return ps4[0]!.repeat(sh.subshell > 0 && sh.inCmdSub ? 2 : 1) + ps4.slice(1);
}

let expandingPs4 = false;

/**
 * The set -x lead with PS4 expanded first, as both shells do: PS4='+ $LINENO: ' shows the line.
 * The expansion itself is not traced (a $(...) in PS4 would trace forever).
 */
export async function xtraceLead(sh: Shell): Promise<string> {
  const raw = sh.vars.get("PS4") ?? "+ ";
  if (expandingPs4 || (!raw.includes("$") && !raw.includes("`"))) return xtracePrefix(sh);
  expandingPs4 = true;
  const saved = sh.opts.xtrace;
  sh.opts.xtrace = false;
  let ps4 = raw;
  try {
    const lx = new Lexer(raw, { bash: sh.bash }, (l) => new Parser(l, { bash: sh.bash }).parseAll());
    ps4 = await expandString(sh, { parts: lx.readExpandingText(raw.length, false), text: raw });
  } catch {
    ps4 = raw;
  } finally {
    sh.opts.xtrace = saved;
    expandingPs4 = false;
  }
  if (!sh.bash || ps4 === "") return ps4;
  return ps4[0]!.repeat(sh.subshell > 0 && sh.inCmdSub ? 2 : 1) + ps4.slice(1);
}
