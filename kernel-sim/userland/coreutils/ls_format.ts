// The layouts of ls: long lines (-l), columns down (-C) or across (-x) the terminal width,
// comma-separated (-m). Column fitting follows GNU ls's calculate_columns(): the most columns
// whose widths (longest name + 2, the last column without the gap) fit below line_length.

import type { Stat } from "../../uapi/stat.ts";
import { S_ISBLK, S_ISCHR, S_ISLNK, major, minor } from "../../uapi/stat.ts";
import { modeString } from "../lib/modes.ts";
import { humanSize } from "../lib/human.ts";
import { gmtime, strftime } from "../lib/time.ts";

/** One name to show, with what ls knows about it. */
export interface Entry {
  name: string;
  path: string;
  st: Stat | null;
  /** Symlink target (long format) and whether it resolves. */
  target?: string;
  targetMode?: number;
  linkOk?: boolean;
  /** Display text without colour (quoted name + indicator) and its width; colourised text. */
  shown?: string;
  width?: number;
  painted?: string;
}

export interface LongOpts {
  human: boolean;
  si: boolean;
  numeric: boolean;
  showOwner: boolean;
  showGroup: boolean;
  inode: boolean;
  size: boolean; // -s
  time: "mtime" | "ctime" | "atime";
  timeStyle: string;
  nowNs: bigint;
  userName(uid: number): string;
  groupName(gid: number): string;
}

const SIX_MONTHS = 31556952n / 2n;

/** The date column: "%b %e %H:%M" within the past six months, "%b %e  %Y" otherwise. */
export function lsDate(tNs: bigint, nowNs: bigint, style: string): string {
  const tm = gmtime(tNs);
  const secs = tNs / 1_000_000_000n;
  const now = nowNs / 1_000_000_000n;
  const recent = secs > now - SIX_MONTHS && tNs <= nowNs;
  switch (style) {
    case "full-iso": return strftime("%Y-%m-%d %H:%M:%S.%N %z", tm);
    case "long-iso": return strftime("%Y-%m-%d %H:%M", tm);
    case "iso": return strftime(recent ? "%m-%d %H:%M" : "%Y-%m-%d ", tm);
    default:
      if (style.startsWith("+")) {
        const [oldF, newF] = style.slice(1).split("\n");
        return strftime(recent && newF !== undefined ? newF : oldF!, tm);
      }
      return strftime(recent ? "%b %e %H:%M" : "%b %e  %Y", tm);
  }
}

function timeOf(st: Stat, which: LongOpts["time"]): bigint {
  return which === "ctime" ? st.ctimeNs : which === "atime" ? st.atimeNs : st.mtimeNs;
}

/** 1K blocks, as -s and "total" count them. */
export function blocksText(blocks512: number, o: Pick<LongOpts, "human" | "si">): string {
  const bytes = blocks512 * 512;
  if (o.human || o.si) return bytes === 0 ? "0" : humanSize(bytes, o.si);
  return String(Math.ceil(blocks512 / 2));
}

/** The long-format lines of a group of entries, columns aligned across the group. */
export function longLines(entries: Entry[], o: LongOpts): string[] {
  const cols = entries.map((e) => {
    const st = e.st!;
    const dev = S_ISCHR(st.mode) || S_ISBLK(st.mode);
    return {
      ino: String(st.ino),
      blocks: blocksText(st.blocks, o),
      mode: modeString(st.mode),
      nlink: String(st.nlink),
      owner: o.numeric ? String(st.uid) : o.userName(st.uid),
      group: o.numeric ? String(st.gid) : o.groupName(st.gid),
      size: dev ? "" : o.human || o.si ? humanSize(st.size, o.si) : String(st.size),
      maj: dev ? String(major(st.rdev)) : "",
      min: dev ? String(minor(st.rdev)) : "",
      date: lsDate(timeOf(st, o.time), o.nowNs, o.timeStyle),
    };
  });
  const w = (f: (c: (typeof cols)[number]) => string): number => cols.reduce((m, c) => Math.max(m, f(c).length), 0);
  const wIno = w((c) => c.ino);
  const wBlocks = w((c) => c.blocks);
  const wNlink = w((c) => c.nlink);
  const wOwner = w((c) => c.owner);
  const wGroup = w((c) => c.group);
  const wMaj = w((c) => c.maj);
  const wMin = w((c) => c.min);
  const wSize = Math.max(w((c) => c.size), wMaj > 0 ? wMaj + 2 + wMin : 0);
  return entries.map((e, i) => {
    const c = cols[i]!;
    let line = "";
    if (o.inode) line += c.ino.padStart(wIno) + " ";
    if (o.size) line += c.blocks.padStart(wBlocks) + " ";
    line += c.mode + " " + c.nlink.padStart(wNlink) + " ";
    if (o.showOwner) line += c.owner.padEnd(wOwner) + " ";
    if (o.showGroup) line += c.group.padEnd(wGroup) + " ";
    const size = c.maj ? c.maj.padStart(wSize - wMin - 2) + ", " + c.min.padStart(wMin) : c.size.padStart(wSize);
    line += size + " " + c.date + " " + e.painted!;
    if (S_ISLNK(e.st!.mode) && e.target !== undefined) line += " -> " + e.target;
    return line;
  });
}

/** GNU's indent(): reach column `to` from `from` with tabs (tab stops of 8) and spaces. */
export function indent(from: number, to: number, tabs: boolean): string {
  let s = "";
  while (from < to) {
    if (tabs && Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
      s += "\t";
      from += 8 - (from % 8);
    } else {
      s += " ";
      from++;
    }
  }
  return s;
}

const MIN_COLUMN_WIDTH = 3;

/** calculate_columns(): the column widths for n items of the given widths. */
export function fitColumns(widths: number[], lineLength: number, byColumns: boolean): number[] {
  const n = widths.length;
  const maxCols = Math.max(1, Math.min(Math.floor(lineLength / MIN_COLUMN_WIDTH) || 1, n));
  const info = Array.from({ length: maxCols }, (_, i) => ({ valid: true, lineLen: (i + 1) * MIN_COLUMN_WIDTH, arr: new Array<number>(i + 1).fill(MIN_COLUMN_WIDTH) }));
  for (let f = 0; f < n; f++) {
    const len = widths[f]!;
    for (let i = 0; i < maxCols; i++) {
      const ci = info[i]!;
      if (!ci.valid) continue;
      const idx = byColumns ? Math.floor(f / Math.floor((n + i) / (i + 1))) : f % (i + 1);
      const real = len + (idx === i ? 0 : 2);
      if (ci.arr[idx]! < real) {
        ci.lineLen += real - ci.arr[idx]!;
        ci.arr[idx] = real;
        ci.valid = ci.lineLen < lineLength;
      }
    }
  }
  let cols = maxCols;
  for (; cols > 1; cols--) if (info[cols - 1]!.valid) break;
  return info[cols - 1]!.arr;
}

/** Lines of a -C (down) or -x (across) layout. items: painted text and visible width. */
export function columnLines(items: { text: string; width: number }[], lineLength: number, across: boolean, tabs = true): string[] {
  if (items.length === 0) return [];
  const colw = fitColumns(items.map((x) => x.width), lineLength, !across);
  const cols = colw.length;
  const n = items.length;
  const rows = Math.ceil(n / cols);
  const lines: string[] = [];
  if (!across) {
    for (let r = 0; r < rows; r++) {
      let line = "";
      let pos = 0;
      let col = 0;
      for (let f = r; ; ) {
        const it = items[f]!;
        const max = colw[col++]!;
        line += it.text;
        f += rows;
        if (f >= n) break;
        line += indent(pos + it.width, pos + max, tabs);
        pos += max;
      }
      lines.push(line);
    }
  } else {
    let line = "";
    let pos = 0;
    for (let f = 0; f < n; f++) {
      const col = f % cols;
      if (col === 0 && f > 0) {
        lines.push(line);
        line = "";
        pos = 0;
      }
      const it = items[f]!;
      line += it.text;
      if (col < cols - 1 && f < n - 1) {
        line += indent(pos + it.width, pos + colw[col]!, tabs);
        pos += colw[col]!;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** -m: "a, b, c" wrapped as GNU's print_with_separator (a line break replaces the space). */
export function commaText(items: { text: string; width: number }[], lineLength: number): string {
  let out = "";
  let pos = 0;
  items.forEach((it, i) => {
    if (i > 0) {
      if (pos + it.width + 2 < lineLength) {
        out += ", ";
        pos += 2;
      } else {
        out += ",\n";
        pos = 0;
      }
    }
    out += it.text;
    pos += it.width;
  });
  return items.length ? out + "\n" : "";
}
