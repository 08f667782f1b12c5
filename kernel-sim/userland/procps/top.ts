// top(1) from procps-ng 4.0.2: the summary and task areas of top_frame.ts every -d seconds (3 by
// default). Full screen on a terminal: q or ^C quits, space refreshes, P M N T sort by %CPU,
// %MEM, PID, TIME+, c shows command lines, d changes the delay, k sends a signal, h shows
// help; SIGWINCH redraws at the new size. -b prints frames as text (80 columns unless -w or
// COLUMNS say otherwise), -n N stops after N frames.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { UserDb } from "../lib/pwd.ts";
import { isatty } from "../lib/stdio.ts";
import { CLOCK_MONOTONIC } from "../../uapi/clock.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { signalNumber } from "../../uapi/signal.ts";
import { Tui, BOLD, NORMAL, REVERSE } from "../editors/tui.ts";
import type { SortKey, View } from "./top_frame.ts";
import { SORT_FIELDS, TopFrames } from "./top_frame.ts";

const USAGE = `
Usage:
 top [options]

Options:
 -b, --batch-mode                run in non-interactive batch mode
 -c, --cmdline-toggle            reverse last remembered 'c' state
 -d, --delay =SECS [.TENTHS]     iterative delay as SECS [.TENTHS]
 -E, --scale-summary-mem =SCALE  set mem as: k,m,g,t,p,e for SCALE
 -e, --scale-task-mem =SCALE     set mem with: k,m,g,t,p for SCALE
 -H, --threads-show              show tasks plus all their threads
 -i, --idle-toggle               reverse last remembered 'i' state
 -n, --iterations =NUMBER        exit on maximum iterations NUMBER
 -O, --list-fields               output all field names, then exit
 -o, --sort-override =FIELD      force sorting on this named FIELD
 -p, --pid =PIDLIST              monitor only the tasks in PIDLIST
 -S, --accum-time-toggle         reverse last remembered 'S' state
 -s, --secure-mode               run with secure mode restrictions
 -U, --filter-any-user =USER     show only processes owned by USER
 -u, --filter-only-euser =USER   show only processes owned by USER
 -w, --width [=COLUMNS]          change print width [,use COLUMNS]
 -1, --single-cpu-toggle         reverse last remembered '1' state

 -h, --help                      display this help text, then exit
 -V, --version                   output version information & exit

For more details see top(1).
`;

const LONG = [
  { name: "batch-mode", has: 0, key: "b" }, { name: "cmdline-toggle", has: 0, key: "c" }, { name: "delay", has: 1, key: "d" },
  { name: "iterations", has: 1, key: "n" }, { name: "pid", has: 1, key: "p" }, { name: "filter-any-user", has: 1, key: "U" },
  { name: "filter-only-euser", has: 1, key: "u" }, { name: "width", has: 2, key: "w" }, { name: "help", has: 0, key: "h" },
  { name: "version", has: 0, key: "V" }, { name: "idle-toggle", has: 0, key: "i" }, { name: "secure-mode", has: 0, key: "s" },
] as const;

interface Options extends View {
  batch: boolean;
  delay: number; // seconds
  iterations: number; // Infinity for no limit
  euidOnly: boolean;
  width: number | null;
}

/** Bold the numbers of a summary line, as top's interactive summary shows them. */
function boldNumbers(line: string): string {
  const colon = line.indexOf(":");
  if (line.startsWith("top -") || colon < 0) return line;
  return line.slice(0, colon + 1) + line.slice(colon + 1).replace(/(\s*[0-9.]+ )/g, `${BOLD}$1${NORMAL}`);
}

async function batch(p: Proc, o: Options): Promise<number> {
  const cols = Number(p.getenv("COLUMNS"));
  const width = o.width ?? (cols > 0 ? cols : 80);
  const top = new TopFrames(p.sys, o);
  for (let i = 0; i < o.iterations; i++) {
    if (i > 0) {
      await p.sys.nanosleep(o.delay * 1e9);
      await p.out.write("\n");
    }
    const f = await top.frame(width);
    await p.out.write([...f.summary, "", f.header, ...f.rows].join("\n") + "\n");
    await p.out.flush();
  }
  return 0;
}

/** The 'h' screen of top 4.0.2 (its first page, the one for the default single window). */
function helpLines(delay: number): string[] {
  return [
    "Help for Interactive Commands - procps-ng 4.0.2",
    `Window 1:Def: Cumulative mode Off.  System: Delay ${delay.toFixed(1)} secs; Secure mode Off.`,
    "",
    "  Z,B,E,e   Global: 'Z' colors; 'B' bold; 'E'/'e' summary/task memory scale",
    "  l,t,m,I   Toggle: 'l' load avg; 't' task/cpu; 'm' memory; 'I' Irix mode",
    "  0,1,2,3,4 Toggle: '0' zeros; '1/2/3' cpu/numa views; '4' cpus two abreast",
    "  f,X       Fields: 'f' add/remove/order/sort; 'X' increase fixed-width fields",
    "",
    "  L,&,<,> . Locate: 'L'/'&' find/again; Move sort column: '<'/'>' left/right",
    "  R,H,J,C . Toggle: 'R' Sort; 'H' Threads; 'J' Num justify; 'C' Coordinates",
    "  c,i,S,j . Toggle: 'c' Cmd name/line; 'i' Idle; 'S' Time; 'j' Str justify",
    "  x,y     . Toggle highlights: 'x' sort field; 'y' running tasks",
    "  z,b     . Toggle: 'z' color/mono; 'b' bold/reverse (only if 'x' or 'y')",
    "  u,U,o,O . Filter by: 'u'/'U' effective/any user; 'o'/'O' other criteria",
    "  n,#,^O  . Set: 'n'/'#' max tasks displayed; Show: Ctrl+'O' other filter(s)",
    "  V,v,F   . Toggle: 'V' forest view; 'v' hide/show children; 'F' keep focused",
    "",
    "  d,k,r,^R 'd' set delay; 'k' kill; 'r' renice; Ctrl+'R' renice autogroup",
    "  ^G,K,N,U  View: ctl groups ^G; cmdline ^K; environment ^N; supp groups ^U",
    "  W,Y,!,^E  Write cfg 'W'; Inspect 'Y'; Combine Cpus '!'; Scale time ^E'",
    "  q         Quit",
    "          ( commands shown with '.' require a visible task display window )",
    "Press 'h' or '?' for help with Windows,",
    "Type 'q' or <Esc> to continue",
  ];
}

const SORT_KEYS: Record<string, SortKey> = { P: "cpu", M: "mem", N: "pid", T: "time" };

/** A full-screen session: the frame, the message line (row 6) and the keys top answers. */
class Screen {
  private readonly tui: Tui;
  private readonly top: TopFrames;
  private message = "";
  private firstPid = 0;

  constructor(
    private readonly p: Proc,
    private readonly o: Options,
  ) {
    this.tui = new Tui(p.sys);
    this.top = new TopFrames(p.sys, o);
  }

  async run(): Promise<number> {
    this.tui.start(false, false);
    try {
      for (let i = 0; i < this.o.iterations; i++) {
        await this.draw();
        if (await this.waitAndObey()) break;
      }
      return 0;
    } finally {
      this.tui.write(`\x1b[${this.tui.rows};1H\n`);
      await this.tui.stop(false);
    }
  }

  private async draw(): Promise<void> {
    const f = await this.top.frame(this.tui.cols);
    this.firstPid = f.pids[0] ?? 0;
    const lines = f.summary.map(boldNumbers);
    lines.push(this.message, REVERSE + f.header.padEnd(this.tui.cols));
    f.rows.forEach((r, k) => lines.push(f.running[k] ? BOLD + r : r));
    this.tui.paint(lines.slice(0, this.tui.rows), { row: 5, col: 0 });
    this.message = "";
  }

  /** Wait out the delay, or act on a key; true when top should quit. */
  private async waitAndObey(): Promise<boolean> {
    const sys = this.p.sys;
    const now = (): number => Number(sys.clock_gettime(CLOCK_MONOTONIC)) / 1e6;
    const deadline = now() + this.o.delay * 1000;
    const left = deadline - now();
    const k = left > 0 ? await this.tui.keyWithin(left) : null;
    if (k === null || k === " " || k === "Resize" || k === "C-l" || k === "C-m") return false;
    if (k === "q" || k === "C-c" || k === "EOF") return true;
    if (k in SORT_KEYS) this.o.sort = SORT_KEYS[k]!;
    else if (k === "c") this.o.cmdline = !this.o.cmdline;
    else if (k === "h" || k === "?") {
      this.tui.paint(helpLines(this.o.delay), null);
      const back = await this.tui.key();
      return back === "EOF";
    } else if (k === "d" || k === "s") {
      const a = await this.ask(`Change delay from ${this.o.delay.toFixed(1)} to `);
      if (a !== null && a !== "") {
        const d = Number(a);
        if (!Number.isFinite(d) || d < 0) this.message = "Unacceptable floating point";
        else this.o.delay = d;
      }
    } else if (k === "k") await this.kill();
    else this.message = "Unknown command - try 'h' for help";
    return false;
  }

  /** 'k': the pid (default: the task at the top of the list), then the signal (default 15). */
  private async kill(): Promise<void> {
    const a = await this.ask(`PID to signal/kill [default pid = ${this.firstPid}] `);
    if (a === null) return;
    const pid = a === "" ? this.firstPid : Number(a);
    if (!Number.isInteger(pid) || pid <= 0) {
      this.message = "Unacceptable integer";
      return;
    }
    const b = await this.ask(`Send pid ${pid} signal [15/sigterm] `);
    if (b === null) return;
    const sig = b === "" ? 15 : signalNumber(b);
    if (sig < 0 || sig > 64) {
      this.message = "Invalid signal";
      return;
    }
    try {
      if (sig > 0) this.p.sys.kill(pid, sig);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      this.message = `Failed signal pid '${pid}' with '${sig}': ${strerror(e.errno)}`;
    }
  }

  /** Read a line on the message row (Enter ends it; Esc or ^C cancels: null). */
  private async ask(prompt: string): Promise<string | null> {
    let text = "";
    for (;;) {
      this.tui.write(`\x1b[6;1H\x1b[K${BOLD}${prompt}${NORMAL}${text}`);
      const k = await this.tui.key();
      if (k === "C-m" || k === "C-j") break;
      if (k === "Esc" || k === "C-c" || k === "EOF") {
        text = "";
        this.tui.write("\x1b[6;1H\x1b[K");
        return null;
      }
      if (k === "C-?" || k === "C-h") text = text.slice(0, -1);
      else if ([...k].length === 1 && k >= " ") text += k;
    }
    this.tui.write("\x1b[6;1H\x1b[K");
    return text.trim();
  }
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "bcd:Ee:Hin:Oo:p:SsU:u:w::1hV", [...LONG]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`top: ${e.message}\n`);
    return 0; // procps-ng 4.0.2 exits 0 here
  }
  const o: Options = { batch: false, delay: 3, iterations: Infinity, pids: null, user: null, euidOnly: false, width: null, cmdline: false, sort: "cpu" };
  for (const { key, arg = "" } of parsed.opts) {
    switch (key) {
      case "h":
        await p.out.write(USAGE);
        return 0;
      case "V":
        await p.out.write("top from procps-ng 4.0.2\n");
        return 0;
      case "b": o.batch = true; break;
      case "c": o.cmdline = !o.cmdline; break;
      case "d": {
        const d = Number(arg.replace(",", "."));
        if (arg === "" || !Number.isFinite(d) || d < 0) return fail(p, `bad delay interval '${arg}'`);
        o.delay = d;
        break;
      }
      case "n": {
        const n = Number(arg);
        if (!/^\d+$/.test(arg) || n < 1) return fail(p, `bad iterations argument '${arg}'`);
        o.iterations = n;
        break;
      }
      case "p":
        o.pids = [...(o.pids ?? []), ...arg.split(",").map(Number)];
        if (o.pids.some((x) => !Number.isInteger(x) || x < 0)) return fail(p, `bad pid '${arg}'`);
        break;
      case "u": case "U": o.user = arg; o.euidOnly = key === "u"; break;
      case "w": {
        const w = arg === "" ? Number(p.getenv("COLUMNS")) || 512 : Number(arg);
        if (!Number.isInteger(w) || w < 1) return fail(p, `bad width arg '${arg}'`);
        o.width = w;
        break;
      }
      case "o": {
        const k = SORT_FIELDS[arg.replace(/^[+-]/, "").toUpperCase()];
        if (k === undefined) return fail(p, `unrecognized field name '${arg}'`);
        o.sort = k;
        break;
      }
      default:
        break; // accepted and ignored: -E -e -H -i -O -S -s -1
    }
  }
  if (o.user !== null) {
    const db = await new UserDb(p.sys).load();
    if (!db.byName(o.user) && !(/^\d+$/.test(o.user) && db.byUid(Number(o.user)))) return fail(p, `Invalid user`);
    if (/^\d+$/.test(o.user)) o.user = db.userName(Number(o.user));
  }
  if (!o.batch && (!isatty(p.sys, 0) || !isatty(p.sys, 1))) return fail(p, "failed tty get");
  return o.batch ? batch(p, o) : new Screen(p, o).run();
});

async function fail(p: Proc, msg: string): Promise<number> {
  await p.err.write(`top: ${msg}\n`);
  return 1;
}
