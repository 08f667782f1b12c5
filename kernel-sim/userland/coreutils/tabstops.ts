// Tab stops for expand(1) and unexpand(1), as coreutils' expand-common.c: -t N (every N
// columns), -t LIST (explicit ascending stops), the last item of a list may be "/N" (then
// every multiple of N) or "+N" (then every N after the previous stop). Past the last stop of
// a plain list there are no more stops.

export interface TabStops {
  /** Explicit stops (ascending); with `every` > 0 and no list, every `every` columns. */
  list: number[];
  /** After the list: 0 none, else the repeat size. */
  every: number;
  /** "/N" (multiples of N) rather than "+N" (N after the last stop). */
  multiples: boolean;
}

/** Parse -t options (each may hold a list); a string is an error message. */
export function parseTabStops(args: string[]): TabStops | string {
  const list: number[] = [];
  let every = 0;
  let multiples = false;
  for (const a of args) {
    for (const item of a.split(/[, ]+/)) {
      if (item === "") continue;
      const m = /^([/+]?)([0-9]+)$/.exec(item);
      if (!m) {
        const bad = /[^0-9,/+ ]/.exec(item);
        return bad ? `tab size contains invalid character(s): '${item.slice(bad.index)}'` : `'${item[0]}' specifier only allowed with the last value`;
      }
      const n = Number(m[2]);
      if (m[1]) {
        every = n;
        multiples = m[1] === "/";
        continue;
      }
      if (every) return `'${multiples ? "/" : "+"}' specifier only allowed with the last value`;
      if (n === 0) return "tab size cannot be 0";
      if (list.length && n <= list[list.length - 1]!) return "tab sizes must be ascending";
      list.push(n);
    }
  }
  if (list.length === 0 && every === 0) return { list: [], every: 8, multiples: true };
  if (list.length === 1 && every === 0) return { list: [], every: list[0]!, multiples: true };
  return { list, every, multiples };
}

/** The next stop after column, or -1 when there is none (past the last stop of a list). */
export function nextTabStop(t: TabStops, column: number): number {
  for (const s of t.list) if (s > column) return s;
  if (t.every === 0) return -1;
  if (t.multiples || t.list.length === 0) return (Math.floor(column / t.every) + 1) * t.every;
  const last = t.list[t.list.length - 1]!;
  return last + (Math.floor((column - last) / t.every) + 1) * t.every;
}
