// find(1), GNU findutils 4.9: walk each starting point (pre-order, or children first with
// -depth/-delete) and evaluate the expression (find_expr.ts) on every file.

import { program, errmsg } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { readdirNames, joinPath } from "../lib/dirent.ts";
import { UserDb } from "../lib/pwd.ts";
import { modeString } from "../lib/modes.ts";
import { gmtime, strftime } from "../lib/time.ts";
import { spawnWait, exitCode } from "../lib/spawn.ts";
import { S_IFMT, S_IFDIR, S_IFREG, S_IFLNK, S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK, S_ISDIR, S_ISLNK } from "../../uapi/stat.ts";
import type { Dirent, Stat } from "../../uapi/stat.ts";
import { CLOCK_REALTIME } from "../../uapi/clock.ts";
import { Errno } from "../../uapi/errno.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import { writeAll } from "../lib/stdio.ts";
import type { Globals, Node } from "./find_expr.ts";
import { FindError, parseExpression } from "./find_expr.ts";

const TYPE_BITS: Record<string, number> = { f: S_IFREG, d: S_IFDIR, l: S_IFLNK, c: S_IFCHR, b: S_IFBLK, p: S_IFIFO, s: S_IFSOCK };

interface Visit {
  path: string;
  name: string;
  depth: number;
  st: Stat;
  start: string;
}

function typeChar(mode: number): string {
  for (const [k, v] of Object.entries(TYPE_BITS)) if ((mode & S_IFMT) === v) return k;
  return "U";
}

function cmpNum(v: number, a: { cmp: number; n: number }): boolean {
  return a.cmp === 0 ? v === a.n : a.cmp > 0 ? v > a.n : v < a.n;
}

class Finder {
  status = 0;
  prune = false;
  quit = false;
  private batches = new Map<Extract<Node, { op: "test" }>, string[]>();
  /** -fprint FILE: the fd each FILE was opened (truncated) on, at its first use. */
  private fprintFds = new Map<string, number>();
  private nowSec: number;
  constructor(
    private readonly p: Proc,
    private readonly expr: Node,
    private readonly g: Globals,
    private readonly db: UserDb,
  ) {
    this.nowSec = Number(p.sys.clock_gettime(CLOCK_REALTIME) / 1_000_000_000n);
  }

  private statOf(path: string, top: boolean): Stat {
    const sys = this.p.sys;
    if (this.g.follow === "L" || (this.g.follow === "H" && top)) {
      try {
        return sys.stat(path);
      } catch {
        return sys.lstat(path);
      }
    }
    return sys.lstat(path);
  }

  async walk(path: string, depth: number, start: string, name: string): Promise<void> {
    const sys = this.p.sys;
    let st: Stat;
    try {
      st = this.statOf(path, depth === 0);
    } catch (e) {
      await this.p.warn(`'${path}': ${errmsg(e)}`);
      this.status = 1;
      return;
    }
    const v: Visit = { path, name, depth, st, start };
    const inRange = depth >= this.g.mindepth;
    if (!this.g.depthFirst && inRange) {
      this.prune = false;
      await this.eval(this.expr, v);
      if (this.quit) return;
    }
    const descend = S_ISDIR(st.mode) && depth < this.g.maxdepth && !(this.prune && !this.g.depthFirst);
    this.prune = false;
    if (descend) {
      let names: Dirent[];
      try {
        names = await readdirNames(sys, path);
      } catch (e) {
        await this.p.warn(`'${path}': ${errmsg(e)}`);
        this.status = 1;
        names = [];
      }
      for (const d of names) {
        if (sys.need_resched()) await sys.sched_yield();
        await this.walk(joinPath(path, d.name), depth + 1, start, d.name);
        if (this.quit) return;
      }
    }
    if (this.g.depthFirst && inRange) await this.eval(this.expr, v);
  }

  private async eval(n: Node, v: Visit): Promise<boolean> {
    switch (n.op) {
      case "and": return (await this.eval(n.l, v)) && (await this.eval(n.r, v));
      case "or": return (await this.eval(n.l, v)) || (await this.eval(n.r, v));
      case "comma":
        await this.eval(n.l, v);
        return this.eval(n.r, v);
      case "not": return !(await this.eval(n.e, v));
      case "test": return this.test(n, v);
    }
  }

  private async test(n: Extract<Node, { op: "test" }>, v: Visit): Promise<boolean> {
    const st = v.st;
    const sys = this.p.sys;
    const out = this.p.out;
    switch (n.name) {
      case "-true": return true;
      case "-false": return false;
      case "-print": await out.write(v.path + "\n"); return true;
      case "-print0": await out.write(v.path + "\0"); return true;
      case "-fprint": {
        let fd = this.fprintFds.get(n.arg!);
        if (fd === undefined) {
          fd = await sys.open(n.arg!, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
          this.fprintFds.set(n.arg!, fd);
        }
        await writeAll(sys, fd, v.path + "\n");
        return true;
      }
      case "-printf": await out.write(this.printf(n.arg!, v)); return true;
      case "-ls": {
        const t = strftime("%b %e %H:%M", gmtime(st.mtimeNs));
        await out.write(`${String(st.ino).padStart(9)} ${String(Math.ceil(st.blocks / 2)).padStart(6)} ${modeString(st.mode)} ${String(st.nlink).padStart(3)} ${this.db.userName(st.uid).padEnd(8)} ${this.db.groupName(st.gid).padEnd(8)} ${String(st.size).padStart(8)} ${t} ${v.path}\n`);
        return true;
      }
      case "-name": case "-iname": return n.re!.test(v.depth === 0 ? baseOf(v.path) : v.name);
      case "-path": return n.re!.test(v.path);
      case "-regex": return n.re!.test(v.path);
      case "-lname": case "-ilname": {
        if (!S_ISLNK(st.mode)) return false;
        try {
          return n.re!.test(sys.readlink(v.path));
        } catch {
          return false;
        }
      }
      case "-type": return n.arg!.split(",").some((t) => (st.mode & S_IFMT) === TYPE_BITS[t]);
      case "-xtype": {
        let m = st.mode;
        try {
          m = S_ISLNK(st.mode) ? sys.stat(v.path).mode : sys.lstat(v.path).mode;
        } catch {
          // broken link: its own type
        }
        return n.arg!.split(",").some((t) => (m & S_IFMT) === TYPE_BITS[t]);
      }
      case "-size": {
        const a = n.num!;
        const unit = a.unit === "c" ? 1 : a.unit === "w" ? 2 : a.unit === "k" ? 1024 : a.unit === "M" ? 1048576 : a.unit === "G" ? 1073741824 : 512;
        return cmpNum(Math.ceil(st.size / unit), a);
      }
      case "-empty": {
        if (S_ISDIR(st.mode)) {
          try {
            return (await readdirNames(sys, v.path)).length === 0;
          } catch {
            return false;
          }
        }
        return (st.mode & S_IFMT) === S_IFREG && st.size === 0;
      }
      case "-perm": {
        const m = st.mode & 0o7777;
        const b = n.mode!.bits;
        return n.mode!.kind === "exact" ? m === b : n.mode!.kind === "all" ? (m & b) === b : b === 0 || (m & b) !== 0;
      }
      case "-newer": case "-anewer": case "-cnewer": {
        let ref: Stat;
        try {
          ref = sys.stat(n.arg!);
        } catch (e) {
          throw new FindError(`'${n.arg}': ${errmsg(e)}`);
        }
        const t = n.name === "-anewer" ? st.atimeNs : n.name === "-cnewer" ? st.ctimeNs : st.mtimeNs;
        return t > ref.mtimeNs;
      }
      case "-mtime": case "-atime": case "-ctime": case "-mmin": case "-amin": case "-cmin": {
        const t = n.name[1] === "a" ? st.atimeNs : n.name[1] === "c" ? st.ctimeNs : st.mtimeNs;
        const age = this.nowSec - Number(t / 1_000_000_000n);
        const unit = n.name.endsWith("min") ? 60 : 86400;
        return cmpNum(Math.floor(age / unit), n.num!);
      }
      case "-links": return cmpNum(st.nlink, n.num!);
      case "-inum": return cmpNum(st.ino, n.num!);
      case "-uid": return cmpNum(st.uid, n.num!);
      case "-gid": return cmpNum(st.gid, n.num!);
      case "-user": return /^[0-9]+$/.test(n.arg!) ? st.uid === Number(n.arg) : this.db.byName(n.arg!)?.uid === st.uid;
      case "-group": return /^[0-9]+$/.test(n.arg!) ? st.gid === Number(n.arg) : this.db.groupByName(n.arg!)?.gid === st.gid;
      case "-nouser": return this.db.byUid(st.uid) === undefined;
      case "-nogroup": return this.db.groupByGid(st.gid) === undefined;
      case "-samefile": {
        try {
          const r = sys.stat(n.arg!);
          return r.ino === st.ino && r.dev === st.dev;
        } catch {
          return false;
        }
      }
      case "-readable": case "-writable": case "-executable": {
        try {
          sys.access(v.path, n.name === "-readable" ? 4 : n.name === "-writable" ? 2 : 1);
          return true;
        } catch {
          return false;
        }
      }
      case "-prune": this.prune = true; return true;
      case "-quit": this.quit = true; return true;
      case "-delete": {
        try {
          if (S_ISDIR(st.mode)) sys.rmdir(v.path);
          else sys.unlink(v.path);
          return true;
        } catch (e) {
          await this.p.warn(`cannot delete '${v.path}': ${errmsg(e)}`);
          this.status = 1;
          return false;
        }
      }
      case "-exec": case "-execdir": case "-ok": case "-okdir": {
        if (n.batch) {
          const list = this.batches.get(n) ?? [];
          list.push(v.path);
          this.batches.set(n, list);
          return true;
        }
        // -execdir runs COMMAND in the file's directory with {} as ./NAME - find(1).
        const inDir = n.name === "-execdir" || n.name === "-okdir";
        const slash = v.path.lastIndexOf("/");
        const dir = slash < 0 ? "." : slash === 0 ? "/" : v.path.slice(0, slash);
        const name = inDir ? "./" + v.path.slice(slash + 1) : v.path;
        const argv = n.argv!.map((a) => a.split("{}").join(name));
        await out.flush();
        if ((n.name === "-ok" || n.name === "-okdir") && !(await this.confirm(`< ${argv[0]} ... ${name} > ? `))) return false;
        const r = await spawnWait(sys, argv, this.p.envp, inDir ? (child) => child.chdir(dir) : undefined);
        if (r.execErrno !== null) {
          await this.p.warn(`'${argv[0]}': ${errmsg(new Errno(r.execErrno))}`);
          this.status = 1;
          return false;
        }
        return exitCode(r.status) === 0;
      }
      default: return true;
    }
  }

  /** -ok's question on stderr; the answer is a line of stdin, yes if it starts with y or Y. */
  private async confirm(prompt: string): Promise<boolean> {
    await this.p.err.write(prompt);
    await this.p.err.flush();
    let answer = "";
    for (;;) {
      const b = await this.p.sys.read(0, 1);
      if (b.length === 0 || b[0] === 10) break;
      answer += String.fromCharCode(b[0]!);
    }
    return /^[yY]/.test(answer);
  }

  /** Run the pending -exec ... {} + commands. */
  async flushBatches(): Promise<void> {
    for (const [n, paths] of this.batches) {
      await this.p.out.flush();
      const r = await spawnWait(this.p.sys, [...n.argv!, ...paths], this.p.envp);
      if (r.execErrno !== null || exitCode(r.status) !== 0) this.status = 1;
    }
    this.batches.clear();
  }

  private printf(fmt: string, v: Visit): string {
    const st = v.st;
    let out = "";
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i]!;
      if (c === "\\") {
        const n = fmt[++i];
        const map: Record<string, string> = { n: "\n", t: "\t", "0": "\0", "\\": "\\", a: "\x07", r: "\r", f: "\f", v: "\v" };
        out += n !== undefined ? (map[n] ?? "\\" + n) : "\\";
        continue;
      }
      if (c !== "%") {
        out += c;
        continue;
      }
      const m = /^%([-+ #0]*)([0-9]*)(?:\.([0-9]+))?([A-Za-z%@]|[TAC].)/.exec(fmt.slice(i));
      if (!m) {
        out += c;
        continue;
      }
      i += m[0].length - 1;
      let val: string;
      const d = m[4]!;
      const slash = v.path.lastIndexOf("/");
      switch (d[0]) {
        case "%": val = "%"; break;
        case "p": val = v.path; break;
        case "f": val = v.depth === 0 ? baseOf(v.path) : v.name; break;
        case "h": val = slash < 0 ? "." : slash === 0 ? "/" : v.path.slice(0, slash); break;
        case "P": val = v.path === v.start ? "" : v.path.slice(v.start.length).replace(/^\//, ""); break;
        case "H": val = v.start; break;
        case "s": val = String(st.size); break;
        case "m": val = (st.mode & 0o7777).toString(8); break;
        case "M": val = modeString(st.mode); break;
        case "y": val = typeChar(st.mode); break;
        case "Y": {
          let m2 = st.mode;
          try {
            if (S_ISLNK(st.mode)) m2 = this.p.sys.stat(v.path).mode;
          } catch {
            val = "N";
            break;
          }
          val = typeChar(m2);
          break;
        }
        case "d": val = String(v.depth); break;
        case "u": val = this.db.userName(st.uid); break;
        case "g": val = this.db.groupName(st.gid); break;
        case "U": val = String(st.uid); break;
        case "G": val = String(st.gid); break;
        case "i": val = String(st.ino); break;
        case "n": val = String(st.nlink); break;
        case "k": val = String(Math.ceil(st.blocks / 2)); break;
        case "b": val = String(st.blocks); break;
        case "l": {
          try {
            val = S_ISLNK(st.mode) ? this.p.sys.readlink(v.path) : "";
          } catch {
            val = "";
          }
          break;
        }
        case "t": case "a": case "c": {
          const t = d === "a" ? st.atimeNs : d === "c" ? st.ctimeNs : st.mtimeNs;
          val = strftime("%a %b %e %H:%M:%S.%N0 %Y", gmtime(t)).replace(/\.(\d{9})0/, ".$10");
          break;
        }
        case "T": case "A": case "C": {
          const t = d[0] === "A" ? st.atimeNs : d[0] === "C" ? st.ctimeNs : st.mtimeNs;
          val = d[1] === "@" ? `${t / 1_000_000_000n}.${String(t % 1_000_000_000n).padStart(9, "0")}0` : strftime("%" + d[1], gmtime(t));
          break;
        }
        default: val = m[0];
      }
      const w = Number(m[2] || 0);
      out += m[1]!.includes("-") ? val.padEnd(w) : val.padStart(w);
    }
    return out;
  }
}

function baseOf(p: string): string {
  if (p === "/") return "/";
  const s = p.replace(/\/+$/, "");
  return s.slice(s.lastIndexOf("/") + 1) || s;
}

export default program(async (p) => {
  const args = p.argv.slice(1);
  const g: Globals = { maxdepth: Infinity, mindepth: 0, depthFirst: false, follow: "P", hasAction: false };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-P" || a === "-L" || a === "-H") g.follow = a[1] as "P";
    else if (a === "-D" || a === "-O") i++;
    else if (a === "--help") {
      await p.out.write("Usage: find [-H] [-L] [-P] [-Olevel] [-D debugopts] [path...] [expression]\n");
      return 0;
    } else if (a === "--version") {
      await p.out.write("find (GNU findutils) 4.9.0\n");
      return 0;
    } else break;
  }
  const paths: string[] = [];
  for (; i < args.length; i++) {
    const a = args[i]!;
    if ((a.startsWith("-") && a.length > 1) || a === "(" || a === "!" || a === ")" || a === ",") break;
    paths.push(a);
  }
  let expr: Node;
  try {
    expr = parseExpression(args.slice(i), g);
  } catch (e) {
    if (e instanceof FindError) {
      await p.warn(e.message);
      return 1;
    }
    throw e;
  }
  const db = await new UserDb(p.sys).load();
  const f = new Finder(p, expr, g, db);
  try {
    for (const start of paths.length ? paths : ["."]) {
      await f.walk(start, 0, start, baseOf(start));
      if (f.quit) break;
    }
    await f.flushBatches();
  } catch (e) {
    if (e instanceof FindError) {
      await p.warn(e.message);
      return 1;
    }
    throw e;
  }
  return f.status;
});
