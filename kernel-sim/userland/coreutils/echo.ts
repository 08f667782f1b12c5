// echo(1), GNU coreutils: -n, -e, -E; options only when every letter is one of them; --help and
// --version only as the sole argument.


import { gnuProgram as program } from "../lib/gnu.ts";
import { coreutilsVersion } from "../lib/getopt.ts";
import { fromByteString, toByteString } from "../lib/text.ts";

/** Interpret backslash escapes as echo -e does; returns [text, stop] where stop is \c. */
export function echoEscapes(s: string): [string, boolean] {
  if (!s.includes("\\")) return [s, false];
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i]!;
    switch (n) {
      case "a": out += "\x07"; break;
      case "b": out += "\b"; break;
      case "c": return [out, true];
      case "e": out += "\x1b"; break;
      case "f": out += "\f"; break;
      case "n": out += "\n"; break;
      case "r": out += "\r"; break;
      case "t": out += "\t"; break;
      case "v": out += "\v"; break;
      case "\\": out += "\\"; break;
      case "x": {
        const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1));
        if (!m) {
          out += "\\x";
          break;
        }
        out += String.fromCharCode(parseInt(m[0], 16));
        i += m[0].length;
        break;
      }
      case "0": {
        const m = /^[0-7]{0,3}/.exec(s.slice(i + 1))!;
        out += String.fromCharCode(parseInt(m[0] || "0", 8) & 0xff);
        i += m[0].length;
        break;
      }
      default:
        if (n >= "1" && n <= "7") {
          const m = /^[0-7]{1,3}/.exec(s.slice(i))!;
          out += String.fromCharCode(parseInt(m[0], 8) & 0xff);
          i += m[0].length - 1;
        } else out += "\\" + n;
    }
  }
  return [out, false];
}

export default program(async (p) => {
  const args = p.argv;
  if (args.length === 2 && p.getenv("POSIXLY_CORRECT") === undefined) {
    if (args[1] === "--help") {
      await p.out.write("Usage: echo [SHORT-OPTION]... [STRING]...\n  or:  echo LONG-OPTION\nEcho the STRING(s) to standard output.\n");
      return 0;
    }
    if (args[1] === "--version") {
      await p.out.write(coreutilsVersion("echo", "Brian Fox and Chet Ramey"));
      return 0;
    }
  }
  let newline = true;
  let escapes = false;
  let i = 1;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a.length < 2 || a[0] !== "-" || !/^-[neE]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (c === "n") newline = false;
      else if (c === "e") escapes = true;
      else escapes = false;
    }
  }
  let out = "";
  for (let k = i; k < args.length; k++) {
    if (k > i) out += " ";
    if (escapes) {
      // Escapes make bytes ('\0303'): build a byte string and write it raw.
      const [t, stop] = echoEscapes(toByteString(args[k]!));
      out += t;
      if (stop) {
        await p.out.writeBytes(fromByteString(out));
        return 0;
      }
    } else out += args[k]!;
  }
  if (newline) out += "\n";
  if (escapes) await p.out.writeBytes(fromByteString(out));
  else await p.out.write(out);
  return 0;
});
