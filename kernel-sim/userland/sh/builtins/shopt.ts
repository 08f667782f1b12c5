// bash's shopt and builtin. The options the interpreter acts on: expand_aliases, nullglob,
// failglob, dotglob, globstar, extglob, xpg_echo, nocasematch, lastpipe (others are listed only).

import type { Shell } from "../interp/shell.ts";
import { setOption } from "./set.ts";
import { out, berr } from "./io.ts";
import { BUILTINS } from "./index.ts";

const SHOPTS = "autocd assoc_expand_once cdable_vars cdspell checkhash checkjobs checkwinsize cmdhist compat31 compat32 compat40 compat41 compat42 compat43 compat44 complete_fullquote direxpand dirspell dotglob execfail expand_aliases extdebug extglob extquote failglob force_fignore globasciiranges globskipdots globstar gnu_errfmt histappend histreedit histverify hostcomplete huponexit inherit_errexit interactive_comments lastpipe lithist localvar_inherit localvar_unset login_shell mailwarn no_empty_cmd_completion nocaseglob nocasematch noexpand_translation nullglob patsub_replacement progcomp progcomp_alias promptvars restricted_shell shift_verbose sourcepath varredir_close xpg_echo".split(" ");

/** Keep the Shell fields some options mirror in step. */
function apply(sh: Shell, name: string, on: boolean): void {
  if (on) sh.shopts.add(name);
  else sh.shopts.delete(name);
  if (name === "expand_aliases") sh.expandAliases = on;
  if (name === "xpg_echo") sh.xpgEcho = on;
}

export async function shopt(sh: Shell, argv: string[]): Promise<number> {
  let mode: "s" | "u" | "" = "";
  let print = false;
  let quiet = false;
  let setO = false;
  let i = 1;
  for (; i < argv.length && /^-[supqo]+$/.test(argv[i]!); i++) {
    for (const f of argv[i]!.slice(1)) {
      if (f === "s" || f === "u") mode = f;
      else if (f === "p") print = true;
      else if (f === "q") quiet = true;
      else setO = true;
    }
  }
  const names = argv.slice(i);
  if (setO) {
    for (const n of names) if (!setOption(sh, n, mode === "s")) return 1;
    return 0;
  }
  let status = 0;
  for (const n of names) {
    if (!SHOPTS.includes(n)) {
      await berr(sh, "shopt", `${n}: invalid shell option name`);
      status = 1;
    }
  }
  if (status) return status;
  if (mode !== "") {
    for (const n of names) apply(sh, n, mode === "s");
    if (names.length) return 0;
  }
  const list = names.length ? names : SHOPTS.filter((n) => mode === "" || sh.shopts.has(n) === (mode === "s"));
  let s = "";
  for (const n of list) {
    const on = sh.shopts.has(n);
    if (names.length && !on) status = 1;
    if (quiet) continue;
    s += print ? `shopt ${on ? "-s" : "-u"} ${n}\n` : `${n.padEnd(15)}\t${on ? "on" : "off"}\n`;
  }
  await out(sh, "shopt", s);
  return status;
}

export async function builtin(sh: Shell, argv: string[]): Promise<number> {
  const name = argv[1];
  if (name === undefined) return 0;
  const b = BUILTINS.get(name);
  if (b === undefined) {
    await berr(sh, "builtin", `${name}: not a shell builtin`);
    return 1;
  }
  return b(sh, argv.slice(1));
}
