// How bash quotes words when it shows them back: `set -x` traces, `declare -p`, `alias`,
// printf %q. A word of only safe characters is shown bare; otherwise single-quoted, and
// control characters in $'...' form.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** set -x / alias style: 'a b', bare when safe, '' for empty. */
export function quoteForTrace(s: string): string {
  if (s === "") return "''";
  if (SAFE.test(s)) return s;
  if (/[\x00-\x1f\x7f]/.test(s)) return ansiQuote(s);
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** A word in set -x output: bash leaves tab and newline raw inside '...', $'...' for other controls. */
export function quoteXtrace(s: string): string {
  if (s === "") return "''";
  if (SAFE.test(s)) return s;
  if (/[\x00-\x08\x0b-\x1f\x7f]/.test(s)) return ansiQuote(s);
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** $'...' with C escapes, for strings holding control characters. */
export function ansiQuote(s: string): string {
  let out = "$'";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === "'") out += "\\'";
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\x1b") out += "\\E";
    else if (c < 32 || c === 127) out += "\\" + c.toString(8).padStart(3, "0");
    else out += ch;
  }
  return out + "'";
}

/** printf %q: backslash-escape each special character (bash's sh_backslash_quote). */
export function printfQ(s: string): string {
  if (s === "") return "''";
  if (/[\x00-\x1f\x7f]/.test(s)) return ansiQuote(s);
  return s.replace(/[^A-Za-z0-9_@%+=:,./-]/g, "\\$&").replace(/^~/, "\\~");
}

/** dash's `set`/`export -p` quoting: single quotes unless safe. */
export function dashQuote(s: string): string {
  if (s !== "" && /^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, "'\\''")}'`;
}
