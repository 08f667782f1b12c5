// cmp(1) from GNU diffutils 3.8: compare two files byte by byte. Reports the first difference
// ("a b differ: char 3, line 1" - "char" in the C locale, "byte" in others, as the message
// catalog has it), -l lists every differing byte, -b shows them, -s says nothing; EOF on the
// shorter file. Exit 0 same, 1 different, 2 trouble.

import { gnuProgram as program } from "../lib/gnu.ts";
import type { Proc } from "../lib/main.ts";
import { errmsg } from "../lib/main.ts";
import { parseOrUsage, coreutilsVersion } from "../lib/getopt.ts";
import { openInput, closeInput } from "../lib/input.ts";
import { readAll } from "../lib/stdio.ts";
import { parseSize } from "./size_suffix.ts";

const HELP = `Usage: cmp [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]]
Compare two files byte by byte.

The optional SKIP1 and SKIP2 specify the number of bytes to skip
at the beginning of each file (zero by default).

Mandatory arguments to long options are mandatory for short options too.
  -b, --print-bytes          print differing bytes
  -i, --ignore-initial=SKIP         skip first SKIP bytes of both inputs
  -i, --ignore-initial=SKIP1:SKIP2  skip first SKIP1 bytes of FILE1 and
                                      first SKIP2 bytes of FILE2
  -l, --verbose              output byte numbers and differing byte values
  -n, --bytes=LIMIT          compare at most LIMIT bytes
  -s, --quiet, --silent      suppress all normal output
      --help                 display this help and exit
  -v, --version              output version information and exit

SKIP values may be followed by the following multiplicative suffixes:
kB 1000, K 1024, MB 1,000,000, M 1,048,576,
GB 1,000,000,000, G 1,073,741,824, and so on for T, P, E, Z, Y.

If a FILE is '-' or missing, read standard input.
Exit status is 0 if inputs are the same, 1 if different, 2 if trouble.
`;

/** The byte as cmp -b shows it: printable, ^X for controls, M- for the high half. */
function showByte(c: number): string {
  let s = "";
  if (c >= 128) {
    s = "M-";
    c -= 128;
  }
  if (c < 32) return s + "^" + String.fromCharCode(c + 64);
  if (c === 127) return s + "^?";
  return s + String.fromCharCode(c);
}

const oct = (c: number): string => c.toString(8).padStart(3, " ");

async function trouble(p: Proc, msg: string): Promise<number> {
  await p.out.flush();
  await p.err.write(`cmp: ${msg}\ncmp: Try 'cmp --help' for more information.\n`);
  return 2;
}

export default program(async (p) => {
  p.name = "cmp";
  const parsed = await parseOrUsage(p, "bci:ln:sv", [
    { name: "print-bytes", has: 0, key: "b" },
    { name: "print-chars", has: 0, key: "b" },
    { name: "ignore-initial", has: 1, key: "i" },
    { name: "verbose", has: 0, key: "l" },
    { name: "bytes", has: 1, key: "n" },
    { name: "quiet", has: 0, key: "s" },
    { name: "silent", has: 0, key: "s" },
    { name: "help", has: 0 },
    { name: "version", has: 0, key: "v" },
  ], 2);
  if (!parsed) return 2;
  let bytes = false, verbose = false, silent = false;
  let limit = Infinity;
  const skip = [0, 0];
  for (const o of parsed.opts) {
    if (o.key === "help") {
      await p.out.write(HELP);
      return 0;
    }
    if (o.key === "v") {
      await p.out.write(coreutilsVersion("cmp", "Torbjorn Granlund and David MacKenzie").replace("(GNU coreutils) 9.1", "(GNU diffutils) 3.8").replace("2022", "2021"));
      return 0;
    }
    if (o.key === "b") bytes = true;
    else if (o.key === "l") verbose = true;
    else if (o.key === "s") silent = true;
    else if (o.key === "n") {
      const n = parseSize(o.arg!);
      if (n === null) return trouble(p, `invalid --bytes value '${o.arg}'`);
      limit = n;
    } else if (o.key === "i") {
      const parts = o.arg!.split(":");
      const a = parseSize(parts[0]!);
      const b = parts.length > 1 ? parseSize(parts[1]!) : a;
      if (a === null || b === null || parts.length > 2) return trouble(p, `invalid --ignore-initial value '${o.arg}'`);
      skip[0] = a;
      skip[1] = b;
    }
  }
  if (verbose && silent) return trouble(p, "options -l and -s are incompatible");
  const ops = parsed.operands;
  if (ops.length === 0) return trouble(p, "missing operand after 'cmp'");
  for (let i = 2; i < Math.min(ops.length, 4); i++) {
    const n = parseSize(ops[i]!);
    if (n === null) return trouble(p, `invalid --ignore-initial value '${ops[i]}'`);
    skip[i - 2] = n;
  }
  if (ops.length > 4) return trouble(p, `extra operand '${ops[4]}'`);
  const names = [ops[0]!, ops[1] ?? "-"];
  const data: Uint8Array[] = [];
  for (const f of names) {
    try {
      const fd = await openInput(p.sys, f);
      try {
        data.push(await readAll(p.sys, fd));
      } finally {
        closeInput(p.sys, fd);
      }
    } catch (e) {
      if (!silent) await p.warn(`${f}: ${errmsg(e)}`);
      return 2;
    }
  }
  const a = data[0]!.subarray(Math.min(skip[0]!, data[0]!.length));
  const b = data[1]!.subarray(Math.min(skip[1]!, data[1]!.length));
  const n = Math.min(a.length, b.length, limit);
  const width = String(Math.min(a.length, b.length, limit)).length;
  let line = 1;
  let differ = false;
  for (let i = 0; i < n; i++) {
    const x = a[i]!, y = b[i]!;
    if (x !== y) {
      differ = true;
      if (silent) return 1;
      if (!verbose) {
        const where = `${names[0]} ${names[1]} differ: ${bytes ? "byte" : "char"} ${i + 1}, line ${line}`;
        await p.out.write(bytes ? `${where} is ${oct(x)} ${showByte(x)} ${oct(y)} ${showByte(y)}\n` : where + "\n");
        return 1;
      }
      const off = String(i + 1).padStart(width, " ");
      await p.out.write(bytes ? `${off} ${oct(x)} ${showByte(x).padEnd(4, " ")} ${oct(y)} ${showByte(y)}\n` : `${off} ${oct(x)} ${oct(y)}\n`);
    }
    if (x === 10) line++;
  }
  if (n < limit && a.length !== b.length) {
    if (!silent) {
      const short = a.length < b.length ? 0 : 1;
      const len = short === 0 ? a.length : b.length;
      // GNU's stdout is block-buffered into a file or pipe while stderr is not, so after -l's
      // (short) listing the EOF note comes first; without -l there is nothing buffered.
      if (!verbose) await p.out.flush();
      // The line: "line N" when the short file ends with its Nth newline, "in line N" inside it.
      const atEol = (short === 0 ? a : b)[len - 1] === 10;
      if (len === 0) await p.err.write(`cmp: EOF on ${names[short]} which is empty\n`);
      else await p.err.write(`cmp: EOF on ${names[short]} after byte ${len}${verbose ? "" : atEol ? `, line ${line - 1}` : `, in line ${line}`}\n`);
    }
    return 1;
  }
  return differ ? 1 : 0;
});
