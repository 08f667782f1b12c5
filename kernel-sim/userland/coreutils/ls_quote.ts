// How ls shows a name: the quoting style (GNU's "shell-escape" on a terminal, "literal"
// otherwise), the -F indicator, and the colour from LS_COLORS (or ls's built-in defaults).

import { S_IFMT, S_IFDIR, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFBLK, S_IFCHR, S_IFREG, S_ISUID, S_ISGID, S_ISVTX } from "../../uapi/stat.ts";

const SHELL_SPECIAL = /[\s"$&'()*;<>?[\\\]^`{|}!]|^[#~]/;
// Control characters need $'..' escapes (or "?" with -q).
// eslint-disable-next-line no-control-regex -- the pattern matches control characters on purpose
const NONPRINT = /[\x00-\x1f\x7f]/;
const NONPRINT_ALL = new RegExp(NONPRINT.source, "g");

/** gnulib quotearg shell_escape_quoting_style: 'a b', "it's", 'x'$'\n''y'. */
export function shellEscape(name: string, always = false): string {
  if (!always && name.length > 0 && !SHELL_SPECIAL.test(name) && !NONPRINT.test(name)) return name;
  if (NONPRINT.test(name)) {
    let out = "'";
    for (const c of name) {
      const code = c.charCodeAt(0);
      if (code < 32 || code === 127) {
        const esc = c === "\n" ? "\\n" : c === "\t" ? "\\t" : c === "\r" ? "\\r" : "\\" + code.toString(8).padStart(3, "0");
        out += `'$'${esc}''`;
      } else if (c === "'") out += "'\\''";
      else out += c;
    }
    out += "'";
    return out.replace(/^''(?!$)/, "").replace(/(?<!^)''$/, "");
  }
  if (!name.includes("'")) return `'${name}'`;
  if (!/["\\$`]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}

/** gnulib shell_quoting_style / shell_always_quoting_style: quotes as shellEscape does, but
 * control characters stay as they are inside the quotes ('a<newline>b'). */
export function shellQuote(name: string, always: boolean): string {
  if (!always && name.length > 0 && !SHELL_SPECIAL.test(name) && !NONPRINT.test(name)) return name;
  if (!name.includes("'")) return `'${name}'`;
  if (!/["\\$`]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, "'\\''")}'`;
}

/** --quoting-style=escape (ls -b): C escapes, "\\ " for a space, octal for the rest. */
export function escapeStyle(name: string): string {
  const map: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\f": "\\f", "\v": "\\v", "\x07": "\\a", "\b": "\\b", " ": "\\ " };
  let out = "";
  for (const c of name) {
    const code = c.charCodeAt(0);
    out += map[c] ?? (code < 32 || code === 127 ? "\\" + code.toString(8).padStart(3, "0") : c);
  }
  return out;
}

/** --quoting-style=c (ls -Q): double quotes with C escapes. */
export function cStyle(name: string): string {
  return '"' + escapeStyle(name).replace(/\\ /g, " ").replace(/"/g, '\\"') + '"';
}

/** -q (--hide-control-chars): each non-printable character as "?". */
export function hideControl(name: string): string {
  return name.replace(NONPRINT_ALL, "?");
}

/** -F / --file-type / -p indicator for a mode. */
export function indicator(mode: number, style: "none" | "slash" | "file-type" | "classify"): string {
  if (style === "none") return "";
  const t = mode & S_IFMT;
  if (t === S_IFDIR) return "/";
  if (style === "slash") return "";
  if (t === S_IFLNK) return "@";
  if (t === S_IFIFO) return "|";
  if (t === S_IFSOCK) return "=";
  if (style === "classify" && t === S_IFREG && mode & 0o111) return "*";
  return "";
}

const DEFAULT_COLORS: Record<string, string> = {
  di: "01;34",
  ln: "01;36",
  pi: "33",
  so: "01;35",
  bd: "01;33",
  cd: "01;33",
  ex: "01;32",
  do: "01;35",
  su: "37;41",
  sg: "30;43",
  st: "37;44",
  ow: "34;42",
  tw: "30;42",
};

/** The colour database: LS_COLORS parsed over the built-in defaults. */
export class Colors {
  private keys: Record<string, string> = { ...DEFAULT_COLORS };
  private ext: [string, string][] = [];
  /** The reset sequence is sent once, before the first coloured name. */
  started = false;

  constructor(lsColors: string | undefined) {
    if (lsColors === undefined) return;
    this.keys = {};
    for (const item of lsColors.split(":")) {
      const eq = item.indexOf("=");
      if (eq < 0) continue;
      const k = item.slice(0, eq);
      const v = item.slice(eq + 1);
      if (k.startsWith("*")) this.ext.push([k.slice(1), v]);
      else this.keys[k] = v;
    }
  }

  /** The SGR code for a file, "" when it is printed plain. */
  code(name: string, mode: number, linkOk: boolean): string {
    const t = mode & S_IFMT;
    let k = "fi";
    if (t === S_IFDIR) {
      const ow = (mode & 0o002) !== 0;
      const st = (mode & S_ISVTX) !== 0;
      k = ow && st ? "tw" : ow ? "ow" : st ? "st" : "di";
    } else if (t === S_IFLNK) k = !linkOk && this.keys["or"] ? "or" : "ln";
    else if (t === S_IFIFO) k = "pi";
    else if (t === S_IFSOCK) k = "so";
    else if (t === S_IFBLK) k = "bd";
    else if (t === S_IFCHR) k = "cd";
    else if (mode & S_ISUID && this.keys["su"]) k = "su";
    else if (mode & S_ISGID && this.keys["sg"]) k = "sg";
    else if (mode & 0o111 && this.keys["ex"]) k = "ex";
    if (k === "fi") {
      for (const [suffix, v] of this.ext) if (name.endsWith(suffix)) return v;
    }
    const c = this.keys[k] ?? "";
    return c === "0" || c === "00" ? "" : c;
  }

  paint(text: string, code: string): string {
    if (!code) return text;
    const pre = this.started ? "" : "\x1b[0m";
    this.started = true;
    return `${pre}\x1b[${code}m${text}\x1b[0m`;
  }
}
