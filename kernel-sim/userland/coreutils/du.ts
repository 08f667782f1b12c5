// du(1): disk usage in 1K blocks (st_blocks), -a all files, -s summary, -c total, -h/-k/-m,
// -b/--apparent-size, -d N, -x one file system, -L follow links; hard links counted once.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { readdirNames, joinPath } from "../lib/dirent.ts";
import { humanSize } from "../lib/human.ts";
import { S_ISDIR } from "../../uapi/stat.ts";
import type { Dirent } from "../../uapi/stat.ts";

interface DuOpts {
  all: boolean;
  summarize: boolean;
  apparent: boolean;
  blockSize: number; // bytes per unit, 0 = human
  si: boolean;
  maxDepth: number;
  oneFs: boolean;
  follow: boolean;
  nul: string;
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "0abcd:hHkLlmsSxB:P", [
    { name: "all", has: 0, key: "a" },
    { name: "apparent-size", has: 0, key: "apparent" },
    { name: "bytes", has: 0, key: "b" },
    { name: "total", has: 0, key: "c" },
    { name: "max-depth", has: 1, key: "d" },
    { name: "human-readable", has: 0, key: "h" },
    { name: "si", has: 0, key: "si" },
    { name: "summarize", has: 0, key: "s" },
    { name: "one-file-system", has: 0, key: "x" },
    { name: "dereference", has: 0, key: "L" },
    { name: "block-size", has: 1, key: "B" },
    { name: "null", has: 0, key: "0" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: du [OPTION]... [FILE]...\n  or:  du [OPTION]... --files0-from=F\nSummarize device usage of the set of FILEs, recursively for directories.\n", "Torbjorn Granlund, David MacKenzie, Paul Eggert,\nand Jim Meyering");
  if (hv !== null) return hv;
  const o: DuOpts = { all: false, summarize: false, apparent: false, blockSize: 1024, si: false, maxDepth: Infinity, oneFs: false, follow: false, nul: "\n" };
  let total = false;
  for (const x of parsed.opts) {
    switch (x.key) {
      case "a": o.all = true; break;
      case "apparent": o.apparent = true; break;
      case "b": o.apparent = true; o.blockSize = 1; break;
      case "c": total = true; break;
      case "d": o.maxDepth = Number(x.arg); break;
      case "h": o.blockSize = 0; break;
      case "si": o.blockSize = 0; o.si = true; break;
      case "k": o.blockSize = 1024; break;
      case "m": o.blockSize = 1048576; break;
      case "B": o.blockSize = Number(x.arg!.replace(/K$/, "")) * (x.arg!.endsWith("K") ? 1024 : 1) || 1024; break;
      case "s": o.summarize = true; o.maxDepth = 0; break;
      case "x": o.oneFs = true; break;
      case "L": o.follow = true; break;
      case "0": o.nul = "\0"; break;
    }
  }
  const seen = new Set<string>();
  let hashAll = false;
  let status = 0;
  const fmt = (bytes: number): string => {
    if (o.blockSize === 0) return bytes === 0 ? "0" : humanSize(bytes, o.si);
    return String(Math.ceil(bytes / o.blockSize));
  };
  const walk = async (path: string, depth: number, dev: number): Promise<number> => {
    const sys = p.sys;
    let st;
    try {
      st = o.follow ? sys.stat(path) : sys.lstat(path);
    } catch (e) {
      await p.warn(`cannot access ${quote(path)}: ${errmsg(e)}`);
      status = 1;
      return 0;
    }
    // GNU du remembers every file once it has more than one operand (so "du a a/b" counts a/b once
    // and does not print it again), and otherwise only hard-linked non-directories.
    if (hashAll || (st.nlink > 1 && !S_ISDIR(st.mode))) {
      const key = `${st.dev}:${st.ino}`;
      if (seen.has(key)) return 0;
      seen.add(key);
    }
    let size = o.apparent ? st.size : st.blocks * 512;
    if (S_ISDIR(st.mode) && !(o.oneFs && dev >= 0 && st.dev !== dev)) {
      let names: Dirent[];
      try {
        names = await readdirNames(sys, path);
      } catch (e) {
        await p.warn(`cannot read directory ${quote(path)}: ${errmsg(e)}`);
        status = 1;
        names = [];
      }
      for (const d of names) {
        if (sys.need_resched()) await sys.sched_yield();
        size += await walk(joinPath(path, d.name), depth + 1, st.dev);
      }
      if (depth <= o.maxDepth) await p.out.write(`${fmt(size)}\t${path}${o.nul}`);
    } else if ((o.all && depth <= o.maxDepth) || depth === 0) await p.out.write(`${fmt(size)}\t${path}${o.nul}`);
    return size;
  };
  let sum = 0;
  const operands = parsed.operands.length ? parsed.operands : ["."];
  hashAll = operands.length > 1;
  for (const f of operands) sum += await walk(f, 0, -1);
  if (total) await p.out.write(`${fmt(sum)}\ttotal${o.nul}`);
  return status;
});
