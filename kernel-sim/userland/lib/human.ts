// Human-readable sizes as gnulib's human_readable() prints them for ls -h, du -h, df -h:
// powers of 1024, one decimal below 10 ("1.5K"), rounded up (ceiling), suffixes K M G T P E.

const SUFFIXES = ["K", "M", "G", "T", "P", "E", "Z", "Y"];

/** ls -h / du -h style (base 1024, no "B" for bytes, "iB" never). With si: powers of 1000. */
export function humanSize(n: number, si = false): string {
  const base = si ? 1000 : 1024;
  if (n < base) return String(n);
  let v = n;
  let i = -1;
  while (v >= base && i < SUFFIXES.length - 1) {
    v /= base;
    i++;
  }
  // gnulib rounds toward +infinity; one decimal when the value is below 10.
  if (v < 10) {
    let r = Math.ceil(v * 10 - 1e-9) / 10;
    if (r >= 10) return humanCarry(10, i, si);
    return r.toFixed(1) + suffix(i, si);
  }
  let r = Math.ceil(v - 1e-9);
  if (r >= base && i < SUFFIXES.length - 1) return "1.0" + suffix(i + 1, si);
  return String(r) + suffix(i, si);
}

function humanCarry(v: number, i: number, si: boolean): string {
  return String(v) + suffix(i, si);
}

function suffix(i: number, si: boolean): string {
  const s = SUFFIXES[i]!;
  return si && s === "K" ? "k" : s;
}
