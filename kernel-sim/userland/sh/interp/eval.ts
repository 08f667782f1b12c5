// Running shell text: a script file, a -c string, eval, source, trap actions. Commands are
// parsed and run one complete command at a time, as bash and dash read their input, so an
// alias defined on one line applies to the next and a syntax error stops only what follows.

import type { Shell } from "./shell.ts";
import { DiscardSig, ExitSig } from "./shell.ts";
import { ReadonlyError } from "./vars.ts";
import { Parser } from "../parser.ts";
import { ShellSyntaxError } from "../syntax_error.ts";
import { execList } from "./exec.ts";

/** Where the text came from, for syntax error messages. */
export type Source = "-c" | "script" | "eval" | "trap" | "source" | "interactive" | "stdin";

export function newParser(sh: Shell, text: string, startLine = 1): Parser {
  const p = new Parser(text, {
    bash: sh.bash,
    // read at each word: `shopt -s extglob` affects the lines after it
    get extglob() {
      return sh.bash && sh.shopts.has("extglob");
    },
    alias: (n) => (sh.expandAliases ? sh.aliases.get(n) : undefined),
  });
  p.lx.line = startLine;
  p.lx.finalNewline = sh.bash;
  return p;
}

/** Print a syntax error the way this shell does for this source. */
export async function reportSyntaxError(sh: Shell, e: ShellSyntaxError, source: Source, name = sh.arg0): Promise<void> {
  if (!sh.bash) {
    await sh.writeErr(`${name}: ${e.line}: ${e.dashMessage()}\n`);
    return;
  }
  let pre: string;
  if (source === "-c") pre = `${sh.shellName}: -c: line ${e.line}: `;
  else if (source === "interactive") pre = `${sh.shellName}: `;
  else if (source === "eval" || source === "trap") pre = `${name}: eval: line ${e.line}: `;
  else pre = `${name}: line ${e.line}: `;
  if (e.kind === "badsubst") {
    await sh.writeErr(`${sh.prefix()}${e.bashMessages()[0]}\n`);
    return;
  }
  for (const m of e.bashMessages()) await sh.writeErr(pre + m + "\n");
}

/**
 * Run text in this shell. Returns the status of the last command; a syntax error returns 2
 * (after the commands before it ran). Control signals (exit, return, break) propagate.
 */
export async function evalText(sh: Shell, text: string, source: Source, name?: string, startLine = 1): Promise<number> {
  const p = newParser(sh, text, startLine);
  let status = 0;
  for (;;) {
    let cmd;
    try {
      cmd = p.nextCommand();
    } catch (e) {
      if (e instanceof ShellSyntaxError) {
        await reportSyntaxError(sh, e, source, name);
        sh.status = 2;
        if (!sh.bash && source !== "interactive" && !sh.interactive) throw new ExitSig(2);
        if ((source === "-c" || source === "script" || source === "stdin") && !sh.interactive) throw new ExitSig(2);
        return 2;
      }
      throw e;
    }
    for (const w of p.lx.warnings.splice(0)) await sh.writeErr(`${sh.bash ? `${sh.arg0}: line ${w.line}: ` : `${sh.arg0}: ${w.line}: `}warning: ${w.text}\n`);
    if (cmd === null) break;
    if (sh.opts.verbose) await sh.writeErr(text.slice(p.lastStart, p.lastEnd).replace(/^\n+/, ""));
    if (sh.opts.noexec && !sh.interactive) continue;
    try {
      status = await execList(sh, cmd);
    } catch (e) {
      if (e instanceof ReadonlyError) {
        // from deep inside an expansion ($((x=2))): bash discards the command, dash exits
        await sh.error(sh.readonlyMsg(e.name));
        if (!sh.bash && !sh.interactive) throw new ExitSig(2);
      } else if (!(e instanceof DiscardSig)) throw e;
      status = sh.status = 1;
      if (source !== "-c" && source !== "script" && source !== "stdin") return status;
    }
  }
  return status;
}
