// env -S STRING: split one argument into several, as coreutils' env.c (split_spaces) does:
// blanks separate, '...' is literal, "..." takes \" \$ \\ and the C escapes \f \n \r \t \v,
// \_ is a blank inside quotes and a separator outside, \c ends the string, # at the start of
// a word comments out the rest, ${NAME} expands (to nothing when unset).

/** The arguments, or the error message env prints. */
export function splitS(s: string, getenv: (name: string) => string | undefined): string[] | string {
  const out: string[] = [];
  let cur = "";
  let inWord = false;
  let q: "'" | '"' | null = null;
  const ESC: Record<string, string> = { f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (q === "'") {
      if (c === "'") q = null;
      else if (c === "\\" && (s[i + 1] === "'" || s[i + 1] === "\\")) cur += s[++i];
      else cur += c;
      continue;
    }
    if (c === "\\") {
      const n = s[++i];
      if (n === undefined) return "invalid backslash at end of string in -S";
      if (n === "c") {
        if (q === '"') return "'\\c' must not appear in double-quoted -S string";
        break;
      }
      if (n === "_") {
        if (q) cur += " ";
        else if (inWord) {
          out.push(cur);
          cur = "";
          inWord = false;
        }
        continue;
      }
      if (n === '"' || n === "'" || n === "\\" || n === "$" || n === "#") cur += n;
      else if (ESC[n]) cur += ESC[n];
      else return `invalid sequence '\\${n}' in -S`;
      inWord = true;
      continue;
    }
    if (q === '"') {
      if (c === '"') q = null;
      else if (c === "$" && s[i + 1] === "{") {
        const j = s.indexOf("}", i);
        if (j < 0) return "only ${VARNAME} expansion is supported, error at: " + s.slice(i);
        cur += getenv(s.slice(i + 2, j)) ?? "";
        i = j;
      } else cur += c;
      continue;
    }
    if (c === " " || c === "\t" || c === "\n" || c === "\v" || c === "\f" || c === "\r") {
      if (inWord) out.push(cur);
      cur = "";
      inWord = false;
      continue;
    }
    if (c === "#" && !inWord) break;
    if (c === "'" || c === '"') {
      q = c;
      inWord = true;
      continue;
    }
    if (c === "$" && s[i + 1] === "{") {
      const j = s.indexOf("}", i);
      const name = j < 0 ? "" : s.slice(i + 2, j);
      if (j < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return "only ${VARNAME} expansion is supported, error at: " + s.slice(i);
      cur += getenv(name) ?? "";
      inWord = true;
      i = j;
      continue;
    }
    cur += c;
    inWord = true;
  }
  if (q) return "no terminating quote in -S string";
  if (inWord) out.push(cur);
  return out;
}
