// echo: bash's (-n -e -E, escapes off by default) and dash's (only -n; escapes always on).

import type { Shell } from "../interp/shell.ts";
import { escapeAt } from "../ansi_c.ts";
import { out } from "./io.ts";

/** Interpret echo escapes; stop is true after \c. */
export function echoEscapes(s: string, bashEcho = false): { text: string; stop: boolean } {
  if (!s.includes("\\")) return { text: s, stop: false };
  let o = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\" || i + 1 >= s.length) {
      o += c;
      continue;
    }
    const r = escapeAt(s, i + 1, bashEcho ? "bash-echo" : "echo");
    if (r.stop) return { text: o, stop: true };
    o += r.value;
    i = r.end - 1;
  }
  return { text: o, stop: false };
}

export async function echo(sh: Shell, argv: string[]): Promise<number> {
  let i = 1;
  let newline = true;
  let escapes = !sh.bash || sh.xpgEcho;
  if (sh.bash) {
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (!/^-[neE]+$/.test(a)) break;
      for (const f of a.slice(1)) {
        if (f === "n") newline = false;
        else if (f === "e") escapes = true;
        else escapes = false;
      }
    }
  } else if (argv[1] === "-n") {
    newline = false;
    i = 2;
  }
  let s = "";
  for (let k = i; k < argv.length; k++) {
    if (k > i) s += " ";
    if (escapes) {
      const r = echoEscapes(argv[k]!, sh.bash);
      s += r.text;
      if (r.stop) return (await out(sh, "echo", s)) ? 0 : 1;
    } else s += argv[k];
  }
  if (newline) s += "\n";
  return (await out(sh, "echo", s)) ? 0 : 1;
}
