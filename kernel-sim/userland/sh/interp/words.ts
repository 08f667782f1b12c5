// Driving expansion for the interpreter: argv from words (brace expansion, fields, pathname
// expansion), single strings, and the command substitutions the expander asks for - each run
// in a forked subshell whose stdout is a pipe the shell reads to the end.

import type { Script, Word } from "../ast.ts";
import type { Shell } from "./shell.ts";
import { ExpandError, hasCmdSub, runAsync, runSync, type SubRequest } from "../expand/expand.ts";
import { braceExpand, mayBrace } from "../expand/brace.ts";
import { glob } from "../expand/glob.ts";
import { hasGlobChars } from "../expand/pattern.ts";
import { FieldBuilder } from "../expand/fields.ts";
import { O_CLOEXEC } from "../../../uapi/fcntl.ts";
import { statusValue } from "./jobs.ts";
import { runSubshellBody } from "./exec.ts";
import { childRun } from "./pipeline.ts";
import { shDecode } from "../bytes.ts";
import { concatBytes } from "../../lib/text.ts";

/** Expand command words into argv. */
export async function expandArgv(sh: Shell, words: Word[]): Promise<string[]> {
  const out: string[] = [];
  for (const w0 of words) {
    // the fast path: one unquoted literal without glob or brace characters
    if (w0.parts.length === 1) {
      const p = w0.parts[0]!;
      if (p.type === "lit" && !(sh.bash && p.value.includes("{")) && !hasGlobChars(p.value)) {
        out.push(p.value);
        continue;
      }
      if (p.type === "qlit") {
        out.push(p.value);
        continue;
      }
    }
    const ws = sh.bash && mayBrace(w0) ? braceExpand(w0) : [w0];
    for (const w of ws) {
      const fb = sh.expander.newFields();
      const g = sh.expander.toFields(w, fb);
      if (hasCmdSub(w)) await runAsync(g, (r) => substitute(sh, r));
      else runSync(g);
      await pushGlobbed(sh, fb, out);
    }
  }
  return out;
}

async function pushGlobbed(sh: Shell, fb: FieldBuilder, out: string[]): Promise<void> {
  for (let i = 0; i < fb.fields.length; i++) {
    const pat = fb.globs[i];
    if (pat === null || pat === undefined || sh.opts.noglob) {
      out.push(fb.fields[i]!);
      continue;
    }
    const m = await glob(sh.sys, pat, sh.shopts.has("dotglob"), sh.shopts.has("globstar"), sh.bash && sh.shopts.has("nocaseglob"));
    if (m.length > 0) for (const x of m) out.push(x);
    else if (sh.bash && sh.shopts.has("failglob")) throw new ExpandError(`no match: ${fb.fields[i]}`, "", 1);
    else if (!(sh.bash && sh.shopts.has("nullglob"))) out.push(fb.fields[i]!);
  }
}

/** A word as one string (assignment values, redirection targets, case words). */
export function expandString(sh: Shell, w: Word): string | Promise<string> {
  if (w.parts.length === 1) {
    const p = w.parts[0]!;
    if (p.type === "lit" || p.type === "qlit") return p.value;
  }
  const g = sh.expander.toString(w);
  if (hasCmdSub(w)) return runAsync(g, (r) => substitute(sh, r));
  return runSync(g);
}

/** A word as a pattern (case, [[ == ]]). */
export function expandPattern(sh: Shell, w: Word): string | Promise<string> {
  const g = sh.expander.toPattern(w);
  if (hasCmdSub(w)) return runAsync(g, (r) => substitute(sh, r));
  return runSync(g);
}

/** A here-document body: expanded (unless the delimiter was quoted) as one string. */
export async function expandHeredoc(sh: Shell, body: Word, quoted: boolean): Promise<string> {
  if (quoted) return body.text;
  return expandString(sh, body);
}

/** Answer the expander: run $(cmd) and return its output, or set up <(cmd). */
export async function substitute(sh: Shell, req: SubRequest): Promise<string> {
  if (req.proc !== null) return procSubst(sh, req.body, req.proc);
  return commandSubst(sh, req.body);
}

/** $(cmd): fork a subshell writing into a pipe; read everything; $? is its status. */
export async function commandSubst(sh: Shell, body: Script): Promise<string> {
  const sys = sh.sys;
  const [r, w] = sys.pipe2(O_CLOEXEC);
  const child = sh.clone();
  child.inCmdSub = true;
  const pid = await sh.fork(async (csys) => {
    child.sys = csys;
    child.resetSignalsForChild();
    child.debugTrap = false; // $( ) does not inherit DEBUG (without set -T)
    csys.close(r);
    if (w !== 1) {
      csys.dup2(w, 1);
      csys.close(w);
    } else csys.fcntl(1, 2, 0);
    // a lone command is run (exec'd) in the substitution's own process, as bash and dash do
    const only = body.items.length === 1 && !body.items[0]!.async ? body.items[0]!.cmd : null;
    return only !== null ? childRun(child, only) : runSubshellBody(child, body);
  });
  sys.close(w);
  const chunks: Uint8Array[] = [];
  for (;;) {
    const b = await sys.read(r, 65536);
    if (b.length === 0) break;
    chunks.push(b);
  }
  sys.close(r);
  const res = await waitChild(sh, pid);
  sh.status = statusValue(res);
  sh.lastSubStatus = sh.status;
  return shDecode(concatBytes(chunks));
}

/** Wait for one child, retrying when a signal handler interrupted the wait. */
export async function waitChild(sh: Shell, pid: number): Promise<number> {
  for (;;) {
    try {
      const r = await sh.sys.wait4(pid, 0);
      return r.status;
    } catch (e) {
      if ((e as { errno?: number }).errno === 4 /* EINTR */) continue;
      return 0;
    }
  }
}

/** <(cmd) / >(cmd): a child on a pipe, named by /dev/fd/N in the shell. */
async function procSubst(sh: Shell, body: Script, dir: "<" | ">"): Promise<string> {
  const sys = sh.sys;
  const [r, w] = sys.pipe2(0);
  const child = sh.clone();
  const mine = dir === "<" ? r : w;
  const theirs = dir === "<" ? w : r;
  await sh.fork(async (csys) => {
    child.sys = csys;
    child.resetSignalsForChild();
    csys.close(mine);
    csys.dup2(theirs, dir === "<" ? 1 : 0);
    csys.close(theirs);
    return runSubshellBody(child, body);
  });
  sys.close(theirs);
  sh.procFds.push(mine);
  return `/dev/fd/${mine}`;
}
