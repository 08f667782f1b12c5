// The part of libsmartcols that findmnt's output needs: columns padded to their widest cell
// (right-aligned where the column says so, the last one never padded), a tree drawn in the
// first tree column ("|-", "`-" in the POSIX locale, box-drawing characters in a UTF-8 one),
// list mode (-l), raw mode (-r: single spaces, unsafe characters as \x20) and no header (-n).

export interface Column {
  name: string;
  /** An absolute width hint (findmnt's table gives e.g. SIZE 5): used when the data is not narrower than the header. */
  whint?: number;
  right?: boolean;
  /** The column the tree is drawn in (findmnt: TARGET). */
  tree?: boolean;
}

export interface Row {
  cells: string[];
  children: Row[];
}

export interface TableOptions {
  tree: boolean;
  raw: boolean;
  noHeadings: boolean;
  utf8: boolean;
}

/** Is the locale's charset UTF-8 (LC_ALL, then LC_CTYPE, then LANG)? */
export function utf8Locale(getenv: (n: string) => string | undefined): boolean {
  const v = getenv("LC_ALL") || getenv("LC_CTYPE") || getenv("LANG") || "";
  return /utf-?8/i.test(v);
}

/** Raw mode's escaping (scols's fputs_nonblank): blanks and backslashes as \xHH. */
function rawEscape(s: string): string {
  return s.replace(/[\s\\]/g, (c) => "\\x" + c.charCodeAt(0).toString(16).padStart(2, "0"));
}

/** Flatten rows in output order, with the tree prefix for each. */
function flatten(rows: Row[], o: TableOptions): Array<{ row: Row; prefix: string }> {
  const out: Array<{ row: Row; prefix: string }> = [];
  const [branch, last, vert] = o.utf8 ? ["\u251c\u2500", "\u2514\u2500", "\u2502 "] : ["|-", "`-", "| "];
  const walk = (list: Row[], indent: string, depth: number): void => {
    list.forEach((r, i) => {
      const isLast = i === list.length - 1;
      const prefix = depth === 0 || !o.tree ? "" : indent + (isLast ? last : branch);
      out.push({ row: r, prefix });
      const next = depth === 0 || !o.tree ? "" : indent + (isLast ? "  " : vert);
      walk(r.children, next, depth + 1);
    });
  };
  walk(rows, "", 0);
  return out;
}

/** The whole table as text, each line ending in "\n". */
export function renderTable(cols: Column[], rows: Row[], o: TableOptions): string {
  const lines = flatten(rows, o).map(({ row, prefix }) => cols.map((c, i) => (c.tree ? prefix : "") + (row.cells[i] ?? "")));
  if (o.raw) {
    let s = o.noHeadings ? "" : cols.map((c) => c.name).join(" ") + "\n";
    for (const l of lines) s += l.map(rawEscape).join(" ") + "\n";
    return s;
  }
  const all = o.noHeadings ? lines : [cols.map((c) => c.name), ...lines];
  // count_column_width(): the widest cell; at least the header (even with -n); and the width
  // hint when the cells already fill the header.
  const widths = cols.map((c, i) => {
    const min = [...c.name].length;
    let w = Math.max(0, ...lines.map((l) => [...l[i]!].length));
    if (w < min) w = min;
    else if (c.whint !== undefined && w < c.whint && min < c.whint) w = c.whint;
    return w;
  });
  let s = "";
  for (const l of all) {
    let line = "";
    l.forEach((cell, i) => {
      const pad = " ".repeat(widths[i]! - [...cell].length);
      const lastCol = i === l.length - 1;
      if (i > 0) line += " ";
      line += cols[i]!.right ? pad + cell : lastCol ? cell : cell + pad;
    });
    s += line + "\n";
  }
  return s;
}
