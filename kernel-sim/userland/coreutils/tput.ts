// tput(1) (ncurses 6.4): a terminal's capabilities for shell scripts - `tput setaf 1` for red,
// `tput cols`, `tput cup 5 10`, `tput bold`/`sgr0`, `tput clear` - read from the terminfo entry
// of $TERM (terminfo_db.ts) and expanded with tparm. Several capabilities may follow one
// another on the command line, each taking as many of the next arguments as it has parameters.
// Exit status as tput's: 0, 1 (a boolean that is false, a string the terminal lacks), 2 usage,
// 3 unknown terminal, 4 unknown capability.

import { program, type Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { readAll } from "../lib/stdio.ts";
import { decode } from "../lib/text.ts";
import { TERMINFO, type TerminfoEntry } from "./terminfo_db.ts";
import { paramCount, tparm } from "./tparm.ts";
import { findTerminal, resetMode } from "./tty_reset.ts";
import { TCSADRAIN } from "../../uapi/termios.ts";

const USAGE = `Usage: tput [options] [command]

Options:
  -S <<       read commands from standard input
  -T TERM     use this instead of $TERM
  -V          print curses-version
  -x          do not try to clear scrollback

Commands:
  clear       clear the screen
  init        initialize the terminal
  reset       reinitialize the terminal
  capname     unlike clear/init/reset, print value for capability "capname"
`;

/** terminfo(5)'s boolean and numeric capabilities, which an entry may lack (`tput hs` is false, `tput colors` -1). */
const BOOLEANS = new Set(["am", "bce", "bw", "ccc", "chts", "cpix", "crxm", "da", "daisy", "db", "eo", "eslok", "gn", "hc", "hls", "hs", "hz", "in", "km", "lpix", "mc5i", "mir", "msgr", "ndscr", "npc", "nrrmc", "nxon", "os", "sam", "ul", "xenl", "xhp", "xhpa", "xon", "xsb", "xt", "xvpa"]);
const NUMBERS = new Set(["cols", "it", "lh", "lm", "lw", "lines", "nlab", "pb", "vt", "wsl", "xmc", "colors", "pairs", "ncv", "maddr", "mjump", "spinh", "spinv"]);
/** String capabilities: those of the entries vlab has (xterm-256color's are most of terminfo's everyday ones). */
const STRINGS = new Set(Object.values(TERMINFO).flatMap((e) => Object.keys(e.str)));

/** A terminal's size as ncurses' tput takes it: $COLUMNS/$LINES, else the terminal's, else terminfo's. */
function size(p: Proc, which: "cols" | "lines", ti: TerminfoEntry): number {
  const env = Number(p.getenv(which === "cols" ? "COLUMNS" : "LINES"));
  if (env > 0) return env;
  for (const fd of [1, 2, 0]) {
    try {
      const ws = p.sys.ioctl_tiocgwinsz(fd);
      const n = which === "cols" ? ws.cols : ws.rows;
      if (n > 0) return n;
    } catch {
      // not a terminal
    }
  }
  return ti.num[which] ?? (which === "cols" ? 80 : 24);
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "+ST:Vx");
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`${p.name}: ${e.message}\n${USAGE}`);
    return 2;
  }
  const has = (k: string): boolean => parsed.opts.some((o) => o.key === k);
  if (has("V")) {
    await p.out.write("ncurses 6.4.20221231\n");
    return 0;
  }
  const term = parsed.opts.findLast((o) => o.key === "T")?.arg ?? p.getenv("TERM");
  if (!term) {
    await p.err.write(`${p.name}: No value for $TERM and no -T specified\n`);
    return 2;
  }
  const ti = TERMINFO[term];
  if (!ti) {
    await p.err.write(`${p.name}: unknown terminal "${term}"\n`);
    return 3;
  }
  let words = parsed.operands;
  if (has("S")) words = decode(await readAll(p.sys, 0)).split(/\s+/).filter(Boolean);
  else if (words.length === 0) {
    await p.err.write(USAGE);
    return 2;
  }
  let status = 0;
  let out = "";
  for (let i = 0; i < words.length; ) {
    const cap = words[i++]!;
    if (cap === "longname") {
      out += ti.names.slice(ti.names.lastIndexOf("|") + 1);
      continue;
    }
    if (cap === "clear") {
      out += (ti.str.clear ?? "") + (has("x") ? "" : (ti.str.E3 ?? "\x1b[3J"));
      continue;
    }
    if (cap === "init" || cap === "reset") {
      // Like reset(1), these need a terminal (on stderr, stdout or stdin); reset also gives it
      // sane modes. Both end with the margins reset (mgc).
      const tty = findTerminal(p.sys);
      if (!tty) {
        await p.out.write(out);
        await p.err.write(`${p.name}: terminal attributes: No such device or address\n\n`);
        return 10;
      }
      if (cap === "reset") p.sys.ioctl_tcsets(tty.fd, TCSADRAIN, resetMode(tty.termios));
      out += (cap === "reset" ? (ti.str.rs1 ?? "") + (ti.str.rs2 ?? "") : (ti.str.is2 ?? "")) + (ti.str.mgc ?? "");
      continue;
    }
    if (BOOLEANS.has(cap)) {
      if (!ti.bool.includes(cap)) status = 1;
      continue;
    }
    if (NUMBERS.has(cap)) {
      out += `${cap === "cols" || cap === "lines" ? size(p, cap, ti) : (ti.num[cap] ?? -1)}\n`;
      continue;
    }
    const s = ti.str[cap];
    if (s === undefined) {
      if (STRINGS.has(cap)) {
        status = 1;
        continue;
      }
      await p.out.write(out);
      await p.err.write(`${p.name}: unknown terminfo capability '${cap}'\n`);
      return 4;
    }
    const n = paramCount(s);
    const args: (number | string)[] = [];
    for (let k = 0; k < n && i < words.length; k++) {
      const w = words[i++]!;
      args.push(/^-?\d+$/.test(w) ? Number(w) : w);
    }
    // No parameters given: tput prints the string as it is; $<...> padding is a delay, not output.
    out += (n > 0 && args.length > 0 ? tparm(s, args) : s).replace(/\$<[\d.*/]+>/g, "");
  }
  await p.out.write(out);
  return status;
});
