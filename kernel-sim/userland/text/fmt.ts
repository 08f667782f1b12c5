// fmt(1): fill paragraphs, a port of coreutils' fmt.c. Lines are cut where the total cost
// is least (fmt_paragraph: short lines, ragged edges, widows and orphans cost; a break after
// a sentence or punctuation earns a bonus), not greedily, so the output matches GNU's.
// A paragraph is a run of lines with the same indentation (-c: the second line's; -t: a
// different first line), ended by a blank line. -w WIDTH (75), -g GOAL (93% of it), -u
// uniform spacing, -s split only, -p PREFIX. Inter-word spaces inside a line are kept.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { openInput, closeInput, readText } from "../lib/input.ts";

interface Word {
  text: string;
  length: number;
  space: number;
  paren: boolean;
  punct: boolean;
  period: boolean;
  final: boolean;
  lineLength: number;
  bestCost: number;
  nextBreak: number;
}

const EQUIV = (n: number): number => n * n;
const SHORT_COST = (n: number): number => EQUIV(n * 10);
const RAGGED_COST = (n: number): number => SHORT_COST(n) / 2;
const LINE_COST = EQUIV(70);
const WIDOW_COST = (n: number): number => EQUIV(200) / (n + 2);
const ORPHAN_COST = (n: number): number => EQUIV(150) / (n + 2);
const SENTENCE_BONUS = EQUIV(50);
const NOBREAK_COST = EQUIV(600);
const PAREN_BONUS = EQUIV(40);
const PUNCT_BONUS = EQUIV(40);
const TABWIDTH = 8;

interface Opts {
  maxWidth: number;
  goalWidth: number;
  uniform: boolean;
  split: boolean;
  crown: boolean;
  tagged: boolean;
  prefix: string;
}

/** Lay one paragraph's words out (fmt_paragraph + put_paragraph); returns the text. */
function formatParagraph(words: Word[], firstIndent: number, otherIndent: number, o: Opts, tabs: boolean, prefixIndent: number): string {
  const n = words.length;
  const limit: Word = { text: "", length: o.maxWidth, space: 0, paren: false, punct: false, period: false, final: false, lineLength: 0, bestCost: 0, nextBreak: n };
  const at = (i: number): Word => (i === n ? limit : words[i]!);
  const lineCost = (next: number, len: number): number => {
    if (next === n) return 0;
    let cost = SHORT_COST(o.goalWidth - len);
    if (at(next).nextBreak !== n) cost += RAGGED_COST(len - at(next).lineLength);
    return cost;
  };
  const baseCost = (i: number): number => {
    let cost = LINE_COST;
    if (i > 0) {
      const prev = words[i - 1]!;
      if (prev.period) cost += prev.final ? -SENTENCE_BONUS : NOBREAK_COST;
      else if (prev.punct) cost -= PUNCT_BONUS;
      else if (i > 1 && words[i - 2]!.final) cost += WIDOW_COST(prev.length);
    }
    const w = words[i]!;
    if (w.paren) cost -= PAREN_BONUS;
    else if (w.final) cost += ORPHAN_COST(w.length);
    return cost;
  };
  for (let start = n - 1; start >= 0; start--) {
    let best = Infinity;
    let len = (start === 0 ? firstIndent : otherIndent) + words[start]!.length;
    let w = start;
    do {
      w++;
      const wcost = lineCost(w, len) + at(w).bestCost;
      if (wcost < best) {
        best = wcost;
        words[start]!.nextBreak = w;
        words[start]!.lineLength = len;
      }
      if (w === n) break;
      len += words[w - 1]!.space + words[w]!.length;
    } while (len < o.maxWidth);
    words[start]!.bestCost = best + baseCost(start);
  }
  let out = "";
  let col = 0;
  const putSpace = (space: number): void => {
    const target = col + space;
    if (tabs) {
      const tabTarget = Math.floor(target / TABWIDTH) * TABWIDTH;
      if (col + 1 < tabTarget) {
        while (col < tabTarget) {
          out += "\t";
          col = (Math.floor(col / TABWIDTH) + 1) * TABWIDTH;
        }
      }
    }
    while (col < target) {
      out += " ";
      col++;
    }
  };
  for (let i = 0; i < n; ) {
    col = 0;
    putSpace(prefixIndent);
    out += o.prefix;
    col += o.prefix.length;
    putSpace((i === 0 ? firstIndent : otherIndent) - col);
    const end = words[i]!.nextBreak;
    for (let k = i; k < end; k++) {
      out += words[k]!.text;
      col += words[k]!.length;
      if (k < end - 1) putSpace(words[k]!.space);
    }
    out += "\n";
    i = end;
  }
  return out;
}

/** Columns of leading blanks (tabs to 8) and the rest of the line. */
function indentOf(line: string): [number, string, boolean] {
  let col = 0;
  let i = 0;
  let tab = false;
  for (; i < line.length; i++) {
    if (line[i] === " ") col++;
    else if (line[i] === "\t") {
      col = (Math.floor(col / TABWIDTH) + 1) * TABWIDTH;
      tab = true;
    } else break;
  }
  return [col, line.slice(i), tab];
}

function wordsOf(rest: string, startCol: number, o: Opts, into: Word[]): void {
  const re = /([^ \t]+)([ \t]*)/g;
  let m: RegExpExecArray | null;
  let col = startCol;
  while ((m = re.exec(rest))) {
    const text = m[1]!;
    col += text.length;
    const spaceStart = col;
    for (const c of m[2]!) col = c === "\t" ? (Math.floor(col / TABWIDTH) + 1) * TABWIDTH : col + 1;
    let space = col - spaceStart;
    const atEnd = re.lastIndex >= rest.length;
    let fin = text.length - 1;
    while (fin > 0 && ")]'\"".includes(text[fin]!)) fin--;
    const period = ".?!".includes(text[fin]!);
    const w: Word = {
      text, length: text.length, space, paren: "(['`\"".includes(text[0]!), punct: /[!-\/:-@\[-`{-~]/.test(text[text.length - 1]!),
      period, final: atEnd ? period : period && space > 1, lineLength: 0, bestCost: 0, nextBreak: 0,
    };
    if (atEnd || o.uniform) space = w.final ? 2 : 1;
    w.space = space;
    into.push(w);
  }
}

export function fmtText(text: string, o: Opts): string {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  let out = "";
  let i = 0;
  const hasPrefix = (l: string): boolean => indentOf(l)[1].startsWith(o.prefix);
  const same = (l: string | undefined): boolean => l !== undefined && hasPrefix(l) && indentOf(indentOf(l)[1].slice(o.prefix.length))[1] !== "";
  while (i < lines.length) {
    const line = lines[i]!;
    if (!same(line)) {
      out += line + "\n";
      i++;
      continue;
    }
    const [pIndent, afterBlanks, tab0] = indentOf(line);
    const body = (l: string): [number, string, boolean] => {
      const [pi, r, t] = indentOf(l);
      const [ci, r2, t2] = indentOf(r.slice(o.prefix.length));
      return [pi + o.prefix.length + ci, r2, t || t2];
    };
    void afterBlanks;
    const [firstIndent, firstRest, t1] = body(line);
    let tabs = tab0 || t1;
    const words: Word[] = [];
    wordsOf(firstRest, firstIndent, o, words);
    i++;
    let otherIndent = firstIndent;
    const next = lines[i];
    const nextSame = same(next);
    const nextIndent = nextSame ? body(next!)[0] : 0;
    if (o.split) otherIndent = firstIndent;
    else if (o.crown) otherIndent = nextSame ? nextIndent : firstIndent;
    else if (o.tagged) otherIndent = nextSame && nextIndent !== firstIndent ? nextIndent : firstIndent === 3 ? 0 : 3;
    const take = (): void => {
      const [ind, rest, t] = body(lines[i]!);
      tabs ||= t;
      wordsOf(rest, ind, o, words);
      i++;
    };
    if (o.split) {
      // each line alone
    } else if (o.crown) {
      if (nextSame) do take(); while (same(lines[i]) && body(lines[i]!)[0] === otherIndent);
    } else if (o.tagged) {
      if (nextSame && nextIndent !== firstIndent) do take(); while (same(lines[i]) && body(lines[i]!)[0] === otherIndent);
    } else {
      while (same(lines[i]) && body(lines[i]!)[0] === otherIndent) take();
    }
    out += formatParagraph(words, firstIndent, otherIndent, o, tabs, o.prefix ? pIndent : 0);
  }
  return out;
}

export default program(async (p) => {
  // The obsolete -WIDTH spelling.
  p.argv = p.argv.map((a, i) => (i > 0 && /^-[0-9]+$/.test(a) ? "-w" + a.slice(1) : a));
  const parsed = await parseOrUsage(p, "cstuw:p:g:", [
    { name: "crown-margin", has: 0, key: "c" }, { name: "prefix", has: 1, key: "p" },
    { name: "split-only", has: 0, key: "s" }, { name: "tagged-paragraph", has: 0, key: "t" },
    { name: "uniform-spacing", has: 0, key: "u" }, { name: "width", has: 1, key: "w" },
    { name: "goal", has: 1, key: "g" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: fmt [-WIDTH] [OPTION]... [FILE]...\nReformat each paragraph in the FILE(s), writing to standard output.\nThe option -WIDTH is an abbreviated form of --width=DIGITS.\n", "Ross Paterson");
  if (hv !== null) return hv;
  const o: Opts = { maxWidth: 75, goalWidth: 0, uniform: false, split: false, crown: false, tagged: false, prefix: "" };
  let goal: number | null = null;
  for (const x of parsed.opts) {
    const a = x.arg ?? "";
    if (x.key === "w" || x.key === "g") {
      const n = Number(a);
      if (!/^[0-9]+$/.test(a) || n > 2500) {
        await p.warn(`invalid ${x.key === "w" ? "width" : "goal"}: ${quote(a)}`);
        return 1;
      }
      if (x.key === "w") o.maxWidth = n;
      else goal = n;
    } else if (x.key === "c") o.crown = true;
    else if (x.key === "s") o.split = true;
    else if (x.key === "t") o.tagged = true;
    else if (x.key === "u") o.uniform = true;
    else if (x.key === "p") o.prefix = a.replace(/^\s+/, "").replace(/\s+$/, "");
  }
  if (goal === null) o.goalWidth = Math.floor((o.maxWidth * (2 * (100 - 7) + 1)) / 200);
  else {
    o.goalWidth = goal;
    if (!parsed.opts.some((x) => x.key === "w")) o.maxWidth = goal + 10;
    if (goal > o.maxWidth) {
      await p.warn("GOAL cannot be greater than WIDTH.");
      return 1;
    }
  }
  let status = 0;
  for (const f of parsed.operands.length ? parsed.operands : ["-"]) {
    let text: string;
    try {
      const fd = await openInput(p.sys, f);
      try {
        text = await readText(p.sys, fd);
      } finally {
        closeInput(p.sys, fd);
      }
    } catch (e) {
      await p.warn(`cannot open ${quote(f)} for reading: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    await p.out.write(fmtText(text, o));
  }
  return status;
});
