// grep(1), GNU grep 3.8: BRE (default), -E, -F, -P (as JavaScript regexps); -i -v -w -x -c -l
// -L -n -h -H -o -q -s -r -m -A -B -C -a --color. Exit 0 if a line was selected, 1 if none,
// 2 on trouble (unless -q found a match).

import { program, quotef, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError, STD_LONGOPTS } from "../lib/getopt.ts";
import { compilePosix, RegexError } from "../lib/regex.ts";
import { openInput, closeInput, readText } from "../lib/input.ts";
import { readdirNames, joinPath } from "../lib/dirent.ts";
import { isatty } from "../lib/stdio.ts";
import { S_ISDIR } from "../../uapi/stat.ts";
import { Errno, EISDIR } from "../../uapi/errno.ts";

const LONGOPTS = [
  { name: "extended-regexp", has: 0 as const, key: "E" },
  { name: "fixed-strings", has: 0 as const, key: "F" },
  { name: "basic-regexp", has: 0 as const, key: "G" },
  { name: "perl-regexp", has: 0 as const, key: "P" },
  { name: "regexp", has: 1 as const, key: "e" },
  { name: "file", has: 1 as const, key: "f" },
  { name: "ignore-case", has: 0 as const, key: "i" },
  { name: "no-ignore-case", has: 0 as const, key: "no-i" },
  { name: "word-regexp", has: 0 as const, key: "w" },
  { name: "line-regexp", has: 0 as const, key: "x" },
  { name: "invert-match", has: 0 as const, key: "v" },
  { name: "count", has: 0 as const, key: "c" },
  { name: "files-with-matches", has: 0 as const, key: "l" },
  { name: "files-without-match", has: 0 as const, key: "L" },
  { name: "line-number", has: 0 as const, key: "n" },
  { name: "byte-offset", has: 0 as const, key: "b" },
  { name: "with-filename", has: 0 as const, key: "H" },
  { name: "no-filename", has: 0 as const, key: "h" },
  { name: "only-matching", has: 0 as const, key: "o" },
  { name: "quiet", has: 0 as const, key: "q" },
  { name: "silent", has: 0 as const, key: "q" },
  { name: "no-messages", has: 0 as const, key: "s" },
  { name: "recursive", has: 0 as const, key: "r" },
  { name: "dereference-recursive", has: 0 as const, key: "R" },
  { name: "max-count", has: 1 as const, key: "m" },
  { name: "after-context", has: 1 as const, key: "A" },
  { name: "before-context", has: 1 as const, key: "B" },
  { name: "context", has: 1 as const, key: "C" },
  { name: "text", has: 0 as const, key: "a" },
  { name: "binary-files", has: 1 as const, key: "binary-files" },
  { name: "color", has: 2 as const, key: "color" },
  { name: "colour", has: 2 as const, key: "color" },
  { name: "include", has: 1 as const, key: "include" },
  { name: "exclude", has: 1 as const, key: "exclude" },
  { name: "exclude-dir", has: 1 as const, key: "exclude-dir" },
  { name: "label", has: 1 as const, key: "label" },
  { name: "null", has: 0 as const, key: "Z" },
  { name: "null-data", has: 0 as const, key: "z" },
  { name: "line-buffered", has: 0 as const, key: "line-buffered" },
  ...STD_LONGOPTS,
];

interface GrepOpts {
  re: RegExp;
  reG: RegExp;
  invert: boolean;
  count: boolean;
  listMatch: boolean;
  listNonMatch: boolean;
  number: boolean;
  byteOffset: boolean;
  names: boolean;
  only: boolean;
  quiet: boolean;
  silent: boolean;
  recursive: boolean;
  max: number;
  after: number;
  before: number;
  text: boolean;
  color: boolean;
  label: string;
  nul: boolean;
  eol: string;
  include: RegExp[];
  exclude: RegExp[];
}

const SGR_MATCH = "\x1b[01;31m\x1b[K";
const SGR_END = "\x1b[m\x1b[K";
const SGR_FILE = "\x1b[35m\x1b[K";
const SGR_SEP = "\x1b[36m\x1b[K";
const SGR_LINE = "\x1b[32m\x1b[K";

function globToRe(g: string): RegExp {
  let s = "^";
  for (const c of g) s += c === "*" ? ".*" : c === "?" ? "." : /[.+^${}()|[\]\\]/.test(c) ? "\\" + c : c;
  return new RegExp(s + "$");
}

/** Build the regexp of all patterns (joined as alternatives). */
export function buildRegex(patterns: string[], mode: "G" | "E" | "F" | "P", icase: boolean, word: boolean, line: boolean): RegExp {
  const parts = patterns.map((pat) => {
    if (mode === "F") return pat.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    if (mode === "P") return pat;
    return compilePosix(pat, mode === "E").source;
  });
  let src = parts.length === 1 ? parts[0]! : parts.map((x) => `(?:${x})`).join("|");
  if (word) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
  if (line) src = `^(?:${src})$`;
  return new RegExp(src, icase ? "i" : "");
}

class Grep {
  status = 1;
  trouble = false;
  private out: Proc["out"];
  /** The pattern as a plain string when the regexp has no special character and no flag. */
  private readonly literal: string | null;
  constructor(
    private readonly p: Proc,
    private readonly o: GrepOpts,
  ) {
    this.out = p.out;
    const src = o.re.source;
    this.literal = o.re.flags === "" && src.length > 0 && /^[^\\^$.*+?()[\]{}|/]*$/.test(src) ? src : null;
  }

  private prefix(name: string, n: number, off: number, sep: string): string {
    const o = this.o;
    let s = "";
    const c = o.color;
    if (o.names) s += (c ? SGR_FILE + name + SGR_END + SGR_SEP + sep + SGR_END : name + sep);
    if (o.number) s += (c ? SGR_LINE + n + SGR_END + SGR_SEP + sep + SGR_END : n + sep);
    if (o.byteOffset) s += off + sep;
    return s;
  }

  private paint(line: string): string {
    if (!this.o.color || this.o.invert) return line;
    return line.replace(this.o.reG, (m) => (m ? SGR_MATCH + m + SGR_END : m));
  }

  /**
   * The common case `grep WORD`, printing whole lines: a pattern with no special character is
   * found with indexOf over the whole text instead of a regexp test per line, and runs of
   * adjacent selected lines are copied as one slice. null when the options need the general path.
   */
  private searchLiteral(text: string): Promise<number> | null {
    const o = this.o;
    const lit = this.literal;
    if (lit === null || o.invert || o.before > 0 || o.after > 0 || o.only || o.color || o.names || o.number || o.byteOffset) return null;
    if (o.max !== Infinity || o.eol !== "\n" || o.listMatch || o.listNonMatch || (!o.text && text.includes("\0"))) return null;
    return this.scanLiteral(text, lit);
  }

  private async scanLiteral(text: string, lit: string): Promise<number> {
    const o = this.o;
    const sys = this.p.sys;
    const print = !o.count && !o.quiet;
    let count = 0;
    let buf = "";
    // The run of adjacent selected lines not yet copied: [runStart, runEnd), runEnd at a newline.
    let runStart = 0;
    let runEnd = -1;
    let i = text.indexOf(lit);
    while (i >= 0) {
      const ls = text.lastIndexOf("\n", i) + 1;
      let le = text.indexOf("\n", i);
      if (le < 0) le = text.length;
      count++;
      if (o.quiet) return count;
      if (print) {
        if (ls !== runEnd + 1) {
          if (runEnd >= 0) buf += text.slice(runStart, runEnd) + "\n";
          runStart = ls;
        }
        runEnd = le;
      }
      if ((count & 1023) === 0) {
        if (buf.length > 65536) {
          await this.out.write(buf);
          buf = "";
        }
        if (sys.need_resched()) await sys.sched_yield();
      }
      i = le + 1 < text.length ? text.indexOf(lit, le + 1) : -1;
    }
    if (print && runEnd >= 0) buf += text.slice(runStart, runEnd) + "\n";
    if (buf) await this.out.write(buf);
    return count;
  }

  /** Search one text; returns true if it had a selected line. */
  async search(text: string, name: string): Promise<boolean> {
    const o = this.o;
    const fast = this.searchLiteral(text);
    if (fast !== null) {
      const count = await fast;
      if (o.count) await this.out.write(count + "\n");
      return count > 0;
    }
    const lines = text.split(o.eol);
    if (lines[lines.length - 1] === "") lines.pop();
    const binary = !o.text && text.includes("\0");
    let count = 0;
    let lastPrinted = -1;
    let afterLeft = 0;
    let offset = 0;
    const sys = this.p.sys;
    let buf = "";
    for (let i = 0; i < lines.length; i++) {
      if ((i & 1023) === 1023 && sys.need_resched()) await sys.sched_yield();
      const line = lines[i]!;
      const lineOff = offset;
      offset += line.length + 1;
      const hit = o.re.test(line) !== o.invert;
      if (!hit) {
        if (afterLeft > 0 && !o.count && !o.listMatch && !o.listNonMatch && !o.quiet && !binary) {
          buf += this.prefix(name, i + 1, lineOff, "-") + line + "\n";
          lastPrinted = i;
          afterLeft--;
        }
        continue;
      }
      count++;
      if (o.quiet) return true;
      if (o.listMatch || o.listNonMatch) break;
      if (!o.count) {
        if (binary) {
          await this.out.write(buf);
          await this.out.write(`grep: ${name}: binary file matches\n`);
          return true;
        }
        if (o.before > 0 || o.after > 0) {
          const from = Math.max(lastPrinted + 1, i - o.before);
          if (lastPrinted >= 0 && from > lastPrinted + 1) buf += o.color ? SGR_SEP + "--" + SGR_END + "\n" : "--\n";
          for (let k = from; k < i; k++) buf += this.prefix(name, k + 1, 0, "-") + lines[k] + "\n";
        }
        if (o.only) {
          if (!o.invert) {
            const g = new RegExp(o.re.source, o.re.flags.includes("i") ? "gi" : "g");
            for (const m of line.matchAll(g)) {
              if (m[0] === "") continue;
              buf += this.prefix(name, i + 1, lineOff + m.index!, ":") + (o.color ? SGR_MATCH + m[0] + SGR_END : m[0]) + "\n";
            }
          }
        } else buf += this.prefix(name, i + 1, lineOff, ":") + this.paint(line) + "\n";
        lastPrinted = i;
        afterLeft = o.after;
        if (buf.length > 8192) {
          await this.out.write(buf);
          buf = "";
        }
      }
      if (count >= o.max) break;
    }
    await this.out.write(buf);
    if (o.count) await this.out.write((o.names ? (o.color ? SGR_FILE + name + SGR_END + SGR_SEP + ":" + SGR_END : name + ":") : "") + count + "\n");
    if (o.listMatch && count > 0) await this.out.write((o.color ? SGR_FILE + name + SGR_END : name) + (o.nul ? "\0" : "\n"));
    if (o.listNonMatch && count === 0) await this.out.write((o.color ? SGR_FILE + name + SGR_END : name) + (o.nul ? "\0" : "\n"));
    return count > 0;
  }

  async file(path: string, display: string, top: boolean): Promise<void> {
    const sys = this.p.sys;
    const o = this.o;
    if (path !== "-" && o.recursive) {
      let st;
      try {
        st = top ? sys.stat(path) : sys.lstat(path);
      } catch (e) {
        await this.fail(display, e);
        return;
      }
      if (S_ISDIR(st.mode)) {
        let names;
        try {
          names = await readdirNames(sys, path);
        } catch (e) {
          await this.fail(display, e);
          return;
        }
        names.sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const d of names) {
          if (o.include.length && !S_ISDIR(safeMode(sys, joinPath(path, d.name))) && !o.include.some((r) => r.test(d.name))) continue;
          if (o.exclude.some((r) => r.test(d.name))) continue;
          await this.file(joinPath(path, d.name), display === "" ? d.name : joinPath(display, d.name), false);
          if (this.status === 0 && o.quiet) return;
        }
        return;
      }
      if (!top && !(st.mode & 0o100000)) return; // devices, fifos met in a walk are skipped
    }
    let fd: number;
    try {
      fd = await openInput(sys, path);
    } catch (e) {
      await this.fail(display, e);
      return;
    }
    try {
      const text = await readText(sys, fd);
      if (await this.search(text, display)) this.status = 0;
    } catch (e) {
      await this.fail(display, e);
    } finally {
      closeInput(sys, fd);
    }
  }

  private async fail(name: string, e: unknown): Promise<void> {
    this.trouble = true;
    if (!this.o.silent) {
      if (e instanceof Errno && e.errno === EISDIR) await this.p.warn(`${quotef(name)}: Is a directory`);
      else await this.p.warn(`${quotef(name)}: ${errmsg(e)}`);
    }
  }
}

function safeMode(sys: Proc["sys"], path: string): number {
  try {
    return sys.stat(path).mode;
  } catch {
    return 0;
  }
}

export default program(async (p) => {
  // -NUM is -C NUM.
  const argv = p.argv.slice(1).map((a) => (/^-[0-9]+$/.test(a) ? "-C" + a.slice(1) : a));
  let parsed;
  try {
    parsed = getopt(argv, "0123456789A:B:C:D:EFGHIPTUVZabcd:e:f:hiLlm:noqRrsuvwxyz", LONGOPTS, p.getenv("POSIXLY_CORRECT") !== undefined);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`grep: ${e.message}\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`);
    return 2;
  }
  let mode: "G" | "E" | "F" | "P" = "G";
  const patterns: string[] = [];
  let havePatterns = false;
  let icase = false, word = false, line = false, withNames: boolean | null = null;
  let colorArg: string | undefined;
  const o: Omit<GrepOpts, "re" | "reG"> = {
    invert: false, count: false, listMatch: false, listNonMatch: false, number: false, byteOffset: false, names: false,
    only: false, quiet: false, silent: false, recursive: false, max: Infinity, after: 0, before: 0, text: false,
    color: false, label: "(standard input)", nul: false, eol: "\n", include: [], exclude: [],
  };
  for (const opt of parsed.opts) {
    const a = opt.arg ?? "";
    switch (opt.key) {
      case "E": case "F": case "G": case "P": mode = opt.key; break;
      case "e": patterns.push(...a.split("\n")); havePatterns = true; break;
      case "f": {
        const fd = await openInput(p.sys, a).catch(async (e) => {
          await p.warn(`${a}: ${errmsg(e)}`);
          return -1;
        });
        if (fd < 0) return 2;
        const t = await readText(p.sys, fd);
        closeInput(p.sys, fd);
        const ls = t.split("\n");
        if (ls[ls.length - 1] === "") ls.pop();
        patterns.push(...ls);
        havePatterns = true;
        break;
      }
      case "i": case "y": icase = true; break;
      case "no-i": icase = false; break;
      case "w": word = true; break;
      case "x": line = true; break;
      case "v": o.invert = true; break;
      case "c": o.count = true; break;
      case "l": o.listMatch = true; break;
      case "L": o.listNonMatch = true; break;
      case "n": o.number = true; break;
      case "b": o.byteOffset = true; break;
      case "H": withNames = true; break;
      case "h": withNames = false; break;
      case "o": o.only = true; break;
      case "q": o.quiet = true; break;
      case "s": o.silent = true; break;
      case "r": case "R": o.recursive = true; break;
      case "m": o.max = Number(a); break;
      case "A": o.after = Number(a); break;
      case "B": o.before = Number(a); break;
      case "C": o.after = o.before = Number(a); break;
      case "a": o.text = true; break;
      case "binary-files": o.text = a === "text"; break;
      case "color": colorArg = a || "auto"; break;
      case "include": o.include.push(globToRe(a)); break;
      case "exclude": o.exclude.push(globToRe(a)); break;
      case "exclude-dir": o.exclude.push(globToRe(a)); break;
      case "label": o.label = a; break;
      case "Z": o.nul = true; break;
      case "z": o.eol = "\0"; break;
      case "V": case "version":
        await p.out.write("grep (GNU grep) 3.8\n");
        return 0;
      case "help":
        await p.out.write("Usage: grep [OPTION]... PATTERNS [FILE]...\nSearch for PATTERNS in each FILE.\n");
        return 0;
    }
  }
  const ops = [...parsed.operands];
  if (!havePatterns) {
    if (ops.length === 0) {
      await p.err.write("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
    patterns.push(...ops.shift()!.split("\n"));
  }
  o.color = colorArg === "always" || ((colorArg === "auto" || colorArg === "tty") && isatty(p.sys, 1) && p.getenv("TERM") !== "dumb");
  let re: RegExp;
  try {
    re = buildRegex(patterns, mode, icase, word, line);
  } catch (e) {
    if (e instanceof RegexError) {
      await p.err.write(`grep: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const files = ops.length ? ops : o.recursive ? ["."] : ["-"];
  const implicitDot = ops.length === 0 && o.recursive;
  o.names = withNames ?? (files.length > 1 || o.recursive);
  const g = new Grep(p, { ...o, re, reG: new RegExp(re.source, re.flags + "g") });
  for (const f of files) {
    await g.file(f, f === "-" ? o.label : implicitDot ? "" : f, true);
    if (g.status === 0 && o.quiet) return 0;
  }
  if (g.trouble && !(o.quiet && g.status === 0)) return 2;
  return g.status;
});
