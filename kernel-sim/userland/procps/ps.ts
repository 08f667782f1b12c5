// ps(1) from procps-ng 4.0: UNIX options (-e -f -l -p -u -o --forest), BSD options (aux, x, f,
// o, h) and the selection and format defaults they imply. Reads everything from /proc.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { UserDb } from "../lib/pwd.ts";
import { isatty } from "../lib/stdio.ts";
import { readFileText } from "../lib/input.ts";
import { CLOCK_REALTIME } from "../../uapi/clock.ts";
import type { ProcInfo } from "./proc.ts";
import { readAllProcs, readBtime, readLinks, readMeminfo, readUptime, ttyName } from "./proc.ts";
import type { Column, PsContext } from "./ps_columns.ts";
import { columnFor } from "./ps_columns.ts";

const FORMATS: Record<string, string> = {
  default: "pid,tname,time,cmd:comm",
  f: "uid:user,pid,ppid,c,stime,tname,time,cmd",
  l: "f,s,uid,pid,ppid,c,opri,ni,addr,sz,wchan,tname,time,cmd:comm",
  u: "user,pid,%cpu,%mem,vsz,rss,tname,stat,bsdstart,bsdtime,args",
  x: "pid,tname,stat,bsdtime,args",
  j: "ppid,pid,pgid,sid,tname,tpgid,stat,uid,bsdtime,args",
  /** -L: one row per thread (every simulated process has one). */
  L: "pid,lwp,tname,time,cmd:comm",
  /** UNIX -j: jobs format (procps' -j without -f/-l). */
  jUnix: "pid,pgid,sid,tname,time,cmd:comm",
};

const USAGE_TAIL =
  "\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n";

class PsError {
  constructor(readonly message: string) {}
}

interface PsOpts {
  all: boolean;
  bsdAllTty: boolean; // a
  bsdNoTty: boolean; // x
  notSessionLeaders: boolean; // -a
  pids: number[] | null;
  ppids: number[] | null;
  users: string[] | null; // effective
  ruids: string[] | null;
  ttys: string[] | null;
  cmds: string[] | null;
  format: string | null;
  formatKind: string;
  forest: boolean;
  /** -H: children indented by two spaces, without --forest's "\\_" art. */
  indentOnly: boolean;
  /** --sort keys, "-" for descending ("-pid"). */
  sort: string[];
  noHeaders: boolean;
  wide: boolean;
}

function splitList(s: string | undefined, what: string): string[] {
  if (s === undefined || s === "") throw new PsError(`error: ${what}`);
  return s.split(/[,\s]+/).filter(Boolean);
}

function parseArgs(args: string[]): PsOpts {
  const o: PsOpts = {
    all: false, bsdAllTty: false, bsdNoTty: false, notSessionLeaders: false, pids: null, ppids: null, users: null,
    ruids: null, ttys: null, cmds: null, format: null, formatKind: "default", forest: false, indentOnly: false, sort: [], noHeaders: false, wide: false,
  };
  const fmts: string[] = [];
  const pidList = (s: string | undefined, flag: string): number[] => {
    const l = splitList(s, `List of process IDs must follow ${flag}.`);
    return l.map((x) => {
      if (!/^[0-9]+$/.test(x)) throw new PsError("error: process ID list syntax error");
      return Number(x);
    });
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("--")) {
      const [name, val] = a.includes("=") ? [a.slice(2, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a.slice(2), undefined];
      const arg = (): string | undefined => val ?? args[++i];
      switch (name) {
        case "forest": o.forest = true; break;
        case "sort": o.sort.push(...splitList(arg(), "Long sort specification must follow --sort.")); break;
        case "no-headers": case "no-heading": o.noHeaders = true; break;
        case "pid": o.pids = [...(o.pids ?? []), ...pidList(arg(), "--pid")]; break;
        case "ppid": o.ppids = [...(o.ppids ?? []), ...pidList(arg(), "--ppid")]; break;
        case "user": o.users = [...(o.users ?? []), ...splitList(arg(), "List of users must follow --user.")]; break;
        case "format": fmts.push(arg() ?? ""); break;
        case "width": case "cols": case "columns": arg(); break;
        case "help": throw new PsError("help");
        case "version": throw new PsError("version");
        default: throw new PsError("error: unknown gnu long option");
      }
      continue;
    }
    if (a.startsWith("-")) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const rest = (): string | undefined => (j + 1 < a.length ? a.slice(j + 1) : args[++i]);
        let consumed = false;
        switch (c) {
          case "e": case "A": o.all = true; break;
          case "a": o.notSessionLeaders = true; break;
          case "d": o.all = true; break;
          case "f": o.formatKind = "f"; break;
          case "F": o.formatKind = "f"; break;
          case "l": o.formatKind = "l"; break;
          case "j": o.formatKind = "jUnix"; break;
          case "H": o.forest = true; o.indentOnly = true; break;
          case "L": if (o.formatKind === "default") o.formatKind = "L"; break;
          case "w": o.wide = true; break;
          case "x": o.bsdNoTty = true; break;
          case "p": case "q": o.pids = [...(o.pids ?? []), ...pidList(rest(), `-${c}`)]; consumed = true; break;
          case "u": case "U": {
            const l = splitList(rest(), `List of users must follow -${c}.`);
            if (c === "u") o.users = [...(o.users ?? []), ...l];
            else o.ruids = [...(o.ruids ?? []), ...l];
            consumed = true;
            break;
          }
          case "t": o.ttys = [...(o.ttys ?? []), ...splitList(rest(), "List of ttys must follow -t.")]; consumed = true; break;
          case "C": o.cmds = [...(o.cmds ?? []), ...splitList(rest(), "List of command names must follow -C.")]; consumed = true; break;
          case "o": fmts.push(rest() ?? ""); consumed = true; break;
          case "V": throw new PsError("version");
          default: throw new PsError("error: unsupported SysV option");
        }
        if (consumed) break;
      }
      continue;
    }
    // BSD syntax: letters without a dash.
    for (let j = 0; j < a.length; j++) {
      const c = a[j]!;
      let consumed = false;
      switch (c) {
        case "a": o.bsdAllTty = true; break;
        case "x": o.bsdNoTty = true; break;
        case "u": o.formatKind = "u"; break;
        case "f": o.forest = true; break;
        case "h": o.noHeaders = true; break;
        case "w": o.wide = true; break;
        case "j": o.formatKind = "j"; break;
        case "l": o.formatKind = "l"; break;
        case "e": break;
        case "o": fmts.push(j + 1 < a.length ? a.slice(j + 1) : args[++i] ?? ""); consumed = true; break;
        case "p": o.pids = [...(o.pids ?? []), ...pidList(j + 1 < a.length ? a.slice(j + 1) : args[++i], "p")]; consumed = true; break;
        default:
          if (/[0-9]/.test(c) && j === 0) {
            o.pids = [...(o.pids ?? []), ...pidList(a, "p")];
            consumed = true;
            break;
          }
          throw new PsError("error: unsupported option (BSD syntax)");
      }
      if (consumed) break;
    }
  }
  if (fmts.length) o.format = fmts.join(",");
  return o;
}

/** "pid,comm=" / "pid=PROCESS" / "cmd:comm" → columns; headers given with '='. */
function buildColumns(spec: string, pidWidth: number): Column[] {
  const out: Column[] = [];
  // A header after '=' runs to the end of that -o argument (it may contain commas).
  const parts = spec.split(",");
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!.trim();
    if (!part) continue;
    const eq = part.indexOf("=");
    let name = eq >= 0 ? part.slice(0, eq) : part;
    let header: string | undefined = eq >= 0 ? part.slice(eq + 1) : undefined;
    let alias: string | undefined;
    let width: number | undefined;
    if (name.includes(":")) {
      [name, alias] = name.split(":") as [string, string];
      // "pid:3": a width, as procps' -o NAME:WIDTH.
      if (/^\d+$/.test(alias)) {
        width = Number(alias);
        alias = undefined;
      }
    }
    const c = columnFor(alias ?? name, pidWidth);
    if (!c) throw new PsError(`error: unknown user-defined format specifier "${name}"`);
    if (width !== undefined) c.width = width;
    if (alias) c.header = name === "cmd" ? "CMD" : name === "uid" ? "UID" : c.header;
    if (header !== undefined) {
      c.header = header;
      if (header.length > c.width && c.width > 0) c.width = header.length;
    }
    out.push(c);
  }
  return out;
}

async function pidWidthOf(p: Proc): Promise<number> {
  const max = Number((await readFileText(p.sys, "/proc/sys/kernel/pid_max").catch(() => "32768")).trim()) || 32768;
  return Math.max(5, String(max - 1).length);
}

export default program(async (p) => {
  let o: PsOpts;
  try {
    o = parseArgs(p.argv.slice(1));
  } catch (e) {
    if (!(e instanceof PsError)) throw e;
    if (e.message === "version") {
      await p.out.write("ps from procps-ng 4.0.2\n");
      return 0;
    }
    if (e.message === "help") {
      await p.out.write(USAGE_TAIL.slice(1));
      return 0;
    }
    await p.err.write(e.message + "\n" + USAGE_TAIL);
    return 1;
  }
  const sys = p.sys;
  const pidWidth = await pidWidthOf(p);
  let cols: Column[];
  try {
    cols = buildColumns(o.format ?? FORMATS[o.formatKind === "default" && o.bsdNoTty && !o.bsdAllTty && !o.all ? "x" : o.formatKind]!, pidWidth);
  } catch (e) {
    if (!(e instanceof PsError)) throw e;
    await p.err.write(e.message + "\n" + USAGE_TAIL);
    return 1;
  }
  if (o.formatKind === "default" && !o.format && (o.bsdNoTty || o.bsdAllTty)) cols = buildColumns(FORMATS["x"]!, pidWidth);
  const users = await new UserDb(sys).load();
  const nowSec = Number(sys.clock_gettime(CLOCK_REALTIME) / 1_000_000_000n);
  const uptimeSec = await readUptime(sys);
  const mem = await readMeminfo(sys);
  const btime = await readBtime(sys);
  const ctx: PsContext = {
    nowSec,
    uptimeSec,
    bootSec: btime ?? Math.floor(nowSec - uptimeSec),
    memTotalKb: mem.get("MemTotal") ?? 0,
    hz: 100,
    pageKb: 4,
    userName: (u) => users.userName(u),
    groupName: (g) => users.groupName(g),
  };
  const all = await readAllProcs(sys);
  const needs = [...new Set(cols.flatMap((c) => (c.needs ? [c.needs] : [])))];
  const self = all.find((x) => x.pid === sys.getpid());
  const myTty = self?.ttyNr ?? 0;
  const myEuid = sys.geteuid();
  const uidOf = (s: string): number => (/^[0-9]+$/.test(s) ? Number(s) : users.byName(s)?.uid ?? -1);
  const explicit = o.pids || o.ppids || o.users || o.ruids || o.ttys || o.cmds;
  const selected = all.filter((x) => {
    if (o.all) return true;
    if (explicit) {
      if (o.pids?.includes(x.pid)) return true;
      if (o.ppids?.includes(x.ppid)) return true;
      if (o.users?.some((u) => uidOf(u) === x.euid)) return true;
      if (o.ruids?.some((u) => uidOf(u) === x.ruid)) return true;
      if (o.ttys?.some((t) => t.replace(/^\/dev\//, "") === ttyName(x.ttyNr))) return true;
      if (o.cmds?.includes(x.comm)) return true;
      return false;
    }
    if (o.bsdAllTty && o.bsdNoTty) return true;
    if (o.bsdAllTty) return x.ttyNr !== 0;
    if (o.notSessionLeaders) return x.ttyNr !== 0 && x.session !== x.pid;
    if (o.bsdNoTty) return x.euid === myEuid;
    return x.euid === myEuid && x.ttyNr === myTty;
  });
  if (o.sort.length) {
    try {
      sortBy(selected, o.sort, ctx, pidWidth);
    } catch (e) {
      if (!(e instanceof PsError)) throw e;
      await p.err.write(e.message + "\n" + USAGE_TAIL);
      return 1;
    }
  }
  if (needs.length) readLinks(sys, selected, needs);
  const rows = o.forest ? forestOrder(selected, o.indentOnly) : selected.map((x) => ({ proc: x, depth: 0 }));
  let limit = Infinity;
  if (isatty(sys, 1) && !o.wide) {
    try {
      limit = sys.ioctl_tiocgwinsz(1).cols || 80;
    } catch {
      limit = 80;
    }
  }
  const lines: string[] = [];
  const hasHeader = !o.noHeaders && cols.some((c) => c.header !== "");
  if (hasHeader) lines.push(formatRow(cols, cols.map((c) => c.header)));
  // --forest draws the tree in the command column (the last CMD/COMMAND one).
  const cmdCol = cols.map((c) => c.header).lastIndexOf(cols.find((c) => c.width === 0 || c.width === 15)?.header ?? "\0");
  for (const r of rows) {
    const vals = cols.map((c, i) => {
      const v = c.value(r.proc, ctx);
      if (!o.forest || r.depth === 0 || i !== cmdCol) return v;
      return o.indentOnly ? "  ".repeat(r.depth) + v : "    ".repeat(r.depth - 1) + " \\_ " + v;
    });
    lines.push(formatRow(cols, vals));
  }
  for (const l of lines) await p.out.write((l.length > limit ? l.slice(0, limit) : l) + "\n");
  return selected.length === 0 ? 1 : 0;
});

function formatRow(cols: Column[], vals: string[]): string {
  let line = "";
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    const v = vals[i]!;
    const last = i === cols.length - 1;
    if (i > 0) line += " ";
    if (c.right) line += v.padStart(c.width);
    else line += last ? v : v.padEnd(c.width);
  }
  return line;
}

/** --sort: by each key's printed value (numbers as numbers), "-KEY" descending, then by pid. */
function sortBy(list: ProcInfo[], keys: string[], ctx: PsContext, pidWidth: number): void {
  const cmps = keys.map((k) => {
    const desc = k.startsWith("-");
    const c = columnFor(k.replace(/^[-+]/, ""), pidWidth);
    if (!c) throw new PsError("error: unknown sort specifier");
    return { c, sign: desc ? -1 : 1 };
  });
  list.sort((a, b) => {
    for (const { c, sign } of cmps) {
      const x = c.value(a, ctx);
      const y = c.value(b, ctx);
      const nx = Number(x);
      const ny = Number(y);
      const d = x !== "" && y !== "" && !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x < y ? -1 : x > y ? 1 : 0;
      if (d !== 0) return sign * d;
    }
    return a.pid - b.pid;
  });
}

/** --forest: children under their parents, siblings by pid; pid 1's children start new trees. */
function forestOrder(list: ProcInfo[], indentOnly: boolean): { proc: ProcInfo; depth: number }[] {
  const byPid = new Map(list.map((x) => [x.pid, x]));
  const kids = new Map<number, ProcInfo[]>();
  const roots: ProcInfo[] = [];
  for (const x of list) {
    // procps's forest shows init's children as roots of their own trees (as in `ps axf`); -H does not.
    if (x.ppid !== x.pid && (x.ppid !== 1 || indentOnly) && byPid.has(x.ppid)) {
      const k = kids.get(x.ppid) ?? [];
      k.push(x);
      kids.set(x.ppid, k);
    } else roots.push(x);
  }
  const out: { proc: ProcInfo; depth: number }[] = [];
  const walk = (x: ProcInfo, depth: number): void => {
    out.push({ proc: x, depth });
    for (const k of kids.get(x.pid) ?? []) walk(k, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  return out;
}
