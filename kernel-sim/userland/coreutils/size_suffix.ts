// Sizes with multiplicative suffixes, as gnulib's xstrtoumax() reads them for cmp, dd,
// truncate, split, shuf: "K" or "KiB" is 1024, "KB" (or "kB") is 1000, and so on up to Y;
// "b" is 512, and some tools also take "c" (1) and "w" (2). `valid` lists the suffix letters
// a tool accepts (xstrtoumax's valid_suffixes).

const POWERS = "KMGTPEZY";

/** The value of s, or null when it is not a number with a valid suffix. */
export function parseSize(s: string, valid = "bKMGTPEZYkB"): number | null {
  const m = /^\s*([0-9]+)(.*)$/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  const suf = m[2]!;
  if (suf === "") return n;
  const v = suffixValue(suf, valid);
  return v === null ? null : n * v;
}

/** The multiplier of a suffix, or null. */
export function suffixValue(suf: string, valid = "bKMGTPEZYkB"): number | null {
  const c = suf[0]!;
  if (!valid.includes(c)) return null;
  if (suf === "b") return 512;
  if (suf === "c") return 1;
  if (suf === "w") return 2;
  const pow = POWERS.indexOf(c === "k" ? "K" : c) + 1;
  if (pow === 0) return null;
  const rest = suf.slice(1);
  if (rest === "" || rest === "iB") return 1024 ** pow;
  if (rest === "B") return 1000 ** pow;
  return null;
}
