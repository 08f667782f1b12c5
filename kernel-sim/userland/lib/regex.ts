// POSIX regular expressions (regex(7)) as JavaScript RegExp sources, the way GNU grep and sed
// read them: basic (BRE: \( \) \{ \} \| \+ \? are operators, the bare ones literal) and
// extended (ERE). Bracket expressions keep POSIX rules (a backslash is literal inside, "]"
// first is literal, [:class:] names); GNU's \< \> \b \w \W \s \S and back-references work.

export class RegexError {
  constructor(readonly message: string) {}
}

const CLASSES: Record<string, string> = {
  alpha: "A-Za-z",
  digit: "0-9",
  alnum: "0-9A-Za-z",
  upper: "A-Z",
  lower: "a-z",
  space: " \\t\\n\\r\\f\\v",
  blank: " \\t",
  punct: "!-\\/:-@\\[-`{-~",
  print: " -~",
  graph: "!-~",
  cntrl: "\\x00-\\x1f\\x7f",
  xdigit: "0-9A-Fa-f",
  word: "0-9A-Za-z_",
};

/** A bracket expression starting at re[i] === "["; returns [js, next index]. */
function bracket(re: string, i: number): [string, number] {
  let j = i + 1;
  let out = "[";
  if (re[j] === "^") {
    out += "^";
    j++;
  }
  // GNU's dfa says this when the pattern ends right at "[" or "[^" (nothing to match yet).
  if (j >= re.length) throw new RegexError("Invalid regular expression");
  let first = true;
  for (;;) {
    if (j >= re.length) throw new RegexError("Unmatched [, [^, [:, [., or [=");
    const c = re[j]!;
    if (c === "]" && !first) {
      j++;
      break;
    }
    first = false;
    if (c === "[" && (re[j + 1] === ":" || re[j + 1] === "=" || re[j + 1] === ".")) {
      const kind = re[j + 1]!;
      const end = re.indexOf(kind + "]", j + 2);
      if (end < 0) throw new RegexError("Unmatched [, [^, [:, [., or [=");
      const name = re.slice(j + 2, end);
      if (kind === ":") {
        const cls = CLASSES[name];
        if (cls === undefined) throw new RegexError("Invalid character class name");
        out += cls;
      } else out += escapeInClass(name);
      j = end + 2;
      continue;
    }
    if (c === "-" && out.length > 1 && re[j + 1] !== "]") {
      out += "-";
      j++;
      continue;
    }
    out += escapeInClass(c);
    j++;
  }
  return [out + "]", j];
}

function escapeInClass(s: string): string {
  return s.replace(/[\\\]\[^-]/g, (m) => "\\" + m);
}

const SPECIAL_JS = /[.*+?^${}()|[\]\\/]/;

/**
 * Translate a POSIX regex to a JS source. `ere` picks the dialect. Throws RegexError with
 * GNU's message for a malformed pattern.
 */
export function posixToJs(re: string, ere: boolean): string {
  let out = "";
  let depth = 0;
  let groups = 0;
  // Where an anchor or a leading "*" is special: at the start, after "(" or "|".
  let atStart = true;
  for (let i = 0; i < re.length; i++) {
    const c = re[i]!;
    const start = atStart;
    atStart = false;
    if (c === "\\") {
      const n = re[i + 1];
      i++;
      if (n === undefined) throw new RegexError("Trailing backslash");
      if (!ere && n === "(") {
        out += "(";
        depth++;
        groups++;
        atStart = true;
      } else if (!ere && n === ")") {
        if (depth === 0) throw new RegexError("Unmatched ) or \\)");
        out += ")";
        depth--;
      } else if (!ere && n === "|") {
        out += "|";
        atStart = true;
      } else if (!ere && n === "{") {
        const m = /^([0-9]*)(,([0-9]*))?\\\}/.exec(re.slice(i + 1));
        if (!m) throw new RegexError("Unmatched \\{");
        out += "{" + (m[1] || "0") + (m[2] ? "," + m[3] : "") + "}";
        i += m[0].length;
      } else if (!ere && (n === "+" || n === "?")) out += n;
      else if (n >= "1" && n <= "9") {
        if (Number(n) > groups) throw new RegexError("Invalid back reference");
        out += "\\" + n;
      } else if (n === "<") out += "\\b(?=\\w)";
      else if (n === ">") out += "\\b(?<=\\w)";
      else if (n === "b" || n === "B" || n === "w" || n === "W" || n === "s" || n === "S") out += "\\" + n;
      else if (n === "`") out += "^";
      else if (n === "'") out += "$";
      else if (n === "n") out += "\\n";
      else if (n === "t") out += "\\t";
      else out += SPECIAL_JS.test(n) ? "\\" + n : n;
      continue;
    }
    if (c === "[") {
      const [cls, next] = bracket(re, i);
      out += cls;
      i = next - 1;
      continue;
    }
    if (c === "*") {
      if (start) out += "\\*";
      else out += "*";
      continue;
    }
    if (c === "^") {
      if (ere || start) out += "^";
      else out += "\\^";
      if (start) atStart = true;
      continue;
    }
    if (c === "$") {
      const end = i === re.length - 1 || (!ere && re.startsWith("\\)", i + 1)) || (!ere && re.startsWith("\\|", i + 1)) || (ere && (re[i + 1] === ")" || re[i + 1] === "|"));
      out += ere || end ? "$" : "\\$";
      continue;
    }
    if (ere) {
      if (c === "(") {
        out += "(";
        depth++;
        groups++;
        atStart = true;
        continue;
      }
      if (c === ")") {
        if (depth === 0) throw new RegexError("Unmatched ) or \\)");
        out += ")";
        depth--;
        continue;
      }
      if (c === "|") {
        out += "|";
        atStart = true;
        continue;
      }
      if (c === "+" || c === "?") {
        out += start ? "\\" + c : c;
        continue;
      }
      if (c === "{") {
        const m = /^\{([0-9]*)(,([0-9]*))?\}/.exec(re.slice(i));
        if (m && !start && (m[1] || m[3])) {
          out += "{" + (m[1] || "0") + (m[2] ? "," + m[3] : "") + "}";
          i += m[0].length - 1;
        } else out += "\\{";
        continue;
      }
    }
    if (c === ".") {
      out += ".";
      continue;
    }
    out += SPECIAL_JS.test(c) ? "\\" + c : c;
  }
  if (depth > 0) throw new RegexError(ere ? "Unmatched ( or \\(" : "Unmatched ( or \\(");
  return out;
}

/** Compile to a RegExp (flags: "g", "i", "m" as needed). */
export function compilePosix(re: string, ere: boolean, flags = ""): RegExp {
  const src = posixToJs(re, ere);
  try {
    return new RegExp(src, flags);
  } catch {
    throw new RegexError("Invalid regular expression");
  }
}
