// diff(1), GNU diffutils 3.8: normal, unified (-u/-U N) and context (-c/-C N) output, -q,
// -r over directories, -N, -i -w -b -B. The edit script is Myers' O(ND) algorithm.
// Exit status 0 same, 1 different, 2 trouble.

import { program, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError, STD_LONGOPTS } from "../lib/getopt.ts";
import { readFileText } from "../lib/input.ts";
import { readdirNames, joinPath } from "../lib/dirent.ts";
import { gmtime, strftime } from "../lib/time.ts";
import { S_ISDIR } from "../../uapi/stat.ts";
import type { Stat } from "../../uapi/stat.ts";

interface Opts {
  format: "normal" | "unified" | "context" | "brief" | "side";
  context: number;
  recursive: boolean;
  newFile: boolean;
  icase: boolean;
  allSpace: boolean;
  spaceChange: boolean;
  blankLines: boolean;
  width: number;
  /** -y --suppress-common-lines: only the differing rows. */
  suppressCommon?: boolean;
  labels: string[];
}

/** Myers' shortest edit script: for each line of a, its matching line in b, or -1. */
export function lcsMatch(a: string[], b: string[]): Int32Array {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  const off = max + 1;
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk back through the trace to recover the matches.
  const match = new Int32Array(n).fill(-1);
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[off + k - 1]! < vd[off + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[off + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      match[x] = y;
    }
    if (d > 0) {
      x = prevX;
      y = prevY;
    }
  }
  return match;
}

interface Hunk {
  a0: number; // first line in a (0-based)
  a1: number; // end (exclusive)
  b0: number;
  b1: number;
}

function hunksOf(match: Int32Array, n: number, m: number): Hunk[] {
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && match[i] === j) {
      i++;
      j++;
      continue;
    }
    const a0 = i;
    const b0 = j;
    while (i < n && match[i] === -1) i++;
    const nextB = i < n ? match[i]! : m;
    j = Math.max(j, nextB);
    hunks.push({ a0, a1: i, b0, b1: j });
  }
  return hunks;
}

function range(a: number, b: number): string {
  // Lines a..b-1 (0-based) as "first,last" 1-based; an empty range names the line before.
  if (b - a <= 1) return String(b - a === 1 ? a + 1 : a);
  return `${a + 1},${b}`;
}

class Differ {
  status = 0;
  constructor(
    private readonly p: Proc,
    private readonly o: Opts,
  ) {}

  private norm(l: string): string {
    let s = l;
    if (this.o.icase) s = s.toLowerCase();
    if (this.o.allSpace) s = s.replace(/[ \t]+/g, "");
    else if (this.o.spaceChange) s = s.replace(/[ \t]+/g, " ").replace(/ $/, "");
    return s;
  }

  private header(mark: string, name: string, st: Stat | null, label: string | undefined): string {
    if (label !== undefined) return `${mark} ${label}\n`;
    const t = st ? strftime(this.o.format === "context" ? "%Y-%m-%d %H:%M:%S.%N %z" : "%Y-%m-%d %H:%M:%S.%N %z", gmtime(st.mtimeNs)) : "1970-01-01 00:00:00.000000000 +0000";
    return `${mark} ${name}\t${t}\n`;
  }

  async files(an: string, bn: string, aText: string | null, bText: string | null, aSt: Stat | null, bSt: Stat | null): Promise<void> {
    const o = this.o;
    const split = (t: string | null): { lines: string[]; nonl: boolean } => {
      if (t === null || t === "") return { lines: [], nonl: false };
      const lines = t.split("\n");
      const nonl = lines[lines.length - 1] !== "";
      if (!nonl) lines.pop();
      return { lines, nonl };
    };
    const A = split(aText);
    const B = split(bText);
    // A last line without newline differs from the same text with one.
    const ka = A.lines.map((l, k) => this.norm(l) + (A.nonl && k === A.lines.length - 1 ? "\0" : ""));
    const kb = B.lines.map((l, k) => this.norm(l) + (B.nonl && k === B.lines.length - 1 ? "\0" : ""));
    let hunks = hunksOf(lcsMatch(ka, kb), ka.length, kb.length);
    if (o.blankLines) hunks = hunks.filter((h) => !(A.lines.slice(h.a0, h.a1).every((l) => l.trim() === "") && B.lines.slice(h.b0, h.b1).every((l) => l.trim() === "")));
    if (hunks.length === 0) return;
    this.status = 1;
    const out = this.p.out;
    if (o.format === "brief") {
      await out.write(`Files ${an} and ${bn} differ\n`);
      return;
    }
    const nonlA = (k: number): string => (A.nonl && k === A.lines.length - 1 ? "\n\\ No newline at end of file" : "");
    const nonlB = (k: number): string => (B.nonl && k === B.lines.length - 1 ? "\n\\ No newline at end of file" : "");
    let text = "";
    if (o.format === "normal") {
      for (const h of hunks) {
        const kind = h.a0 === h.a1 ? "a" : h.b0 === h.b1 ? "d" : "c";
        text += `${range(h.a0, h.a1)}${kind}${range(h.b0, h.b1)}\n`;
        for (let k = h.a0; k < h.a1; k++) text += `< ${A.lines[k]}${nonlA(k)}\n`;
        if (kind === "c") text += "---\n";
        for (let k = h.b0; k < h.b1; k++) text += `> ${B.lines[k]}${nonlB(k)}\n`;
      }
    } else if (o.format === "side") {
      text = this.side(A.lines, B.lines, hunks);
    } else {
      // Group hunks whose context overlaps.
      const C = o.context;
      const groups: Hunk[][] = [];
      for (const h of hunks) {
        const g = groups[groups.length - 1];
        if (g && h.a0 - g[g.length - 1]!.a1 <= 2 * C) g.push(h);
        else groups.push([h]);
      }
      if (o.format === "unified") {
        text += this.header("---", an, aSt, o.labels[0]) + this.header("+++", bn, bSt, o.labels[1]);
        for (const g of groups) {
          const first = g[0]!;
          const last = g[g.length - 1]!;
          const a0 = Math.max(0, first.a0 - C);
          const b0 = Math.max(0, first.b0 - C);
          const a1 = Math.min(A.lines.length, last.a1 + C);
          const b1 = Math.min(B.lines.length, last.b1 + C);
          const ur = (s: number, e: number): string => (e - s === 1 ? `${s + 1}` : e - s === 0 ? `${s},0` : `${s + 1},${e - s}`);
          text += `@@ -${ur(a0, a1)} +${ur(b0, b1)} @@\n`;
          let i = a0;
          for (const h of g) {
            for (; i < h.a0; i++) text += ` ${A.lines[i]}${nonlA(i)}\n`;
            for (let k = h.a0; k < h.a1; k++) text += `-${A.lines[k]}${nonlA(k)}\n`;
            for (let k = h.b0; k < h.b1; k++) text += `+${B.lines[k]}${nonlB(k)}\n`;
            i = h.a1;
          }
          for (; i < a1; i++) text += ` ${A.lines[i]}${nonlA(i)}\n`;
        }
      } else {
        text += this.header("***", an, aSt, o.labels[0]) + this.header("---", bn, bSt, o.labels[1]);
        for (const g of groups) {
          const first = g[0]!;
          const last = g[g.length - 1]!;
          const a0 = Math.max(0, first.a0 - C);
          const b0 = Math.max(0, first.b0 - C);
          const a1 = Math.min(A.lines.length, last.a1 + C);
          const b1 = Math.min(B.lines.length, last.b1 + C);
          const cr = (s: number, e: number): string => (e - s <= 1 ? `${e - s === 1 ? s + 1 : s}` : `${s + 1},${e}`);
          text += "***************\n";
          text += `*** ${cr(a0, a1)} ****\n`;
          if (g.some((h) => h.a1 > h.a0)) {
            let i = a0;
            for (const h of g) {
              for (; i < h.a0; i++) text += `  ${A.lines[i]}\n`;
              const mark = h.b1 > h.b0 ? "! " : "- ";
              for (let k = h.a0; k < h.a1; k++) text += `${mark}${A.lines[k]}\n`;
              i = h.a1;
            }
            for (; i < a1; i++) text += `  ${A.lines[i]}\n`;
          }
          text += `--- ${cr(b0, b1)} ----\n`;
          if (g.some((h) => h.b1 > h.b0)) {
            let j = b0;
            for (const h of g) {
              for (; j < h.b0; j++) text += `  ${B.lines[j]}\n`;
              const mark = h.a1 > h.a0 ? "! " : "+ ";
              for (let k = h.b0; k < h.b1; k++) text += `${mark}${B.lines[k]}\n`;
              j = h.b1;
            }
            for (; j < b1; j++) text += `  ${B.lines[j]}\n`;
          }
        }
      }
    }
    await out.write(text);
  }

  /** -y: GNU's layout: the left half, a gutter char (| < >), the right half at column off. */
  private side(a: string[], b: string[], hunks: Hunk[]): string {
    const t = 8;
    const w = this.o.width;
    const off = Math.floor((w + t + 3) / (2 * t)) * t;
    const half = Math.max(0, Math.min(off - 3, w - off));
    const tabTo = (from: number, to: number): string => {
      let s = "";
      while (from < to) {
        const stop = (Math.floor(from / t) + 1) * t;
        if (stop <= to) {
          s += "\t";
          from = stop;
        } else {
          s += " ";
          from++;
        }
      }
      return s;
    };
    const line = (l: string | null, sep: string, r: string | null): string => {
      const left = (l ?? "").slice(0, half);
      if (sep === " ") return r === null || r === "" ? left : left + tabTo(left.length, off) + r.slice(0, half);
      let s = left + tabTo(left.length, half + 1) + sep;
      if (r !== null) s += tabTo(half + 2, off) + r.slice(0, half);
      return s;
    };
    let text = "";
    let i = 0;
    let j = 0;
    for (const h of [...hunks, { a0: a.length, a1: a.length, b0: b.length, b1: b.length }]) {
      if (this.o.suppressCommon) {
        j += h.a0 - i;
        i = h.a0;
      }
      for (; i < h.a0; i++, j++) text += line(a[i]!, " ", b[j]!) + "\n";
      const n = Math.max(h.a1 - h.a0, h.b1 - h.b0);
      for (let k = 0; k < n; k++) {
        const x = h.a0 + k < h.a1 ? a[h.a0 + k]! : null;
        const y = h.b0 + k < h.b1 ? b[h.b0 + k]! : null;
        text += (x !== null && y !== null ? line(x, "|", y) : x !== null ? line(x, "<", null) : line("", ">", y)) + "\n";
      }
      i = h.a1;
      j = h.b1;
    }
    return text;
  }

  async read(path: string): Promise<string | null> {
    if (path === "-") return readFileText(this.p.sys, "/dev/stdin");
    return readFileText(this.p.sys, path);
  }

  async compare(an: string, bn: string, top: boolean): Promise<void> {
    const sys = this.p.sys;
    let aSt: Stat | null = null;
    let bSt: Stat | null = null;
    try {
      aSt = an === "-" ? null : sys.stat(an);
    } catch (e) {
      if (!this.o.newFile) return this.trouble(an, e);
    }
    try {
      bSt = bn === "-" ? null : sys.stat(bn);
    } catch (e) {
      if (!this.o.newFile) return this.trouble(bn, e);
    }
    if (top && aSt && bSt && S_ISDIR(aSt.mode) !== S_ISDIR(bSt.mode)) {
      // diff DIR FILE compares DIR/basename(FILE).
      if (S_ISDIR(aSt.mode)) return this.compare(joinPath(an, bn.split("/").pop()!), bn, false);
      return this.compare(an, joinPath(bn, an.split("/").pop()!), false);
    }
    if (aSt && bSt && S_ISDIR(aSt.mode) && S_ISDIR(bSt.mode)) return this.dirs(an, bn);
    let at: string | null = null;
    let bt: string | null = null;
    try {
      at = aSt || an === "-" ? await this.read(an) : "";
      bt = bSt || bn === "-" ? await this.read(bn) : "";
    } catch (e) {
      return this.trouble(at === null ? an : bn, e);
    }
    // Files met inside compared directories get a "diff [FLAGS] A B" line (with or without -r).
    if (!top && this.o.format !== "brief" && at !== bt) {
      const flags = [this.o.format === "unified" ? "-u" : this.o.format === "context" ? "-c" : "", this.o.recursive ? "-r" : ""].filter(Boolean).join(" ");
      if (this.differs(at!, bt!)) await this.p.out.write(`diff ${flags ? flags + " " : ""}${an} ${bn}\n`);
    }
    await this.files(an, bn, at, bt, aSt, bSt);
  }

  private differs(a: string, b: string): boolean {
    if (!this.o.icase && !this.o.allSpace && !this.o.spaceChange && !this.o.blankLines) return a !== b;
    return true;
  }

  private async dirs(an: string, bn: string): Promise<void> {
    const sys = this.p.sys;
    const la = (await readdirNames(sys, an)).map((d) => d.name);
    const lb = (await readdirNames(sys, bn)).map((d) => d.name);
    const all = [...new Set([...la, ...lb])].sort();
    for (const name of all) {
      const inA = la.includes(name);
      const inB = lb.includes(name);
      const pa = joinPath(an, name);
      const pb = joinPath(bn, name);
      if (!inA || !inB) {
        if (this.o.newFile) {
          await this.compare(pa, pb, false);
          continue;
        }
        await this.p.out.write(`Only in ${inA ? an : bn}: ${name}\n`);
        this.status = Math.max(this.status, 1);
        continue;
      }
      const da = S_ISDIR(sys.stat(pa).mode);
      const db = S_ISDIR(sys.stat(pb).mode);
      if (da && db) {
        if (this.o.recursive) await this.dirs(pa, pb);
        else await this.p.out.write(`Common subdirectories: ${pa} and ${pb}\n`);
      } else if (da !== db) {
        await this.p.out.write(`File ${da ? pa : pb} is a directory while file ${da ? pb : pa} is a regular file\n`);
        this.status = Math.max(this.status, 1);
      } else await this.compare(pa, pb, false);
    }
  }

  private async trouble(name: string, e: unknown): Promise<void> {
    await this.p.warn(`${name}: ${errmsg(e)}`);
    this.status = 2;
  }
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "abBC:cdEiNqrsTtU:uwW:yZ", [
      { name: "unified", has: 2, key: "unified" },
      { name: "context", has: 2, key: "context" },
      { name: "brief", has: 0, key: "q" },
      { name: "recursive", has: 0, key: "r" },
      { name: "new-file", has: 0, key: "N" },
      { name: "ignore-case", has: 0, key: "i" },
      { name: "ignore-all-space", has: 0, key: "w" },
      { name: "ignore-space-change", has: 0, key: "b" },
      { name: "ignore-blank-lines", has: 0, key: "B" },
      { name: "side-by-side", has: 0, key: "y" },
      { name: "width", has: 1, key: "W" },
      { name: "suppress-common-lines", has: 0, key: "suppress-common-lines" },
      { name: "label", has: 1, key: "label" },
      { name: "text", has: 0, key: "a" },
      { name: "report-identical-files", has: 0, key: "s" },
      { name: "color", has: 2, key: "color" },
      ...STD_LONGOPTS,
    ]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`diff: ${e.message}\ndiff: Try 'diff --help' for more information.\n`);
    return 2;
  }
  const o: Opts = { format: "normal", context: 3, recursive: false, newFile: false, icase: false, allSpace: false, spaceChange: false, blankLines: false, width: 130, labels: [] };
  let reportSame = false;
  for (const x of parsed.opts) {
    switch (x.key) {
      case "u": o.format = "unified"; break;
      case "unified": o.format = "unified"; if (x.arg) o.context = Number(x.arg); break;
      case "U": o.format = "unified"; o.context = Number(x.arg); break;
      case "c": o.format = "context"; break;
      case "context": o.format = "context"; if (x.arg) o.context = Number(x.arg); break;
      case "C": o.format = "context"; o.context = Number(x.arg); break;
      case "q": o.format = "brief"; break;
      case "y": o.format = "side"; break;
      case "W": o.width = Number(x.arg); break;
      case "suppress-common-lines": o.suppressCommon = true; break;
      case "r": o.recursive = true; break;
      case "N": o.newFile = true; break;
      case "i": o.icase = true; break;
      case "w": o.allSpace = true; break;
      case "b": o.spaceChange = true; break;
      case "B": o.blankLines = true; break;
      case "s": reportSame = true; break;
      case "label": o.labels.push(x.arg!); break;
      case "version": await p.out.write("diff (GNU diffutils) 3.8\n"); return 0;
      case "help": await p.out.write("Usage: diff [OPTION]... FILES\nCompare FILES line by line.\n"); return 0;
    }
  }
  const ops = parsed.operands;
  if (ops.length < 2) {
    await p.err.write(`diff: ${ops.length === 0 ? "missing operand after 'diff'" : `missing operand after '${ops[0]}'`}\ndiff: Try 'diff --help' for more information.\n`);
    return 2;
  }
  if (ops.length > 2) {
    await p.err.write(`diff: extra operand '${ops[2]}'\ndiff: Try 'diff --help' for more information.\n`);
    return 2;
  }
  const d = new Differ(p, o);
  await d.compare(ops[0]!, ops[1]!, true);
  if (reportSame && d.status === 0) await p.out.write(`Files ${ops[0]} and ${ops[1]} are identical\n`);
  return d.status;
});
