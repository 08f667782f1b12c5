// Shell pattern matching (XCU 2.13 "Pattern Matching Notation"): * ? [...] with [!...] and
// [[:class:]], used by case, [[ == ]], ${x#pat} and pathname expansion. A pattern arrives as
// text in which a quoted character is escaped with a backslash (expansion does that), so
// "*" quoted matches only a star. Compiled to a RegExp once per distinct pattern.

const cache = new Map<string, RegExp | string>();

const CLASSES: Record<string, string> = {
  alpha: "a-zA-Z", digit: "0-9", alnum: "a-zA-Z0-9", upper: "A-Z", lower: "a-z", space: " \\t\\n\\r\\f\\v",
  blank: " \\t", punct: "!-\\/:-@\\[-`{-~", xdigit: "0-9A-Fa-f", cntrl: "\\x00-\\x1f\\x7f", print: " -~", graph: "!-~",
  word: "a-zA-Z0-9_",
};

/** Does the pattern contain an unescaped * ? or [ (so it is a pattern, not a plain string)? */
export function hasGlobChars(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 42 || c === 63) return true;
    else if (c === 91 /* [ */) {
      // a bracket expression needs its closing ]: a lone "[" (the test command) is literal
      let j = i + 1;
      if (p[j] === "!" || p[j] === "^") j++;
      if (p[j] === "]") j++;
      if (p.indexOf("]", j) >= 0) return true;
    } else if ((c === 43 || c === 64 || c === 33) && p.charCodeAt(i + 1) === 40) return true; // +( @( !(
  }
  return false;
}

/** Escape a literal string so it matches only itself as a pattern. */
export function escapeGlob(s: string): string {
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "*" || c === "?" || c === "[" || c === "\\" || c === "]" || c === "(") {
      needs = true;
      break;
    }
  }
  return needs ? s.replace(/[*?[\]\\()|]/g, "\\$&") : s;
}

/** Remove the escapes: the literal string a pattern without glob chars matches. */
export function unescapeGlob(p: string): string {
  return p.includes("\\") ? p.replace(/\\(.)/gs, "$1") : p;
}

/** Regex source for a pattern (no anchors). */
export function patternSource(p: string, pathname = false): string {
  let out = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === "\\") {
      i++;
      out += i < p.length ? reEscape(p[i]!) : "\\\\";
    } else if ("?*+@!".includes(c) && p[i + 1] === "(") {
      const e = closeParen(p, i + 2);
      if (e < 0) {
        out += reEscape(c);
        continue;
      }
      const alts = splitAlts(p.slice(i + 2, e)).map((a) => patternSource(a, pathname));
      const group = `(?:${alts.join("|")})`;
      const any = pathname ? "[^/]*" : "[\\s\\S]*";
      out += c === "?" ? group + "?" : c === "*" ? group + "*" : c === "+" ? group + "+" : c === "@" ? group : `(?:(?!${group}$)${any})`;
      i = e;
    } else if (c === "*") out += pathname ? "[^/]*" : "[\\s\\S]*";
    else if (c === "?") out += pathname ? "[^/]" : "[\\s\\S]";
    else if (c === "[") {
      const r = bracket(p, i);
      if (r === null) out += "\\[";
      else {
        out += r.src;
        i = r.end;
      }
    } else out += reEscape(c);
  }
  return out;
}

/** The index of the ")" closing an extglob group whose body starts at i. */
function closeParen(p: string, i: number): number {
  let d = 1;
  for (; i < p.length; i++) {
    if (p[i] === "\\") i++;
    else if (p[i] === "(") d++;
    else if (p[i] === ")" && --d === 0) return i;
  }
  return -1;
}

/** a|b|c at depth 0. */
function splitAlts(s: string): string[] {
  const out: string[] = [];
  let d = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "(") d++;
    else if (c === ")") d--;
    else if (c === "|" && d === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

function bracket(p: string, start: number): { src: string; end: number } | null {
  let i = start + 1;
  let neg = false;
  if (p[i] === "!" || p[i] === "^") {
    neg = true;
    i++;
  }
  let body = "";
  let first = true;
  for (; i < p.length; i++) {
    const c = p[i]!;
    if (c === "]" && !first) return { src: `[${neg ? "^" : ""}${body}]`, end: i };
    first = false;
    if (c === "[" && p[i + 1] === ":") {
      const e = p.indexOf(":]", i + 2);
      if (e > 0) {
        const cls = CLASSES[p.slice(i + 2, e)];
        if (cls !== undefined) {
          body += cls;
          i = e + 1;
          continue;
        }
      }
    }
    if (c === "\\") {
      i++;
      if (i >= p.length) return null;
      body += reEscape(p[i]!, true);
      continue;
    }
    if (c === "-" && body !== "" && p[i + 1] !== "]") {
      body += "-";
      continue;
    }
    body += reEscape(c, true);
  }
  return null;
}

function reEscape(c: string, inClass = false): string {
  if (inClass) return c === "]" || c === "\\" || c === "^" || c === "-" || c === "[" ? "\\" + c : c;
  return /[.*+?^${}()|[\]\\/]/.test(c) ? "\\" + c : c;
}

/** The anchored RegExp for a whole-string match; a string when the pattern has no glob chars. */
export function compile(p: string): RegExp | string {
  let r = cache.get(p);
  if (r === undefined) {
    r = hasGlobChars(p) ? new RegExp(`^(?:${patternSource(p)})$`) : unescapeGlob(p);
    if (cache.size > 2000) cache.clear();
    cache.set(p, r);
  }
  return r;
}

/** fnmatch(3) without flags: does the whole string match the pattern? */
export function matchPattern(p: string, s: string): boolean {
  const r = compile(p);
  return typeof r === "string" ? r === s : r.test(s);
}

/**
 * ${x#p} ${x##p} ${x%p} ${x%%p}: remove the shortest/longest matching prefix/suffix.
 * The O(n) tries of a compiled anchored pattern are what bash does too.
 */
export function removeAffix(s: string, p: string, op: "#" | "##" | "%" | "%%"): string {
  const r = compile(p);
  const test = (t: string) => (typeof r === "string" ? r === t : r.test(t));
  const n = s.length;
  if (op === "#") {
    for (let i = 0; i <= n; i++) if (test(s.slice(0, i))) return s.slice(i);
  } else if (op === "##") {
    for (let i = n; i >= 0; i--) if (test(s.slice(0, i))) return s.slice(i);
  } else if (op === "%") {
    for (let i = n; i >= 0; i--) if (test(s.slice(i))) return s.slice(0, i);
  } else {
    for (let i = 0; i <= n; i++) if (test(s.slice(i))) return s.slice(0, i);
  }
  return s;
}

/** ${x/p/r} ${x//p/r} ${x/#p/r} ${x/%p/r}: longest match, leftmost first. */
export function replacePattern(s: string, p: string, rep: string, op: string, amp = false): string {
  if (p === "") return s;
  if (amp) {
    const r = rep;
    return replaceWith(s, p, op, (m) => r.replace(/&/g, () => m));
  }
  return replaceWith(s, p, op, () => rep);
}

function replaceWith(s: string, p: string, op: string, repf: (m: string) => string): string {
  const src = patternSource(p);
  if (op === "/#") {
    const m = new RegExp(`^(?:${src})`).exec(s);
    return m ? repf(m[0]) + s.slice(m[0].length) : s;
  }
  if (op === "/%") {
    for (let i = 0; i <= s.length; i++) if (new RegExp(`^(?:${src})$`).test(s.slice(i))) return s.slice(0, i) + repf(s.slice(i));
    return s;
  }
  const re = new RegExp(src, op === "//" ? "g" : "");
  return s.replace(re, (m) => (m === "" ? m : repf(m)));
}
