// seq(1): FIRST [INCREMENT] LAST with -s, -w, -f. Integers print as integers; otherwise the
// precision is the most fractional digits of FIRST and INCREMENT, as GNU's seq computes it.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { encode } from "../lib/text.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { printfFormat } from "./printf_format.ts";

function fracDigits(s: string): number {
  const m = /\.([0-9]*)(?:[eE]([+-]?[0-9]+))?$/.exec(s) ?? /()[eE]([+-]?[0-9]+)$/.exec(s);
  if (!m) return 0;
  const exp = m[2] ? Number(m[2]) : 0;
  return Math.max(0, m[1]!.length - exp);
}

const isCount = (v: number): boolean => Number.isSafeInteger(v) && v >= 0;

/**
 * Non-negative integers with the default format, as GNU seq's own fast path does: digits are
 * written straight into a byte buffer (no string per number, no encoding), 64 KiB a write.
 */
async function seqIntegers(p: Proc, first: number, step: number, last: number, sep: Uint8Array): Promise<void> {
  const CHUNK = 65536;
  const buf = new Uint8Array(CHUNK + 32 + sep.length);
  const digits = new Uint8Array(20);
  let o = 0;
  for (let v = first; v <= last; v += step) {
    if (v !== first) {
      if (sep.length === 1) buf[o++] = sep[0]!;
      else for (let j = 0; j < sep.length; j++) buf[o++] = sep[j]!;
    }
    let k = 0;
    let x = v;
    do {
      const q = Math.floor(x / 10);
      digits[k++] = 48 + (x - q * 10);
      x = q;
    } while (x > 0);
    while (k > 0) buf[o++] = digits[--k]!;
    if (o >= CHUNK) {
      // The pipe copies what it takes, so the buffer can be filled again at once.
      await p.out.writeBytes(buf.subarray(0, o));
      o = 0;
      if (p.sys.need_resched()) await p.sys.sched_yield();
    }
  }
  if (first <= last) buf[o++] = 10;
  if (o > 0) await p.out.writeBytes(buf.subarray(0, o));
}

export default program(async (p) => {
  // Negative numbers are operands, not options: stop option parsing at "-<digit>".
  const argv = p.argv.slice(1);
  const cut = argv.findIndex((a) => /^-[0-9.]/.test(a));
  const optArgs = cut >= 0 ? argv.slice(0, cut) : argv;
  const parsed = await parseOrUsage({ ...p, argv: [p.argv[0]!, ...optArgs] }, "+f:s:w", [
    { name: "format", has: 1, key: "f" },
    { name: "separator", has: 1, key: "s" },
    { name: "equal-width", has: 0, key: "w" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: seq [OPTION]... LAST\n  or:  seq [OPTION]... FIRST LAST\n  or:  seq [OPTION]... FIRST INCREMENT LAST\n", "Ulrich Drepper");
  if (hv !== null) return hv;
  const ops = [...parsed.operands, ...(cut >= 0 ? argv.slice(cut) : [])];
  let sep = "\n";
  let fmt: string | undefined;
  let equal = false;
  for (const o of parsed.opts) {
    if (o.key === "s") sep = o.arg!;
    else if (o.key === "f") fmt = o.arg;
    else if (o.key === "w") equal = true;
  }
  if (ops.length === 0) return usageError(p, "missing operand");
  if (ops.length > 3) return usageError(p, `extra operand ${quote(ops[3]!)}`);
  const nums: number[] = [];
  for (const a of ops) {
    const ok = /^[+-]?(0[xX][0-9a-fA-F]+|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?|inf(inity)?|nan)$/i.test(a.trim());
    if (!ok) return usageError(p, `invalid floating point argument: ${quote(a)}`);
    nums.push(Number(a.trim().replace(/inf(inity)?$/i, "Infinity")));
  }
  const [first, step, last] = ops.length === 1 ? [1, 1, nums[0]!] : ops.length === 2 ? [nums[0]!, 1, nums[1]!] : [nums[0]!, nums[1]!, nums[2]!];
  if (step === 0) return usageError(p, `invalid Zero increment value: ${quote(ops[1]!)}`);
  const prec = ops.length === 1 ? 0 : Math.max(fracDigits(ops[0]!), ops.length === 3 ? fracDigits(ops[1]!) : 0);
  let format = (v: number): string => (prec === 0 && Number.isInteger(v) ? String(v) : v.toFixed(prec));
  if (fmt !== undefined) {
    const f = fmt;
    format = (v) => printfFormat(f, [String(v)], () => {}).out;
  }
  if (fmt === undefined && !equal && prec === 0 && isCount(first) && isCount(step) && Number.isSafeInteger(last)) {
    await seqIntegers(p, first, step, last, encode(sep));
    return 0;
  }
  let width = 0;
  if (equal && fmt === undefined) width = Math.max(format(first).length, format(last).length);
  const fmtW = width ? (v: number): string => {
    const s = format(v);
    return s.startsWith("-") ? "-" + s.slice(1).padStart(width - 1, "0") : s.padStart(width, "0");
  } : format;
  let buf = "";
  let n = 0;
  for (let i = 0; ; i++) {
    const v = first + i * step;
    if (step > 0 ? v > last + Math.abs(step) * 1e-10 : v < last - Math.abs(step) * 1e-10) break;
    buf += (n++ > 0 ? sep : "") + fmtW(v);
    if (buf.length >= 8192) {
      await p.out.write(buf);
      buf = "";
      if (p.sys.need_resched()) await p.sys.sched_yield();
    }
  }
  if (n > 0) buf += "\n";
  await p.out.write(buf);
  return 0;
});
