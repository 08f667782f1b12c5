// The sed script compiler (GNU sed 4.9's compile.c, in small): addresses, commands, the
// s/// flags and replacement, y///, a/i/c text, labels and blocks. Errors carry GNU's texts
// ("-e expression #1, char 7: unknown option to `s'").

import { posixToJs, RegexError } from "../lib/regex.ts";

export class SedError {
  constructor(readonly message: string) {}
}

export type Addr =
  | { kind: "line"; n: number }
  | { kind: "last" }
  | { kind: "re"; re: RegExp | null } // null: the last regex used
  | { kind: "step"; first: number; step: number }
  | { kind: "zero" };

export type Addr2 = Addr | { kind: "plus"; n: number } | { kind: "mult"; n: number };

/** One piece of an s/// replacement. */
export type Repl = { lit: string } | { group: number } | { caseOp: "L" | "U" | "l" | "u" | "E" };

export interface Cmd {
  a1: Addr | null;
  a2: Addr2 | null;
  negate: boolean;
  name: string;
  /** Range state: inside since which line, or -1. */
  active: boolean;
  endLine: number;
  // command arguments
  text?: string; // a i c
  label?: string; // b t T :
  target?: number; // resolved jump index
  file?: string; // r R w W
  exit?: number; // q Q
  re?: RegExp | null; // s
  repl?: Repl[];
  global?: boolean;
  nth?: number;
  print?: number; // s///p count
  wfile?: string;
  ymap?: Map<string, string>;
  blockEnd?: number; // { → index of matching }
}

interface Src {
  text: string;
  /** Start offsets of each -e expression (for "expression #N, char M"). */
  starts: number[];
  fileName?: string;
}

export function compileSed(src: Src, ere: boolean): Cmd[] {
  const s = src.text;
  let i = 0;
  const cmds: Cmd[] = [];
  const blocks: number[] = [];
  const fail = (msg: string, at = i): never => {
    if (src.fileName) {
      const line = s.slice(0, at).split("\n").length;
      throw new SedError(`file ${src.fileName} line ${line}: ${msg}`);
    }
    let e = 0;
    while (e + 1 < src.starts.length && src.starts[e + 1]! <= at - 1) e++;
    throw new SedError(`-e expression #${e + 1}, char ${at - src.starts[e]!}: ${msg}`);
  };
  const compileRe = (pat: string, flags: string): RegExp | null => {
    if (pat === "") return null;
    try {
      return new RegExp(posixToJs(pat, ere), "s" + flags);
    } catch (e) {
      if (e instanceof RegexError) fail(e.message);
      fail("Invalid regular expression");
    }
    return null;
  };
  /** Read up to an unescaped delimiter; \delim becomes delim, \n stays for the regex. */
  const delimited = (delim: string, isRegex: boolean): string => {
    let out = "";
    for (;;) {
      if (i >= s.length) return "\0unterminated";
      const c = s[i++]!;
      if (c === delim) return out;
      if (c === "\\") {
        const n = s[i++];
        if (n === undefined) return "\0unterminated";
        if (n === delim) out += delim === "&" && !isRegex ? "\\&" : n;
        else if (n === "\n") out += isRegex ? "\\n" : "\n";
        else out += "\\" + n;
      } else if (c === "\n" && isRegex) return "\0unterminated";
      else if (c === "[" && isRegex) {
        // A bracket expression may contain the delimiter unescaped.
        let j = i;
        if (s[j] === "^") j++;
        if (s[j] === "]") j++;
        while (j < s.length && s[j] !== "]") j += s[j] === "[" && s[j + 1] === ":" ? Math.max(2, s.indexOf(":]", j) - j + 2) : 1;
        out += s.slice(i - 1, j + 1);
        i = j + 1;
      } else out += c;
    }
  };
  const skipWs = (): void => {
    while (i < s.length && (s[i] === " " || s[i] === "\t")) i++;
  };
  const number = (): number => {
    const m = /^[0-9]+/.exec(s.slice(i))!;
    i += m[0].length;
    return Number(m[0]);
  };
  const address = (): Addr | null => {
    const c = s[i];
    if (c === undefined) return null;
    if (c >= "0" && c <= "9") {
      const n = number();
      if (s[i] === "~") {
        i++;
        const step = /^[0-9]/.test(s[i] ?? "") ? number() : 0;
        return { kind: "step", first: n, step };
      }
      return n === 0 ? { kind: "zero" } : { kind: "line", n };
    }
    if (c === "$") {
      i++;
      return { kind: "last" };
    }
    if (c === "/" || c === "\\") {
      i++;
      let delim = "/";
      if (c === "\\") delim = s[i++] ?? "";
      const pat = delimited(delim, true);
      if (pat === "\0unterminated") fail("unterminated address regex");
      let flags = "";
      while (s[i] === "I" || s[i] === "M") flags += s[i++] === "I" ? "i" : "m";
      return { kind: "re", re: compileRe(pat, flags) };
    }
    return null;
  };
  const readText = (): string => {
    // GNU one-liner "a text" or the POSIX "a\<newline>text" with \-continued lines.
    skipWs();
    if (s[i] === "\\") {
      i++;
      // "a\  text" on one line keeps its leading blanks (the way to get them in GNU sed).
      if (s[i] === "\n") i++;
    }
    let out = "";
    while (i < s.length) {
      const c = s[i++]!;
      if (c === "\\") {
        const n = s[i++];
        if (n === undefined) break;
        out += n === "\n" ? "\n" : n;
        continue;
      }
      if (c === "\n") break;
      out += c;
    }
    return out;
  };
  const readLabel = (): string => {
    skipWs();
    const m = /^[^;\n]*/.exec(s.slice(i))!;
    i += m[0].length;
    return m[0].trim();
  };
  const readFileName = (): string => {
    skipWs();
    const m = /^[^\n]*/.exec(s.slice(i))!;
    i += m[0].length;
    return m[0];
  };
  const endOfCmd = (name: string): void => {
    skipWs();
    if (i < s.length && s[i] !== ";" && s[i] !== "\n" && s[i] !== "}" && s[i] !== "#") fail(`extra characters after command`, i + 1);
    if (s[i] === ";" || s[i] === "\n") i++;
    void name;
  };
  while (i < s.length) {
    while (i < s.length && /[\s;]/.test(s[i]!)) i++;
    if (i >= s.length) break;
    if (s[i] === "#") {
      while (i < s.length && s[i] !== "\n") i++;
      continue;
    }
    const cmd: Cmd = { a1: null, a2: null, negate: false, name: "", active: false, endLine: 0 };
    cmd.a1 = address();
    if (cmd.a1 && s[i] === ",") {
      i++;
      skipWs();
      if (s[i] === "+" || s[i] === "~") {
        const k = s[i++];
        if (!/[0-9]/.test(s[i] ?? "")) fail("expected newer version of sed");
        cmd.a2 = { kind: k === "+" ? "plus" : "mult", n: number() };
      } else {
        const a2 = address();
        if (!a2) fail("unexpected `,'");
        cmd.a2 = a2;
      }
    }
    if (cmd.a1?.kind === "zero" && !(cmd.a2 && cmd.a2.kind === "re")) fail("invalid usage of line address 0");
    skipWs();
    while (s[i] === "!") {
      cmd.negate = true;
      i++;
      skipWs();
    }
    const name = s[i++];
    if (name === undefined) fail("missing command");
    cmd.name = name!;
    switch (name) {
      case "{":
        blocks.push(cmds.length);
        cmds.push(cmd);
        continue;
      case "}":
        if (cmd.a1) fail("} doesn't want any addresses");
        if (blocks.length === 0) fail("unexpected `}'");
        cmds[blocks.pop()!]!.blockEnd = cmds.length;
        cmds.push(cmd);
        endOfCmd("}");
        continue;
      case "a": case "i": case "c":
        cmd.text = readText();
        break;
      case ":":
        if (cmd.a1) fail(": doesn't want any addresses");
        cmd.label = readLabel();
        if (!cmd.label) fail("\":\" lacks a label");
        break;
      case "b": case "t": case "T":
        cmd.label = readLabel();
        endOfCmd(name);
        break;
      case "r": case "R": case "w": case "W":
        cmd.file = readFileName();
        if ((name === "w" || name === "W") && !cmd.file) fail("missing filename in r/R/w/W commands");
        break;
      case "q": case "Q":
        skipWs();
        cmd.exit = /^[0-9]/.test(s[i] ?? "") ? number() : 0;
        endOfCmd(name);
        break;
      case "l": case "L":
        skipWs();
        if (/^[0-9]/.test(s[i] ?? "")) number();
        endOfCmd(name);
        break;
      case "=": case "d": case "D": case "g": case "G": case "h": case "H": case "n": case "N": case "p": case "P": case "x": case "z": case "F":
        endOfCmd(name);
        break;
      case "s": {
        const delim = s[i++];
        if (delim === undefined || delim === "\n" || delim === "\\") fail("unterminated `s' command");
        const pat = delimited(delim!, true);
        if (pat === "\0unterminated") fail("unterminated `s' command");
        const rep = delimited(delim!, false);
        if (rep === "\0unterminated") fail("unterminated `s' command");
        cmd.repl = parseRepl(rep);
        let flags = "";
        cmd.global = false;
        cmd.print = 0;
        for (;;) {
          const f = s[i];
          if (f === "g") cmd.global = true;
          else if (f === "p") cmd.print!++;
          else if (f === "i" || f === "I") flags += "i";
          else if (f === "m" || f === "M") flags += "m";
          else if (f === "e") { /* not supported: ignored */ }
          else if (f !== undefined && f >= "0" && f <= "9") {
            cmd.nth = number();
            if (cmd.nth === 0) fail("number option to `s' command may not be zero", i);
            continue;
          } else if (f === "w") {
            i++;
            cmd.wfile = readFileName();
            break;
          } else if (f === undefined || f === ";" || f === "\n" || f === "}" || f === " " || f === "\t" || f === "#") break;
          else fail("unknown option to `s'", i + 1);
          i++;
        }
        cmd.re = compileRe(pat, flags);
        if (!cmd.wfile) endOfCmd("s");
        break;
      }
      case "y": {
        const delim = s[i++]!;
        const a = delimited(delim, false);
        const b = a === "\0unterminated" ? a : delimited(delim, false);
        if (a === "\0unterminated" || b === "\0unterminated") fail("unterminated `y' command");
        const unesc = (x: string): string[] => Array.from(x.replace(/\\n/g, "\n").replace(/\\\\/g, "\\"));
        const ca = unesc(a);
        const cb = unesc(b);
        if (ca.length !== cb.length) fail("strings for `y' command are different lengths");
        cmd.ymap = new Map(ca.map((c, k) => [c, cb[k]!]));
        endOfCmd("y");
        break;
      }
      default:
        fail(`unknown command: \`${name}'`);
    }
    cmds.push(cmd);
  }
  if (blocks.length) fail("unmatched `{'", s.length);
  // Resolve jumps.
  for (const c of cmds) {
    if (c.name === "b" || c.name === "t" || c.name === "T") {
      if (!c.label) c.target = cmds.length;
      else {
        const t = cmds.findIndex((x) => x.name === ":" && x.label === c.label);
        if (t < 0) throw new SedError(`can't find label for jump to \`${c.label}'`);
        c.target = t;
      }
    }
  }
  return cmds;
}

/** The replacement of s///: literal text, \N and & groups, GNU's \L \U \l \u \E. */
export function parseRepl(r: string): Repl[] {
  const out: Repl[] = [];
  let lit = "";
  const flush = (): void => {
    if (lit) out.push({ lit });
    lit = "";
  };
  for (let i = 0; i < r.length; i++) {
    const c = r[i]!;
    if (c === "&") {
      flush();
      out.push({ group: 0 });
    } else if (c === "\\" && i + 1 < r.length) {
      const n = r[++i]!;
      if (n >= "0" && n <= "9") {
        flush();
        out.push({ group: Number(n) });
      } else if ("LUluE".includes(n)) {
        flush();
        out.push({ caseOp: n as "L" });
      } else if (n === "n") lit += "\n";
      else if (n === "t") lit += "\t";
      else if (n === "r") lit += "\r";
      else if (n === "a") lit += "\x07";
      else if (n === "f") lit += "\f";
      else if (n === "v") lit += "\v";
      else lit += n;
    } else lit += c;
  }
  flush();
  return out;
}
