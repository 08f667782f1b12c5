// GNU getopt_long(3): short options clustered (-la), option arguments attached or separate
// (-k2, -k 2), long options with unique-prefix abbreviation (--all, --al, --color=never),
// argument permutation (operands may come before options) unless the optstring starts with
// '+' or POSIXLY_CORRECT is set, and "--" ending the options. Errors are the texts glibc
// prints, so `ls -y` says exactly what the real ls says.

import type { Proc } from "./main.ts";
import { basenameOf } from "./main.ts";

/** has_arg of struct option: no_argument, required_argument, optional_argument. */
export type HasArg = 0 | 1 | 2;

export interface LongOpt {
  name: string;
  has: HasArg;
  /** The key reported for this option (a short letter it aliases, or the long name itself). */
  key?: string;
}

export interface ParsedOpt {
  /** The short letter, or LongOpt.key ?? LongOpt.name. */
  key: string;
  arg: string | undefined;
  /** How it was written, for messages ("-k" or "--key"). */
  spelled: string;
}

export interface Parsed {
  opts: ParsedOpt[];
  operands: string[];
}

export class GetoptError {
  constructor(readonly message: string) {}
}

/** Parse a getopt optstring ("al:o::") into letter -> has_arg. */
function shortTable(optstring: string): Map<string, HasArg> {
  const t = new Map<string, HasArg>();
  for (let i = 0; i < optstring.length; i++) {
    const c = optstring[i]!;
    if (c === ":" || c === "+" || c === "-") continue;
    let has: HasArg = 0;
    if (optstring[i + 1] === ":") {
      has = optstring[i + 2] === ":" ? 2 : 1;
    }
    t.set(c, has);
  }
  return t;
}

/**
 * Parse argv (without argv[0]). Throws GetoptError with glibc's message on a bad option.
 * `digitsAsOperands`: stop treating "-5" as options (for programs like head -5 handled by caller).
 */
export function getopt(args: readonly string[], optstring: string, longopts: readonly LongOpt[] = [], posixly = false): Parsed {
  const shorts = shortTable(optstring);
  const inOrder = posixly || optstring.startsWith("+");
  const opts: ParsedOpt[] = [];
  const operands: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (a.length < 2 || a[0] !== "-") {
      if (inOrder) break;
      operands.push(a);
      continue;
    }
    if (a[1] === "-") {
      const eq = a.indexOf("=");
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const exact = longopts.find((o) => o.name === name);
      let opt = exact;
      if (!opt) {
        const cands = longopts.filter((o) => o.name.startsWith(name));
        // Prefixes of several names that are all the same option are not ambiguous.
        const distinct = cands.filter((o, k) => cands.findIndex((c) => (c.key ?? c.name) === (o.key ?? o.name) && c.has === o.has) === k);
        if (distinct.length > 1) {
          throw new GetoptError(`option '${a}' is ambiguous; possibilities:${cands.map((c) => ` '--${c.name}'`).join("")}`);
        }
        opt = cands[0];
      }
      if (!opt) throw new GetoptError(`unrecognized option '${a}'`);
      const key = opt.key ?? opt.name;
      const spelled = `--${opt.name}`;
      if (eq >= 0) {
        if (opt.has === 0) throw new GetoptError(`option '--${opt.name}' doesn't allow an argument`);
        opts.push({ key, arg: a.slice(eq + 1), spelled });
      } else if (opt.has === 1) {
        if (i + 1 >= args.length) throw new GetoptError(`option '--${opt.name}' requires an argument`);
        opts.push({ key, arg: args[++i], spelled });
      } else {
        opts.push({ key, arg: undefined, spelled });
      }
      continue;
    }
    // A cluster of short options.
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const has = shorts.get(c);
      if (has === undefined) throw new GetoptError(`invalid option -- '${c}'`);
      if (has === 0) {
        opts.push({ key: c, arg: undefined, spelled: `-${c}` });
        continue;
      }
      if (j + 1 < a.length) {
        opts.push({ key: c, arg: a.slice(j + 1), spelled: `-${c}` });
      } else if (has === 1) {
        if (i + 1 >= args.length) throw new GetoptError(`option requires an argument -- '${c}'`);
        opts.push({ key: c, arg: args[++i], spelled: `-${c}` });
      } else {
        opts.push({ key: c, arg: undefined, spelled: `-${c}` });
      }
      break;
    }
  }
  for (; i < args.length; i++) operands.push(args[i]!);
  return { opts, operands };
}

/** "Try 'ls --help' for more information." after a message, as GNU's usage(EXIT_FAILURE). */
export async function usageError(p: Proc, message: string | null, status = 1): Promise<number> {
  await p.out.flush();
  if (message !== null) await p.err.write(`${p.name}: ${message}\n`);
  await p.err.write(`Try '${p.name} --help' for more information.\n`);
  return status;
}

/**
 * Parse with getopt and report a usage error the GNU way. Returns null after printing the
 * error (the caller returns `status`).
 */
export async function parseOrUsage(p: Proc, optstring: string, longopts: readonly LongOpt[] = [], status = 1): Promise<Parsed | null> {
  try {
    return getopt(p.argv.slice(1), optstring, longopts, p.getenv("POSIXLY_CORRECT") !== undefined);
  } catch (e) {
    if (e instanceof GetoptError) {
      await usageError(p, e.message, status);
      return null;
    }
    throw e;
  }
}

/** The --version text of a GNU coreutils 9.1 program. */
export function coreutilsVersion(name: string, authors: string): string {
  return (
    `${name} (GNU coreutils) 9.1\n` +
    "Copyright (C) 2022 Free Software Foundation, Inc.\n" +
    "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n" +
    "This is free software: you are free to change and redistribute it.\n" +
    "There is NO WARRANTY, to the extent permitted by law.\n\n" +
    `Written by ${authors}.\n`
  );
}

/** The --help/--version long options every GNU program takes. */
export const STD_LONGOPTS: readonly LongOpt[] = [
  { name: "help", has: 0 },
  { name: "version", has: 0 },
];

/**
 * Handle --help and --version for a GNU program: prints and returns 0, or returns null when
 * neither was given. `help` is the full --help text.
 */
export async function helpVersion(p: Proc, parsed: Parsed, help: string, authors: string): Promise<number | null> {
  for (const o of parsed.opts) {
    if (o.key === "help") {
      await p.out.write(help);
      return 0;
    }
    if (o.key === "version") {
      await p.out.write(coreutilsVersion(basenameOf(p.name), authors));
      return 0;
    }
  }
  return null;
}
