// truncate(1): set the size of files: -s [+-<>/%]SIZE (extend, reduce, at most, at least,
// round down, round up), -r RFILE, -o (SIZE in I/O blocks), -c (do not create).

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { parseSize } from "./size_suffix.ts";
import { O_CREAT, O_WRONLY, O_NONBLOCK } from "../../uapi/fcntl.ts";
import { S_ISREG } from "../../uapi/stat.ts";
import { Errno, ENOENT } from "../../uapi/errno.ts";

const HELP = `Usage: truncate OPTION... FILE...
Shrink or extend the size of each FILE to the specified size
`;

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "cor:s:", [
    { name: "no-create", has: 0, key: "c" },
    { name: "io-blocks", has: 0, key: "o" },
    { name: "reference", has: 1, key: "r" },
    { name: "size", has: 1, key: "s" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, HELP, "Padraig Brady");
  if (hv !== null) return hv;
  let noCreate = false, ioBlocks = false;
  let ref: string | undefined;
  let sizeArg: string | undefined;
  for (const o of parsed.opts) {
    if (o.key === "c") noCreate = true;
    else if (o.key === "o") ioBlocks = true;
    else if (o.key === "r") ref = o.arg;
    else if (o.key === "s") sizeArg = o.arg;
  }
  let op = "";
  let size = 0;
  if (sizeArg !== undefined) {
    let s = sizeArg.replace(/^\s+/, "");
    if ("+-<>/%".includes(s[0] ?? "x")) {
      op = s[0]!;
      s = s.slice(1);
    }
    const n = parseSize(s, "KMGTPEZYkB");
    if (n === null) {
      await p.warn(`Invalid number: ${quote(sizeArg)}`);
      return 1;
    }
    size = n;
    if ((op === "/" || op === "%") && size === 0) {
      await p.warn("division by zero");
      return 1;
    }
  }
  if (sizeArg === undefined && ref === undefined) return usageError(p, "you must specify either '--size' or '--reference'");
  if (sizeArg !== undefined && ref !== undefined && op === "") return usageError(p, "you must specify a relative '--size' with '--reference'");
  if (ioBlocks && sizeArg === undefined) return usageError(p, "'--io-blocks' was specified but '--size' was not");
  if (parsed.operands.length === 0) return usageError(p, "missing file operand");
  let refSize = -1;
  if (ref !== undefined) {
    try {
      refSize = p.sys.stat(ref).size;
    } catch (e) {
      await p.warn(`cannot stat ${quote(ref)}: ${errmsg(e)}`);
      return 1;
    }
  }
  let status = 0;
  for (const f of parsed.operands) {
    let fd: number;
    try {
      fd = await p.sys.open(f, O_WRONLY | O_NONBLOCK | (noCreate ? 0 : O_CREAT), 0o666);
    } catch (e) {
      if (noCreate && e instanceof Errno && e.errno === ENOENT) continue;
      await p.warn(`cannot open ${quote(f)} for writing: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    try {
      const st = p.sys.fstat(fd);
      const unit = ioBlocks ? st.blksize || 4096 : 1;
      const n = size * unit;
      const cur = refSize >= 0 ? refSize : S_ISREG(st.mode) ? st.size : 0;
      let want: number;
      switch (op) {
        case "+": want = cur + n; break;
        case "-": want = Math.max(0, cur - n); break;
        case "<": want = Math.min(cur, n); break;
        case ">": want = Math.max(cur, n); break;
        case "/": want = Math.floor(cur / n) * n; break;
        case "%": want = Math.ceil(cur / n) * n; break;
        default: want = sizeArg !== undefined ? n : refSize;
      }
      p.sys.ftruncate(fd, want);
    } catch (e) {
      await p.warn(`failed to truncate ${quote(f)} at ${size} bytes: ${errmsg(e)}`);
      status = 1;
    } finally {
      p.sys.close(fd);
    }
  }
  return status;
});
