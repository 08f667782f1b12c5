// Small builtins: alias, unalias, umask, times, getopts, let, help.

import type { Shell } from "../interp/shell.ts";
import { out, berr, badOption } from "./io.ts";
import { HELP } from "./help_text.ts";
import { hasGlobChars, matchPattern } from "../expand/pattern.ts";
import { ExpandError } from "../expand/expand.ts";
import { USER_HZ } from "../../../uapi/clock.ts";

export async function alias(sh: Shell, argv: string[]): Promise<number> {
  const q = (v: string) => `'${v.replace(/'/g, "'\\''")}'`;
  const args = argv.slice(1).filter((a) => a !== "-p");
  if (args.length === 0) {
    let s = "";
    for (const [k, v] of [...sh.aliases].sort()) s += `${sh.bash ? "alias " : ""}${k}=${q(v)}\n`;
    await out(sh, "alias", s);
    return 0;
  }
  let status = 0;
  let s = "";
  for (const a of args) {
    const eq = a.indexOf("=");
    if (eq > 0) sh.aliases.set(a.slice(0, eq), a.slice(eq + 1));
    else {
      const v = sh.aliases.get(a);
      if (v === undefined) {
        await berr(sh, "alias", `${a}: not found`);
        status = 1;
      } else s += `${sh.bash ? "alias " : ""}${a}=${q(v)}\n`;
    }
  }
  await out(sh, "alias", s);
  return status;
}

export async function unalias(sh: Shell, argv: string[]): Promise<number> {
  if (argv[1] === "-a") {
    sh.aliases.clear();
    return 0;
  }
  let status = 0;
  for (const a of argv.slice(1)) {
    if (!sh.aliases.delete(a)) {
      await berr(sh, "unalias", `${a}: not found`);
      status = 1;
    }
  }
  return status;
}

export async function umask(sh: Shell, argv: string[]): Promise<number> {
  let sym = false;
  let reusable = false;
  let i = 1;
  for (; i < argv.length && argv[i]!.length > 1 && argv[i]![0] === "-"; i++) {
    if (argv[i] === "--") {
      i++;
      break;
    }
    for (const f of argv[i]!.slice(1)) {
      if (f === "S") sym = true;
      else if (f === "p" && sh.bash) reusable = true;
      else return badOption(sh, "umask", "-" + f, "umask [-p] [-S] [mode]");
    }
  }
  const arg = argv[i];
  if (arg === undefined) {
    const m = sh.sys.umask(0);
    sh.sys.umask(m);
    // -p: in a form that can be reused as input (builtins/umask.def)
    const pre = reusable ? (sym ? "umask -S " : "umask ") : "";
    if (sym) {
      const p = (shift: number) => {
        const bits = ~(m >> shift) & 7;
        return (bits & 4 ? "r" : "") + (bits & 2 ? "w" : "") + (bits & 1 ? "x" : "");
      };
      await out(sh, "umask", `${pre}u=${p(6)},g=${p(3)},o=${p(0)}\n`);
    } else await out(sh, "umask", pre + m.toString(8).padStart(4, "0") + "\n");
    return 0;
  }
  if (/^[0-9]/.test(arg)) {
    // bash read_octal(): up to 07777, then masked to the permission bits
    if (!/^[0-7]+$/.test(arg) || parseInt(arg, 8) > 0o7777) {
      await berr(sh, "umask", sh.bash ? `${arg}: octal number out of range` : `Illegal number: ${arg}`);
      return sh.bash ? 1 : 2;
    }
    sh.sys.umask(parseInt(arg, 8) & 0o777);
    return 0;
  }
  // symbolic: u=rwx,g=rx,o= acts on the permissions the mask lets through
  const cur = sh.sys.umask(0);
  let perms = ~cur & 0o777;
  for (const clause of arg.split(",")) {
    const m = /^([ugoa]*)([-+=])([rwx]*)$/.exec(clause);
    if (!m) {
      sh.sys.umask(cur);
      await berr(sh, "umask", sh.bash ? `\`${clause.replace(/^[ugoa]*/, "")[0] ?? ""}': invalid symbolic mode operator` : `Illegal mode: ${arg}`);
      return 1;
    }
    const who = m[1] === "" || m[1]!.includes("a") ? "ugo" : m[1]!;
    let bits = 0;
    for (const c of m[3]!) bits |= c === "r" ? 4 : c === "w" ? 2 : 1;
    for (const w of who) {
      const shift = w === "u" ? 6 : w === "g" ? 3 : 0;
      if (m[2] === "=") perms = (perms & ~(7 << shift)) | (bits << shift);
      else if (m[2] === "+") perms |= bits << shift;
      else perms &= ~(bits << shift);
    }
  }
  sh.sys.umask(~perms & 0o777);
  return 0;
}

export async function times(sh: Shell): Promise<number> {
  const t = sh.sys.times();
  const f = (ticks: number) => {
    const s = ticks / USER_HZ;
    return `${Math.floor(s / 60)}m${(s % 60).toFixed(3)}s`;
  };
  await out(sh, "times", `${f(t.utime)} ${f(t.stime)}\n${f(t.cutime)} ${f(t.cstime)}\n`);
  return 0;
}

/** getopts optstring name [args]: POSIX, with OPTIND/OPTARG and silent mode (leading ':'). */
export async function getopts(sh: Shell, argv: string[]): Promise<number> {
  const optstring = argv[1];
  const name = argv[2];
  if (optstring === undefined || name === undefined) {
    await berr(sh, "getopts", sh.bash ? "usage: getopts optstring name [arg ...]" : "usage: getopts optstring var [arg]");
    return 2;
  }
  const args = argv.length > 3 ? argv.slice(3) : sh.positionalParams;
  let optind = Number(sh.vars.get("OPTIND") ?? "1") || 1;
  if (optind !== sh.getoptsLast) sh.optind2 = 0;
  const silent = optstring.startsWith(":");
  const done = () => {
    sh.setVar(name, "?");
    sh.vars.unset("OPTARG");
    sh.setVar("OPTIND", String(optind));
    sh.getoptsLast = optind;
    sh.optind2 = 0;
    return 1;
  };
  const arg = args[optind - 1];
  if (sh.optind2 === 0) {
    if (arg === undefined || !arg.startsWith("-") || arg === "-") return done();
    if (arg === "--") {
      optind++;
      return done();
    }
    sh.optind2 = 1;
  }
  const a = args[optind - 1]!;
  const c = a[sh.optind2]!;
  sh.optind2++;
  const advance = () => {
    if (sh.optind2 >= a.length) {
      optind++;
      sh.optind2 = 0;
    }
  };
  const k = optstring.indexOf(c);
  if (k < 0 || c === ":") {
    advance();
    if (silent) {
      sh.setVar("OPTARG", c);
    } else {
      if (sh.bash) await sh.writeErr(`${sh.arg0}: illegal option -- ${c}\n`);
      else await sh.error(`Illegal option -${c}`);
      sh.vars.unset("OPTARG");
    }
    sh.setVar(name, "?");
  } else if (optstring[k + 1] === ":") {
    if (sh.optind2 < a.length) {
      sh.setVar("OPTARG", a.slice(sh.optind2));
      optind++;
      sh.optind2 = 0;
    } else if (args[optind] !== undefined) {
      sh.setVar("OPTARG", args[optind]!);
      optind += 2;
      sh.optind2 = 0;
    } else {
      optind++;
      sh.optind2 = 0;
      if (silent) {
        sh.setVar(name, ":");
        sh.setVar("OPTARG", c);
      } else {
        if (sh.bash) await sh.writeErr(`${sh.arg0}: option requires an argument -- ${c}\n`);
        else await sh.error(`No arg for -${c} option`);
        sh.setVar(name, "?");
        sh.vars.unset("OPTARG");
      }
      sh.setVar("OPTIND", String(optind));
      sh.getoptsLast = optind;
      return 0;
    }
    sh.setVar(name, c);
  } else {
    advance();
    sh.setVar(name, c);
    sh.vars.unset("OPTARG");
  }
  sh.setVar("OPTIND", String(optind));
  sh.getoptsLast = optind;
  return 0;
}

export async function letCmd(sh: Shell, argv: string[]): Promise<number> {
  if (argv.length < 2) {
    await berr(sh, "let", "expression expected");
    return 1;
  }
  let v = 0;
  for (const e of argv.slice(1)) {
    try {
      v = sh.expander.arith(e);
    } catch (err) {
      if (err instanceof ExpandError) {
        await berr(sh, "let", err.bashMsg);
        return 1;
      }
      throw err;
    }
  }
  return v !== 0 ? 0 : 1;
}

/** help [-ds] [pattern ...]: synopses and one-line descriptions (the long texts are not kept). */
export async function help(sh: Shell, argv: string[]): Promise<number> {
  let i = 1;
  let mode = "";
  for (; i < argv.length && /^-[dms]+$/.test(argv[i]!); i++) mode = argv[i]!.slice(-1);
  if (i < argv.length && argv[i]!.startsWith("-") && argv[i] !== "-") {
    if (argv[i] === "--") i++;
    else return badOption(sh, "help", argv[i]!.slice(0, 2), "help [-dms] [pattern ...]");
  }
  const pats = argv.slice(i);
  if (pats.length === 0) {
    let s = "GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)\nThese shell commands are defined internally.  Type `help' to see this list.\n\n";
    for (const [n, [syn]] of HELP) s += `${n === "[" ? syn : syn || n}\n`;
    return (await out(sh, "help", s)) ? 0 : 1;
  }
  let s = "";
  let status = 0;
  for (const pat of pats) {
    // an exact name, else a glob, else a prefix (help rea)
    let hits = [...HELP].filter(([n]) => n === pat || (hasGlobChars(pat) && matchPattern(pat, n)));
    if (hits.length === 0) hits = [...HELP].filter(([n]) => n.startsWith(pat));
    if (hits.length === 0) {
      if (!(await out(sh, "help", s))) return 1;
      s = "";
      await berr(sh, "help", `no help topics match \`${pat}'.  Try \`help help' or \`man -k ${pat}' or \`info ${pat}'.`);
      status = 1;
      continue;
    }
    for (const [n, [syn, desc]] of hits) {
      if (mode === "s") s += `${n}: ${syn}\n`;
      else if (mode === "d") s += `${n} - ${desc}\n`;
      else s += `${n}: ${syn}\n    ${desc}\n    \n    See bash(1) for the full text.\n`;
    }
  }
  return (await out(sh, "help", s)) ? status : 1;
}

/** caller [N]: the line, function and file of the Nth calling frame (bash's BASH_LINENO stack). */
export async function caller(sh: Shell, argv: string[]): Promise<number> {
  const depth = sh.funcName.length;
  const src = sh.array("BASH_SOURCE") ?? [];
  const lines = sh.array("BASH_LINENO") ?? [];
  if (argv.length < 2) {
    if (depth === 0) return sh.commandString || sh.stdinMode ? 1 : (await out(sh, "caller", "0 NULL\n")) ? 0 : 1;
    return (await out(sh, "caller", `${lines[0]} ${src[1] ?? "NULL"}\n`)) ? 0 : 1;
  }
  const n = Number(argv[1]);
  if (!/^[0-9]+$/.test(argv[1]!)) {
    await berr(sh, "caller", `${argv[1]}: invalid number`);
    return 2;
  }
  if (n >= depth) return 1;
  const names = sh.array("FUNCNAME") ?? [];
  return (await out(sh, "caller", `${lines[n]} ${names[n + 1]} ${src[n + 1] ?? "NULL"}\n`)) ? 0 : 1;
}

/**
 * history: the shell keeps no history list (a script's history is off, and the interactive
 * shell here records none yet), so it lists nothing; bad options are still reported.
 */
export async function history(sh: Shell, argv: string[]): Promise<number> {
  for (const a of argv.slice(1)) {
    if (a === "--") break;
    if (!a.startsWith("-")) continue;
    for (const f of a.slice(1)) {
      if (!"cdanrwps".includes(f)) return badOption(sh, "history", "-" + f, "history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]");
    }
  }
  return 0;
}

/** fc: with an empty history -l lists nothing and -s finds no command to run again. */
export async function fc(sh: Shell, argv: string[]): Promise<number> {
  if (argv.slice(1).some((a) => /^-[elnr]*s/.test(a))) {
    await berr(sh, "fc", "no command found");
    return 1;
  }
  return 0;
}
