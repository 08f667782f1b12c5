// dd's status lines (print_xfer_stats in coreutils' dd.c): "N+M records in/out" and
// "N bytes (S, I) copied, T s, R/s". Sizes go through gnulib's human_readable exact path
// (rounded to nearest, one decimal below 10); the rate through its floating path (one
// decimal unless that makes more than three digits).

const SI = ["k", "M", "G", "T", "P", "E", "Z", "Y"];
const IEC = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi", "Yi"];

function scale(n: number, base: number): [number, number] {
  let e = -1;
  while (n >= base && e < SI.length - 1) {
    n /= base;
    e++;
  }
  return [n, e];
}

/** The exact path: "1.5 kB", "15 kB", "977 KiB". */
export function humanExact(bytes: number, base: 1000 | 1024): string {
  const [v, e] = scale(bytes, base);
  if (e < 0) return `${bytes} B`;
  const units = base === 1000 ? SI : IEC;
  if (v < 10) {
    const r = Math.round(v * 10) / 10;
    if (r >= 10) return `10 ${units[e]}B`;
    return `${r.toFixed(1)} ${units[e]}B`;
  }
  const r = Math.round(v);
  if (r >= base && e + 1 < units.length) return `1.0 ${units[e + 1]}B`;
  return `${r} ${units[e]}B`;
}

/** The rate: "182 kB/s", "65.2 MB/s", "2.1 GB/s". */
export function humanRate(bytesPerSec: number): string {
  const [v, e] = scale(bytesPerSec, 1000);
  const unit = e < 0 ? "k" : SI[e]!;
  const val = e < 0 ? v / 1000 : v;
  let s = val.toFixed(1);
  if (s.length > 4) s = val.toFixed(0);
  return `${s} ${unit}B/s`;
}

/** C's %g: six significant digits, trailing zeros dropped. */
export function fmtG(x: number): string {
  if (x === 0) return "0";
  const exp = Math.floor(Math.log10(Math.abs(x)));
  if (exp < -4 || exp >= 6) {
    const [m, ex] = x.toExponential(5).split("e");
    const mant = m!.replace(/\.?0+$/, "");
    const en = Number(ex);
    return `${mant}e${en < 0 ? "-" : "+"}${String(Math.abs(en)).padStart(2, "0")}`;
  }
  return x.toFixed(Math.max(0, 5 - exp)).replace(/\.?0+$/, "");
}

export interface XferCounts {
  fullIn: number;
  partialIn: number;
  fullOut: number;
  partialOut: number;
  truncated: number;
  bytes: number;
}

export function recordLines(c: XferCounts): string {
  let s = `${c.fullIn}+${c.partialIn} records in\n${c.fullOut}+${c.partialOut} records out\n`;
  if (c.truncated) s += `${c.truncated} truncated record${c.truncated > 1 ? "s" : ""}\n`;
  return s;
}

export function xferLine(bytes: number, seconds: number): string {
  const sizes = bytes < 1000 ? "" : bytes < 1024 ? ` (${humanExact(bytes, 1000)})` : ` (${humanExact(bytes, 1000)}, ${humanExact(bytes, 1024)})`;
  const what = bytes === 1 ? "1 byte" : `${bytes} bytes`;
  const rate = seconds > 0 ? humanRate(bytes / seconds) : "Infinity B/s";
  return `${what}${sizes} copied, ${fmtG(seconds)} s, ${rate}\n`;
}
