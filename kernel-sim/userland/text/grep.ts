// grep(1), GNU grep 3.8: BRE (default), -E, -F, -P (as JavaScript regexps); -i -v -w -x -c -l
// -L -n -h -H -o -q -s -r -m -A -B -C -a --color. Exit 0 if a line was selected, 1 if none,
// 2 on trouble (unless -q found a match).

import { program, quotef, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError, STD_LONGOPTS } from "../lib/getopt.ts";
import { compilePosix, RegexError } from "../lib/regex.ts";
import { openInput, closeInput, readText } from "../lib/input.ts";
import { isatty } from "../lib/stdio.ts";
import { Grep, type GrepOpts } from "./grep_search.ts";

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

function globToRe(g: string): RegExp {
  let s = "^";
  for (const c of g) s += c === "*" ? ".*" : c === "?" ? "." : /[.+^${}()|[\]\\]/.test(c) ? "\\" + c : c;
  return new RegExp(s + "$");
}

/** PCRE's \K ("keep": the match starts here), the usual `grep -oP 'key=\K\w+'`, as a
 * lookbehind: JavaScript has no \K, but its lookbehinds may have any length. */
function perlKeep(pat: string): string {
  const m = /^((?:[^\\[]|\\.|\[(?:\\.|[^\]])*\])*?)\\K/.exec(pat);
  return m ? `(?<=${m[1]})${pat.slice(m[0].length)}` : pat;
}

/** PCRE2's words for the JavaScript RegExp errors a -P pattern can raise. */
function pcreMessage(js: string): string {
  if (/Unterminated group/.test(js)) return "missing closing parenthesis";
  if (/Unmatched '\)'/.test(js)) return "unmatched closing parenthesis";
  if (/Unterminated character class/.test(js)) return "missing terminating ] for character class";
  if (/\\ at end of pattern/.test(js)) return "\\ at end of pattern";
  if (/Nothing to repeat/.test(js)) return "quantifier does not follow a repeatable item";
  if (/Invalid capture group name/.test(js)) return "syntax error in subpattern name (missing terminator?)";
  return "unrecognized character follows \\";
}

/** Build the regexp of all patterns (joined as alternatives). */
export function buildRegex(patterns: string[], mode: "G" | "E" | "F" | "P", icase: boolean, word: boolean, line: boolean): RegExp {
  const parts = patterns.map((pat) => {
    if (mode === "F") return pat.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    if (mode === "P") return perlKeep(pat);
    return compilePosix(pat, mode === "E").source;
  });
  let src = parts.length === 1 ? parts[0]! : parts.map((x) => `(?:${x})`).join("|");
  if (word) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
  if (line) src = `^(?:${src})$`;
  return new RegExp(src, icase ? "i" : "");
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
      case "line-buffered": p.out.lineBuffered = true; break;
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
    if (mode === "P" && e instanceof SyntaxError) {
      await p.err.write(`grep: ${pcreMessage(e.message)}\n`);
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
