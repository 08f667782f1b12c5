// join(1): join the lines of two sorted files on a common field. Blank-separated fields by
// default (leading blanks ignored, output separated by a space) or -t CHAR; -1/-2/-j pick
// the fields; -a/-v print unpairable lines; -o a field list (or "auto") with -e for missing
// ones; -i ignores case; --header pairs the first lines. As GNU, disorder is reported only
// once an unpairable line was seen (or with --check-order), and then the exit status is 1.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { slurp, splitLines } from "./textfiles.ts";

type Spec = [file: number, field: number];

export default program(async (p) => {
  // "-j1 N" and "-j2 N" are obsolete spellings of -1 N and -2 N.
  const parsed = await parseOrUsage(p, "a:e:ij:o:t:v:z1:2:", [
    { name: "ignore-case", has: 0, key: "i" },
    { name: "check-order", has: 0, key: "check-order" },
    { name: "nocheck-order", has: 0, key: "nocheck-order" },
    { name: "zero-terminated", has: 0, key: "z" },
    { name: "header", has: 0, key: "header" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: join [OPTION]... FILE1 FILE2\nFor each pair of input lines with identical join fields, write a line to\nstandard output.  The default join field is the first, delimited by blanks.\n", "Mike Haertel");
  if (hv !== null) return hv;
  const keyField = [0, 0];
  const print = [false, false];
  let printPaired = true;
  let empty: string | null = null;
  let ignoreCase = false;
  let tab: string | null = null;
  let check: "default" | "on" | "off" = "default";
  let header = false;
  let eol = "\n";
  let outSpec: Spec[] | "auto" | null = null;
  const fieldNum = async (s: string): Promise<number | null> => {
    if (!/^[0-9]+$/.test(s) || Number(s) < 1) {
      await p.warn(`invalid field number: ${quote(s)}`);
      return null;
    }
    return Number(s) - 1;
  };
  for (const o of parsed.opts) {
    const a = o.arg!;
    switch (o.key) {
      case "a":
      case "v":
        if (a !== "1" && a !== "2") {
          await p.warn(`invalid field number: ${quote(a)}`);
          return 1;
        }
        print[Number(a) - 1] = true;
        if (o.key === "v") printPaired = false;
        break;
      case "e": empty = a; break;
      case "i": ignoreCase = true; break;
      case "j": case "1": case "2": {
        const n = await fieldNum(a);
        if (n === null) return 1;
        if (o.key !== "2") keyField[0] = n;
        if (o.key !== "1") keyField[1] = n;
        break;
      }
      case "t":
        if (a.length > 1 && a !== "\\0") {
          await p.warn(`multi-character tab ${quote(a)}`);
          return 1;
        }
        tab = a === "\\0" ? "\0" : a;
        break;
      case "o": {
        if (a === "auto") {
          outSpec = "auto";
          break;
        }
        const list: Spec[] = Array.isArray(outSpec) ? outSpec : [];
        for (const item of a.split(/[, ]+/).filter(Boolean)) {
          if (item === "0") {
            list.push([0, 0]);
            continue;
          }
          const m = /^([^.]*)\.(.*)$/.exec(item);
          if (!m) {
            await p.warn(`invalid field specifier: ${quote(item)}`);
            return 1;
          }
          if (m[1] !== "1" && m[1] !== "2") {
            await p.warn(`invalid file number in field spec: ${quote(item)}`);
            return 1;
          }
          const n = await fieldNum(m[2]!);
          if (n === null) return 1;
          list.push([Number(m[1]), n]);
        }
        outSpec = list;
        break;
      }
      case "check-order": check = "on"; break;
      case "nocheck-order": check = "off"; break;
      case "header": header = true; break;
      case "z": eol = "\0"; break;
    }
  }
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(p, "missing operand");
  if (ops.length === 1) return usageError(p, `missing operand after ${quote(ops[0]!)}`);
  if (ops.length > 2) return usageError(p, `extra operand ${quote(ops[2]!)}`);
  const texts: string[][] = [];
  for (const f of ops) {
    const t = await slurp(p, f);
    if (t === null) return 1;
    texts.push(splitLines(t, eol));
  }
  const split = (line: string): string[] => {
    if (tab === "") return [line];
    if (tab !== null) return line.split(tab);
    const t = line.replace(/^[ \t]+/, "");
    return t === "" ? [] : t.split(/[ \t]+/);
  };
  const lines = texts.map((t) => t.map(split));
  const key = (fields: string[], which: number): string => {
    const k = fields[keyField[which]!] ?? "";
    return ignoreCase ? k.toLowerCase() : k;
  };
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const sep = tab ?? " ";
  const autoWidth = lines.map((l) => l[0]?.length ?? 0);
  let out = "";
  const emit = (f1: string[] | null, f2: string[] | null): void => {
    const parts: string[] = [];
    // prfield(): a missing or empty field prints as -e's string.
    const get = (f: string[] | null, n: number): string => (f?.[n] || empty) ?? f?.[n] ?? "";
    if (outSpec === null) {
      parts.push(f1 ? get(f1, keyField[0]!) : get(f2, keyField[1]!));
      for (const [f, w] of [[f1, 0], [f2, 1]] as const) {
        if (!f) continue;
        f.forEach((_, i) => {
          if (i !== keyField[w]) parts.push(get(f, i));
        });
      }
    } else if (outSpec === "auto") {
      parts.push(f1 ? get(f1, keyField[0]!) : get(f2, keyField[1]!));
      for (let i = 0; i < autoWidth[0]!; i++) if (i !== keyField[0]) parts.push(get(f1, i));
      for (let i = 0; i < autoWidth[1]!; i++) if (i !== keyField[1]) parts.push(get(f2, i));
    } else {
      for (const [file, n] of outSpec) {
        if (file === 0) parts.push(f1 ? get(f1, keyField[0]!) : get(f2, keyField[1]!));
        else parts.push(get(file === 1 ? f1 : f2, n));
      }
    }
    out += parts.join(sep) + eol;
  };
  const idx = [0, 0];
  if (header && lines[0]!.length && lines[1]!.length) {
    emit(lines[0]![0]!, lines[1]![0]!);
    idx[0] = idx[1] = 1;
  }
  let seenUnpairable = false;
  const warned = [false, false];
  const warnings: string[] = [];
  /** Advance file w past line i; check its order against the next line. */
  const next = (w: number): void => {
    const i = idx[w]!++;
    const l = lines[w]!;
    if (check === "off" || warned[w] || i + 1 >= l.length) return;
    if ((check === "on" || seenUnpairable) && cmp(key(l[i]!, w), key(l[i + 1]!, w)) > 0) {
      warned[w] = true;
      warnings.push(`${ops[w]}:${i + 2}: is not sorted: ${texts[w]![i + 1]}`);
    }
  };
  const unpaired = (w: number): void => {
    seenUnpairable = true;
    if (print[w]) emit(w === 0 ? lines[0]![idx[0]!]! : null, w === 1 ? lines[1]![idx[1]!]! : null);
    next(w);
  };
  let anyWarning = false;
  /** Write what is buffered, then the warnings that came up (error(3) flushes stdout first). */
  const flushWarnings = async (): Promise<boolean> => {
    if (!warnings.length) return false;
    await p.out.write(out);
    out = "";
    for (const w of warnings) await p.warn(w);
    warnings.length = 0;
    anyWarning = true;
    return check === "on";
  };
  while (idx[0]! < lines[0]!.length && idx[1]! < lines[1]!.length) {
    const c = cmp(key(lines[0]![idx[0]!]!, 0), key(lines[1]![idx[1]!]!, 1));
    if (c < 0) unpaired(0);
    else if (c > 0) unpaired(1);
    else {
      // A run of equal keys in each file: their cross product.
      const k = key(lines[0]![idx[0]!]!, 0);
      const s0 = idx[0]!, s1 = idx[1]!;
      while (idx[0]! < lines[0]!.length && key(lines[0]![idx[0]!]!, 0) === k) next(0);
      while (idx[1]! < lines[1]!.length && key(lines[1]![idx[1]!]!, 1) === k) next(1);
      // GNU reads the line after a run before printing the run's pairs.
      if (await flushWarnings()) return 1;
      if (printPaired) for (let i = s0; i < idx[0]!; i++) for (let j = s1; j < idx[1]!; j++) emit(lines[0]![i]!, lines[1]![j]!);
    }
    if (await flushWarnings()) return 1;
  }
  for (const w of [0, 1]) {
    while (idx[w]! < lines[w]!.length) {
      unpaired(w);
      if (await flushWarnings()) return 1;
    }
  }
  await p.out.write(out);
  if (anyWarning) {
    await p.warn("input is not in sorted order");
    return 1;
  }
  return 0;
});
