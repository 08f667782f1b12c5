// sed(1), GNU sed 4.9: the options, the input stream (files in sequence, or one by one with
// -s/-i) and the execution cycle; the script compiler is sed_parse.ts.

import { program, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError, STD_LONGOPTS } from "../lib/getopt.ts";
import { LineReader, openInput, closeInput, readFileText } from "../lib/input.ts";
import { writeAll } from "../lib/stdio.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import type { Addr, Cmd, Repl } from "./sed_parse.ts";
import { compileSed, SedError } from "./sed_parse.ts";

/** What the cycle reads from: the next line, whether it was the last, the line number. */
interface LineSource {
  next(): Promise<string | null>;
  atEnd(): Promise<boolean>;
  readonly line: number;
  readonly fileName: string;
}

/** The input lines of all files, with one line of lookahead so "$" is known. */
class Input {
  private files: string[];
  private reader: LineReader | null = null;
  private fd = -1;
  private queue: string[] = [];
  private qi = 0;
  line = 0;
  fileName = "-";
  bad = false;
  constructor(
    private readonly p: Proc,
    files: string[],
    private readonly eol: string,
  ) {
    this.files = [...files];
  }

  private async fill(): Promise<boolean> {
    while (this.qi >= this.queue.length) {
      if (!this.reader) {
        const f = this.files.shift();
        if (f === undefined) return false;
        try {
          this.fd = await openInput(this.p.sys, f);
          this.reader = new LineReader(this.p.sys, this.fd, this.eol);
          this.fileName = f;
        } catch (e) {
          await this.p.warn(`can't read ${f}: ${errmsg(e)}`);
          this.bad = true;
          continue;
        }
      }
      let b: string[] | null;
      try {
        b = await this.reader.batch();
      } catch (e) {
        await this.p.warn(`read error on ${this.fileName}: ${errmsg(e)}`);
        this.bad = true;
        b = null;
      }
      if (b === null) {
        closeInput(this.p.sys, this.fd);
        this.reader = null;
        continue;
      }
      this.queue = b;
      this.qi = 0;
    }
    return true;
  }

  async next(): Promise<string | null> {
    if (!(await this.fill())) return null;
    this.line++;
    return this.queue[this.qi++]!;
  }

  async atEnd(): Promise<boolean> {
    return !(await this.fill());
  }
}

function applyCase(s: string, mode: string, once: string): [string, string] {
  let out = s;
  if (mode === "L") out = out.toLowerCase();
  else if (mode === "U") out = out.toUpperCase();
  if (once && out) {
    out = (once === "u" ? out[0]!.toUpperCase() : out[0]!.toLowerCase()) + out.slice(1);
    once = "";
  }
  return [out, once];
}

function substitute(m: RegExpExecArray, repl: Repl[]): string {
  let out = "";
  let mode = "";
  let once = "";
  for (const r of repl) {
    if ("caseOp" in r) {
      if (r.caseOp === "l" || r.caseOp === "u") once = r.caseOp;
      else mode = r.caseOp === "E" ? "" : r.caseOp;
      continue;
    }
    const text = "lit" in r ? r.lit : m[r.group] ?? "";
    const [t, o] = applyCase(text, mode, once);
    once = o;
    out += t;
  }
  return out;
}

/** `l`: the pattern space with C escapes, wrapped at 69 chars plus "\". */
function listLine(s: string): string {
  let out = "";
  let col = 0;
  const esc: Record<string, string> = { "\\": "\\\\", "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v" };
  for (const ch of new TextEncoder().encode(s)) {
    const c = String.fromCharCode(ch);
    const piece = esc[c] ?? (ch < 32 || ch >= 127 ? "\\" + ch.toString(8).padStart(3, "0") : c);
    if (col + piece.length > 69) {
      out += "\\\n";
      col = 0;
    }
    out += piece;
    col += piece.length;
  }
  return out + "$\n";
}

class Sed {
  private hold = "";
  private lastRe: RegExp | null = null;
  private wfiles = new Map<string, number>();
  private quitStatus: number | null = null;
  constructor(
    private readonly p: Proc,
    private readonly cmds: Cmd[],
    private readonly quiet: boolean,
    private readonly eol: string,
    private readonly separate: boolean,
  ) {}

  private re(r: RegExp | null | undefined): RegExp {
    if (r) {
      this.lastRe = r;
      return r;
    }
    if (!this.lastRe) throw new SedError("no previous regular expression");
    return this.lastRe;
  }

  private async matchAddr(a: Addr, ps: string, input: LineSource): Promise<boolean> {
    switch (a.kind) {
      case "line": return input.line === a.n;
      case "last": return input.atEnd();
      case "zero": return false;
      case "step": return a.step <= 0 ? input.line === a.first : input.line >= a.first && (input.line - a.first) % a.step === 0;
      case "re": {
        const r = this.re(a.re);
        r.lastIndex = 0;
        return r.test(ps);
      }
    }
  }

  private async selected(c: Cmd, ps: string, input: LineSource): Promise<boolean> {
    if (!c.a1) return true;
    let hit: boolean;
    // 0,/re/: the range is already open before line 1, so /re/ may end it on line 1.
    if (c.a1.kind === "zero" && input.line === 1) c.active = true;
    if (!c.a2) hit = await this.matchAddr(c.a1, ps, input);
    else if (c.active) {
      const a2 = c.a2;
      let end = false;
      if (a2.kind === "line") end = input.line >= a2.n;
      else if (a2.kind === "plus") end = input.line >= c.endLine;
      else if (a2.kind === "mult") end = a2.n <= 0 || input.line % a2.n === 0;
      else end = await this.matchAddr(a2, ps, input);
      if (end) c.active = false;
      hit = true;
    } else {
      const start = c.a1.kind === "zero" ? false : await this.matchAddr(c.a1, ps, input);
      if (start) {
        hit = true;
        const a2 = c.a2;
        if (a2.kind === "line") c.active = a2.n > input.line;
        else if (a2.kind === "plus") {
          c.endLine = input.line + a2.n;
          c.active = a2.n > 0;
        } else if (a2.kind === "mult") c.active = a2.n > 0 && input.line % a2.n !== 0;
        else c.active = !(a2.kind === "last" && (await input.atEnd()));
      } else hit = false;
    }
    return hit !== c.negate;
  }

  private async wfd(name: string): Promise<number> {
    if (name === "/dev/stdout") return 1;
    if (name === "/dev/stderr") return 2;
    let fd = this.wfiles.get(name);
    if (fd === undefined) {
      fd = await this.p.sys.open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
      this.wfiles.set(name, fd);
    }
    return fd;
  }

  async openWfiles(): Promise<void> {
    for (const c of this.cmds) {
      if ((c.name === "w" || c.name === "W") && c.file) await this.wfd(c.file);
      if (c.wfile) await this.wfd(c.wfile);
    }
  }

  private async emit(s: string): Promise<void> {
    await this.p.out.write(s);
  }

  /** Run over one input stream; returns the exit status request (or null to go on). */
  async run(input: LineSource): Promise<number | null> {
    const p = this.p;
    const sys = p.sys;
    const cmds = this.cmds;
    let ps: string | null = await input.next();
    let append: string[] = [];
    const flushAppend = async (): Promise<void> => {
      for (const a of append) await this.emit(a);
      append = [];
    };
    while (ps !== null) {
      if (sys.need_resched()) await sys.sched_yield();
      let tflag = false;
      let pc = 0;
      let autoprint = !this.quiet;
      let restart = false;
      cycle: while (pc < cmds.length) {
        const c = cmds[pc]!;
        if (c.name === "}" || c.name === ":") {
          pc++;
          continue;
        }
        if (!(await this.selected(c, ps, input))) {
          pc = c.name === "{" ? c.blockEnd! + 1 : pc + 1;
          continue;
        }
        pc++;
        switch (c.name) {
          case "{": break;
          case "=": await this.emit(input.line + "\n"); break;
          case "a": append.push(c.text! + "\n"); break;
          case "i": await this.emit(c.text! + "\n"); break;
          case "c":
            if (!c.a2 || !c.active) await this.emit(c.text! + "\n");
            autoprint = false;
            break cycle;
          case "b": pc = c.target!; break;
          case "t": if (tflag) { tflag = false; pc = c.target!; } break;
          case "T": if (!tflag) pc = c.target!; else tflag = false; break;
          case "d": autoprint = false; break cycle;
          case "D": {
            const nl = ps.indexOf("\n");
            if (nl < 0) {
              autoprint = false;
              break cycle;
            }
            ps = ps.slice(nl + 1);
            await flushAppend();
            restart = true;
            autoprint = false;
            break cycle;
          }
          case "g": ps = this.hold; break;
          case "G": ps += "\n" + this.hold; break;
          case "h": this.hold = ps; break;
          case "H": this.hold += "\n" + ps; break;
          case "x": [ps, this.hold] = [this.hold, ps]; break;
          case "l": await this.emit(listLine(ps)); break;
          case "n": {
            if (await input.atEnd()) {
              if (this.quiet) autoprint = false;
              break cycle;
            }
            if (!this.quiet) await this.emit(ps + this.eol);
            await flushAppend();
            ps = (await input.next())!;
            break;
          }
          case "N": {
            if (await input.atEnd()) break cycle;
            await flushAppend();
            ps += "\n" + (await input.next())!;
            break;
          }
          case "p": await this.emit(ps + this.eol); break;
          case "P": {
            const nl = ps.indexOf("\n");
            await this.emit((nl < 0 ? ps : ps.slice(0, nl)) + this.eol);
            break;
          }
          case "q":
            this.quitStatus = c.exit!;
            break cycle;
          case "Q":
            this.quitStatus = c.exit!;
            return this.quitStatus;
          case "r":
            try {
              const t = await readFileText(sys, c.file!);
              if (t) append.push(t.endsWith("\n") ? t : t + "\n");
            } catch {
              // a missing file is silently ignored
            }
            break;
          case "w": await writeAll(sys, await this.wfd(c.file!), ps + this.eol); break;
          case "W": {
            const nl = ps.indexOf("\n");
            await writeAll(sys, await this.wfd(c.file!), (nl < 0 ? ps : ps.slice(0, nl)) + this.eol);
            break;
          }
          case "z": ps = ""; break;
          case "F": await this.emit(input.fileName + "\n"); break;
          case "y": {
            let out = "";
            for (const ch of ps) out += c.ymap!.get(ch) ?? ch;
            ps = out;
            break;
          }
          case "s": {
            const base = this.re(c.re);
            const re = new RegExp(base.source, base.flags.includes("g") ? base.flags : base.flags + "g");
            let out = "";
            let last = 0;
            let n = 0;
            let did = false;
            let m: RegExpExecArray | null;
            while ((m = re.exec(ps)) !== null) {
              n++;
              if (m[0] === "") re.lastIndex++;
              if (c.nth === undefined || n >= c.nth) {
                out += ps.slice(last, m.index) + substitute(m, c.repl!);
                last = m.index + m[0].length;
                did = true;
                if (!c.global) break;
              }
              if (re.lastIndex > ps.length) break;
            }
            if (did) {
              ps = out + ps.slice(last);
              tflag = true;
              for (let k = 0; k < c.print!; k++) await this.emit(ps + this.eol);
              if (c.wfile) await writeAll(sys, await this.wfd(c.wfile), ps + this.eol);
            }
            break;
          }
        }
      }
      if (autoprint) await this.emit(ps + this.eol);
      await flushAppend();
      if (this.quitStatus !== null) return this.quitStatus;
      if (restart && ps !== null) continue;
      ps = await input.next();
    }
    return null;
  }
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "e:f:i::l:nrsuEzb", [
      { name: "expression", has: 1, key: "e" },
      { name: "file", has: 1, key: "f" },
      { name: "in-place", has: 2, key: "i" },
      { name: "quiet", has: 0, key: "n" },
      { name: "silent", has: 0, key: "n" },
      { name: "regexp-extended", has: 0, key: "E" },
      { name: "separate", has: 0, key: "s" },
      { name: "unbuffered", has: 0, key: "u" },
      { name: "null-data", has: 0, key: "z" },
      { name: "posix", has: 0, key: "posix" },
      { name: "debug", has: 0, key: "debug" },
      { name: "sandbox", has: 0, key: "sandbox" },
      { name: "line-length", has: 1, key: "l" },
      ...STD_LONGOPTS,
    ]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`sed: ${e.message}\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n`);
    return 1;
  }
  let script = "";
  const starts: number[] = [];
  let fileName: string | undefined;
  let quiet = false, ere = false, separate = false;
  let inPlace: string | undefined;
  let eol = "\n";
  for (const o of parsed.opts) {
    switch (o.key) {
      case "e":
        if (script) script += "\n";
        starts.push(script.length);
        script += o.arg!;
        break;
      case "f":
        try {
          if (script) script += "\n";
          starts.push(script.length);
          script += (await readFileText(p.sys, o.arg === "-" ? "/dev/stdin" : o.arg!)).replace(/\n$/, "");
          fileName = o.arg;
        } catch (e) {
          await p.err.write(`sed: couldn't open file ${o.arg}: ${errmsg(e)}\n`);
          return 1;
        }
        break;
      case "n": quiet = true; break;
      case "r": case "E": ere = true; break;
      case "s": separate = true; break;
      case "i": inPlace = o.arg ?? ""; separate = true; break;
      case "z": eol = "\0"; break;
      case "version":
        await p.out.write("sed (GNU sed) 4.9\n");
        return 0;
      case "help":
        await p.out.write("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n");
        return 0;
    }
  }
  const ops = [...parsed.operands];
  if (starts.length === 0) {
    if (ops.length === 0) {
      await p.err.write("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n");
      return 1;
    }
    starts.push(0);
    script = ops.shift()!;
  }
  let cmds: Cmd[];
  try {
    cmds = compileSed({ text: script, starts, fileName }, ere);
  } catch (e) {
    if (e instanceof SedError) {
      await p.err.write(`sed: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const files = ops.length ? ops : ["-"];
  if (inPlace !== undefined) {
    if (ops.length === 0) {
      await p.err.write("sed: no input files\n");
      return 1;
    }
    let status = 0;
    for (const f of files) {
      let text: string;
      try {
        text = await readFileText(p.sys, f);
      } catch (e) {
        await p.warn(`can't read ${f}: ${errmsg(e)}`);
        status = 2;
        continue;
      }
      // Run into a buffer: swap p.out for a collector, then write the file.
      const chunks: string[] = [];
      const realOut = p.out;
      const collector = { write: (s: string) => void chunks.push(s), flush: async () => {}, writeBytes: async () => {}, lineBuffered: false } as unknown as Proc["out"];
      p.out = collector;
      const sed = new Sed(p, cmds.map((c) => ({ ...c, active: false })), quiet, eol, true);
      await sed.openWfiles();
      const q = await sed.run(new StringInput(text, eol));
      p.out = realOut;
      if (inPlace) {
        const bfd = await p.sys.open(inPlace.includes("*") ? inPlace.replace("*", f) : f + inPlace, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
        await writeAll(p.sys, bfd, text);
        p.sys.close(bfd);
      }
      const ofd = await p.sys.open(f, O_WRONLY | O_TRUNC);
      await writeAll(p.sys, ofd, chunks.join(""));
      p.sys.close(ofd);
      if (q !== null) return q;
    }
    return status;
  }
  const sed = new Sed(p, cmds, quiet, eol, separate);
  try {
    await sed.openWfiles();
  } catch (e) {
    await p.err.write(`sed: couldn't open file: ${errmsg(e)}\n`);
    return 4;
  }
  const input = new Input(p, files, eol);
  let q: number | null;
  try {
    q = await sed.run(input);
  } catch (e) {
    if (e instanceof SedError) {
      await p.err.write(`sed: ${e.message}\n`);
      return 4;
    }
    throw e;
  }
  if (q !== null) return q;
  return input.bad ? 2 : 0;
});

/** The lines of one in-memory text, with the Input interface (for -i). */
class StringInput {
  private lines: string[];
  private k = 0;
  line = 0;
  fileName = "-";
  bad = false;
  constructor(text: string, eol: string) {
    this.lines = text.split(eol);
    if (this.lines[this.lines.length - 1] === "") this.lines.pop();
  }
  async next(): Promise<string | null> {
    if (this.k >= this.lines.length) return null;
    this.line++;
    return this.lines[this.k++]!;
  }
  async atEnd(): Promise<boolean> {
    return this.k >= this.lines.length;
  }
}
