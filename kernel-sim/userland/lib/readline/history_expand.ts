// History expansion, as bash does it before a line is run (bash(1) "HISTORY EXPANSION"):
// event designators !! !n !-n !string !?string?, word designators :0 :n :^ :$ :* :n-m (and the
// shorthands !$ !^ !*), and the quick substitution ^old^new^ at the start of a line. Not inside
// single quotes, not after a backslash, not before blank, "=", "(" or the end of the line.

import type { History } from "./history.ts";

export type Expansion = { text: string; changed: boolean } | { error: string };

/** The words of a history line, split as the shell would (quotes keep blanks inside a word). */
export function historyWords(line: string): string[] {
  const words: string[] = [];
  let cur = "";
  let quote = "";
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      cur += c;
      if (c === quote) quote = "";
      else if (c === "\\" && quote === '"' && i + 1 < line.length) cur += line[++i];
      continue;
    }
    if (c === " " || c === "\t" || c === "\n") {
      if (inWord) words.push(cur);
      cur = "";
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === "'" || c === '"' || c === "`") quote = c;
    if (c === "\\" && i + 1 < line.length) {
      cur += c + line[++i];
      continue;
    }
    cur += c;
  }
  if (inWord) words.push(cur);
  return words;
}

/** Select words from an event: "0", "3", "^", "$", "*", "2-4", "2-", "-3". */
function selectWords(words: string[], spec: string): string | null {
  const last = words.length - 1;
  if (spec === "*") return words.slice(1).join(" ");
  const num = (s: string): number => (s === "^" ? 1 : s === "$" ? last : Number(s));
  const range = /^(\d+|\^|\$)?-(\d+|\^|\$)?$/.exec(spec);
  if (range) {
    const a = range[1] === undefined ? 0 : num(range[1]);
    const b = range[2] === undefined ? last - 1 : num(range[2]);
    if (a > last || b > last || a > b + 1) return null;
    return words.slice(a, b + 1).join(" ");
  }
  if (/^\d+\*$/.test(spec)) return words.slice(Number(spec.slice(0, -1))).join(" ");
  const n = num(spec);
  if (!Number.isInteger(n) || n < 0 || n > last) return null;
  return words[n]!;
}

/** Find the event a designator names ("!", "12", "-2", "ls", "?str?"). */
function findEvent(h: History, spec: string): string | undefined {
  if (spec === "!") return h.get(h.last);
  if (/^-?\d+$/.test(spec)) {
    const n = Number(spec);
    return n < 0 ? h.get(h.last + 1 + n) : h.get(n);
  }
  if (spec.startsWith("?")) {
    const s = spec.slice(1).replace(/\?$/, "");
    for (let i = h.entries.length - 1; i >= 0; i--) if (h.entries[i]!.includes(s)) return h.entries[i];
    return undefined;
  }
  for (let i = h.entries.length - 1; i >= 0; i--) if (h.entries[i]!.startsWith(spec)) return h.entries[i];
  return undefined;
}

export function expandHistory(line: string, h: History): Expansion {
  if (line.startsWith("^")) {
    const parts = line.slice(1).split("^");
    const prev = h.get(h.last);
    const [from, to = ""] = parts;
    if (prev === undefined || from === undefined || !prev.includes(from)) return { error: `:s${line}: substitution failed` };
    return { text: prev.replace(from, to) + (parts.slice(2).join("^") || ""), changed: true };
  }
  if (!line.includes("!")) return { text: line, changed: false };
  let out = "";
  let changed = false;
  let squote = false;
  let dquote = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "\\" && !squote) {
      out += c + (line[i + 1] ?? "");
      i++;
      continue;
    }
    if (c === "'" && !dquote) squote = !squote;
    if (c === '"' && !squote) dquote = !dquote;
    if (c !== "!" || squote) {
      out += c;
      continue;
    }
    const next = line[i + 1];
    if (next === undefined || next === " " || next === "\t" || next === "\n" || next === "=" || next === "(" || (dquote && next === '"')) {
      out += c;
      continue;
    }
    // The event designator.
    let j = i + 1;
    let spec: string;
    let words: string | null = null;
    if (next === "!") {
      spec = "!";
      j++;
    } else if (next === "$" || next === "^" || next === "*") {
      spec = "!";
      words = next;
      j++;
    } else if (next === "?") {
      const end = line.indexOf("?", i + 2);
      spec = end < 0 ? line.slice(i + 1) : line.slice(i + 1, end + 1);
      j = end < 0 ? line.length : end + 1;
    } else if (/[-\d]/.test(next)) {
      const m = /^-?\d+/.exec(line.slice(i + 1));
      spec = m ? m[0] : next;
      j = i + 1 + spec.length;
    } else {
      const m = /^[^\s:;&|<>()"'`]+/.exec(line.slice(i + 1));
      spec = m ? m[0] : next;
      j = i + 1 + spec.length;
    }
    const event = findEvent(h, spec);
    const shown = line.slice(i, j);
    if (event === undefined) return { error: `${shown}: event not found` };
    if (words === null && line[j] === ":") {
      const m = /^:(\d+-\d*|\d*-\d+|\d+\*|\d+|[$^*])/.exec(line.slice(j));
      if (!m) return { error: `${line.slice(j, j + 2)}: bad word specifier` };
      words = m[1]!;
      j += m[0].length;
    }
    let text = event;
    if (words !== null) {
      const sel = selectWords(historyWords(event), words);
      if (sel === null) return { error: `${line.slice(i, j)}: bad word specifier` };
      text = sel;
    }
    out += text;
    changed = true;
    i = j - 1;
  }
  return { text: out, changed };
}
