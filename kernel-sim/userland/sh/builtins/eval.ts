// Builtins that run or find commands: eval, source/., exec, command, type, hash.

import type { Shell } from "../interp/shell.ts";
import { ExitSig, ReturnSig } from "../interp/shell.ts";
import { evalText } from "../interp/eval.ts";
import { callFunction, execProgram, findInPath, runExternalArgv } from "../interp/simple.ts";
import { BUILTINS, SPECIAL_BUILTINS, findBuiltin, isBuiltin } from "./index.ts";
import { out, berr } from "./io.ts";
import { readAll } from "../../lib/stdio.ts";
import { decode } from "../../lib/text.ts";
import { functionBody } from "../print.ts";
import { Errno, strerror } from "../../../uapi/errno.ts";
import { O_RDONLY } from "../../../uapi/fcntl.ts";
import { S_ISDIR } from "../../../uapi/stat.ts";

const KEYWORDS = new Set(["if", "then", "else", "elif", "fi", "case", "esac", "for", "while", "until", "do", "done", "{", "}", "!", "in"]);
const BASH_KEYWORDS = new Set(["[[", "]]", "function", "select", "time", "coproc"]);

export async function evalCmd(sh: Shell, argv: string[]): Promise<number> {
  const text = argv.slice(1).join(" ");
  if (text.trim() === "") return 0;
  // bash counts eval'd lines from the eval command's own line (dash from 1)
  return evalText(sh, text, "eval", undefined, sh.bash && sh.funcDepth === 0 ? sh.lineno : 1);
}

export async function source(sh: Shell, argv: string[]): Promise<number> {
  const name = argv[0]!;
  let file = argv[1];
  if (file === "--") file = argv[2];
  if (file === undefined) {
    if (sh.bash) {
      await berr(sh, name, "filename argument required");
      await sh.writeErr(`${name}: usage: ${name} filename [arguments]\n`);
      return 2;
    }
    return 0;
  }
  let path = file;
  if (!file.includes("/")) {
    const found = findInPath(sh, file);
    path = found ?? (sh.bash ? file : "");
  }
  let text: string;
  try {
    if (path === "") throw new Errno(2, "open");
    if (S_ISDIR(sh.sys.stat(path).mode)) throw new Errno(21, "read");
    const fd = await sh.sys.open(path, O_RDONLY);
    text = decode(await readAll(sh.sys, fd));
    sh.sys.close(fd);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    if (sh.bash) {
      await sh.error(`${file}: ${strerror(e.errno)}`);
      return 1;
    }
    await sh.error(`${name}: cannot open ${file}: ${e.errno === 2 ? "No such file" : strerror(e.errno)}`);
    if (!sh.interactive) throw new ExitSig(2);
    return 2;
  }
  const savedPos = sh.positionalParams;
  const args = argv.slice(argv[1] === "--" ? 3 : 2);
  if (args.length) sh.positionalParams = args;
  const savedArg0 = sh.arg0;
  const savedLine = sh.lineno;
  sh.sourceDepth++;
  if (sh.bash) sh.arg0 = path;
  try {
    return await evalText(sh, text, "source", path);
  } catch (e) {
    if (e instanceof ReturnSig) return e.status;
    throw e;
  } finally {
    sh.sourceDepth--;
    sh.arg0 = savedArg0;
    sh.lineno = savedLine;
    if (args.length) sh.positionalParams = savedPos;
  }
}

/** exec with a command: replace the shell (only returns on failure: then the shell exits). */
export async function execCmd(sh: Shell, argv: string[]): Promise<number> {
  let i = 1;
  let argv0: string | null = null;
  let clearEnv = false;
  for (; i < argv.length && argv[i]!.startsWith("-"); i++) {
    if (argv[i] === "--") {
      i++;
      break;
    }
    if (argv[i] === "-a") argv0 = argv[++i] ?? null;
    else if (argv[i] === "-c") clearEnv = true;
    else if (argv[i] === "-l") argv0 = "-" + (argv[i + 1] ?? "");
  }
  if (i >= argv.length) return 0;
  const args = argv.slice(i);
  if (!args[0]!.includes("/") && findInPath(sh, args[0]!) === null) {
    await berr(sh, "exec", `${args[0]}: not found`);
    if (!sh.interactive) throw new ExitSig(127);
    return 127;
  }
  if (argv0 !== null) args[0] = argv0;
  const status = await execProgram(sh, args.map((a, k) => (k === 0 ? argv[i]! : a)), clearEnv ? [] : sh.vars.environ());
  if (!sh.interactive) throw new ExitSig(status);
  return status;
}

type Kind = { kind: "alias" | "keyword" | "function" | "builtin" | "file" | "hashed"; detail: string };

function classify(sh: Shell, name: string, usePath = true): Kind | null {
  if (sh.aliases.has(name) && (sh.expandAliases || !sh.bash)) return { kind: "alias", detail: sh.aliases.get(name)! };
  if (KEYWORDS.has(name) || (sh.bash && BASH_KEYWORDS.has(name))) return { kind: "keyword", detail: "" };
  // dash marks local special too (builtins.def: "local -s")
  if (!sh.bash && (SPECIAL_BUILTINS.has(name) || name === "local")) return { kind: "builtin", detail: "special" };
  if (sh.funcs.has(name)) return { kind: "function", detail: functionBody(sh.funcs.get(name)!.body) };
  if (isBuiltin(sh, name)) return { kind: "builtin", detail: SPECIAL_BUILTINS.has(name) ? "special" : "" };
  if (!usePath) return null;
  if (name.includes("/")) {
    try {
      sh.sys.access(name, 1);
      return { kind: "file", detail: name };
    } catch {
      return null;
    }
  }
  const hashed = sh.hashTable.has(name);
  const p = findInPath(sh, name, false); // type and command -v look, they do not hash
  if (p === null) return null;
  return { kind: hashed ? "hashed" : "file", detail: p };
}

/** type -a: every meaning of name, in the order the shell would try them, then each file in $PATH. */
function allKinds(sh: Shell, name: string, noFunctions: boolean): Kind[] {
  const out: Kind[] = [];
  if (sh.aliases.has(name) && sh.expandAliases) out.push({ kind: "alias", detail: sh.aliases.get(name)! });
  if (KEYWORDS.has(name) || BASH_KEYWORDS.has(name)) out.push({ kind: "keyword", detail: "" });
  if (!noFunctions && sh.funcs.has(name)) out.push({ kind: "function", detail: functionBody(sh.funcs.get(name)!.body) });
  if (isBuiltin(sh, name)) out.push({ kind: "builtin", detail: "" });
  if (name.includes("/")) {
    const k = classify(sh, name);
    if (k?.kind === "file") out.push(k);
    return out;
  }
  for (const dir of (sh.vars.get("PATH") ?? "").split(":")) {
    const path = `${dir === "" ? "." : dir}/${name}`;
    try {
      if (S_ISDIR(sh.sys.stat(path).mode)) continue;
      sh.sys.access(path, 1);
    } catch {
      continue;
    }
    out.push({ kind: "file", detail: path });
  }
  return out;
}

function describe(sh: Shell, name: string, k: Kind): string {
  switch (k.kind) {
    case "alias":
      return sh.bash ? `${name} is aliased to \`${k.detail}'` : `${name} is an alias for ${k.detail}`;
    case "keyword":
      return `${name} is a shell keyword`;
    case "function":
      return sh.bash ? `${name} is a function\n${name} () \n${k.detail}` : `${name} is a shell function`;
    case "builtin":
      return sh.bash || k.detail === "" ? `${name} is a shell builtin` : `${name} is a special shell builtin`;
    case "hashed":
      return sh.bash ? `${name} is hashed (${k.detail})` : `${name} is a tracked alias for ${k.detail}`;
    case "file":
      return `${name} is ${k.detail}`;
  }
}

export async function type(sh: Shell, argv: string[]): Promise<number> {
  let i = 1;
  let flag = "";
  for (; i < argv.length && /^-[aftpP]+$/.test(argv[i]!); i++) flag += argv[i]!.slice(1);
  let status = 0;
  let s = "";
  for (; i < argv.length; i++) {
    const name = argv[i]!;
    if (flag.includes("a") && sh.bash) {
      const all = allKinds(sh, name, flag.includes("f"));
      if (all.length > 0) {
        for (const k of all) {
          if (flag.includes("t")) s += k.kind + "\n";
          else if (flag.includes("p") || flag.includes("P")) {
            if (k.kind === "file") s += k.detail + "\n";
          } else s += describe(sh, name, k) + "\n";
        }
        continue;
      }
    }
    const k = classify(sh, name);
    if (k === null) {
      status = 1;
      if (sh.bash) {
        if (!flag.includes("t") && !flag.includes("p")) {
          await out(sh, "type", s);
          s = "";
          await berr(sh, "type", `${name}: not found`);
        }
      } else {
        s += `${name}: not found\n`;
        status = 127;
      }
      continue;
    }
    if (flag.includes("t")) s += (k.kind === "hashed" ? "file" : k.kind) + "\n";
    else if (flag.includes("p") || flag.includes("P")) {
      if (k.kind === "file" || k.kind === "hashed") s += k.detail + "\n";
    } else s += describe(sh, name, k) + "\n";
  }
  await out(sh, "type", s);
  return status;
}

export async function command(sh: Shell, argv: string[]): Promise<number> {
  let i = 1;
  let v = "";
  for (; i < argv.length && /^-[pvV]+$/.test(argv[i]!); i++) v += argv[i]!.slice(1);
  if (argv[i] === "--") i++;
  if (i >= argv.length) return 0;
  if (v.includes("v") || v.includes("V")) {
    let status = 0;
    let s = "";
    const names = sh.bash ? argv.slice(i) : [argv[i]!];
    for (const name of names) {
      const k = classify(sh, name);
      if (k === null) {
        status = sh.bash ? 1 : 127;
        if (v.includes("V")) {
          if (sh.bash) await berr(sh, "command", `${name}: not found`);
          else s += `${name}: not found\n`;
        }
        continue;
      }
      if (v.includes("V")) s += describe(sh, name, k) + "\n";
      else if (k.kind === "alias") s += sh.bash ? `alias ${name}='${k.detail}'\n` : `${name}\n`;
      else s += (k.kind === "file" || k.kind === "hashed" ? k.detail : name) + "\n";
    }
    await out(sh, "command", s);
    return status;
  }
  const args = argv.slice(i);
  const b = findBuiltin(sh, args[0]!);
  if (b !== undefined && !args[0]!.includes("/")) return b(sh, args);
  return runExternalArgv(sh, args);
}

export async function hash(sh: Shell, argv: string[]): Promise<number> {
  if (argv[1] === "-r") {
    sh.hashTable.clear();
    return 0;
  }
  if (argv.length === 1) {
    if (sh.hashTable.size === 0) {
      if (sh.bash) await out(sh, "hash", "hash: hash table empty\n");
      return 0;
    }
    let s = sh.bash ? "hits\tcommand\n" : "";
    for (const p of sh.hashTable.values()) s += sh.bash ? `   1\t${p}\n` : `${p}\n`;
    await out(sh, "hash", s);
    return 0;
  }
  let status = 0;
  if (argv[1] === "-t") {
    // hash -t NAME...: the remembered path (with the name first when there are several)
    let s = "";
    for (const n of argv.slice(2)) {
      const p = sh.hashTable.get(n);
      if (p === undefined) {
        await berr(sh, "hash", `${n}: not found`);
        status = 1;
      } else s += argv.length > 3 ? `${n}\t${p}\n` : `${p}\n`;
    }
    return (await out(sh, "hash", s)) ? status : 1;
  }
  for (const n of argv.slice(1)) {
    if (isBuiltin(sh, n) || sh.funcs.has(n)) continue;
    if (findInPath(sh, n) === null) {
      await berr(sh, "hash", `${n}: not found`);
      status = 1;
    }
  }
  return status;
}

/** Run a function by name (for `command`-less paths that need it). */
export { callFunction };
