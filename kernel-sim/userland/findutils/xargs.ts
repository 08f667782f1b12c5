// xargs(1), GNU findutils 4.9: build command lines from standard input. Blank-separated
// words with '...' "..." and \ quoting (or -0 / -d DELIM), -n MAX-ARGS, -L MAX-LINES,
// -I REPLACE, -r, -t, -p (no tty: answered no), -s, -x, -E EOF, -a FILE, -P (run one at a time).
// Exit: 123 if a command exited 1-125, 124 if one exited 255, 125 if killed, 126/127 exec.

import { program, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError, STD_LONGOPTS } from "../lib/getopt.ts";
import { openInput, readText } from "../lib/input.ts";
import { spawnWait } from "../lib/spawn.ts";
import { Errno } from "../../uapi/errno.ts";
import { WEXITSTATUS, WIFSIGNALED, WTERMSIG } from "../../uapi/wait.ts";

class QuoteError {
  constructor(readonly kind: "single" | "double") {}
}

/** Split xargs input into [items, per-item line numbers]; throws QuoteError after a partial parse. */
export function splitWords(text: string): { words: string[]; lines: number[]; error: QuoteError | null } {
  const words: string[] = [];
  const lines: number[] = [];
  let cur = "";
  let have = false;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n" || c === " " || c === "\t") {
      if (have) {
        words.push(cur);
        lines.push(line);
      }
      cur = "";
      have = false;
      if (c === "\n") line++;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      const nl = text.indexOf("\n", i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) return { words, lines, error: new QuoteError(c === "'" ? "single" : "double") };
      cur += text.slice(i + 1, end);
      have = true;
      i = end;
      continue;
    }
    if (c === "\\" && i + 1 < text.length) {
      cur += text[++i];
      have = true;
      continue;
    }
    cur += c;
    have = true;
  }
  if (have) {
    words.push(cur);
    lines.push(line);
  }
  return { words, lines, error: null };
}

async function runOne(p: Proc, argv: string[], trace: boolean): Promise<number> {
  if (trace) await p.err.write(argv.join(" ") + "\n");
  await p.out.flush();
  const r = await spawnWait(p.sys, argv, p.envp);
  if (r.execErrno !== null) {
    await p.warn(`${argv[0]}: ${errmsg(new Errno(r.execErrno))}`);
    return r.execErrno === 2 ? 127 : 126;
  }
  if (WIFSIGNALED(r.status)) {
    await p.warn(`${argv[0]}: terminated by signal ${WTERMSIG(r.status)}`);
    return 125;
  }
  const code = WEXITSTATUS(r.status);
  if (code === 255) {
    await p.warn(`${argv[0]}: exited with status 255; aborting`);
    return 124;
  }
  return code === 0 ? 0 : 123;
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "+0a:d:E:e::I:i::L:l::n:opP:rs:txX", [
      { name: "null", has: 0, key: "0" },
      { name: "arg-file", has: 1, key: "a" },
      { name: "delimiter", has: 1, key: "d" },
      { name: "eof", has: 2, key: "e" },
      { name: "replace", has: 2, key: "i" },
      { name: "max-lines", has: 2, key: "l" },
      { name: "max-args", has: 1, key: "n" },
      { name: "interactive", has: 0, key: "p" },
      { name: "no-run-if-empty", has: 0, key: "r" },
      { name: "max-chars", has: 1, key: "s" },
      { name: "verbose", has: 0, key: "t" },
      { name: "exit", has: 0, key: "x" },
      { name: "max-procs", has: 1, key: "P" },
      { name: "open-tty", has: 0, key: "o" },
      ...STD_LONGOPTS,
    ]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`xargs: ${e.message}\nUsage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...\nTry 'xargs --help' for more information.\n`);
    return 1;
  }
  let delim: string | null = null;
  let maxArgs = Infinity;
  let maxChars = Infinity;
  let maxLines = 0;
  let replace: string | null = null;
  let noEmpty = false;
  let trace = false;
  let eofStr: string | null = null;
  let argFile: string | null = null;
  for (const o of parsed.opts) {
    switch (o.key) {
      case "0": delim = "\0"; break;
      case "d": delim = o.arg === "\\n" ? "\n" : o.arg === "\\t" ? "\t" : o.arg === "\\0" ? "\0" : o.arg!; break;
      case "n": maxArgs = Number(o.arg); break;
      case "s": {
        if (!/^[0-9]+$/.test(o.arg!)) {
          await p.warn(`invalid number "${o.arg}" for -s option`);
          await p.err.write("Try 'xargs --help' for more information.\n");
          return 1;
        }
        maxChars = Number(o.arg);
        if (maxChars < 1) {
          // GNU clamps the value to 1, which then fits no command at all.
          await p.warn(`value ${o.arg} for -s option should be >= 1`);
          await p.warn("cannot fit single argument within argument list size limit");
          return 1;
        }
        break;
      }
      case "L": case "l": maxLines = Number(o.arg ?? 1); break;
      case "I": case "i": replace = o.arg ?? "{}"; maxLines = 1; break;
      case "r": noEmpty = true; break;
      case "t": trace = true; break;
      case "E": case "e": eofStr = o.arg ?? null; break;
      case "a": argFile = o.arg!; break;
      case "version": await p.out.write("xargs (GNU findutils) 4.9.0\n"); return 0;
      case "help": await p.out.write("Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...\n"); return 0;
    }
  }
  const cmd = parsed.operands.length ? parsed.operands : ["echo"];
  let fd = 0;
  if (argFile !== null) {
    try {
      fd = await openInput(p.sys, argFile);
    } catch (e) {
      await p.warn(`Cannot open input file '${argFile}': ${errmsg(e)}`);
      return 1;
    }
  }
  const text = await readText(p.sys, fd);
  let words: string[];
  let lines: number[];
  let quoteErr: QuoteError | null = null;
  if (delim !== null) {
    words = text.split(delim);
    if (words[words.length - 1] === "" || (delim !== "\n" && words[words.length - 1] === "\n" && false)) words.pop();
    lines = words.map((_, k) => k);
  } else if (replace !== null) {
    words = text.split("\n").map((l) => l.replace(/^[ \t]+/, ""));
    if (words[words.length - 1] === "") words.pop();
    lines = words.map((_, k) => k);
  } else {
    const r = splitWords(text);
    words = r.words;
    lines = r.lines;
    quoteErr = r.error;
  }
  if (eofStr !== null) {
    const k = words.indexOf(eofStr);
    if (k >= 0) {
      words = words.slice(0, k);
      lines = lines.slice(0, k);
    }
  }
  let status = 0;
  const note = (code: number): boolean => {
    if (code === 124 || code === 125 || code === 126 || code === 127) {
      status = code;
      return true;
    }
    if (code !== 0) status = 123;
    return false;
  };
  if (words.length === 0) {
    if (!noEmpty && replace === null && !quoteErr) note(await runOne(p, cmd, trace));
  } else if (replace !== null) {
    for (const w of words) if (note(await runOne(p, cmd.map((a) => a.split(replace!).join(w)), trace))) return status;
  } else {
    let k = 0;
    while (k < words.length) {
      let end = k;
      if (maxLines > 0) {
        const startLine = lines[k]!;
        while (end < words.length && lines[end]! < startLine + maxLines) end++;
      } else end = Math.min(words.length, k + (Number.isFinite(maxArgs) ? maxArgs : words.length));
      if (Number.isFinite(maxArgs)) end = Math.min(end, k + maxArgs);
      if (Number.isFinite(maxChars)) {
        // -s: the command line's length, each argument counted with its terminating NUL.
        let size = cmd.reduce((n, a) => n + a.length + 1, 0);
        let fit = k;
        while (fit < end && size + words[fit]!.length + 1 <= maxChars) size += words[fit++]!.length + 1;
        if (fit === k) {
          await p.warn("argument line too long");
          return 1;
        }
        end = fit;
      }
      if (note(await runOne(p, [...cmd, ...words.slice(k, end)], trace))) return status;
      k = end;
    }
  }
  if (quoteErr) {
    await p.warn(`unmatched ${quoteErr.kind} quote; by default quotes are special to xargs unless you use the -0 option`);
    return 1;
  }
  return status;
});
