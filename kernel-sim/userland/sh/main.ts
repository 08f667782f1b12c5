// /bin/sh (dash personality) and /bin/bash: option parsing, the initial variables, and the
// three ways of reading commands - a -c string, a script file, or stdin (interactive with a
// prompt and job control when it is a terminal).

import type { ProgramMain, Sys } from "../lib/sys.ts";
import { basenameOf } from "../lib/main.ts";
import { isatty, readAll, writeAll } from "../lib/stdio.ts";
import { decode } from "../lib/text.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { O_RDONLY } from "../../uapi/fcntl.ts";
import { S_ISDIR } from "../../uapi/stat.ts";
import { ExitSig, OPTION_LETTERS, Shell, loadPasswd } from "./interp/shell.ts";
import { evalText } from "./interp/eval.ts";
import { caughtStatus, finishShell } from "./interp/exec.ts";
import { setOption } from "./builtins/set.ts";
import { parse } from "./parser.ts";
import { execSimple } from "./interp/simple.ts";
import type { SimpleCommand } from "./ast.ts";
import { interactiveLoop, stdinScriptLoop, type LineSource } from "./interactive.ts";
import { Readline, shellCompleter } from "../lib/readline/index.ts";
import { BUILTINS } from "./builtins/index.ts";

const BASH_VERSION_TEXT = `GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>

This is free software; you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
`;

const BASH_HELP_TEXT = `GNU bash, version 5.2.15(1)-release-(x86_64-pc-linux-gnu)
Usage:\tbash [GNU long option] [option] ...
\tbash [GNU long option] [option] script-file ...
GNU long options:
\t--debug
\t--debugger
\t--dump-po-strings
\t--dump-strings
\t--help
\t--init-file
\t--login
\t--noediting
\t--noprofile
\t--norc
\t--posix
\t--pretty-print
\t--rcfile
\t--restricted
\t--verbose
\t--version
Shell options:
\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)
\t-abefhkmnptuvxBCEHPT or -o option
Type \`bash -c "help set"' for more information about shell options.
Type \`bash -c help' for more information about shell builtin commands.
Use the \`bashbug' command to report bugs.

bash home page: <http://www.gnu.org/software/bash>
General help using GNU software: <http://www.gnu.org/gethelp/>
`;

/** Variables every shell starts with (when not inherited). */
function initVars(sh: Shell, envp: string[]): void {
  const v = sh.vars;
  for (const e of envp) {
    const eq = e.indexOf("=");
    if (eq <= 0) continue;
    const name = e.slice(0, eq);
    const fm = /^BASH_FUNC_(.+)%%$/.exec(name);
    if (fm && sh.bash) {
      sh.importFuncs.push([fm[1]!, e.slice(eq + 1)]);
      continue;
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
    v.set(name, e.slice(eq + 1));
    v.setExported(name, true);
  }
  const sys = sh.sys;
  if (v.get("IFS") === undefined || true) v.set("IFS", " \t\n");
  if (v.get("PS1") === undefined) v.set("PS1", sys.geteuid() === 0 ? "# " : "$ ");
  if (v.get("PS2") === undefined) v.set("PS2", "> ");
  if (v.get("PS4") === undefined) v.set("PS4", "+ ");
  v.set("OPTIND", "1");
  v.set("PPID", String(sys.getppid()));
  let cwd = "/";
  try {
    cwd = sys.getcwd();
  } catch {
    // a removed cwd: keep "/"
  }
  const pwd = v.get("PWD");
  let pwdOk = false;
  if (pwd !== undefined && pwd.startsWith("/")) {
    try {
      const a = sys.stat(pwd);
      const b = sys.stat(".");
      pwdOk = a.ino === b.ino && a.dev === b.dev;
    } catch {
      pwdOk = false;
    }
  }
  v.set("PWD", pwdOk ? pwd! : cwd);
  v.setExported("PWD", true);
  if (v.get("PATH") === undefined) v.set("PATH", sh.bash ? "/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin:." : "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
  if (sh.bash) {
    const lvl = Number(v.get("SHLVL") ?? "0");
    v.set("SHLVL", String((Number.isFinite(lvl) ? lvl : 0) + 1));
    v.setExported("SHLVL", true);
    v.set("BASH", "/usr/bin/bash");
    v.set("BASH_VERSION", "5.2.15(1)-release");
    v.setArray("BASH_VERSINFO", ["5", "2", "15", "1", "release", "x86_64-pc-linux-gnu"]);
    v.ensure("BASH_VERSINFO").readonly = true;
    v.set("HOSTTYPE", "x86_64");
    v.set("MACHTYPE", "x86_64-pc-linux-gnu");
    v.set("OSTYPE", "linux-gnu");
    v.set("OPTERR", "1");
    v.set("UID", String(sys.getuid()));
    v.set("EUID", String(sys.geteuid()));
    try {
      v.set("HOSTNAME", sys.uname().nodename);
    } catch {
      // no uname: no HOSTNAME
    }
    v.ensure("UID").readonly = true;
    v.ensure("EUID").readonly = true;
  }
}

async function readScript(sys: Sys, path: string): Promise<string> {
  if (S_ISDIR(sys.stat(path).mode)) throw new Errno(21, "read");
  const fd = await sys.open(path, O_RDONLY);
  try {
    return decode(await readAll(sys, fd));
  } finally {
    sys.close(fd);
  }
}

const main: ProgramMain = async (sys, argv, envp) => {
  const base = basenameOf(argv[0] ?? "sh").replace(/^-/, "");
  const bash = base.startsWith("bash") || base === "rbash";
  const login = (argv[0] ?? "").startsWith("-");
  const name = argv[0] ?? (bash ? "bash" : "sh");
  const sh = new Shell(sys, bash, name);
  sh.shellName = bash ? (login ? "-bash" : base) : name;
  let i = 1;
  let command: string | null = null;
  let useStdin = false;
  let forceInteractive = false;
  const setFlags: [string, boolean][] = [];
  const errOut = (s: string) => writeAll(sys, 2, s).catch(() => {});
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--" || a === "-") {
      i++;
      break;
    }
    if (bash && a.startsWith("--")) {
      if (a === "--version") {
        await writeAll(sys, 1, BASH_VERSION_TEXT);
        return 0;
      }
      if (a === "--help") {
        await writeAll(sys, 1, BASH_HELP_TEXT);
        return 0;
      }
      if (a === "--posix") sh.posix = true;
      else if (a === "--login") continue;
      else if (["--norc", "--noprofile", "--noediting", "--restricted"].includes(a)) continue;
      else if (a === "--rcfile" || a === "--init-file") i++;
      else {
        await errOut(`bash: ${a}: invalid option\n${BASH_HELP_TEXT.split("\n").slice(1, 3).join("\n")}\n`);
        return 2;
      }
      continue;
    }
    if (a[0] !== "-" && a[0] !== "+") break;
    const on = a[0] === "-";
    for (let k = 1; k < a.length; k++) {
      const f = a[k]!;
      if (f === "c") command = "";
      else if (f === "s") useStdin = true;
      else if (f === "i") forceInteractive = true;
      else if (f === "l") continue;
      else if (f === "o" || f === "O") {
        const opt = argv[++i];
        if (opt !== undefined && f === "o") setFlags.push([opt, on]);
      } else if (OPTION_LETTERS[f] !== undefined) setFlags.push([OPTION_LETTERS[f]!, on]);
      else {
        if (bash) await errOut(`bash: -${f}: invalid option\n${BASH_HELP_TEXT.split("\n").slice(1, 3).join("\n")}\n`);
        else await errOut(`${name}: 0: Illegal option -${f}\n`);
        return 2;
      }
    }
  }
  initVars(sh, envp);
  await loadPasswd(sys);
  for (let sig = 1; sig < 32; sig++) {
    try {
      if (sys.sigaction(sig, null).handler === "ignore") sh.ignoredAtStart.add(sig);
    } catch {
      // KILL and STOP have no disposition to read
    }
  }
  for (const [fname, body] of sh.importFuncs) {
    try {
      await evalText(sh, `${fname} ${body}`, "eval");
      sh.exportedFuncs.add(fname);
    } catch {
      // a malformed import is skipped, as bash does (with a warning we leave out)
    }
  }
  for (const [opt, on] of setFlags) setOption(sh, opt, on);
  if (command !== null) {
    const text = argv[i];
    if (text === undefined) {
      await errOut(bash ? `bash: -c: option requires an argument\n` : `${name}: 0: -c requires an argument\n`);
      return 2;
    }
    if (argv[i + 1] !== undefined) sh.arg0 = argv[i + 1]!;
    sh.positionalParams = argv.slice(i + 2);
    sh.commandString = bash;
    sh.expandAliases = !bash;
    const lone = loneSimpleCommand(sh, text);
    // bash -c 'cmd args': a single simple command replaces the shell (exec), as bash does
    if (lone !== null && bash) return runTop(sh, () => execSimple(sh, lone, true));
    return runTop(sh, () => evalText(sh, text, "-c"));
  }
  if (!useStdin && i < argv.length) {
    const path = argv[i]!;
    sh.arg0 = path;
    sh.positionalParams = argv.slice(i + 1);
    sh.expandAliases = !bash;
    let text: string;
    try {
      text = await readScript(sys, path);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      if (bash) await errOut(`${sh.shellName}: ${path}: ${strerror(e.errno)}\n`);
      else await errOut(`${name}: 0: cannot open ${path}: ${e.errno === 2 ? "No such file" : strerror(e.errno)}\n`);
      return bash ? (e.errno === 2 ? 127 : 126) : e.errno === 2 ? 127 : 2;
    }
    return runTop(sh, () => evalText(sh, text, "script", path));
  }
  sh.positionalParams = argv.slice(i);
  const interactive = forceInteractive || (isatty(sys, 0) && isatty(sys, 2));
  sh.stdinMode = true;
  if (interactive) {
    sh.interactive = true;
    sh.opts.interactive = true;
    sh.opts.monitor = true;
    sh.expandAliases = true;
    return runTop(sh, () => interactiveLoop(sh, bash ? lineEditor(sh) : undefined));
  }
  sh.expandAliases = !bash;
  return runTop(sh, () => stdinScriptLoop(sh));
};

/** bash's line editor (readline) with its completions over this shell's names. */
function lineEditor(sh: Shell): LineSource {
  const KEYWORDS = ["if", "then", "else", "elif", "fi", "case", "esac", "for", "while", "until", "do", "done", "function", "select", "time", "in", "{", "}", "!", "[["];
  const names = {
    commands: () => [...sh.aliases.keys(), ...KEYWORDS, ...sh.funcs.keys(), ...BUILTINS.keys()],
    variables: () => sh.vars.map.keys(),
    getVar: (n: string) => sh.vars.get(n),
  };
  return new Readline(sh.sys, { complete: shellCompleter(sh.sys, names), getVar: (n) => sh.vars.get(n) });
}

/** The command of a -c string that is exactly one simple command, else null. */
function loneSimpleCommand(sh: Shell, text: string): SimpleCommand | null {
  try {
    const s = parse(text, { bash: sh.bash });
    if (s.items.length !== 1 || s.items[0]!.async) return null;
    const c = s.items[0]!.cmd;
    // a here-document may owe a warning (delimited by end-of-file): evalText prints it
    return c.type === "simple" && c.words.length > 0 && !c.redirs.some((r) => r.heredoc !== null) ? c : null;
  } catch {
    return null;
  }
}

/** Run the shell's input, then its EXIT trap; exit from anywhere ends up here. */
async function runTop(sh: Shell, body: () => Promise<number>): Promise<number> {
  let status: number;
  try {
    status = await body();
  } catch (e) {
    status = await caughtStatus(sh, e);
  }
  try {
    return await finishShell(sh, status);
  } catch (e) {
    if (e instanceof ExitSig) return e.status;
    throw e;
  }
}

export default main;
