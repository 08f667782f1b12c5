// The x87 long double that GNU printf and bash's printf builtin convert a number to (strtold)
// before formatting it: a 64-bit significand, where a double has 53. The extra bits decide the
// near-ties: 2.35 is 2.3499999999999999999 as a long double (printf %.1f gives 2.3) but
// 2.3500000000000000888 as a double (2.4). Conversion and formatting are exact, in BigInt, and
// round half to even as glibc does.

/** value = (neg ? -1 : 1) * m * 2^e, with 2^63 <= m < 2^64, or m = 0 for zero. */
export interface LongDouble {
  readonly neg: boolean;
  readonly m: bigint;
  readonly e: number;
}

const DECIMAL = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/;
const TOP = 1n << 64n;
const HALF_TOP = 1n << 63n;

/** a / b rounded half to even (a, b > 0). */
function divRound(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r2 = (a % b) * 2n;
  return r2 > b || (r2 === b && (q & 1n) === 1n) ? q + 1n : q;
}

function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/**
 * strtold() of a plain decimal ("2.35", "-1e3", ".5"), or null for anything else (hex, inf,
 * nan, a character constant) and for exponents so large the formatting would be slow.
 */
export function parseLongDouble(s: string): LongDouble | null {
  const t = DECIMAL.exec(s);
  if (!t || (t[2] === "" && (t[3] ?? "") === "")) return null;
  const exp10 = Number(t[4] ?? "0");
  if (Math.abs(exp10) > 400) return null;
  const frac = t[3] ?? "";
  const n = BigInt((t[2] || "0") + frac);
  const neg = t[1] === "-";
  if (n === 0n) return { neg, m: 0n, e: 0 };
  const k = exp10 - frac.length;
  const num = k >= 0 ? n * 10n ** BigInt(k) : n;
  const den = k >= 0 ? 1n : 10n ** BigInt(-k);
  let e = bitLength(num) - bitLength(den) - 64;
  for (;;) {
    const m = e >= 0 ? divRound(num, den << BigInt(e)) : divRound(num << BigInt(-e), den);
    if (m >= TOP) e++;
    else if (m < HALF_TOP) e--;
    else return { neg, m, e };
  }
}

/** round(|x| * 10^p) for an integer p of either sign, half to even. */
function scaled(x: LongDouble, p: number): bigint {
  let num = x.m;
  let den = 1n;
  if (x.e >= 0) num <<= BigInt(x.e);
  else den <<= BigInt(-x.e);
  if (p >= 0) num *= 10n ** BigInt(p);
  else den *= 10n ** BigInt(-p);
  return divRound(num, den);
}

function sign(x: LongDouble): string {
  return x.neg ? "-" : "";
}

/** %.{prec}f */
export function fixedLD(x: LongDouble, prec: number, alt: boolean): string {
  const digits = scaled(x, prec).toString().padStart(prec + 1, "0");
  const int = digits.slice(0, digits.length - prec);
  const frac = digits.slice(digits.length - prec);
  return sign(x) + int + (prec > 0 ? "." + frac : alt ? "." : "");
}

/** The digits of %.{prec}e and the decimal exponent they carry. */
function expDigits(x: LongDouble, prec: number): { digits: string; exp: number } {
  if (x.m === 0n) return { digits: "0".repeat(prec + 1), exp: 0 };
  // log10(m * 2^e), close enough to start from; the loop corrects it by one either way.
  let exp = Math.floor((bitLength(x.m) - 1 + x.e) * Math.LOG10E * Math.LN2);
  for (;;) {
    const r = scaled(x, prec - exp);
    const s = r.toString();
    if (s.length > prec + 1) exp++;
    else if (s.length < prec + 1) exp--;
    else return { digits: s, exp };
  }
}

/** %.{prec}e */
export function expLD(x: LongDouble, prec: number, alt: boolean): string {
  const { digits, exp } = expDigits(x, prec);
  const mant = digits[0]! + (prec > 0 ? "." + digits.slice(1) : alt ? "." : "");
  const e = Math.abs(exp).toString().padStart(2, "0");
  return sign(x) + mant + "e" + (exp < 0 ? "-" : "+") + e;
}

/** %.{prec}g: %e when the exponent is below -4 or not below the precision, else %f; zeros trimmed. */
export function generalLD(x: LongDouble, prec: number, alt: boolean): string {
  const p = prec === 0 ? 1 : prec;
  const { exp } = expDigits(x, p - 1);
  let s = exp < -4 || exp >= p ? expLD(x, p - 1, alt) : fixedLD(x, p - 1 - exp, alt);
  if (!alt) s = s.includes("e") ? s.replace(/\.?0+e/, "e") : s.includes(".") ? s.replace(/\.?0+$/, "") : s;
  return s;
}

/** C's %f %e %g (and upper-case forms) on a long double; null for conversions it does not do. */
export function formatLongDouble(x: LongDouble, conv: string, prec: number, alt: boolean): string | null {
  const lower = conv.toLowerCase();
  const s = lower === "f" ? fixedLD(x, prec, alt) : lower === "e" ? expLD(x, prec, alt) : lower === "g" ? generalLD(x, prec, alt) : null;
  return s === null || conv === lower ? s : s.toUpperCase();
}
