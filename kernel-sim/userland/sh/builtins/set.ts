// set: options (-e -u -x -o name ...), positional parameters (set -- a b), and with no
// arguments the list of variables.

import type { Shell, Options } from "../interp/shell.ts";
import { ExitSig, OPTION_LETTERS } from "../interp/shell.ts";
import { dashQuote, quoteForTrace } from "../interp/quote.ts";
import { out } from "./io.ts";

/** `set -o` names in the order bash lists them, and whether dash knows them. */
const BASH_OPTIONS = ["allexport", "braceexpand", "emacs", "errexit", "errtrace", "functrace", "hashall", "histexpand", "history", "ignoreeof", "interactive-comments", "keyword", "monitor", "noclobber", "noexec", "noglob", "nolog", "notify", "nounset", "onecmd", "physical", "pipefail", "posix", "privileged", "verbose", "vi", "xtrace"];
const DASH_OPTIONS = ["errexit", "noglob", "ignoreeof", "interactive", "monitor", "noexec", "stdin", "xtrace", "verbose", "vi", "emacs", "noclobber", "allexport", "notify", "nounset", "privileged", "nolog", "debug"];
const ALWAYS_ON = new Set(["braceexpand", "interactive-comments", "hashall"]);

function optValue(sh: Shell, name: string): boolean {
  if (name in sh.opts) return sh.opts[name as keyof Options];
  return sh.bash && ALWAYS_ON.has(name) && name !== "hashall";
}

/** Set or clear an option by name; false if unknown. */
export function setOption(sh: Shell, name: string, on: boolean): boolean {
  if (name in sh.opts) {
    sh.opts[name as keyof Options] = on;
    return true;
  }
  return (sh.bash ? BASH_OPTIONS : DASH_OPTIONS).includes(name);
}

export async function set(sh: Shell, argv: string[]): Promise<number> {
  if (argv.length === 1) {
    let s = "";
    const names = [...sh.vars.map.keys()].sort();
    for (const n of names) {
      const v = sh.vars.map.get(n)!;
      if (v.value === undefined && !v.array) continue;
      const val = v.array ? v.array[0] ?? "" : v.value!;
      s += `${n}=${sh.bash ? quoteForTrace(val).replace(/^''$/, "") : dashQuote(val)}\n`;
    }
    return (await out(sh, "set", s)) ? 0 : 1;
  }
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      sh.positionalParams = argv.slice(i + 1);
      return 0;
    }
    if (a === "-" || a === "+") {
      if (a === "-") {
        sh.opts.xtrace = false;
        sh.opts.verbose = false;
      }
      i++;
      break;
    }
    if (a[0] !== "-" && a[0] !== "+") break;
    const on = a[0] === "-";
    for (let k = 1; k < a.length; k++) {
      const f = a[k]!;
      if (f === "o") {
        const name = argv[i + 1];
        if (name === undefined) {
          await listOptions(sh, on);
          continue;
        }
        i++;
        if (!setOption(sh, name, on)) {
          await sh.error(sh.bash ? `set: ${name}: invalid option name` : `set: Illegal option -o ${name}`);
          if (!sh.bash && !sh.interactive) throw new ExitSig(2);
          return 2;
        }
        continue;
      }
      const opt = OPTION_LETTERS[f];
      if (opt === undefined || f === "i") {
        if (sh.bash) {
          await sh.error(`set: ${a[0]}${f}: invalid option`);
          await sh.writeErr("set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n");
        } else await sh.error(`set: Illegal option ${a[0]}${f}`);
        if (!sh.bash && !sh.interactive) throw new ExitSig(2);
        return 2;
      }
      sh.opts[opt] = on;
    }
  }
  if (i < argv.length) sh.positionalParams = argv.slice(i);
  return 0;
}

async function listOptions(sh: Shell, human: boolean): Promise<void> {
  let s = "";
  if (sh.bash) {
    for (const n of BASH_OPTIONS) {
      const v = optValue(sh, n) || ALWAYS_ON.has(n);
      s += human ? `${n.padEnd(15)}\t${v ? "on" : "off"}\n` : `set ${v ? "-" : "+"}o ${n}\n`;
    }
  } else {
    if (human) s += "Current option settings\n";
    for (const n of DASH_OPTIONS) {
      const v = optValue(sh, n);
      s += human ? `${n.padEnd(16)}${v ? "on" : "off"}\n` : `set ${v ? "-" : "+"}o ${n}\n`;
    }
  }
  await out(sh, "set", s);
}
