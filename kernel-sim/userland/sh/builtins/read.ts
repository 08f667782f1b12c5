// read [-r] [-p prompt] [-a array] [-d delim] [-n count] [-N count] [-s] [-t timeout] [-u fd] [name...]
// Reads one byte at a time from a pipe or terminal (so the rest of the input is left for the
// next reader, as the shells do); from a regular file it reads ahead and seeks back.

import type { Shell } from "../interp/shell.ts";
import { encode } from "../../lib/text.ts";
import { shDecode } from "../bytes.ts";
import { Errno, EINTR, ESPIPE, strerror } from "../../../uapi/errno.ts";
import { SEEK_CUR } from "../../../uapi/fcntl.ts";
import { ECHO, ICANON, TCSANOW } from "../../../uapi/termios.ts";

import { berr, badOption } from "./io.ts";
import { ReadonlyError } from "../interp/vars.ts";
import { writeAll } from "../../lib/stdio.ts";

export async function read(sh: Shell, argv: string[]): Promise<number> {
  let raw = false;
  let prompt = "";
  let arrayName: string | null = null;
  let delim = 10;
  let nchars = -1;
  let exact = false;
  let silent = false;
  let timeout = -1;
  let fd = 0;
  let i = 1;
  const opts = sh.bash ? "rpadnNstu" : "rp";
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    for (let k = 1; k < a.length; k++) {
      const f = a[k]!;
      if (!opts.includes(f)) return badOption(sh, "read", "-" + f, "read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]");
      if (f === "r") raw = true;
      else if (f === "s") silent = true;
      else {
        const v = k + 1 < a.length ? a.slice(k + 1) : argv[++i] ?? "";
        if (f === "p") prompt = v;
        else if (f === "a") arrayName = v;
        else if (f === "d") delim = v === "" ? 0 : encode(v)[0]!;
        else if (f === "n" || f === "N") {
          nchars = Number(v);
          exact = f === "N";
        } else if (f === "t") timeout = Number(v);
        else if (f === "u") fd = Number(v);
        break;
      }
    }
  }
  const names = argv.slice(i);
  if (names.length === 0 && arrayName === null) names.push("REPLY");
  const sys = sh.sys;
  let restoreTty: (() => void) | null = null;
  if (prompt && sh.bash) {
    try {
      sys.ioctl_tcgets(fd);
      await writeAll(sys, 2, prompt);
    } catch {
      // prompts only go to a terminal
    }
  } else if (prompt && !sh.bash) await writeAll(sys, 2, prompt);
  if (silent || nchars >= 0) {
    try {
      const t = sys.ioctl_tcgets(fd);
      const saved = { ...t, cc: t.cc.slice() };
      const nt = { ...t, cc: t.cc.slice() };
      if (silent) nt.lflag &= ~ECHO;
      if (nchars >= 0) nt.lflag &= ~ICANON;
      sys.ioctl_tcsets(fd, TCSANOW, nt);
      restoreTty = () => sys.ioctl_tcsets(fd, TCSANOW, saved);
    } catch {
      // not a terminal
    }
  }
  const bytes: number[] = [];
  let eof = false;
  let gotDelim = false;
  let seekable = false;
  try {
    sys.lseek(fd, 0, SEEK_CUR);
    seekable = (sys.fstat(fd).mode & 0o170000) === 0o100000;
  } catch {
    seekable = false;
  }
  if (timeout === 0) {
    // -t 0: is input available? (no data is read)
    try {
      const r = await sys.poll([{ fd, events: 1 }], 0);
      return r.length > 0 && r[0] !== 0 ? 0 : 1;
    } catch {
      return 1;
    }
  }
  const deadline = timeout > 0 ? Date.now() + timeout * 1000 : 0;
  try {
    outer: for (;;) {
      if (nchars >= 0 && countChars(bytes) >= nchars) break;
      let chunk: Uint8Array;
      if (deadline) {
        const left = deadline - Date.now();
        const ready = left > 0 ? await sys.poll([{ fd, events: 1 }], left) : [];
        if (!ready.length || ready[0] === 0) return 142;
      }
      try {
        chunk = await sys.read(fd, seekable && nchars < 0 ? 256 : 1);
      } catch (e) {
        if (e instanceof Errno && e.errno === EINTR) {
          if (sh.pendingSignals.length) return 128 + sh.pendingSignals[0]!;
          continue;
        }
        if (e instanceof Errno) {
          await berr(sh, "read", `read error: ${fd}: ${strerror(e.errno)}`);
          return 1;
        }
        throw e;
      }
      if (chunk.length === 0) {
        eof = true;
        break;
      }
      for (let k = 0; k < chunk.length; k++) {
        const b = chunk[k]!;
        if (b === delim && !exact) {
          if (!raw && bytes.length && bytes[bytes.length - 1] === 92 && !escapedBackslash(bytes)) {
            // backslash-newline: line continuation
            bytes.pop();
            continue;
          }
          gotDelim = true;
          if (k + 1 < chunk.length) seekBack(sh, fd, chunk.length - k - 1);
          break outer;
        }
        bytes.push(b);
        if (nchars >= 0 && countChars(bytes) >= nchars) {
          if (k + 1 < chunk.length) seekBack(sh, fd, chunk.length - k - 1);
          break outer;
        }
      }
    }
  } finally {
    if (restoreTty) restoreTty();
  }
  void gotDelim;
  try {
    assignFields(sh, shDecode(Uint8Array.from(bytes)), names, arrayName, raw);
  } catch (e) {
    if (!(e instanceof ReadonlyError)) throw e;
    await sh.error(`${sh.bash ? "" : "read: "}${sh.readonlyMsg(e.name)}`);
    return sh.bash ? 1 : 2;
  }
  return eof ? 1 : 0;
}

function countChars(bytes: number[]): number {
  let n = 0;
  for (const b of bytes) if ((b & 0xc0) !== 0x80) n++;
  return n;
}

function escapedBackslash(bytes: number[]): boolean {
  let n = 0;
  for (let i = bytes.length - 1; i >= 0 && bytes[i] === 92; i--) n++;
  return n % 2 === 0;
}

function seekBack(sh: Shell, fd: number, n: number): void {
  try {
    sh.sys.lseek(fd, -n, SEEK_CUR);
  } catch {
    // checked seekable before reading ahead
  }
}

/** Split the line on IFS into the names; the last one gets the rest of the line. */
function assignFields(sh: Shell, line: string, names: string[], arrayName: string | null, raw: boolean): void {
  const ifsVal = sh.vars.get("IFS");
  const ifs = ifsVal === undefined ? " \t\n" : ifsVal;
  const isWs = (c: string) => (c === " " || c === "\t" || c === "\n") && ifs.includes(c);
  // process backslashes (without -r): a backslash quotes the next character
  const chars: { c: string; q: boolean }[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "\\" && !raw) {
      if (i + 1 < line.length) chars.push({ c: line[++i]!, q: true });
      continue;
    }
    chars.push({ c, q: false });
  }
  const fields: string[] = [];
  let i = 0;
  const n = chars.length;
  const isSep = (k: number) => !chars[k]!.q && ifs.includes(chars[k]!.c);
  while (i < n && !chars[i]!.q && isWs(chars[i]!.c)) i++;
  const want = arrayName !== null ? Infinity : names.length;
  while (i < n) {
    if (fields.length === want - 1) {
      // the rest, minus trailing IFS white space
      let e = n;
      while (e > i && !chars[e - 1]!.q && isWs(chars[e - 1]!.c)) e--;
      fields.push(chars.slice(i, e).map((x) => x.c).join(""));
      i = n;
      break;
    }
    let j = i;
    while (j < n && !isSep(j)) j++;
    fields.push(chars.slice(i, j).map((x) => x.c).join(""));
    while (j < n && !chars[j]!.q && isWs(chars[j]!.c)) j++;
    if (j < n && isSep(j) && !isWs(chars[j]!.c)) {
      j++;
      while (j < n && !chars[j]!.q && isWs(chars[j]!.c)) j++;
    }
    i = j;
  }
  if (arrayName !== null) {
    sh.vars.setArray(arrayName, fields);
    return;
  }
  for (let k = 0; k < names.length; k++) sh.setVar(names[k]!, fields[k] ?? "");
}
