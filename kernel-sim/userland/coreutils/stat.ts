// stat(1): the default layout, -c/--format and --printf directives, -f (filesystem), -L, -t.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { UserDb } from "../lib/pwd.ts";
import { modeString } from "../lib/modes.ts";
import { gmtime, strftime } from "../lib/time.ts";
import { expandEscapes } from "./printf_format.ts";
import { fileTypeName } from "./stat_format.ts";
import type { Stat, Statfs } from "../../uapi/stat.ts";
import { S_ISBLK, S_ISCHR, S_ISLNK, major, minor } from "../../uapi/stat.ts";

const FS_NAMES: Record<number, string> = {
  0x01021994: "tmpfs", 0x9fa0: "proc", 0x62656572: "sysfs", 0x63677270: "cgroup2fs", 0x794c7630: "overlayfs",
  0x1cd1: "devpts", 0x6e736673: "nsfs", 0xef53: "ext2/ext3", 0x27e0eb: "cgroupfs", 0x858458f6: "ramfs", 0x64626720: "debugfs",
};

function timeStr(ns: bigint): string {
  return strftime("%Y-%m-%d %H:%M:%S.%N %z", gmtime(ns));
}

const secs = (ns: bigint): string => String(ns / 1_000_000_000n);

function fileDirective(c: string, name: string, st: Stat, db: UserDb, link: string | null): string | null {
  switch (c) {
    case "a": return (st.mode & 0o7777).toString(8);
    case "A": return modeString(st.mode);
    case "b": return String(st.blocks);
    case "B": return "512";
    case "d": return String(st.dev);
    case "D": return st.dev.toString(16);
    case "f": return st.mode.toString(16);
    case "F": return (st.mode & 0o170000) === 0o100000 && st.size === 0 ? "regular empty file" : fileTypeName(st.mode);
    case "g": return String(st.gid);
    // stat(1) names an id the databases do not know "UNKNOWN" (ls prints the number).
    case "G": return db.groupByGid(st.gid)?.name ?? "UNKNOWN";
    case "h": return String(st.nlink);
    case "i": return String(st.ino);
    case "m": return "/";
    case "n": return name;
    case "N": return link !== null ? `${quote(name)} -> ${quote(link)}` : quote(name);
    case "o": return String(st.blksize);
    case "s": return String(st.size);
    case "t": return major(st.rdev).toString(16);
    case "T": return minor(st.rdev).toString(16);
    case "r": return String(st.rdev);
    case "R": return st.rdev.toString(16);
    case "u": return String(st.uid);
    case "U": return db.byUid(st.uid)?.name ?? "UNKNOWN";
    case "w": return st.birthtimeNs ? timeStr(st.birthtimeNs) : "-";
    case "W": return st.birthtimeNs ? secs(st.birthtimeNs) : "0";
    case "x": return timeStr(st.atimeNs);
    case "X": return secs(st.atimeNs);
    case "y": return timeStr(st.mtimeNs);
    case "Y": return secs(st.mtimeNs);
    case "z": return timeStr(st.ctimeNs);
    case "Z": return secs(st.ctimeNs);
    case "C": return "?";
    default: return null;
  }
}

function fsDirective(c: string, name: string, f: Statfs): string | null {
  switch (c) {
    case "a": return String(f.bavail);
    case "b": return String(f.blocks);
    case "c": return String(f.files);
    case "d": return String(f.ffree);
    case "f": return String(f.bfree);
    case "i": return f.fsid.toString(16);
    case "l": return String(f.namelen);
    case "n": return name;
    case "s": return String(f.bsize);
    case "S": return String(f.frsize || f.bsize);
    case "t": return f.type.toString(16);
    case "T": return FS_NAMES[f.type] ?? `UNKNOWN (0x${f.type.toString(16)})`;
    default: return null;
  }
}

/** Expand a format with %[-#0 +width.prec]X directives; %H/%L prefixes for d and r. */
function expand(fmt: string, get: (c: string) => string | null, devParts?: (c: string, hl: string) => string | null): string {
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch !== "%") {
      out += ch;
      continue;
    }
    const m = /^%([-#0 +']*)([0-9]*)(?:\.([0-9]*))?([HL]?)(.)/s.exec(fmt.slice(i));
    if (!m) {
      out += ch;
      continue;
    }
    i += m[0].length - 1;
    const [, flags, width, prec, hl, c] = m as unknown as [string, string, string, string | undefined, string, string];
    if (c === "%") {
      out += "%";
      continue;
    }
    let v = hl && devParts ? devParts(c, hl) : get(c);
    if (v === null) {
      out += m[0];
      continue;
    }
    if (prec !== undefined && /^[0-9]+\.[0-9]{9}/.test(v) === false && !/^[xyzwXYZW]$/.test(c)) v = v.slice(0, prec === "" ? 0 : Number(prec));
    const w = Number(width || 0);
    if (v.length < w) {
      if (flags.includes("-")) v = v.padEnd(w);
      else if (flags.includes("0") && /^[0-9]/.test(v)) v = v.padStart(w, "0");
      else v = v.padStart(w);
    }
    out += v;
  }
  return out;
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "c:fLt", [
    { name: "format", has: 1, key: "c" },
    { name: "printf", has: 1, key: "printf" },
    { name: "file-system", has: 0, key: "f" },
    { name: "dereference", has: 0, key: "L" },
    { name: "terse", has: 0, key: "t" },
    { name: "cached", has: 1, key: "cached" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: stat [OPTION]... FILE...\nDisplay file or file system status.\n", "Michael Meskes");
  if (hv !== null) return hv;
  let fmt: string | null = null;
  let fsMode = false, deref = false, terse = false;
  for (const o of parsed.opts) {
    if (o.key === "c") fmt = o.arg! + "\n";
    else if (o.key === "printf") fmt = expandEscapes(o.arg!, false)[0];
    else if (o.key === "f") fsMode = true;
    else if (o.key === "L") deref = true;
    else if (o.key === "t") terse = true;
  }
  if (parsed.operands.length === 0) return usageError(p, "missing operand");
  const db = await new UserDb(p.sys).load();
  let status = 0;
  for (const name of parsed.operands) {
    if (fsMode) {
      let f: Statfs;
      try {
        f = p.sys.statfs(name);
      } catch (e) {
        await p.warn(`cannot read file system information for ${quote(name)}: ${errmsg(e)}`);
        status = 1;
        continue;
      }
      const def = terse
        ? "%n %i %l %t %s %S %b %f %a %c %d\n"
        : '  File: "%n"\n    ID: %-8i Namelen: %-7l Type: %T\nBlock size: %-10s Fundamental block size: %S\nBlocks: Total: %-10b Free: %-10f Available: %a\nInodes: Total: %-10c Free: %d\n';
      await p.out.write(expand(fmt ?? def, (c) => fsDirective(c, name, f)));
      continue;
    }
    let st: Stat;
    try {
      st = deref ? p.sys.stat(name) : p.sys.lstat(name);
    } catch (e) {
      await p.warn(`cannot statx ${quote(name)}: ${errmsg(e)}`);
      status = 1;
      continue;
    }
    let link: string | null = null;
    if (S_ISLNK(st.mode)) {
      try {
        link = p.sys.readlink(name);
      } catch {
        link = null;
      }
    }
    const dev = S_ISCHR(st.mode) || S_ISBLK(st.mode);
    let def: string;
    if (terse) def = "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n";
    else {
      def =
        `  File: ${link !== null ? name + " -> " + link : "%n"}\n` +
        "  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n" +
        (dev ? "Device: %Hd,%Ld\tInode: %-11i Links: %-5h Device type: %Hr,%Lr\n" : "Device: %Hd,%Ld\tInode: %-11i Links: %h\n") +
        "Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n" +
        "Access: %x\nModify: %y\nChange: %z\n Birth: %w\n";
    }
    const devParts = (c: string, hl: string): string | null => {
      const n = c === "d" ? st.dev : c === "r" ? st.rdev : null;
      if (n === null) return null;
      return String(hl === "H" ? major(n) : minor(n));
    };
    await p.out.write(expand(fmt ?? def, (c) => fileDirective(c, name, st, db, link), devParts));
  }
  return status;
});
