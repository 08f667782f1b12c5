// tail(1): the last 10 lines, -n [+]N, -c [+]N, -f/-F (follow by polling once a second),
// ==> headers for several files.

import { gnuProgram as program } from "../lib/gnu.ts";
import type { Proc } from "../lib/main.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { openInput, closeInput } from "../lib/input.ts";
import { writeAll } from "../lib/stdio.ts";
import { concatBytes } from "../lib/text.ts";
import { parseCount, obsoleteCount } from "./head.ts";

/** The part of `all` that tail prints. */
export function tailBytes(all: Uint8Array, lines: boolean, n: number, fromStart: boolean): Uint8Array {
  if (!lines) return fromStart ? all.subarray(Math.max(0, n - 1)) : all.subarray(Math.max(0, all.length - n));
  if (fromStart) {
    let k = n - 1;
    let i = 0;
    for (; i < all.length && k > 0; i++) if (all[i] === 10) k--;
    return all.subarray(i);
  }
  if (n === 0) return all.subarray(all.length);
  let i = all.length - 1;
  if (i >= 0 && all[i] === 10) i--;
  let k = n;
  for (; i >= 0; i--) if (all[i] === 10 && --k === 0) break;
  return all.subarray(i + 1);
}

async function readRest(p: Proc, fd: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (;;) {
    const b = await p.sys.read(fd, 65536);
    if (b.length === 0) break;
    parts.push(b);
  }
  return parts.length ? concatBytes(parts) : new Uint8Array(0);
}

export default program(async (p) => {
  p.argv = [p.argv[0]!, ...obsoleteCount(p.argv.slice(1).map((a, i) => (i === 0 && /^\+[0-9]+$/.test(a) ? "-n" + a : a)))];
  const parsed = await parseOrUsage(p, "c:n:fFqvzs:", [
    { name: "bytes", has: 1, key: "c" },
    { name: "lines", has: 1, key: "n" },
    { name: "follow", has: 2, key: "f" },
    { name: "quiet", has: 0, key: "q" },
    { name: "silent", has: 0, key: "q" },
    { name: "verbose", has: 0, key: "v" },
    { name: "sleep-interval", has: 1, key: "s" },
    { name: "pid", has: 1, key: "pid" },
    { name: "retry", has: 0, key: "retry" },
    { name: "zero-terminated", has: 0, key: "z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: tail [OPTION]... [FILE]...\nPrint the last 10 lines of each FILE to standard output.\n", "Paul Rubin, David MacKenzie, Ian Lance Taylor,\nand Jim Meyering");
  if (hv !== null) return hv;
  let lines = true;
  let n = 10;
  let fromStart = false;
  let follow = false;
  let headers: boolean | null = null;
  let interval = 1;
  for (const o of parsed.opts) {
    if (o.key === "c" || o.key === "n") {
      lines = o.key === "n";
      const a = o.arg!;
      fromStart = a.startsWith("+");
      const v = parseCount(a.replace(/^[-+]/, ""));
      if (v === null) {
        await p.warn(`invalid number of ${lines ? "lines" : "bytes"}: ${quote(a)}`);
        return 1;
      }
      n = v;
    } else if (o.key === "f" || o.key === "F") follow = true;
    else if (o.key === "q") headers = false;
    else if (o.key === "v") headers = true;
    else if (o.key === "s") interval = Number(o.arg) || 1;
  }
  const files = parsed.operands.length ? parsed.operands : ["-"];
  const show = headers ?? files.length > 1;
  let status = 0;
  let first = true;
  const open: { fd: number; name: string }[] = [];
  let lastShown = "";
  for (const f of files) {
    let fd: number;
    try {
      fd = await openInput(p.sys, f);
    } catch (e) {
      await p.warn(`cannot open ${quote(f)} for reading: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    const name = f === "-" ? "standard input" : f;
    if (show) await writeAll(p.sys, 1, `${first ? "" : "\n"}==> ${name} <==\n`);
    first = false;
    lastShown = name;
    try {
      await writeAll(p.sys, 1, tailBytes(await readRest(p, fd), lines, n, fromStart));
    } catch (e) {
      await p.warn(`error reading ${quote(f)}: ${errmsg(e)}`);
      status = 1;
    }
    if (follow && f !== "-") open.push({ fd, name });
    else closeInput(p.sys, fd);
  }
  if (!follow || open.length === 0) return status;
  for (;;) {
    await p.sys.nanosleep(interval * 1e9);
    for (const o of open) {
      const b = await readRest(p, o.fd);
      if (b.length === 0) continue;
      if (show && lastShown !== o.name) await writeAll(p.sys, 1, `\n==> ${o.name} <==\n`);
      lastShown = o.name;
      await writeAll(p.sys, 1, b);
    }
  }
});
