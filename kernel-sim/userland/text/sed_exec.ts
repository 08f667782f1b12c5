// sed's execution cycle: pattern and hold space, and every command (s, y, p, d, n, N, a, i,
// c, r, w, q, l, =, b, t, ...) applied to the lines its address selects (sed_address.ts).

import type { Proc } from "../lib/main.ts";
import { readFileText } from "../lib/input.ts";
import { writeAll } from "../lib/stdio.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import type { Cmd, Repl } from "./sed_parse.ts";
import { SedError } from "./sed_parse.ts";
import type { LineSource } from "./sed_input.ts";
import { SedAddressing } from "./sed_address.ts";

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

export class Sed extends SedAddressing {
  protected hold = "";
  protected wfiles = new Map<string, number>();
  protected rfiles = new Map<string, { lines: string[]; next: number }>();
  protected quitStatus: number | null = null;
  constructor(
    private readonly p: Proc,
    private readonly cmds: Cmd[],
    private readonly quiet: boolean,
    private readonly eol: string,
    private readonly separate: boolean,
  ) {
    super();
  }

  protected async wfd(name: string): Promise<number> {
    if (name === "/dev/stdout") return 1;
    if (name === "/dev/stderr") return 2;
    let fd = this.wfiles.get(name);
    if (fd === undefined) {
      fd = await this.p.sys.open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
      this.wfiles.set(name, fd);
    }
    return fd;
  }

  /** w to /dev/stdout goes through sed's own output stream, so it keeps its place among the
   * lines sed prints (GNU sed does the same). */
  protected async wout(name: string, text: string): Promise<void> {
    if (name === "/dev/stdout") return this.emit(text);
    await writeAll(this.p.sys, await this.wfd(name), text);
  }

  /** R FILE: the next line of FILE per use, null once it is exhausted (or missing). */
  protected async rline(name: string): Promise<string | null> {
    let r = this.rfiles.get(name);
    if (!r) {
      let text = "";
      try {
        text = await readFileText(this.p.sys, name);
      } catch {
        // a missing file reads as empty, like r
      }
      const lines = text.split("\n");
      if (lines[lines.length - 1] === "") lines.pop();
      r = { lines, next: 0 };
      this.rfiles.set(name, r);
    }
    return r.next < r.lines.length ? r.lines[r.next++]! : null;
  }

  async openWfiles(): Promise<void> {
    for (const c of this.cmds) {
      if ((c.name === "w" || c.name === "W") && c.file) await this.wfd(c.file);
      if (c.wfile) await this.wfd(c.wfile);
    }
  }

  protected async emit(s: string): Promise<void> {
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
          case "R": {
            const line = await this.rline(c.file!);
            if (line !== null) append.push(line + "\n");
            break;
          }
          case "r":
            try {
              const t = await readFileText(sys, c.file!);
              if (t) append.push(t.endsWith("\n") ? t : t + "\n");
            } catch {
              // a missing file is silently ignored
            }
            break;
          case "w": await this.wout(c.file!, ps + this.eol); break;
          case "W": {
            const nl = ps.indexOf("\n");
            await this.wout(c.file!, (nl < 0 ? ps : ps.slice(0, nl)) + this.eol);
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
              if (c.wfile) await this.wout(c.wfile, ps + this.eol);
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
