// factor(1): the prime factors of each number (operands, or whitespace-separated words of
// standard input). Arbitrary size as GNU's GMP build: trial division by small primes, then
// Miller-Rabin and Pollard's rho (Brent's variant) on BigInts.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { LineReader } from "../lib/input.ts";

function modpow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

const WITNESSES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n];

/** Miller-Rabin; deterministic below 3.3e24 with these witnesses, probabilistic above. */
function isPrime(n: bigint): boolean {
  if (n < 2n) return false;
  for (const p of WITNESSES) if (n % p === 0n) return n === p;
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  outer: for (const a of WITNESSES) {
    let x = modpow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** A non-trivial divisor of the composite n (Brent's cycle finding). */
function rho(n: bigint): bigint {
  for (let c = 1n; ; c++) {
    let y = 2n, x = 2n, g = 1n, q = 1n, ys = 2n;
    let r = 1;
    const f = (v: bigint): bigint => (v * v + c) % n;
    do {
      x = y;
      for (let i = 0; i < r; i++) y = f(y);
      for (let k = 0; k < r && g === 1n; k += 64) {
        ys = y;
        for (let i = 0; i < Math.min(64, r - k); i++) {
          y = f(y);
          q = (q * (x > y ? x - y : y - x)) % n;
        }
        g = gcd(q, n);
      }
      r *= 2;
    } while (g === 1n);
    if (g === n) {
      do {
        ys = f(ys);
        g = gcd(x > ys ? x - ys : ys - x, n);
      } while (g === 1n);
    }
    if (g !== n) return g;
  }
}

export function factorize(n: bigint): bigint[] {
  const out: bigint[] = [];
  for (let p = 2n; p < 1000n && p * p <= n; p += p === 2n ? 1n : 2n) {
    while (n % p === 0n) {
      out.push(p);
      n /= p;
    }
  }
  const stack = n > 1n ? [n] : [];
  while (stack.length) {
    const m = stack.pop()!;
    if (isPrime(m)) out.push(m);
    else {
      const d = rho(m);
      stack.push(d, m / d);
    }
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "", STD_LONGOPTS);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: factor [OPTION]... [NUMBER]...\nPrint the prime factors of each specified integer NUMBER.  If none\nare specified on the command line, read them from standard input.\n", "Paul Rubin, Torbjorn Granlund, and Niels Moller");
  if (hv !== null) return hv;
  let status = 0;
  const one = async (word: string): Promise<void> => {
    const s = word.replace(/^[\s]+/, "").replace(/^\+/, "");
    if (!/^[0-9]+$/.test(s)) {
      // factor keeps its own output buffer (lbuf): the message does not flush stdout.
      await p.err.write(`${p.name}: ${quote(word)} is not a valid positive integer\n`);
      status = 1;
      return;
    }
    const n = BigInt(s);
    const fs = factorize(n);
    let line = `${n}:`;
    for (let i = 0; i < fs.length; i++) {
      line += ` ${fs[i]}`;
    }
    await p.out.write(line + "\n");
  };
  if (parsed.operands.length) {
    for (const w of parsed.operands) await one(w);
    return status;
  }
  const r = new LineReader(p.sys, 0);
  for (let b = await r.batch(); b; b = await r.batch()) {
    for (const line of b) for (const w of line.split(/[ \t\n]+/)) if (w) await one(w);
  }
  return status;
});
