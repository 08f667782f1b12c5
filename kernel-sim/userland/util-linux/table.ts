// A small libsmartcols: columns with a header, left or right alignment, the last column left
// unpadded, tree glyphs in one column ("├─", "└─", "│ "), and the raw (-r) form that joins
// cells with one space and escapes blanks as \x20.

export interface Column {
  name: string;
  right?: boolean;
  /** The cells of this column get tree glyphs. */
  tree?: boolean;
}

export interface Row {
  cells: string[];
  /** Index of the parent row in the tree, or -1. */
  parent: number;
}

export interface TableOptions {
  noheadings?: boolean;
  raw?: boolean;
}

/** Tree prefixes for rows: each row's glyphs from its ancestors' positions (scols tree). */
function treePrefixes(rows: Row[]): string[] {
  const children = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!.parent;
    if (!children.has(p)) children.set(p, []);
    children.get(p)!.push(i);
  }
  const out = new Array<string>(rows.length).fill("");
  const walk = (i: number, indent: string): void => {
    const kids = children.get(i) ?? [];
    kids.forEach((k, n) => {
      const last = n === kids.length - 1;
      out[k] = indent + (last ? "└─" : "├─");
      walk(k, indent + (last ? "  " : "│ "));
    });
  };
  for (const r of children.get(-1) ?? []) walk(r, "");
  return out;
}

/** Rows in tree order (each parent followed by its subtree), as libsmartcols prints them. */
function treeOrder(rows: Row[]): number[] {
  const order: number[] = [];
  const visit = (i: number): void => {
    order.push(i);
    for (let k = 0; k < rows.length; k++) if (rows[k]!.parent === i) visit(k);
  };
  for (let i = 0; i < rows.length; i++) if (rows[i]!.parent < 0) visit(i);
  return order;
}

const width = (s: string): number => [...s].length;

export function formatTable(cols: Column[], rows: Row[], opts: TableOptions = {}): string {
  const treeCol = cols.findIndex((c) => c.tree);
  const prefixes = treeCol >= 0 && !opts.raw ? treePrefixes(rows) : [];
  const order = treeCol >= 0 ? treeOrder(rows) : rows.map((_, i) => i);
  const cellsOf = (i: number): string[] =>
    rows[i]!.cells.map((c, j) => (j === treeCol && prefixes.length ? prefixes[i]! + c : c));
  const lines: string[][] = [];
  if (!opts.noheadings) lines.push(cols.map((c) => c.name));
  for (const i of order) lines.push(cellsOf(i));
  // Column widths count the header even when it is not printed (libsmartcols does).
  const sized = opts.noheadings ? [cols.map((c) => c.name), ...lines] : lines;
  if (opts.raw) return lines.map((l) => l.map((c) => c.replace(/[ \t\\]/g, (m) => "\\x" + m.charCodeAt(0).toString(16).padStart(2, "0"))).join(" ") + "\n").join("");
  const w = cols.map((_, j) => Math.max(...sized.map((l) => width(l[j] ?? ""))));
  return lines
    .map((l) =>
      l
        .map((c, j) => {
          const pad = " ".repeat(w[j]! - width(c));
          if (cols[j]!.right) return pad + c;
          return j === cols.length - 1 ? c : c + pad;
        })
        .join(" ") + "\n",
    )
    .join("");
}
