// grep's search: each file is read and searched a block at a time, as GNU grep does, so
// `yes | grep y | head -1` ends and `tail -f log | grep x` prints as lines arrive. What one block
// leaves to the next (counts, line numbers, before-context, binary state) is a Scan.

import type { Proc } from "../lib/main.ts";
import { quotef, errmsg } from "../lib/main.ts";
import { openInput, closeInput } from "../lib/input.ts";
import { readdirNames, joinPath } from "../lib/dirent.ts";
import { S_ISDIR } from "../../uapi/stat.ts";
import { Errno, EISDIR } from "../../uapi/errno.ts";

export interface GrepOpts {
  re: RegExp;
  reG: RegExp;
  invert: boolean;
  count: boolean;
  listMatch: boolean;
  listNonMatch: boolean;
  number: boolean;
  byteOffset: boolean;
  names: boolean;
  only: boolean;
  quiet: boolean;
  silent: boolean;
  recursive: boolean;
  max: number;
  after: number;
  before: number;
  text: boolean;
  color: boolean;
  label: string;
  nul: boolean;
  eol: string;
  include: RegExp[];
  exclude: RegExp[];
}

const SGR_MATCH = "\x1b[01;31m\x1b[K";
const SGR_END = "\x1b[m\x1b[K";
const SGR_FILE = "\x1b[35m\x1b[K";
const SGR_SEP = "\x1b[36m\x1b[K";
const SGR_LINE = "\x1b[32m\x1b[K";

/** read(2) size: GNU grep's buffer is 96 KiB; a pipe hands over at most 64 KiB anyway. */
const BLOCK = 65536;

/** The state of one file's search between blocks. */
interface Scan {
  readonly name: string;
  /** Selected lines so far. */
  count: number;
  /** Lines in the blocks before this one. */
  lineNo: number;
  /** Offset of this block's first line (-b). */
  offset: number;
  /** Index of the last line printed (for "--" between context groups), -1 for none. */
  lastPrinted: number;
  /** Lines of after-context still to print. */
  afterLeft: number;
  /** The last `before` lines of the previous block, for before-context across blocks. */
  tail: string[];
  /** A NUL was seen (not with -a or -z): the first match says "binary file matches". */
  binary: boolean;
  /** No need to read on: -q matched, -m reached, -l/-L decided, a binary file matched. */
  done: boolean;
}

export class Grep {
  status = 1;
  trouble = false;
  private out: Proc["out"];
  /** The pattern as a plain string when the regexp has no special character and no flag. */
  private readonly literal: string | null;
  constructor(
    private readonly p: Proc,
    private readonly o: GrepOpts,
  ) {
    this.out = p.out;
    const src = o.re.source;
    this.literal = o.re.flags === "" && src.length > 0 && /^[^\\^$.*+?()[\]{}|/]*$/.test(src) ? src : null;
  }

  private prefix(name: string, n: number, off: number, sep: string): string {
    const o = this.o;
    let s = "";
    const c = o.color;
    if (o.names) s += (c ? SGR_FILE + name + SGR_END + SGR_SEP + sep + SGR_END : name + sep);
    if (o.number) s += (c ? SGR_LINE + n + SGR_END + SGR_SEP + sep + SGR_END : n + sep);
    if (o.byteOffset) s += off + sep;
    return s;
  }

  private paint(line: string): string {
    if (!this.o.color || this.o.invert) return line;
    return line.replace(this.o.reG, (m) => (m ? SGR_MATCH + m + SGR_END : m));
  }

  /** Read fd to its end (or until the search is done), a block of whole lines at a time. */
  async searchFd(fd: number, name: string): Promise<boolean> {
    const o = this.o;
    const sys = this.p.sys;
    const s: Scan = { name, count: 0, lineNo: 0, offset: 0, lastPrinted: -1, afterLeft: 0, tail: [], binary: false, done: false };
    const dec = new TextDecoder("utf-8");
    let pending = "";
    for (;;) {
      const b = await sys.read(fd, BLOCK);
      if (b.length === 0) break;
      pending += dec.decode(b, { stream: true });
      const cut = pending.lastIndexOf(o.eol);
      if (cut < 0) continue; // a line longer than a block: keep reading it
      const block = pending.slice(0, cut + 1);
      pending = pending.slice(cut + 1);
      await this.block(block, s);
      if (s.done) return this.finish(s);
    }
    pending += dec.decode();
    if (pending !== "") await this.block(pending, s);
    return this.finish(s);
  }

  /** Search one block of whole lines (the last one may lack its terminator). */
  private block(text: string, s: Scan): Promise<void> {
    const o = this.o;
    // With -z the NUL is the line terminator, not a sign of binary data.
    if (!s.binary && !o.text && o.eol === "\n" && text.includes("\0")) s.binary = true;
    const fast = this.literalBlock(text, s);
    return fast ?? this.lines(text, s);
  }

  /**
   * The common case `grep WORD`, printing whole lines: a pattern with no special character is
   * found with indexOf over the block instead of a regexp test per line, and runs of adjacent
   * selected lines are copied as one slice. null when the options need the general path.
   */
  private literalBlock(text: string, s: Scan): Promise<void> | null {
    const o = this.o;
    const lit = this.literal;
    if (lit === null || s.binary || o.invert || o.before > 0 || o.after > 0 || o.only || o.color || o.names || o.number || o.byteOffset) return null;
    if (o.max !== Infinity || o.eol !== "\n" || o.listMatch || o.listNonMatch) return null;
    return this.scanLiteral(text, lit, s);
  }

  private async scanLiteral(text: string, lit: string, s: Scan): Promise<void> {
    const o = this.o;
    const sys = this.p.sys;
    const print = !o.count && !o.quiet;
    let buf = "";
    // The run of adjacent selected lines not yet copied: [runStart, runEnd), runEnd at a newline.
    let runStart = 0;
    let runEnd = -1;
    let i = text.indexOf(lit);
    while (i >= 0) {
      const ls = text.lastIndexOf("\n", i) + 1;
      let le = text.indexOf("\n", i);
      if (le < 0) le = text.length;
      s.count++;
      if (o.quiet) {
        s.done = true;
        return;
      }
      if (print) {
        if (ls !== runEnd + 1) {
          if (runEnd >= 0) buf += text.slice(runStart, runEnd) + "\n";
          runStart = ls;
        }
        runEnd = le;
      }
      if ((s.count & 1023) === 0) {
        if (buf.length > 65536) {
          await this.out.write(buf);
          buf = "";
        }
        if (sys.need_resched()) await sys.sched_yield();
      }
      i = le + 1 < text.length ? text.indexOf(lit, le + 1) : -1;
    }
    if (print && runEnd >= 0) buf += text.slice(runStart, runEnd) + "\n";
    if (buf) await this.out.write(buf);
  }

  /** The general path: a regexp test per line, with context, -o, -n, -b, colour, -m, -l. */
  private async lines(text: string, s: Scan): Promise<void> {
    const o = this.o;
    const name = s.name;
    const own = text.split(o.eol);
    if (own[own.length - 1] === "") own.pop();
    // Index k of `lines` is line number base + k (0-based); the block's own lines start at `first`.
    const lines = s.tail.length > 0 ? s.tail.concat(own) : own;
    const first = s.tail.length;
    const base = s.lineNo - first;
    const sys = this.p.sys;
    let buf = "";
    for (let k = first; k < lines.length; k++) {
      if ((k & 1023) === 1023 && sys.need_resched()) await sys.sched_yield();
      const i = base + k;
      const line = lines[k]!;
      const lineOff = s.offset;
      s.offset += line.length + 1;
      // After -m's last match, the trailing context is printed whatever it holds (GNU grep).
      const hit = s.count < o.max && o.re.test(line) !== o.invert;
      if (!hit) {
        if (s.afterLeft > 0 && !o.count && !o.listMatch && !o.listNonMatch && !o.quiet && !s.binary) {
          buf += this.prefix(name, i + 1, lineOff, "-") + line + o.eol;
          s.lastPrinted = i;
          s.afterLeft--;
        }
        if (s.count >= o.max && s.afterLeft === 0) {
          s.done = true;
          break;
        }
        continue;
      }
      s.count++;
      if (o.quiet || o.listMatch || o.listNonMatch) {
        s.done = true;
        break;
      }
      if (!o.count) {
        if (s.binary) {
          await this.out.write(buf);
          await this.out.write(`grep: ${name}: binary file matches\n`);
          s.done = true;
          return;
        }
        if (o.before > 0 || o.after > 0) {
          const from = Math.max(s.lastPrinted + 1, i - o.before);
          if (s.lastPrinted >= 0 && from > s.lastPrinted + 1) buf += o.color ? SGR_SEP + "--" + SGR_END + "\n" : "--\n";
          for (let j = from; j < i; j++) buf += this.prefix(name, j + 1, 0, "-") + lines[j - base] + o.eol;
        }
        if (o.only) {
          if (!o.invert) {
            const g = new RegExp(o.re.source, o.re.flags.includes("i") ? "gi" : "g");
            for (const m of line.matchAll(g)) {
              if (m[0] === "") continue;
              buf += this.prefix(name, i + 1, lineOff + m.index!, ":") + (o.color ? SGR_MATCH + m[0] + SGR_END : m[0]) + o.eol;
            }
          }
        } else buf += this.prefix(name, i + 1, lineOff, ":") + this.paint(line) + o.eol;
        s.lastPrinted = i;
        s.afterLeft = o.after;
        if (buf.length > 8192) {
          await this.out.write(buf);
          buf = "";
        }
      }
      if (s.count >= o.max && (s.afterLeft === 0 || o.count)) {
        s.done = true;
        break;
      }
    }
    s.lineNo += own.length;
    if (o.before > 0) s.tail = lines.slice(Math.max(0, lines.length - o.before));
    if (buf) await this.out.write(buf);
  }

  /** What is printed once a file is searched: -c's count, -l/-L's name. */
  private async finish(s: Scan): Promise<boolean> {
    const o = this.o;
    const name = s.name;
    if (o.quiet) return s.count > 0;
    if (o.count) await this.out.write((o.names ? (o.color ? SGR_FILE + name + SGR_END + SGR_SEP + ":" + SGR_END : name + ":") : "") + s.count + "\n");
    if (o.listMatch && s.count > 0) await this.out.write((o.color ? SGR_FILE + name + SGR_END : name) + (o.nul ? "\0" : "\n"));
    if (o.listNonMatch && s.count === 0) await this.out.write((o.color ? SGR_FILE + name + SGR_END : name) + (o.nul ? "\0" : "\n"));
    return s.count > 0;
  }

  async file(path: string, display: string, top: boolean): Promise<void> {
    const sys = this.p.sys;
    const o = this.o;
    if (path !== "-" && o.recursive) {
      let st;
      try {
        st = top ? sys.stat(path) : sys.lstat(path);
      } catch (e) {
        await this.fail(display, e);
        return;
      }
      if (S_ISDIR(st.mode)) {
        let names;
        try {
          names = await readdirNames(sys, path);
        } catch (e) {
          await this.fail(display, e);
          return;
        }
        names.sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const d of names) {
          if (o.include.length && !S_ISDIR(safeMode(sys, joinPath(path, d.name))) && !o.include.some((r) => r.test(d.name))) continue;
          if (o.exclude.some((r) => r.test(d.name))) continue;
          await this.file(joinPath(path, d.name), display === "" ? d.name : joinPath(display, d.name), false);
          if (this.status === 0 && o.quiet) return;
        }
        return;
      }
      if (!top && !(st.mode & 0o100000)) return; // devices, fifos met in a walk are skipped
    }
    let fd: number;
    try {
      fd = await openInput(sys, path);
    } catch (e) {
      await this.fail(display, e);
      return;
    }
    try {
      if (await this.searchFd(fd, display)) this.status = 0;
    } catch (e) {
      await this.fail(display, e);
    } finally {
      closeInput(sys, fd);
    }
  }

  private async fail(name: string, e: unknown): Promise<void> {
    this.trouble = true;
    if (!this.o.silent) {
      if (e instanceof Errno && e.errno === EISDIR) await this.p.warn(`${quotef(name)}: Is a directory`);
      else await this.p.warn(`${quotef(name)}: ${errmsg(e)}`);
    }
  }
}

function safeMode(sys: Proc["sys"], path: string): number {
  try {
    return sys.stat(path).mode;
  } catch {
    return 0;
  }
}
