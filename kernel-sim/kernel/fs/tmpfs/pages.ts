// Which pages of a tmpfs file hold data: the rest are holes (a file grown by truncate or
// written past its end), which read as zeros and take no space - shmem allocates a page only
// when it is first written. Kept as sorted, disjoint page ranges, so a file written front to
// back is one range however large.

export class PageMap {
  /** [start0, end0, start1, end1, ...]: page ranges, sorted, neither overlapping nor touching. */
  private ranges: number[] = [];
  /** Pages allocated (the sum of the ranges' lengths). */
  count = 0;

  /** How many pages of [first, last) are not allocated yet. */
  missing(first: number, last: number): number {
    let have = 0;
    const r = this.ranges;
    for (let i = 0; i < r.length; i += 2) {
      const s = Math.max(first, r[i]!);
      const e = Math.min(last, r[i + 1]!);
      if (e > s) have += e - s;
    }
    return last - first - have;
  }

  /** Mark [first, last) allocated; returns how many pages were new. */
  add(first: number, last: number): number {
    if (last <= first) return 0;
    const fresh = this.missing(first, last);
    const r = this.ranges;
    // Fast path: appending to (or extending) the last range, as sequential writes do.
    const n = r.length;
    if (n === 0 || first > r[n - 1]!) r.push(first, last);
    else if (first >= r[n - 2]! && first <= r[n - 1]!) r[n - 1] = Math.max(r[n - 1]!, last);
    else {
      const out: number[] = [];
      let s = first;
      let e = last;
      let placed = false;
      for (let i = 0; i < r.length; i += 2) {
        const rs = r[i]!;
        const re = r[i + 1]!;
        if (re < s) out.push(rs, re);
        else if (rs > e) {
          if (!placed) out.push(s, e), (placed = true);
          out.push(rs, re);
        } else {
          s = Math.min(s, rs);
          e = Math.max(e, re);
        }
      }
      if (!placed) out.push(s, e);
      this.ranges = out;
    }
    this.count += fresh;
    return fresh;
  }

  /** Each allocated range [first, last), in page order (a saved disk keeps only these). */
  forEachRange(fn: (first: number, last: number) => void): void {
    const r = this.ranges;
    for (let i = 0; i < r.length; i += 2) fn(r[i]!, r[i + 1]!);
  }

  /** Free every page from `first` on (truncate); returns how many were allocated. */
  cut(first: number): number {
    const r = this.ranges;
    let freed = 0;
    const out: number[] = [];
    for (let i = 0; i < r.length; i += 2) {
      const rs = r[i]!;
      const re = r[i + 1]!;
      if (re <= first) out.push(rs, re);
      else {
        freed += re - Math.max(rs, first);
        if (rs < first) out.push(rs, first);
      }
    }
    this.ranges = out;
    this.count -= freed;
    return freed;
  }
}
