// fnmatch(3) patterns (* ? [...] [!...] [[:class:]] and \ escapes) as RegExps, for find
// -name/-path, grep --include and the like. Without FNM_PATHNAME, * and ? match "/" too,
// which is what find -path wants.

const CLASSES: Record<string, string> = {
  alpha: "A-Za-z", digit: "0-9", alnum: "0-9A-Za-z", upper: "A-Z", lower: "a-z", space: " \\t\\n\\r\\f\\v",
  blank: " \\t", punct: "!-\\/:-@\\[-`{-~", print: " -~", graph: "!-~", cntrl: "\\x00-\\x1f\\x7f", xdigit: "0-9A-Fa-f",
};

export function fnmatchToRegExp(pat: string, opts: { icase?: boolean; pathname?: boolean; period?: boolean } = {}): RegExp {
  let out = "^";
  const any = opts.pathname ? "[^/]" : "[^]";
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i]!;
    if (c === "*") out += any + "*";
    else if (c === "?") out += any;
    else if (c === "\\" && i + 1 < pat.length) out += escape(pat[++i]!);
    else if (c === "[") {
      let j = i + 1;
      let cls = "[";
      if (pat[j] === "!" || pat[j] === "^") {
        cls += "^";
        j++;
      }
      let first = true;
      let ok = false;
      for (; j < pat.length; j++) {
        const d = pat[j]!;
        if (d === "]" && !first) {
          ok = true;
          break;
        }
        first = false;
        if (d === "[" && pat[j + 1] === ":") {
          const end = pat.indexOf(":]", j + 2);
          if (end > 0) {
            cls += CLASSES[pat.slice(j + 2, end)] ?? "";
            j = end + 1;
            continue;
          }
        }
        if (d === "\\" && j + 1 < pat.length) cls += "\\" + pat[++j];
        else cls += d === "]" || d === "\\" || d === "[" || d === "^" ? "\\" + d : d;
      }
      if (ok) {
        out += cls + "]";
        i = j;
      } else out += "\\[";
    } else out += escape(c);
  }
  return new RegExp(out + "$", opts.icase ? "i" : "");
}

function escape(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? "\\" + c : c;
}

export function fnmatch(pat: string, s: string, icase = false): boolean {
  return fnmatchToRegExp(pat, { icase }).test(s);
}
