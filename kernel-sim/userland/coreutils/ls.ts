// ls(1), GNU coreutils 9.1: which names to list, how to sort them and which layout to use.
// Layouts are in ls_format.ts, name quoting and colours in ls_quote.ts.
// Exit status: 0, 1 for minor problems (a subdirectory in -R), 2 for a bad operand.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS } from "../lib/getopt.ts";
import { readdir, joinPath } from "../lib/dirent.ts";
import { UserDb } from "../lib/pwd.ts";
import { isatty } from "../lib/stdio.ts";
import { fnmatch } from "../lib/fnmatch.ts";
import { S_ISDIR, S_ISLNK } from "../../uapi/stat.ts";
import type { Stat } from "../../uapi/stat.ts";
import { CLOCK_REALTIME } from "../../uapi/clock.ts";
import type { Entry, LongOpts } from "./ls_format.ts";
import { blocksText, columnLines, commaText, longLines } from "./ls_format.ts";
import { Colors, cStyle, escapeStyle, hideControl, indicator, shellEscape, shellQuote } from "./ls_quote.ts";

const LONGOPTS = [
  { name: "all", has: 0 as const, key: "a" },
  { name: "almost-all", has: 0 as const, key: "A" },
  { name: "classify", has: 2 as const, key: "F" },
  { name: "color", has: 2 as const, key: "color" },
  { name: "context", has: 0 as const, key: "Z" },
  { name: "directory", has: 0 as const, key: "d" },
  { name: "dereference", has: 0 as const, key: "L" },
  { name: "dereference-command-line", has: 0 as const, key: "H" },
  { name: "file-type", has: 0 as const, key: "file-type" },
  { name: "full-time", has: 0 as const, key: "full-time" },
  { name: "human-readable", has: 0 as const, key: "h" },
  { name: "si", has: 0 as const, key: "si" },
  { name: "inode", has: 0 as const, key: "i" },
  { name: "numeric-uid-gid", has: 0 as const, key: "n" },
  { name: "no-group", has: 0 as const, key: "G" },
  { name: "recursive", has: 0 as const, key: "R" },
  { name: "reverse", has: 0 as const, key: "r" },
  { name: "size", has: 0 as const, key: "s" },
  { name: "sort", has: 1 as const, key: "sort" },
  { name: "time", has: 1 as const, key: "time" },
  { name: "time-style", has: 1 as const, key: "time-style" },
  { name: "width", has: 1 as const, key: "w" },
  { name: "indicator-style", has: 1 as const, key: "indicator-style" },
  { name: "group-directories-first", has: 0 as const, key: "group-directories-first" },
  { name: "literal", has: 0 as const, key: "N" },
  { name: "quote-name", has: 0 as const, key: "Q" },
  { name: "escape", has: 0 as const, key: "b" },
  { name: "hide-control-chars", has: 0 as const, key: "hide-control-chars" },
  { name: "show-control-chars", has: 0 as const, key: "show-control-chars" },
  { name: "quoting-style", has: 1 as const, key: "quoting-style" },
  { name: "ignore", has: 1 as const, key: "I" },
  { name: "hide", has: 1 as const, key: "hide" },
  { name: "ignore-backups", has: 0 as const, key: "B" },
  ...STD_LONGOPTS,
];

type Format = "long" | "columns" | "across" | "one" | "commas";

interface LsOpts {
  format: Format;
  all: "default" | "almost" | "all";
  directory: boolean;
  recursive: boolean;
  sort: "name" | "time" | "size" | "none" | "extension" | "version";
  reverse: boolean;
  indicator: "none" | "slash" | "file-type" | "classify";
  color: boolean;
  quoting: "literal" | "shell-escape" | "shell-escape-always" | "shell" | "shell-always" | "c" | "escape";
  hideControl: boolean;
  /** -I / -B patterns: never listed. */
  ignore: string[];
  /** --hide patterns: not listed unless -a or -A. */
  hide: string[];
  deref: "never" | "always" | "cmdline" | "cmdline-dirs";
  groupDirsFirst: boolean;
  width: number;
  long: LongOpts;
}

const HELP = "Usage: ls [OPTION]... [FILE]...\nList information about the FILEs (the current directory by default).\nSort entries alphabetically if none of -cftuvSUX nor --sort is specified.\n";

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "abcdfghiklmnopqrstuvw:xABCDFGHI:LNQRST:UXZ1", LONGOPTS, 2);
  if (!parsed) return 2;
  const hv = await helpVersion(p, parsed, HELP, "Richard M. Stallman and David MacKenzie");
  if (hv !== null) return hv;
  const sys = p.sys;
  const tty = isatty(sys, 1);
  const users = new UserDb(sys);
  const o: LsOpts = {
    format: tty ? "columns" : "one",
    all: "default",
    directory: false,
    recursive: false,
    sort: "name",
    reverse: false,
    indicator: "none",
    color: false,
    quoting: tty ? "shell-escape" : "literal",
    hideControl: tty,
    ignore: [],
    hide: [],
    deref: "cmdline-dirs",
    groupDirsFirst: false,
    width: 80,
    long: {
      human: false,
      si: false,
      numeric: false,
      showOwner: true,
      showGroup: true,
      inode: false,
      size: false,
      time: "mtime",
      timeStyle: "locale",
      nowNs: sys.clock_gettime(CLOCK_REALTIME),
      userName: (u) => users.userName(u),
      groupName: (g) => users.groupName(g),
    },
  };
  let sortByTime = false;
  let widthArg: string | undefined;
  for (const opt of parsed.opts) {
    switch (opt.key) {
      case "a": o.all = "all"; break;
      case "A": o.all = "almost"; break;
      case "c": o.long.time = "ctime"; sortByTime = true; break;
      case "u": o.long.time = "atime"; sortByTime = true; break;
      case "d": o.directory = true; break;
      case "f": o.all = "all"; o.sort = "none"; break;
      case "F": o.indicator = opt.arg === "never" ? "none" : opt.arg === "auto" || opt.arg === "if-tty" ? (tty ? "classify" : "none") : "classify"; break;
      case "p": o.indicator = "slash"; break;
      case "file-type": o.indicator = "file-type"; break;
      case "indicator-style": o.indicator = opt.arg === "slash" ? "slash" : opt.arg === "file-type" ? "file-type" : opt.arg === "classify" ? "classify" : "none"; break;
      case "g": o.format = "long"; o.long.showOwner = false; break;
      case "o": o.format = "long"; o.long.showGroup = false; break;
      case "G": o.long.showGroup = false; break;
      case "h": o.long.human = true; break;
      case "si": o.long.si = true; break;
      case "i": o.long.inode = true; break;
      case "l": o.format = "long"; break;
      case "n": o.format = "long"; o.long.numeric = true; break;
      case "full-time": o.format = "long"; o.long.timeStyle = "full-iso"; break;
      case "time-style": o.long.timeStyle = opt.arg!.replace(/^posix-/, ""); break;
      case "m": o.format = "commas"; break;
      case "x": o.format = "across"; break;
      case "C": o.format = "columns"; break;
      case "1": if (o.format !== "long") o.format = "one"; break;
      case "q": o.hideControl = true; break;
      case "hide-control-chars": o.hideControl = true; break;
      case "show-control-chars": o.hideControl = false; break;
      case "N": o.quoting = "literal"; break;
      case "Q": o.quoting = "c"; break;
      case "b": o.quoting = "escape"; break;
      case "quoting-style": {
        const q = opt.arg!;
        o.quoting = q === "c" || q === "escape" || q === "shell" || q === "shell-always" || q === "shell-escape" || q === "shell-escape-always" ? q : "literal";
        break;
      }
      case "I": o.ignore.push(opt.arg!); break;
      case "B": o.ignore.push("*~", ".*~"); break;
      case "hide": o.hide.push(opt.arg!); break;
      case "r": o.reverse = true; break;
      case "R": o.recursive = true; break;
      case "s": o.long.size = true; break;
      case "S": o.sort = "size"; break;
      case "t": o.sort = "time"; break;
      case "U": o.sort = "none"; break;
      case "X": o.sort = "extension"; break;
      case "v": o.sort = "version"; break;
      case "sort": o.sort = ({ name: "name", none: "none", time: "time", size: "size", extension: "extension", version: "version" } as const)[opt.arg as "name"] ?? "name"; break;
      case "time": o.long.time = opt.arg === "ctime" || opt.arg === "status" ? "ctime" : opt.arg === "atime" || opt.arg === "access" || opt.arg === "use" ? "atime" : "mtime"; break;
      case "w": widthArg = opt.arg; break;
      case "L": o.deref = "always"; break;
      case "H": o.deref = "cmdline"; break;
      case "group-directories-first": o.groupDirsFirst = true; break;
      case "color": {
        const a = opt.arg;
        o.color = a === undefined || a === "always" || a === "yes" || a === "force" ? true : a === "auto" || a === "tty" || a === "if-tty" ? tty : false;
        break;
      }
    }
  }
  // -c/-u sort by that time unless the format is long (then they only choose the column).
  if (sortByTime && o.format !== "long" && o.sort === "name") o.sort = "time";
  if (o.deref === "cmdline-dirs" && (o.format === "long" || o.directory || o.indicator === "classify")) o.deref = "never";
  o.width = lineLength(p, tty, widthArg);
  if (o.format === "long" || o.sort === "time" || o.sort === "size") await users.load();
  if (o.format === "long") await users.load();
  const colors = o.color ? new Colors(p.getenv("LS_COLORS")) : null;
  return new Lister(p, o, colors).run(parsed.operands);
});

function lineLength(p: Proc, tty: boolean, arg: string | undefined): number {
  if (arg !== undefined && /^[0-9]+$/.test(arg)) return Number(arg) || Infinity;
  if (tty) {
    try {
      const ws = p.sys.ioctl_tiocgwinsz(1);
      if (ws.cols > 0) return ws.cols;
    } catch {
      // not a terminal after all
    }
  }
  const env = p.getenv("COLUMNS");
  if (env && /^[0-9]+$/.test(env) && Number(env) > 0) return Number(env);
  return 80;
}

class Lister {
  status = 0;
  private first = true;
  constructor(
    private readonly p: Proc,
    private readonly o: LsOpts,
    private readonly colors: Colors | null,
  ) {}

  async run(operands: string[]): Promise<number> {
    const args = operands.length ? operands : ["."];
    const files: Entry[] = [];
    const dirs: Entry[] = [];
    for (const a of args) {
      const e = this.statEntry(a, a, true);
      if (!e.st) {
        await this.p.warn(`cannot access ${quote(a)}: ${e.target}`);
        this.status = 2;
        continue;
      }
      if (S_ISDIR(e.st.mode) && !this.o.directory) dirs.push(e);
      else files.push(e);
    }
    this.sort(files);
    this.sort(dirs);
    if (files.length) {
      // GNU sizes the columns over every command-line entry, directories included.
      await this.printGroup(files, false, dirs);
      this.first = false;
    }
    const header = this.o.recursive || args.length > 1;
    for (const d of dirs) await this.listDir(d.path, header);
    return this.status;
  }

  /** lstat or stat a name per the dereference rules; on failure st is null and target the message. */
  private statEntry(name: string, path: string, cmdline: boolean): Entry {
    const sys = this.p.sys;
    let st: Stat;
    try {
      st = sys.lstat(path);
    } catch (e) {
      return { name, path, st: null, target: errmsg(e) };
    }
    const e: Entry = { name, path, st };
    if (S_ISLNK(st.mode)) {
      const d = this.o.deref;
      let tst: Stat | null = null;
      try {
        tst = sys.stat(path);
      } catch {
        tst = null;
      }
      e.linkOk = tst !== null;
      if (tst && (d === "always" || (cmdline && d === "cmdline") || (cmdline && d === "cmdline-dirs" && S_ISDIR(tst.mode)))) {
        e.st = tst;
        return e;
      }
      if (this.o.format === "long") {
        try {
          e.target = sys.readlink(path);
        } catch {
          e.target = "";
        }
      }
      if (tst) e.targetMode = tst.mode;
    }
    return e;
  }

  private sort(list: Entry[]): void {
    const o = this.o;
    if (o.sort === "none") {
      if (o.reverse) list.reverse();
      return;
    }
    const byName = (a: Entry, b: Entry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    let cmp: (a: Entry, b: Entry) => number = byName;
    const t = (e: Entry): bigint => (o.long.time === "ctime" ? e.st!.ctimeNs : o.long.time === "atime" ? e.st!.atimeNs : e.st!.mtimeNs);
    if (o.sort === "time") cmp = (a, b) => (t(a) === t(b) ? byName(a, b) : t(a) > t(b) ? -1 : 1);
    else if (o.sort === "size") cmp = (a, b) => (a.st!.size === b.st!.size ? byName(a, b) : b.st!.size - a.st!.size);
    else if (o.sort === "extension") {
      const ext = (n: string): string => {
        const i = n.lastIndexOf(".");
        return i > 0 ? n.slice(i) : "";
      };
      cmp = (a, b) => {
        const x = ext(a.name);
        const y = ext(b.name);
        return x === y ? byName(a, b) : x < y ? -1 : 1;
      };
    } else if (o.sort === "version") cmp = (a, b) => versionCompare(a.name, b.name);
    const base = cmp;
    const rev = o.reverse ? (a: Entry, b: Entry) => -base(a, b) : base;
    const final = o.groupDirsFirst ? (a: Entry, b: Entry) => Number(S_ISDIR(b.st!.mode)) - Number(S_ISDIR(a.st!.mode)) || rev(a, b) : rev;
    list.sort(final);
  }

  private async listDir(path: string, header: boolean): Promise<void> {
    const p = this.p;
    const sys = p.sys;
    let dents;
    try {
      dents = await readdir(sys, path);
    } catch (e) {
      await p.warn(`cannot open directory ${quote(path)}: ${errmsg(e)}`);
      this.status = this.first ? 2 : 1;
      this.first = false;
      return;
    }
    if (!this.first) await p.out.write("\n");
    this.first = false;
    if (header) await p.out.write(`${this.display(path)}:\n`);
    const entries: Entry[] = [];
    for (const d of dents) {
      const hidden = d.name.startsWith(".");
      if (hidden && this.o.all === "default") continue;
      if ((d.name === "." || d.name === "..") && this.o.all !== "all") continue;
      if (this.ignored(d.name)) continue;
      const e = this.statEntry(d.name, joinPath(path, d.name), false);
      if (!e.st) {
        await p.warn(`cannot access ${quote(e.path)}: ${e.target}`);
        this.status = 1;
        continue;
      }
      entries.push(e);
      if (sys.need_resched()) await sys.sched_yield();
    }
    this.sort(entries);
    await this.printGroup(entries, true);
    if (this.o.recursive) {
      for (const e of entries) {
        if (e.name === "." || e.name === "..") continue;
        if (S_ISDIR(e.st!.mode) && !S_ISLNK(e.st!.mode)) await this.listDir(e.path, true);
      }
    }
  }

  private ignored(name: string): boolean {
    for (const pat of this.o.ignore) if (fnmatch(pat, name)) return true;
    if (this.o.all === "default") for (const pat of this.o.hide) if (fnmatch(pat, name)) return true;
    return false;
  }

  private display(name: string): string {
    if (this.o.quoting === "shell-escape" || this.o.quoting === "shell-escape-always") {
      return shellEscape(name, this.o.quoting === "shell-escape-always");
    }
    if (this.o.quoting === "shell" || this.o.quoting === "shell-always") {
      return shellQuote(this.o.hideControl ? hideControl(name) : name, this.o.quoting === "shell-always");
    }
    if (this.o.quoting === "c") return cStyle(name);
    if (this.o.quoting === "escape") return escapeStyle(name);
    return this.o.hideControl ? hideControl(name) : name;
  }

  private async printGroup(entries: Entry[], isDir: boolean, alsoWidths: Entry[] = []): Promise<void> {
    const o = this.o;
    const p = this.p;
    const align = (o.quoting === "shell-escape" || o.quoting === "shell") && (o.format === "long" || o.format === "columns" || o.format === "across");
    let someQuoted = false;
    for (const e of entries) {
      const q = this.display(e.name);
      if (q !== e.name && /^['"]/.test(q)) someQuoted = true;
      e.shown = q;
    }
    for (const e of entries) {
      let q = e.shown!;
      if (align && someQuoted && !/^['"]/.test(q)) q = " " + q;
      const mode = e.st!.mode;
      const ind = indicator(mode, o.indicator);
      e.width = q.length + ind.length;
      e.painted = (this.colors ? this.colors.paint(q, this.colors.code(e.name, mode, e.linkOk ?? true)) : q) + ind;
      if (e.target !== undefined) e.target = this.display(e.target);
    }
    if (o.format === "long") {
      if (isDir) {
        const total = entries.reduce((n, e) => n + e.st!.blocks, 0);
        await p.out.write(`total ${blocksText(total, o.long)}\n`);
      }
      const lines = longLines([...entries, ...alsoWidths.map((e) => ({ ...e, painted: "" }))], o.long).slice(0, entries.length);
      for (const line of lines) await p.out.write(line + "\n");
      return;
    }
    // -i and -s prefix columns, right-aligned across the group.
    const wIno = o.long.inode ? Math.max(...entries.map((e) => String(e.st!.ino).length), 0) : 0;
    const wBlk = o.long.size ? Math.max(...entries.map((e) => blocksText(e.st!.blocks, o.long).length), 0) : 0;
    if (o.long.size && isDir) {
      const total = entries.reduce((n, e) => n + e.st!.blocks, 0);
      await p.out.write(`total ${blocksText(total, o.long)}\n`);
    }
    const items = entries.map((e) => {
      let pre = "";
      if (o.long.inode) pre += String(e.st!.ino).padStart(o.format === "commas" ? 0 : wIno) + " ";
      if (o.long.size) pre += blocksText(e.st!.blocks, o.long).padStart(o.format === "commas" ? 0 : wBlk) + " ";
      return { text: pre + e.painted!, width: pre.length + e.width! };
    });
    if (o.format === "one") {
      for (const it of items) await p.out.write(it.text + "\n");
    } else if (o.format === "commas") {
      await p.out.write(commaText(items, o.width));
    } else {
      for (const line of columnLines(items, o.width, o.format === "across", true)) await p.out.write(line + "\n");
    }
  }
}

/** filevercmp-like natural order: digit runs compare as numbers. */
export function versionCompare(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const x = a.match(re) ?? [];
  const y = b.match(re) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const s = x[i]!;
    const t = y[i]!;
    if (s === t) continue;
    if (/^\d/.test(s) && /^\d/.test(t)) {
      const d = Number(s) - Number(t);
      if (d !== 0) return d;
    }
    return s < t ? -1 : 1;
  }
  return x.length - y.length;
}
