// pr(1), the everyday part: pages of 66 lines (-l) with pr.c's five-line header (date, the
// file name centred, "Page N") and five-line trailer, or none with -t; -h HEADER, -D FORMAT,
// -n[SEP[DIGITS]] numbers, -N first number, -d double spacing, -o margin, -w width,
// -COLUMNS down the page (balanced on the last page) or across (-a), -s[SEP]. Padding
// between columns is written with tabs where it reaches a tab stop, as pr does.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { openInput, closeInput, readText } from "../lib/input.ts";
import { strftime } from "../lib/time.ts";
import { localtime } from "../lib/tz.ts";
import { tzRule } from "./zoneinfo.ts";
import { CLOCK_REALTIME } from "../../uapi/clock.ts";

interface Opts {
  pageLines: number;
  width: number;
  columns: number;
  across: boolean;
  sep: string | null;
  number: { sep: string; digits: number } | null;
  firstNumber: number;
  double: boolean;
  margin: number;
  header: string | null;
  dateFormat: string;
  noHeader: boolean;
}

/** Replace runs of spaces that reach a tab stop with tabs (pr's output tabification). */
function tabify(line: string): string {
  let out = "";
  let col = 0;
  let pending = 0;
  for (const c of line) {
    if (c === " ") {
      pending++;
      col++;
      if (col % 8 === 0) {
        out += "\t";
        pending = 0;
      }
      continue;
    }
    out += " ".repeat(pending) + c;
    pending = 0;
    col = c === "\t" ? (Math.floor(col / 8) + 1) * 8 : col + 1;
  }
  return out + " ".repeat(pending);
}

function formatPages(lines: string[], name: string, mtime: bigint, o: Opts, rule: ReturnType<typeof tzRule>): string {
  const headerLines = o.noHeader ? 0 : 5;
  const body = o.noHeader ? o.pageLines : o.pageLines - 10;
  const perPage = Math.max(1, Math.floor(body / (o.double ? 2 : 1))) * o.columns;
  let num = o.firstNumber;
  const numbered = lines.map((l) => (o.number ? String(num++).padStart(o.number.digits, " ") + o.number.sep + l : l));
  const colWidth = o.columns > 1 ? Math.floor((o.width - (o.columns - 1)) / o.columns) : Infinity;
  let out = "";
  const margin = " ".repeat(o.margin);
  let page = 1;
  for (let start = 0; start < numbered.length || (start === 0 && numbered.length === 0); start += perPage, page++) {
    const chunk = numbered.slice(start, start + perPage);
    const last = start + perPage >= numbered.length;
    const rowsFull = Math.floor(body / (o.double ? 2 : 1));
    if (headerLines) {
      const date = strftime(o.dateFormat, localtime(mtime, rule));
      const file = o.header ?? name;
      const pageText = `Page ${page}`;
      const avail = Math.max(0, o.width - date.length - file.length - pageText.length);
      const lhs = avail >> 1;
      out += `\n\n${margin}${date}${" ".repeat(Math.max(1, lhs))}${file}${" ".repeat(Math.max(1, avail - lhs))}${pageText}\n\n\n`;
    }
    // Columns: down the page, the last page balanced (the first columns take the extra line).
    const cols: string[][] = [];
    if (o.columns === 1) cols.push(chunk);
    else if (o.across) {
      for (let c = 0; c < o.columns; c++) cols.push([]);
      chunk.forEach((l, i) => cols[i % o.columns]!.push(l));
    } else {
      const rows = last ? Math.ceil(chunk.length / o.columns) : rowsFull;
      let at = 0;
      for (let c = 0; c < o.columns; c++) {
        const left = chunk.length - at;
        const n = last ? Math.min(left, Math.ceil(left / (o.columns - c))) : Math.min(rows, left);
        cols.push(chunk.slice(at, at + n));
        at += n;
      }
    }
    const rows = Math.max(...cols.map((c) => c.length));
    let written = 0;
    for (let r = 0; r < rows; r++) {
      let line = "";
      const present = cols.map((c) => c[r]).map((x) => x);
      let lastCol = present.length - 1;
      while (lastCol > 0 && present[lastCol] === undefined) lastCol--;
      for (let c = 0; c <= lastCol; c++) {
        let cell = present[c] ?? "";
        if (o.columns > 1 && o.sep === null && cell.length > colWidth) cell = cell.slice(0, colWidth);
        if (c < lastCol) {
          if (o.sep !== null) line += cell + o.sep;
          else line += cell.padEnd(colWidth + 1, " ");
        } else line += cell;
      }
      if (o.columns > 1 && o.sep === null) line = tabify(line.replace(/ +$/, ""));
      out += margin + line + "\n";
      written++;
      if (o.double) {
        out += "\n";
        written++;
      }
    }
    if (headerLines) out += "\n".repeat(Math.max(0, body - written)) + "\n\n\n\n\n";
    if (numbered.length === 0) break;
  }
  return out;
}

export default program(async (p) => {
  // -COLUMN is an option of its own (pr -3).
  let columns = 1;
  p.argv = p.argv.filter((a, i) => {
    if (i > 0 && /^-[0-9]+$/.test(a)) {
      columns = Number(a.slice(1));
      return false;
    }
    return true;
  });
  const parsed = await parseOrUsage(p, "aD:dh:l:N:n::o:s::tTw:", [
    { name: "across", has: 0, key: "a" }, { name: "date-format", has: 1, key: "D" },
    { name: "double-space", has: 0, key: "d" }, { name: "header", has: 1, key: "h" },
    { name: "length", has: 1, key: "l" }, { name: "first-line-number", has: 1, key: "N" },
    { name: "number-lines", has: 2, key: "n" }, { name: "indent", has: 1, key: "o" },
    { name: "separator", has: 2, key: "s" }, { name: "omit-header", has: 0, key: "t" },
    { name: "omit-pagination", has: 0, key: "T" }, { name: "width", has: 1, key: "w" },
    { name: "columns", has: 1, key: "columns" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: pr [OPTION]... [FILE]...\nPaginate or columnate FILE(s) for printing.\n", "Pete TerMaat and Roland Huebner");
  if (hv !== null) return hv;
  const o: Opts = { pageLines: 66, width: 72, columns, across: false, sep: null, number: null, firstNumber: 1, double: false, margin: 0, header: null, dateFormat: "%Y-%m-%d %H:%M", noHeader: false };
  const num = async (a: string, what: string): Promise<number | null> => {
    if (!/^[0-9]+$/.test(a)) {
      await p.warn(`'-${what}' extra characters or invalid number in the argument: ${quote(a)}`);
      return null;
    }
    return Number(a);
  };
  for (const x of parsed.opts) {
    const a = x.arg ?? "";
    switch (x.key) {
      case "a": o.across = true; break;
      case "D": o.dateFormat = a; break;
      case "d": o.double = true; break;
      case "h": o.header = a; break;
      case "l": { const n = await num(a, "l"); if (n === null) return 1; o.pageLines = n; break; }
      case "N": { const n = await num(a, "N"); if (n === null) return 1; o.firstNumber = n; break; }
      case "o": { const n = await num(a, "o"); if (n === null) return 1; o.margin = n; break; }
      case "w": { const n = await num(a, "w"); if (n === null) return 1; o.width = n; break; }
      case "columns": { const n = await num(a, "-columns"); if (n === null) return 1; o.columns = n; break; }
      case "n": {
        const m = /^([^0-9]?)([0-9]*)$/.exec(a);
        o.number = { sep: m?.[1] || "\t", digits: m?.[2] ? Number(m[2]) : 5 };
        break;
      }
      case "s": o.sep = a === "" ? "\t" : a; break;
      case "t": case "T": o.noHeader = true; break;
    }
  }
  if (o.pageLines <= 10) o.noHeader = true;
  let tz = p.getenv("TZ");
  if (tz === undefined) tz = (await readText(p.sys, await p.sys.open("/etc/timezone", 0)).catch(() => "")).trim();
  const rule = tzRule(tz);
  let status = 0;
  for (const f of parsed.operands.length ? parsed.operands : ["-"]) {
    let text: string;
    let mtime: bigint;
    try {
      const fd = await openInput(p.sys, f);
      try {
        mtime = f === "-" ? p.sys.clock_gettime(CLOCK_REALTIME) : p.sys.fstat(fd).mtimeNs;
        text = await readText(p.sys, fd);
      } finally {
        closeInput(p.sys, fd);
      }
    } catch (e) {
      await p.warn(`${f}: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    await p.out.write(formatPages(lines, f === "-" ? "" : f, mtime, o, rule));
  }
  return status;
});
