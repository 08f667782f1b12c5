// reset(1) (ncurses' tset in reset mode): give a terminal scrambled by binary junk or a crashed
// full-screen program its defaults back - xterm's reset strings (TERM=xterm*: full reset, the
// colour palette, soft reset, cursor keys and keypad back to normal), and sane line-discipline
// flags. Control characters the user set (stty intr ^X) are kept, and said on stderr, as
// tset's report() does: "Kill is control-K (^K).".

import { program } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { TCSADRAIN, VERASE, VINTR, VKILL, defaultTermios, type Termios } from "../../uapi/termios.ts";
import { O_RDWR } from "../../uapi/fcntl.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { writeAll } from "../lib/stdio.ts";
import { findTerminal, resetMode } from "./tty_reset.ts";

/** ncurses' rs1 and rs2 for xterm-256color, and the margin reset it adds, as reset writes them. */
const XTERM_RESET = "\x1bc\x1b]104\x07\x1b[!p\x1b[?3;4l\x1b[4l\x1b>\x1b[?69l\r";

const USAGE = `Usage: reset [options] [terminal]

Options:
  -c          set control characters
  -e ch       erase character
  -I          no initialization strings
  -i ch       interrupt character
  -k ch       kill character
  -m mapping  map identifier to type
  -Q          do not output control key settings
  -q          display term only, do no changes
  -r          display term on stderr
  -s          output TERM set command
  -V          print curses-version
  -w          set window-size

If neither -c/-w are given, both are assumed.
`;

/** "^X", "^?" or "X" as -e/-i/-k take it. */
function keyArg(s: string): number {
  if (s.length === 2 && s[0] === "^") return s[1] === "?" ? 0x7f : s.toUpperCase().charCodeAt(1) & 0x1f;
  return s.charCodeAt(0);
}

/** tset's report(): a control character that is not the default, or was changed. */
function report(name: string, older: number, newer: number, def: number): string {
  if (older === newer && older === def) return "";
  const what = newer === 0x7f ? "delete" : newer < 0x20 ? `control-${String.fromCharCode(newer ^ 0x40)} (^${String.fromCharCode(newer ^ 0x40)})` : String.fromCharCode(newer);
  return `${name} ${older === newer ? "is" : "set to"} ${what}.\n`;
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "ce:Ii:k:m:QqrsVw");
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`${p.name}: ${e.message}\n${USAGE}`);
    return 1;
  }
  const has = (k: string): boolean => parsed.opts.some((o) => o.key === k);
  const arg = (k: string): string | undefined => parsed.opts.findLast((o) => o.key === k)?.arg;
  if (has("V")) {
    await p.out.write("ncurses 6.4.20221231\n");
    return 0;
  }
  // The terminal: on stderr, stdout or stdin, else the controlling terminal (/dev/tty).
  const found = findTerminal(p.sys);
  let fd = found?.fd ?? -1;
  let old: Termios | null = found?.termios ?? null;
  if (!old) {
    try {
      fd = await p.sys.open("/dev/tty", O_RDWR);
      old = p.sys.ioctl_tcgets(fd);
    } catch (e) {
      // tset's failed(): perror, then a newline of its exit path; even -q needs the terminal.
      await p.err.write(`${p.name}: terminal attributes: ${e instanceof Errno ? strerror(e.errno) : String(e)}\n\n`);
      return 10;
    }
  }
  const term = parsed.operands[0] ?? p.getenv("TERM") ?? "unknown";
  if (has("q")) {
    await p.out.write(`${term}\n`);
    return 0;
  }
  const sane = defaultTermios();
  const mode = resetMode(old);
  const e = arg("e");
  const i = arg("i");
  const k = arg("k");
  if (e !== undefined) mode.cc[VERASE] = keyArg(e);
  if (i !== undefined) mode.cc[VINTR] = keyArg(i);
  if (k !== undefined) mode.cc[VKILL] = keyArg(k);
  // To the terminal itself, not stdout: `reset > file` still resets the screen.
  if (!has("I") && /^xterm/.test(term)) await writeAll(p.sys, fd, XTERM_RESET);
  p.sys.ioctl_tcsets(fd, TCSADRAIN, mode);
  if (!has("Q")) {
    const said = report("Erase", old.cc[VERASE]!, mode.cc[VERASE]!, sane.cc[VERASE]!) + report("Kill", old.cc[VKILL]!, mode.cc[VKILL]!, sane.cc[VKILL]!) + report("Interrupt", old.cc[VINTR]!, mode.cc[VINTR]!, sane.cc[VINTR]!);
    if (said) await p.err.write(said);
  }
  if (has("r")) await p.err.write(`Terminal type is ${term}.\n`);
  if (has("s")) await p.out.write(`TERM=${term};\n`);
  return 0;
});
