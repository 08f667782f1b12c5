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
  let unsorted = false;
  // GNU reports the first disorder of each file where it finds it (error() flushes stdout
  // first, so the message lands among the lines) once an unpairable line has been seen.
  const warned = [false, false];
  let unpairable = false;
  const disorder = async (n: 0 | 1): Promise<void> => {
    unsorted = true;
    if (!unpairable || warned[n] || k.has("nocheck")) return;
    warned[n] = true;
    await p.out.write(out);
    out = "";
    await p.out.flush();
    await p.warn(`file ${n + 1} is not in sorted order`);
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
      if (i > 0 && a[i - 1]! > a[i]!) await disorder(0);
      i++;
    } else if (c > 0) {
      unpairable = true;
      counts[1]++;
      if (cols[1]) out += prefix(1) + b[j] + "\n";
      if (j > 0 && b[j - 1]! > b[j]!) await disorder(1);
      j++;
    } else {
      counts[2]++;
      if (cols[2]) out += prefix(2) + a[i] + "\n";
      if (i > 0 && a[i - 1]! > a[i]!) await disorder(0);
      if (j > 0 && b[j - 1]! > b[j]!) await disorder(1);
      i++;
      j++;
    }
  }
  if (k.has("total")) out += `${counts[0]}${od}${counts[1]}${od}${counts[2]}${od}total\n`;
  await p.out.write(out);
  if (unsorted && !k.has("nocheck")) {
    await p.warn("input is not in sorted order");
    return 1;
  }
  return 0;
});
