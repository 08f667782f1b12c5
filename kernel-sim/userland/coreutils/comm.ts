// comm(1): lines only in FILE1, only in FILE2, in both (columns suppressed by -1 -2 -3);
// --output-delimiter; warns when an input is not sorted, as GNU's --check-order default.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { slurp, splitLines } from "./textfiles.ts";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "123z", [
    { name: "check-order", has: 0, key: "check" },
    { name: "nocheck-order", has: 0, key: "nocheck" },
    { name: "output-delimiter", has: 1, key: "od" },
    { name: "total", has: 0, key: "total" },
    { name: "zero-terminated", has: 0, key: "z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: comm [OPTION]... FILE1 FILE2\nCompare sorted files FILE1 and FILE2 line by line.\n", "Richard M. Stallman and David MacKenzie");
  if (hv !== null) return hv;
  const k = new Set(parsed.opts.map((o) => o.key));
  const od = parsed.opts.find((o) => o.key === "od")?.arg ?? "\t";
  const ops = parsed.operands;
  if (ops.length < 2) return usageError(p, ops.length === 0 ? "missing operand" : `missing operand after ${quote(ops[0]!)}`);
  if (ops.length > 2) return usageError(p, `extra operand ${quote(ops[2]!)}`);
  const t1 = await slurp(p, ops[0]!);
  const t2 = await slurp(p, ops[1]!);
  if (t1 === null || t2 === null) return 1;
  const a = splitLines(t1);
  const b = splitLines(t2);
  const cols = [!k.has("1"), !k.has("2"), !k.has("3")];
  const prefix = (c: number): string => {
    let s = "";
    for (let i = 0; i < c; i++) if (cols[i]) s += od;
    return s;
  };
  let out = "";
  let i = 0, j = 0;
  const counts: [number, number, number] = [0, 0, 0];
  // GNU checks a line against the one before it as it reads it (right after the one before was
  // used), and only once an unpairable line has been seen (always with --check-order); it reports
  // the first disorder of each file there (error() flushes stdout first, so the message lands
  // among the lines).
  const warned = [false, false];
  let unpairable = false;
  const always = k.has("check");
  // With --check-order the first disorder is fatal (exit 1 at once).
  let fatal = false;
  const check = async (n: 0 | 1, lines: string[], at: number): Promise<void> => {
    // At end of file the last pair is looked at again (by then an unpairable line may be seen).
    if (at >= lines.length) at = lines.length - 1;
    if (at < 1 || !(lines[at - 1]! > lines[at]!)) return;
    if ((!unpairable && !always) || warned[n] || k.has("nocheck")) return;
    warned[n] = true;
    await p.out.write(out);
    out = "";
    await p.out.flush();
    await p.warn(`file ${n + 1} is not in sorted order`);
    if (always) fatal = true;
  };
  while (i < a.length || j < b.length) {
    let c: number;
    if (i >= a.length) c = 1;
    else if (j >= b.length) c = -1;
    else c = a[i]! < b[j]! ? -1 : a[i]! > b[j]! ? 1 : 0;
    if (c < 0) {
      unpairable = true;
      counts[0]++;
      if (cols[0]) out += prefix(0) + a[i] + "\n";
      await check(0, a, ++i);
    } else if (c > 0) {
      unpairable = true;
      counts[1]++;
      if (cols[1]) out += prefix(1) + b[j] + "\n";
      await check(1, b, ++j);
    } else {
      counts[2]++;
      if (cols[2]) out += prefix(2) + a[i] + "\n";
      await check(0, a, ++i);
      if (!fatal) await check(1, b, ++j);
    }
    if (fatal) return 1;
  }
  if (k.has("total")) out += `${counts[0]}${od}${counts[1]}${od}${counts[2]}${od}total\n`;
  await p.out.write(out);
  if (warned[0] || warned[1]) {
    await p.warn("input is not in sorted order");
    return 1;
  }
  return 0;
});
