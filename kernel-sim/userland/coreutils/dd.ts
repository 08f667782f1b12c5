// dd(1): copy a file in blocks. Operands if= of= bs= ibs= obs= count= skip=/iseek=
// seek=/oseek= conv= (ucase, lcase, swab, sync, notrunc, noerror, excl, nocreat, fsync,
// fdatasync) iflag= (count_bytes, skip_bytes, fullblock) oflag= (append, seek_bytes)
// status= (none, noxfer, progress). The status lines go to stderr at the end (dd_stats.ts);
// the time is the monotonic clock's, virtual in tests. The input buffer's pages are charged
// to the memory cgroup as reads fill them (mem_charge), so dd bs=64M can meet memory.max.

import { gnuProgram as program } from "../lib/gnu.ts";
import type { Proc } from "../lib/main.ts";
import { quote, errmsg } from "../lib/main.ts";
import { usageError, coreutilsVersion } from "../lib/getopt.ts";
import { writeAll } from "../lib/stdio.ts";
import { parseSize } from "./size_suffix.ts";
import { recordLines, xferLine, type XferCounts } from "./dd_stats.ts";
import { O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_TRUNC, O_WRONLY, SEEK_CUR } from "../../uapi/fcntl.ts";
import { CLOCK_MONOTONIC } from "../../uapi/clock.ts";
import { withMem, MEM_CHARGE_UACCESS } from "../stress/sys_mem.ts";

const CONVS = ["ascii", "ebcdic", "ibm", "block", "unblock", "lcase", "ucase", "sparse", "swab", "sync", "excl", "nocreat", "notrunc", "noerror", "fdatasync", "fsync"];
const FLAGS = ["append", "binary", "cio", "direct", "directory", "dsync", "sync", "fullblock", "nonblock", "noatime", "nocache", "noctty", "nofollow", "count_bytes", "skip_bytes", "seek_bytes", "text"];

/** dd numbers: sizes with c, w, b, k... suffixes, and "x" products (bs=2x512). */
function ddNumber(s: string): number | null {
  let n = 1;
  for (const part of s.split("x")) {
    const v = parseSize(part, "bcwkKMGTPEZYB");
    if (v === null) return null;
    n *= v;
  }
  return n;
}

/** The most one read(2) returns in the simulated kernel (syscalls/fd.ts MAX_RW_COUNT). */
const RW_CAP = 1 << 24;

async function invalid(p: Proc, msg: string): Promise<number> {
  await p.warn(msg);
  return 1;
}

export default program(async (p) => {
  const args = p.argv.slice(1);
  if (args[0] === "--help") {
    await p.out.write("Usage: dd [OPERAND]...\n  or:  dd OPTION\nCopy a file, converting and formatting according to the operands.\n");
    return 0;
  }
  if (args[0] === "--version") {
    await p.out.write(coreutilsVersion("dd", "Paul Rubin, David MacKenzie, and Stuart Kemp"));
    return 0;
  }
  let input: string | undefined, output: string | undefined;
  let ibs = 512, obs = 512, bsSet = false;
  let count = Infinity, skip = 0, seek = 0;
  const conv = new Set<string>(), iflag = new Set<string>(), oflag = new Set<string>();
  let status = "default";
  for (const a of args) {
    if (a === "--") continue;
    const eq = a.indexOf("=");
    if (eq < 0) return usageError(p, `unrecognized operand ${quote(a)}`);
    const [k, v] = [a.slice(0, eq), a.slice(eq + 1)];
    const num = (): number | null => ddNumber(v);
    switch (k) {
      case "if": input = v; break;
      case "of": output = v; break;
      case "bs": case "ibs": case "obs": case "count": case "skip": case "iseek": case "seek": case "oseek": {
        const n = num();
        if (n === null) return invalid(p, `invalid number: ${quote(v)}`);
        if ((k === "bs" || k === "ibs" || k === "obs") && n === 0) return invalid(p, `invalid number: ${quote(v)}`);
        if (k === "bs") {
          ibs = obs = n;
          bsSet = true;
        } else if (k === "ibs") ibs = n;
        else if (k === "obs") obs = n;
        else if (k === "count") count = n;
        else if (k === "skip" || k === "iseek") skip = n;
        else seek = n;
        break;
      }
      case "cbs": break;
      case "conv": case "iflag": case "oflag":
        for (const c of v.split(",")) {
          const ok = k === "conv" ? CONVS : FLAGS;
          if (!ok.includes(c)) {
            await p.warn(`invalid ${k === "conv" ? "conversion" : k === "iflag" ? "input flag" : "output flag"}: ${quote(c)}`);
            return usageError(p, null);
          }
          (k === "conv" ? conv : k === "iflag" ? iflag : oflag).add(c);
        }
        break;
      case "status":
        if (!["none", "noxfer", "progress"].includes(v)) {
          await p.warn(`invalid status level: ${quote(v)}`);
          return usageError(p, null);
        }
        status = v;
        break;
      default:
        return usageError(p, `unrecognized operand ${quote(a)}`);
    }
  }
  if (conv.has("ucase") && conv.has("lcase")) return invalid(p, "cannot combine lcase and ucase");
  if (conv.has("excl") && conv.has("nocreat")) return invalid(p, "cannot combine excl and nocreat");
  const sys = p.sys;
  const start = sys.clock_gettime(CLOCK_MONOTONIC);
  let ifd = 0, ofd = 1;
  if (input !== undefined) {
    try {
      ifd = await sys.open(input, O_RDONLY);
    } catch (e) {
      return invalid(p, `failed to open ${quote(input)}: ${errmsg(e)}`);
    }
  }
  if (output !== undefined) {
    const flags = O_WRONLY | (conv.has("nocreat") ? 0 : O_CREAT) | (conv.has("excl") ? O_EXCL : 0) | (oflag.has("append") ? O_APPEND : 0) | (conv.has("notrunc") || seek > 0 || oflag.has("append") ? 0 : O_TRUNC);
    try {
      ofd = await sys.open(output, flags, 0o666);
      if (seek > 0 && !conv.has("notrunc")) sys.ftruncate(ofd, seek * (oflag.has("seek_bytes") ? 1 : obs));
    } catch (e) {
      return invalid(p, `failed to open ${quote(output)}: ${errmsg(e)}`);
    }
  }
  const c: XferCounts = { fullIn: 0, partialIn: 0, fullOut: 0, partialOut: 0, truncated: 0, bytes: 0 };
  const report = async (): Promise<void> => {
    if (status === "none") return;
    let s = recordLines(c);
    if (status !== "noxfer") s += xferLine(c.bytes, Number(sys.clock_gettime(CLOCK_MONOTONIC) - start) / 1e9);
    await p.err.write(s);
  };
  let rc = 0;
  try {
    // skip=: seek the input if it can, else read and drop.
    let toSkip = skip * (iflag.has("skip_bytes") ? 1 : ibs);
    if (toSkip > 0) {
      try {
        sys.lseek(ifd, toSkip, SEEK_CUR);
        toSkip = 0;
      } catch {
        while (toSkip > 0) {
          const b = await sys.read(ifd, Math.min(toSkip, 65536));
          if (b.length === 0) break;
          toSkip -= b.length;
        }
      }
    }
    if (seek > 0) sys.lseek(ofd, seek * (oflag.has("seek_bytes") ? 1 : obs), SEEK_CUR);
    const countBytes = iflag.has("count_bytes");
    let left = countBytes ? count : Infinity;
    let blocks = 0;
    let pending: Uint8Array[] = [];
    let pendingLen = 0;
    const emit = async (b: Uint8Array): Promise<void> => {
      await writeAll(sys, ofd, b);
      if (b.length === obs) c.fullOut++;
      else c.partialOut++;
      c.bytes += b.length;
    };
    const direct = bsSet && !conv.has("sync");
    /** How much of the input buffer reads have touched (charged), in bytes. */
    let touched = 0;
    while ((countBytes ? left > 0 : blocks < count)) {
      const want = Math.min(ibs, left);
      let b = await sys.read(ifd, want);
      // The kernel gives one read() at most 16 MiB (MAX_RW_COUNT here); Linux gives a regular
      // file or /dev/zero the whole count, so a read that hit the cap goes on.
      while (b.length >= RW_CAP && b.length < want) {
        const more = await sys.read(ifd, want - b.length);
        if (more.length === 0) break;
        const nb = new Uint8Array(b.length + more.length);
        nb.set(b);
        nb.set(more, b.length);
        b = nb;
        if (b.length > touched) {
          await withMem(sys).mem_charge(b.length - touched, MEM_CHARGE_UACCESS);
          touched = b.length;
        }
      }
      if (iflag.has("fullblock")) {
        while (b.length > 0 && b.length < want) {
          const more = await sys.read(ifd, want - b.length);
          if (more.length === 0) break;
          const nb = new Uint8Array(b.length + more.length);
          nb.set(b);
          nb.set(more, b.length);
          b = nb;
        }
      }
      if (b.length === 0) break;
      if (b.length > touched) {
        await withMem(sys).mem_charge(b.length - touched, MEM_CHARGE_UACCESS);
        touched = b.length;
      }
      blocks++;
      left -= b.length;
      if (b.length === ibs) c.fullIn++;
      else c.partialIn++;
      if (conv.has("sync") && b.length < ibs) {
        const nb = new Uint8Array(ibs);
        nb.set(b);
        b = nb;
      } else b = b.slice();
      if (conv.has("swab")) for (let i = 0; i + 1 < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
      if (conv.has("ucase")) for (let i = 0; i < b.length; i++) if (b[i]! >= 97 && b[i]! <= 122) b[i]! -= 32;
      if (conv.has("lcase")) for (let i = 0; i < b.length; i++) if (b[i]! >= 65 && b[i]! <= 90) b[i]! += 32;
      if (direct) {
        await emit(b);
        continue;
      }
      pending.push(b);
      pendingLen += b.length;
      while (pendingLen >= obs) {
        const all = new Uint8Array(pendingLen);
        let o = 0;
        for (const x of pending) {
          all.set(x, o);
          o += x.length;
        }
        await emit(all.subarray(0, obs));
        pending = [all.slice(obs)];
        pendingLen -= obs;
      }
    }
    if (pendingLen > 0) {
      const all = new Uint8Array(pendingLen);
      let o = 0;
      for (const x of pending) {
        all.set(x, o);
        o += x.length;
      }
      await emit(all);
    }
  } catch (e) {
    await p.warn(`error writing ${quote(output ?? "standard output")}: ${errmsg(e)}`);
    rc = 1;
  } finally {
    if (input !== undefined) sys.close(ifd);
    if (output !== undefined) sys.close(ofd);
  }
  await report();
  return rc;
});
