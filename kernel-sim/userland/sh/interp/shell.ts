// The shell's state: variables, positional parameters, functions, options, traps, jobs, and the
// personality (bash or dash) that decides syntax and message wording. One Shell per process: a
// subshell or pipeline element gets a deep copy (clone) made before fork, because the child runs
// later and must see the state as it was at the fork.

import type { ChildMain, Sys } from "../../lib/sys.ts";
import { EAGAIN, ENOMEM, Errno, strerror } from "../../../uapi/errno.ts";
import type { Command } from "../ast.ts";
import { Vars, ReadonlyError, assocEntries } from "./vars.ts";
import { Expander, type ExpandHost } from "../expand/expand.ts";
import type { ArithVars } from "../expand/arith.ts";
import { readAll, writeAll } from "../../lib/stdio.ts";
import { JobTable } from "./jobs.ts";
import { shEncode } from "../bytes.ts";

/** `set -o` options. Names as `set -o` lists them. */
export interface Options {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  verbose: boolean;
  noglob: boolean;
  noexec: boolean;
  noclobber: boolean;
  allexport: boolean;
  pipefail: boolean;
  monitor: boolean;
  interactive: boolean;
  hashall: boolean;
  ignoreeof: boolean;
  notify: boolean;
  emacs: boolean;
  vi: boolean;
}

export const OPTION_LETTERS: Record<string, keyof Options> = {
  e: "errexit", u: "nounset", x: "xtrace", v: "verbose", f: "noglob", n: "noexec", C: "noclobber",
  a: "allexport", m: "monitor", i: "interactive", h: "hashall", b: "notify",
};

/** break/continue/return/exit unwind the JS stack as these (not Errors: no stack capture). */
export class BreakSig { constructor(public n: number) {} }
export class ContinueSig { constructor(public n: number) {} }
export class ReturnSig { constructor(readonly status: number) {} }
export class ExitSig { constructor(readonly status: number) {} }
/** ^C in an interactive shell: abandon the running command list and go back to the prompt. */
export class InterruptSig {}
/** A failure that ends a non-interactive shell and abandons the line in an interactive one (fork). */
export class AbortSig { constructor(readonly status: number) {} }
/**
 * bash's jump_to_top_level(DISCARD) (an assignment to a readonly variable): the rest of the
 * complete command being run is abandoned with status 1; the script reads on, eval returns 1,
 * a subshell exits 1.
 */
export class DiscardSig {}

export interface FuncEntry {
  body: Command;
  text: string;
}

export class Shell implements ExpandHost {
  sys: Sys;
  readonly bash: boolean;
  /** $0, and the name in messages. */
  arg0: string;
  /** "bash"/"sh": the name an interactive shell or -c shell puts in messages. */
  shellName: string;
  vars = new Vars();
  positionalParams: string[] = [];
  funcs = new Map<string, FuncEntry>();
  aliases = new Map<string, string>();
  /** pushd/popd: the directories under the current one, most recent first (bash pushd_directory_list). */
  dirStack: string[] = [];
  opts: Options = {
    errexit: false, nounset: false, xtrace: false, verbose: false, noglob: false, noexec: false, noclobber: false,
    allexport: false, pipefail: false, monitor: false, interactive: false, hashall: true, ignoreeof: false, notify: false,
    emacs: false, vi: false,
  };
  /** $? */
  status = 0;
  /** $! */
  lastBg = 0;
  /** $$: the pid of the original shell, unchanged in subshells. */
  rootPid: number;
  lineno = 0;
  /** Trap actions: key is a signal number, 0 for EXIT, -1 for ERR. "" means ignore. */
  traps = new Map<number, string>();
  jobs: JobTable;
  /** Nesting counts for break/continue/return validity. */
  loopDepth = 0;
  funcDepth = 0;
  sourceDepth = 0;
  /** >0 while running a condition (if, while, &&, !): set -e does not apply. */
  errexitOff = 0;
  /** A subshell ($( ), ( ), pipeline element): exit ends only it. */
  subshell = 0;
  /** True for the -c / script / interactive top shell. */
  interactive = false;
  /** The path table of `hash`. */
  hashTable = new Map<string, string>();
  /** Seconds base for $SECONDS. */
  startTime: number;
  /** RANDOM generator state. */
  private rand = 0;
  readonly expander: Expander;
  /** Set while a function runs: its name (FUNCNAME). */
  funcName: string[] = [];
  /** The line each running function was called from, innermost last (BASH_LINENO). */
  callLines: number[] = [];
  /** A DEBUG trap is set (bash): checked before every simple command, so kept as a flag. */
  debugTrap = false;
  /** Written on stderr before a prompt: finished-job notices. */
  pendingNotices: string[] = [];
  /** getopts: the character offset inside the current argument. */
  optind2 = 0;
  /** Started with -c (the "c" in $-). */
  commandString = false;
  /** bash shopt xpg_echo: echo interprets escapes. */
  xpgEcho = false;
  /** Aliases are expanded (always in dash; bash: interactive or shopt expand_aliases). */
  expandAliases = false;
  /** bash --posix. */
  posix = false;
  /** Signals caught by trap handlers, waiting for their action to run. */
  pendingSignals: number[] = [];
  /** Running a trap action (nesting). */
  inTrap = 0;
  /** This process is a command substitution. */
  inCmdSub = false;
  /** Status of the last $( ) in the current command (-1: none), for `x=$(false)`. */
  lastSubStatus = -1;
  /** Array values of `declare a=(...)` arguments, by argv index, while the builtin runs. */
  declArrays: Map<number, string[]> | null = null;
  /** fds of <( ) substitutions open for the current command. */
  procFds: number[] = [];
  /** The controlling terminal fd used for job control. */
  ttyFd = 0;
  /** Reading commands from stdin (the "s" in $-). */
  stdinMode = false;
  /** Statuses of reaped children, for a repeated `wait PID`. */
  get reaped(): Map<number, number> {
    return this.jobs.reaped;
  }
  /** Signals ignored when the shell started: a non-interactive shell cannot trap them. */
  ignoredAtStart = new Set<number>();
  /** Signals the shell set to ignored or caught for itself (not by trap): reset in children. */
  selfIgnored: number[] = [];
  /** ^C arrived while reading a line. */
  sigintSeen = false;
  /** PIPESTATUS: the statuses of the last foreground pipeline. */
  pipeStatus: number[] = [0];
  /** $_: the last argument of the previous simple command. */
  lastArg = "";
  /** shopt options that are on (bash): nullglob, extglob, dotglob, ... */
  shopts = new Set<string>(["cmdhist", "complete_fullquote", "extquote", "force_fignore", "globasciiranges", "globskipdots", "hostcomplete", "interactive_comments", "patsub_replacement", "progcomp", "promptvars", "sourcepath", "checkwinsize"]);
  /** BASH_FUNC_x%% definitions from the environment, defined at start-up. */
  importFuncs: [string, string][] = [];
  /** Functions exported with export -f. */
  exportedFuncs = new Set<string>();
  /** OPTIND as getopts last set it (a changed OPTIND restarts the scan). */
  getoptsLast = 0;

  constructor(sys: Sys, bash: boolean, arg0: string) {
    this.sys = sys;
    this.bash = bash;
    this.arg0 = arg0;
    this.shellName = arg0;
    this.rootPid = sys.getpid();
    this.startTime = Date.now();
    this.rand = (this.rootPid * 1103515245 + 12345) & 0x7fff;
    this.expander = new Expander(this);
    this.jobs = new JobTable();
    this.vars.arith = (t) => this.expander.arithExact(t);
  }

  /** A copy for a child process (fork). The caller sets .sys to the child's handle. */
  clone(): Shell {
    const c = Object.create(Shell.prototype) as Shell;
    Object.assign(c, this);
    (c as { expander: Expander }).expander = new Expander(c);
    c.vars = this.vars.clone();
    c.vars.arith = (t) => c.expander.arithExact(t);
    c.positionalParams = this.positionalParams.slice();
    c.funcs = new Map(this.funcs);
    c.aliases = new Map(this.aliases);
    c.dirStack = this.dirStack.slice();
    c.opts = { ...this.opts };
    c.traps = new Map(this.traps);
    c.hashTable = new Map(this.hashTable);
    c.shopts = new Set(this.shopts);
    c.exportedFuncs = new Set(this.exportedFuncs);
    // a subshell still lists the parent's jobs (`jobs | cat`), as bash does
    c.jobs = new JobTable();
    c.jobs.jobs = this.jobs.jobs.map((j) => ({ ...j, statuses: j.statuses.slice() }));
    c.jobs.current = this.jobs.current;
    c.jobs.previous = this.jobs.previous;
    c.funcName = this.funcName.slice();
    c.callLines = this.callLines.slice();
    c.debugTrap = this.debugTrap;
    c.pendingNotices = [];
    c.pendingSignals = [];
    c.procFds = [];
    c.subshell = this.subshell + 1;
    return c;
  }

  /**
   * In a forked child: trap actions are reset to the default (ignored signals stay ignored),
   * as a subshell does (XCU 2.12). Job control is off in the child.
   */
  resetSignalsForChild(): void {
    for (const [sig, action] of this.traps) {
      if (action === "") continue;
      if (sig === -2 && this.debugTrap) continue; // TRAP_DEBUG: pipeline members and ( ) keep it
      this.traps.delete(sig);
      if (sig > 0) {
        try {
          this.sys.sigaction(sig, { handler: "default" });
        } catch {
          // a signal that cannot be changed
        }
      }
    }
    // the signals an interactive shell ignores for itself (TSTP, INT, ...) are default again
    for (const sig of this.selfIgnored) {
      try {
        this.sys.sigaction(sig, { handler: "default" });
      } catch {
        // cannot happen for these signals
      }
    }
    this.selfIgnored = [];
    this.pendingSignals = [];
    this.opts.monitor = false;
  }

  // ---- messages -------------------------------------------------------------------------------
  /** "bash: line 3: " / "sh: 3: " / "bash: " (interactive bash). */
  prefix(): string {
    if (this.bash) return (this.interactive || this.stdinMode) && this.sourceDepth === 0 ? `${this.shellName}: ` : `${this.arg0}: line ${this.lineno}: `;
    return `${this.arg0}: ${this.lineno}: `;
  }

  /**
   * fork(2) for the shell. When the kernel refuses (EAGAIN at pids.max or the task limit,
   * ENOMEM in a pid namespace whose init died) bash retries with a doubling sleep, saying
   * "fork: retry: ...", then gives up with "fork: ..." (status 254); dash says "Cannot fork"
   * (status 2). A script ends there; an interactive shell goes back to its prompt.
   */
  async fork(child: ChildMain): Promise<number> {
    for (let wait = 1; ; wait *= 2) {
      try {
        return this.sys.fork(child);
      } catch (e) {
        if (!(e instanceof Errno) || (e.errno !== EAGAIN && e.errno !== ENOMEM)) throw e;
        if (!this.bash) {
          await this.error("Cannot fork");
          throw this.interactive ? new AbortSig(2) : new ExitSig(2);
        }
        // make_child(): FORKSLEEP_MAX is 16 seconds of sleeping between tries. bash reports
        // these through sys_error(), named by the shell alone (no "line N:").
        if (e.errno === EAGAIN && wait < 16) {
          await this.writeErr(`${this.shellName}: fork: retry: ${strerror(e.errno)}\n`);
          await this.sys.nanosleep(wait * 1e9).catch(() => undefined);
          continue;
        }
        await this.writeErr(`${this.shellName}: fork: ${strerror(e.errno)}\n`);
        throw this.interactive ? new AbortSig(254) : new ExitSig(254);
      }
    }
  }

  /** Print an error with the shell's prefix on stderr. */
  async error(msg: string): Promise<void> {
    await this.writeErr(this.prefix() + msg + "\n");
  }

  async writeErr(s: string): Promise<void> {
    try {
      await writeAll(this.sys, 2, shEncode(s));
    } catch {
      // stderr closed: nowhere to report
    }
  }

  /** The message for a readonly assignment. */
  readonlyMsg(name: string): string {
    return this.bash ? `${name}: readonly variable` : `${name}: is read only`;
  }

  // ---- variables as expansion sees them -------------------------------------------------------
  ifs(): string | undefined {
    return this.vars.get("IFS");
  }
  get nounset(): boolean {
    return this.opts.nounset;
  }

  scalar(name: string): string | undefined {
    const c = name.charCodeAt(0);
    if (c < 65) {
      // specials and positionals: ? $ ! # - 0-9 @ *
      switch (name) {
        case "?": return String(this.status);
        case "$": return String(this.rootPid);
        case "!": return this.lastBg ? String(this.lastBg) : undefined;
        case "#": return String(this.positionalParams.length);
        case "-": return this.flagString();
        case "0": return this.arg0;
        case "@":
        case "*": return this.positionalParams.join(" ");
      }
      if (c >= 48 && c <= 57) return this.positionalParams[Number(name) - 1];
    }
    if (name === "_") return this.lastArg;
    const v = this.vars.get(name);
    if (v !== undefined) return v;
    return this.dynamic(name);
  }

  /** Variables whose value the shell computes on each use (when not set by the user). */
  private dynamic(name: string): string | undefined {
    switch (name) {
      case "LINENO": return String(this.lineno);
      case "RANDOM":
        if (!this.bash) return undefined;
        this.rand = (this.rand * 1103515245 + 12345) & 0x7fffffff;
        return String((this.rand >> 16) & 0x7fff);
      case "SECONDS": return this.bash ? String(Math.floor((Date.now() - this.startTime) / 1000)) : undefined;
      case "EPOCHSECONDS": return this.bash ? String(Math.floor(Date.now() / 1000)) : undefined;
      case "BASHPID": return this.bash ? String(this.sys.getpid()) : undefined;
      case "FUNCNAME": return this.bash ? this.funcName[this.funcName.length - 1] : undefined;
      case "BASH_SOURCE": return this.bash ? this.array("BASH_SOURCE")?.[0] : undefined;
      case "BASH_LINENO": return this.bash ? this.array("BASH_LINENO")?.[0] : undefined;
    }
    return undefined;
  }

  /** $-: bash lists flags in the order "abefhikmnuvxBCH" then c/s; dash in reverse optletters order. */
  flagString(): string {
    const o = this.opts;
    if (this.bash) {
      let s = "";
      const order: [string, boolean][] = [
        ["a", o.allexport], ["b", o.notify], ["e", o.errexit], ["f", o.noglob], ["h", o.hashall], ["i", o.interactive],
        ["m", o.monitor], ["n", o.noexec], ["u", o.nounset], ["v", o.verbose], ["x", o.xtrace], ["B", true],
        ["C", o.noclobber], ["H", o.interactive],
      ];
      for (const [l, on] of order) if (on) s += l;
      if (this.commandString) s += "c";
      else if (this.stdinMode) s += "s";
      return s;
    }
    const order: [string, boolean][] = [
      ["e", o.errexit], ["f", o.noglob], ["i", o.interactive], ["m", o.monitor], ["n", o.noexec], ["s", this.stdinMode],
      ["x", o.xtrace], ["v", o.verbose], ["C", o.noclobber], ["a", o.allexport], ["b", o.notify], ["u", o.nounset],
    ];
    let s = "";
    for (const [l, on] of order) if (on) s = l + s;
    return s;
  }

  array(name: string): string[] | null {
    const v = this.vars.map.get(name);
    if (v === undefined) {
      if (name === "FUNCNAME" && this.bash && this.funcName.length) return [...this.funcName].reverse().concat("main");
      if (name === "BASH_LINENO" && this.bash && this.funcName.length) return [...this.callLines].reverse().map(String).concat("0");
      if (name === "BASH_SOURCE" && this.bash && !this.commandString && !this.stdinMode) return Array(this.funcName.length + 1).fill(this.arg0) as string[];
      if (name === "PIPESTATUS" && this.bash) return this.pipeStatus.map(String);
      return null;
    }
    if (v.array !== null) return v.array.filter((x): x is string => x !== undefined);
    if (v.assoc !== null) return assocEntries(v.assoc).map((e) => e[1]);
    return null;
  }

  keys(name: string): string[] {
    const v = this.vars.map.get(name);
    if (v === undefined) return [];
    if (v.array !== null) return Object.keys(v.array);
    if (v.assoc !== null) return assocEntries(v.assoc).map((e) => e[0]);
    return v.value !== undefined ? ["0"] : [];
  }

  element(name: string, index: string): string | undefined {
    const v = this.vars.map.get(name);
    if (v === undefined) {
      if ((name === "FUNCNAME" || name === "PIPESTATUS" || name === "BASH_LINENO" || name === "BASH_SOURCE") && this.bash) return this.array(name)?.[Number(index)];
      return undefined;
    }
    if (v.assoc !== null) return v.assoc.get(index);
    let i = this.expander.arith(index);
    if (v.array !== null) {
      if (i < 0) i += v.array.length;
      return v.array[i];
    }
    return i === 0 ? v.value : undefined;
  }

  assign(name: string, value: string): void {
    this.setVar(name, value);
  }

  /** Assign with allexport and the readonly check (throws ReadonlyError). */
  setVar(name: string, value: string): void {
    this.vars.set(name, value);
    if (this.opts.allexport) this.vars.setExported(name, true);
  }

  positional(): string[] {
    return this.positionalParams;
  }

  home(user: string): string | null {
    if (user === "") return this.vars.get("HOME") ?? "";
    return lookupHome(this.sys, user);
  }

  namesWithPrefix(prefix: string): string[] {
    return [...this.vars.map.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  readonly arithVars: ArithVars = {
    get: (name, index) => (index === null ? this.scalar(name) : this.element(name, String(index))),
    set: (name, index, value) => {
      if (index === null) this.setVar(name, String(value));
      else this.vars.setElem(name, index, String(value));
    },
  };

  /** Is a variable assignment allowed (readonly check), as a boolean for builtins. */
  isReadonly(name: string): boolean {
    return this.vars.map.get(name)?.readonly === true;
  }
}

export { ReadonlyError };

/** ~user: the home directory from /etc/passwd, read synchronously-cached at first use. */
const passwdCache = new Map<string, string | null>();
function lookupHome(sys: Sys, user: string): string | null {
  void sys;
  return passwdCache.get(user) ?? null;
}

/** Load /etc/passwd homes for ~user (called once at shell start). */
export async function loadPasswd(sys: Sys): Promise<void> {
  try {
    const fd = await sys.open("/etc/passwd", 0);
    const text = new TextDecoder().decode(await readAll(sys, fd));
    sys.close(fd);
    for (const line of text.split("\n")) {
      const f = line.split(":");
      if (f.length >= 6) passwdCache.set(f[0]!, f[5]!);
    }
  } catch {
    // no /etc/passwd: ~user stays literal
  }
}
