// Reading commands from stdin: a script piped in (read a line at a time, so what follows is
// left for the commands that read stdin too), or an interactive terminal with PS1/PS2, ^C
// that abandons the line, job notices before each prompt, and job control.

import type { Shell } from "./interp/shell.ts";
import { evalText } from "./interp/eval.ts";
import { Parser } from "./parser.ts";
import { ShellSyntaxError } from "./syntax_error.ts";
import { notifyJobs } from "./builtins/jobs.ts";
import { expandString } from "./interp/words.ts";
import { Lexer } from "./lexer.ts";
import { decode } from "../lib/text.ts";
import { writeAll } from "../lib/stdio.ts";
import { Errno, EINTR } from "../../uapi/errno.ts";
import { SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU } from "../../uapi/signal.ts";
import { AbortSig, InterruptSig } from "./interp/shell.ts";

/** Where interactive input lines come from: the tty in canonical mode now, a line editor later. */
export interface LineSource {
  /** One line without its newline; null at end of input; "\x03" when ^C abandoned the line. */
  readLine(prompt: string): Promise<string | null>;
}

/** Read one line from fd, a byte at a time (leaves the rest of a pipe unread). */
async function readLineBytes(sh: Shell, fd: number): Promise<string | null> {
  const bytes: number[] = [];
  for (;;) {
    let b: Uint8Array;
    try {
      b = await sh.sys.read(fd, 1);
    } catch (e) {
      if (e instanceof Errno && e.errno === EINTR) continue;
      return bytes.length ? decode(Uint8Array.from(bytes)) : null;
    }
    if (b.length === 0) return bytes.length ? decode(Uint8Array.from(bytes)) : null;
    if (b[0] === 10) return decode(Uint8Array.from(bytes));
    bytes.push(b[0]!);
  }
}

/** Does the text parse as complete commands? (false: more lines are needed) */
function complete(sh: Shell, text: string): boolean {
  try {
    new Parser(text, { bash: sh.bash }).parseAll();
    return true;
  } catch (e) {
    if (e instanceof ShellSyntaxError) return !e.incomplete;
    throw e;
  }
}

/**
 * dash reads its input in blocks (input.c, BUFSIZ): what a command then reads from the same
 * stdin starts after the block. bash reads a byte at a time so the rest stays for the command.
 */
class BlockLines {
  private buf = "";
  private eof = false;
  private readonly dec = new TextDecoder("utf-8");
  constructor(private readonly sh: Shell) {}
  async readLine(): Promise<string | null> {
    for (;;) {
      const nl = this.buf.indexOf("\n");
      if (nl >= 0) {
        const l = this.buf.slice(0, nl);
        this.buf = this.buf.slice(nl + 1);
        return l;
      }
      if (this.eof) {
        if (this.buf === "") return null;
        const l = this.buf;
        this.buf = "";
        return l;
      }
      let b: Uint8Array;
      try {
        b = await this.sh.sys.read(0, 8192);
      } catch (e) {
        if (e instanceof Errno && e.errno === EINTR) continue;
        b = new Uint8Array(0);
      }
      if (b.length === 0) this.eof = true;
      else this.buf += this.dec.decode(b, { stream: true });
    }
  }
}

/** `sh < script` / `cat script | sh`: run commands as complete ones arrive. */
export async function stdinScriptLoop(sh: Shell): Promise<number> {
  let buf = "";
  let line = 1;
  let bufStart = 1;
  let status = 0;
  const blocks = sh.bash ? null : new BlockLines(sh);
  for (;;) {
    const l = blocks ? await blocks.readLine() : await readLineBytes(sh, 0);
    if (l === null) break;
    buf += l + "\n";
    line++;
    if (!complete(sh, buf)) continue;
    status = await evalText(sh, buf, "stdin", sh.arg0, bufStart);
    buf = "";
    bufStart = line;
  }
  if (buf !== "") status = await evalText(sh, buf, "stdin", sh.arg0, bufStart);
  return status;
}

/** The canonical-mode terminal as a line source. */
export class TtyLines implements LineSource {
  constructor(private readonly sh: Shell) {}
  async readLine(prompt: string): Promise<string | null> {
    const sh = this.sh;
    await writeAll(sh.sys, 2, prompt).catch(() => {});
    const bytes: number[] = [];
    for (;;) {
      let b: Uint8Array;
      try {
        b = await sh.sys.read(0, 4096);
      } catch (e) {
        if (e instanceof Errno && e.errno === EINTR) {
          if (sh.sigintSeen) {
            sh.sigintSeen = false;
            return "\x03";
          }
          continue;
        }
        return null;
      }
      if (b.length === 0) return bytes.length ? decode(Uint8Array.from(bytes)) : null;
      for (const x of b) bytes.push(x);
      if (bytes[bytes.length - 1] === 10) {
        bytes.pop();
        return decode(Uint8Array.from(bytes));
      }
    }
  }
}

/** PS1 escapes (bash PROMPTING): \u \h \H \w \W \$ \n \t \d \s \v \\ \[ \] \e \a. */
export function promptEscapes(sh: Shell, ps: string): string {
  if (!sh.bash && !ps.includes("\\")) return ps;
  const home = sh.vars.get("HOME") ?? "";
  const pwd = sh.vars.get("PWD") ?? "/";
  const tilde = home && (pwd === home || pwd.startsWith(home + "/")) ? "~" + pwd.slice(home.length) : pwd;
  const host = (() => {
    try {
      return sh.sys.uname().nodename;
    } catch {
      return "localhost";
    }
  })();
  const user = sh.vars.get("USER") ?? (sh.sys.geteuid() === 0 ? "root" : String(sh.sys.geteuid()));
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  let out = "";
  for (let i = 0; i < ps.length; i++) {
    const c = ps[i]!;
    if (c !== "\\" || !sh.bash) {
      out += c;
      continue;
    }
    const n = ps[++i];
    switch (n) {
      case "u": out += user; break;
      case "h": out += host.split(".")[0]; break;
      case "H": out += host; break;
      case "w": out += tilde; break;
      case "W": out += pwd === home ? "~" : pwd === "/" ? "/" : pwd.slice(pwd.lastIndexOf("/") + 1); break;
      case "$": out += sh.sys.geteuid() === 0 ? "#" : "$"; break;
      case "n": out += "\n"; break;
      case "r": out += "\r"; break;
      case "t": out += `${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}`; break;
      case "s": out += "bash"; break;
      case "v": out += "5.2"; break;
      case "V": out += "5.2.15"; break;
      case "e": out += "\x1b"; break;
      case "a": out += "\x07"; break;
      case "[":
      case "]": break;
      case "\\": out += "\\"; break;
      case "0":
      case "1":
      case "2":
      case "3": {
        // \nnn: an octal character code (\033 is ESC)
        let j = i;
        let v = 0;
        while (j < ps.length && j < i + 3 && /[0-7]/.test(ps[j]!)) v = v * 8 + Number(ps[j++]);
        out += String.fromCharCode(v);
        i = j - 1;
        break;
      }
      case undefined: out += "\\"; break;
      default: out += "\\" + n;
    }
  }
  return out;
}

/** Expand a prompt: escapes, then (bash promptvars) parameter expansion. */
async function expandPrompt(sh: Shell, ps: string): Promise<string> {
  const s = promptEscapes(sh, ps);
  if (!s.includes("$") && !s.includes("`")) return s;
  try {
    const lx = new Lexer(s, { bash: sh.bash }, (l) => new Parser(l, { bash: sh.bash }).parseAll());
    const parts = lx.readExpandingText(s.length, false);
    return await expandString(sh, { parts, text: s });
  } catch {
    return s;
  }
}

/** Source a start-up file if it exists (~/.bashrc and friends). */
async function sourceIfExists(sh: Shell, path: string): Promise<void> {
  try {
    sh.sys.access(path, 4);
  } catch {
    return;
  }
  const { source } = await import("./builtins/eval.ts");
  await source(sh, [".", path]);
}

export async function interactiveLoop(sh: Shell, lines: LineSource = new TtyLines(sh)): Promise<number> {
  const sys = sh.sys;
  sys.sigaction(SIGTERM, { handler: "ignore" });
  sys.sigaction(SIGQUIT, { handler: "ignore" });
  sys.sigaction(SIGINT, {
    handler: () => {
      sh.sigintSeen = true;
    },
  });
  sh.selfIgnored.push(SIGTERM, SIGQUIT, SIGINT);
  if (sh.opts.monitor) {
    sys.sigaction(SIGTSTP, { handler: "ignore" });
    sys.sigaction(SIGTTIN, { handler: "ignore" });
    sys.sigaction(SIGTTOU, { handler: "ignore" });
    sh.selfIgnored.push(SIGTSTP, SIGTTIN, SIGTTOU);
    try {
      const pid = sys.getpid();
      if (sys.getpgrp() !== pid) sys.setpgid(0, 0);
      sys.ioctl_tiocspgrp(0, pid);
    } catch {
      if (sh.bash) await sh.writeErr(`${sh.shellName}: cannot set terminal process group (${sys.getpgrp()}): Inappropriate ioctl for device\n${sh.shellName}: no job control in this shell\n`);
      sh.opts.monitor = false;
    }
  }
  if (sh.bash && sh.vars.map.get("PS1")?.exported !== true) sh.vars.set("PS1", "\\u@\\h:\\w\\$ ");
  if (sh.bash) {
    await sourceIfExists(sh, "/etc/bash.bashrc");
    const home = sh.vars.get("HOME");
    if (home) await sourceIfExists(sh, `${home}/.bashrc`);
  }
  let buf = "";
  let line = 1;
  let status = sh.status;
  for (;;) {
    if (buf === "") await notifyJobs(sh);
    const ps = buf === "" ? sh.vars.get("PS1") ?? "" : sh.vars.get("PS2") ?? "";
    const l = await lines.readLine(await expandPrompt(sh, ps));
    if (l === null) {
      if (sh.bash) await sh.writeErr("exit\n");
      break;
    }
    if (l === "\x03") {
      await sh.writeErr("\n");
      buf = "";
      sh.status = 130;
      continue;
    }
    buf += l + "\n";
    if (!complete(sh, buf)) continue;
    const start = line;
    line += buf.split("\n").length - 1;
    sh.sigintSeen = false;
    try {
      status = await evalText(sh, buf, "interactive", sh.arg0, start);
    } catch (e) {
      if (e instanceof AbortSig) status = sh.status = e.status;
      else if (e instanceof InterruptSig) {
        // ^C stopped a loop the shell itself was running: back to the prompt, as bash does.
        await sh.writeErr("\n");
        status = sh.status = 130;
      } else throw e;
    }
    sh.sigintSeen = false;
    buf = "";
  }
  return status;
}
