// Bash's default completions, without the bash-completion package (bash(1) "Completing"):
// a word starting with $ completes variable names, ~name user names, the first word of a
// command completes commands (aliases, keywords, functions, builtins, then executables on
// PATH), and every other word completes file names.

import type { Sys } from "../sys.ts";
import type { Completer, Completion, Match } from "./complete.ts";
import { O_DIRECTORY, O_RDONLY } from "../../../uapi/fcntl.ts";
import { S_ISDIR } from "../../../uapi/stat.ts";
import { readAll } from "../stdio.ts";
import { decode } from "../text.ts";

/** What the shell knows that the file system does not. */
export interface ShellNames {
  /** Aliases, reserved words, functions and builtins: names a command word may complete to. */
  commands(): Iterable<string>;
  /** Names of shell variables. */
  variables(): Iterable<string>;
  getVar(name: string): string | undefined;
}

/** Characters that end a word for completion (COMP_WORDBREAKS plus blanks). */
const BREAKS = new Set([" ", "\t", "\n", '"', "'", ">", "<", "=", ";", "|", "&", "(", ":"]);

/** The word before the point: where it starts, its text unquoted, and a quote left open. */
export function wordAt(line: string, point: number): { start: number; text: string; quote: Completion["quote"] } {
  let start = 0;
  let quote: Completion["quote"] = "\\";
  let text = "";
  for (let i = 0; i < point; i++) {
    const c = line[i]!;
    if (quote === "'" || quote === '"') {
      if (c === quote) quote = "\\";
      else text += c;
      continue;
    }
    if (c === "\\" && i + 1 < point) {
      text += line[++i];
      continue;
    }
    if (c === "'" || c === '"') {
      // An opening quote starts the word being completed inside it.
      if (text === "") start = i;
      quote = c;
      continue;
    }
    if (BREAKS.has(c)) {
      start = i + 1;
      text = "";
      continue;
    }
    text += c;
  }
  return { start, text, quote };
}

/** Is the word at start in command position (first word, after ; | & ( or a keyword)? */
function commandPosition(line: string, start: number): boolean {
  const before = line.slice(0, start).replace(/\s+$/, "");
  if (before === "") return true;
  if (/[;|&(`{!]$/.test(before) || before.endsWith("$(")) return true;
  return /(^|[\s;|&])(then|do|else|elif|if|while|until|time|exec|command|builtin)$/.test(before);
}

function listDir(sys: Sys, dir: string): Promise<string[]> {
  return (async () => {
    let fd: number;
    try {
      fd = await sys.open(dir, O_RDONLY | O_DIRECTORY);
    } catch {
      return [];
    }
    const names: string[] = [];
    try {
      for (;;) {
        const batch = sys.getdents64(fd);
        if (batch.length === 0) break;
        for (const d of batch) names.push(d.name);
      }
    } finally {
      sys.close(fd);
    }
    return names;
  })();
}

function isDir(sys: Sys, path: string): boolean {
  try {
    return S_ISDIR(sys.stat(path).mode);
  } catch {
    return false;
  }
}

function isExecutable(sys: Sys, path: string): boolean {
  try {
    sys.access(path, 1);
    return !isDir(sys, path);
  } catch {
    return false;
  }
}

export function shellCompleter(sys: Sys, names: ShellNames): Completer {
  const home = () => names.getVar("HOME") ?? "/";

  async function files(word: string, onlyCommands: boolean): Promise<Match[]> {
    const slash = word.lastIndexOf("/");
    const dirPart = slash >= 0 ? word.slice(0, slash + 1) : "";
    const base = word.slice(slash + 1);
    let lookup = dirPart === "" ? "." : dirPart;
    if (lookup.startsWith("~/") || lookup === "~") lookup = home() + lookup.slice(1);
    else if (lookup.startsWith("~")) lookup = (await userHome(lookup.slice(1, lookup.indexOf("/")))) + lookup.slice(lookup.indexOf("/"));
    const out: Match[] = [];
    for (const name of await listDir(sys, lookup)) {
      if (!name.startsWith(base)) continue;
      if (name.startsWith(".") && !base.startsWith(".")) continue;
      if ((name === "." || name === "..") && base !== "." && base !== "..") continue;
      const path = (lookup.endsWith("/") ? lookup : lookup + "/") + name;
      if (isDir(sys, path)) out.push({ word: dirPart + name + "/", display: name + "/", partial: true });
      else if (!onlyCommands || isExecutable(sys, path)) out.push({ word: dirPart + name, display: name });
    }
    return out;
  }

  async function passwd(): Promise<string[][]> {
    try {
      const fd = await sys.open("/etc/passwd", O_RDONLY);
      try {
        return decode(await readAll(sys, fd)).split("\n").filter(Boolean).map((l) => l.split(":"));
      } finally {
        sys.close(fd);
      }
    } catch {
      return [];
    }
  }

  async function userHome(user: string): Promise<string> {
    for (const f of await passwd()) if (f[0] === user) return f[5] ?? "/";
    return "~" + user;
  }

  async function commands(word: string): Promise<Match[]> {
    const seen = new Set<string>();
    for (const n of names.commands()) if (n.startsWith(word)) seen.add(n);
    for (const dir of (names.getVar("PATH") ?? "").split(":")) {
      const d = dir === "" ? "." : dir;
      for (const n of await listDir(sys, d)) {
        if (n.startsWith(word) && !seen.has(n) && n !== "." && n !== ".." && isExecutable(sys, `${d}/${n}`)) seen.add(n);
      }
    }
    return [...seen].map((n) => ({ word: n, display: n }));
  }

  return async (line, point) => {
    const { start, text, quote } = wordAt(line, point);
    let matches: Match[];
    let q: Completion["quote"] = quote;
    const dollar = text.lastIndexOf("$");
    if (dollar >= 0 && quote !== "'" && !/[^\w{]/.test(text.slice(dollar + 1))) {
      const braced = text[dollar + 1] === "{";
      const prefix = text.slice(dollar + (braced ? 2 : 1));
      const lead = text.slice(0, dollar) + (braced ? "${" : "$");
      const vars = new Set<string>();
      for (const v of names.variables()) if (v.startsWith(prefix)) vars.add(v);
      matches = [...vars].map((v) => ({ word: lead + v + (braced ? "}" : ""), display: (braced ? "${" : "$") + v + (braced ? "}" : "") }));
      q = undefined;
    } else if (text.startsWith("~") && !text.includes("/")) {
      const prefix = text.slice(1);
      matches = (await passwd()).filter((f) => f[0]!.startsWith(prefix)).map((f) => ({ word: `~${f[0]}/`, display: `~${f[0]}`, partial: true }));
      q = undefined;
    } else if (commandPosition(line, start) && !text.includes("/")) {
      matches = await commands(text);
      if (matches.length === 0) matches = await files(text, false);
    } else {
      matches = await files(text, commandPosition(line, start));
    }
    matches.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
    return { start: q === "'" || q === '"' ? start + 1 : start, matches, quote: q };
  };
}
