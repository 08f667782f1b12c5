// watch(1) from procps-ng 4.0.2: run a command every -n seconds (2 by default) through
// "sh -c" (or exec it, -x) and show its output full screen, under the title line
// "Every 2.0s: CMD" with "HOST: DATE" at the right edge (-t drops the title and the blank
// line after it). ^C gives the screen back and ends watch by the signal; SIGWINCH redraws at
// the new size. -d shows what changed since the last run in reverse video, -g exits when the
// output changes, -e when the command fails (status 8), -w cuts long lines instead of
// wrapping them.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import type { Sys } from "../lib/sys.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { execvp } from "../lib/exec.ts";
import { gmtime, strftime } from "../lib/time.ts";
import { charWidth } from "../lib/readline/term.ts";
import { Errno, EINTR } from "../../uapi/errno.ts";
import { SIGINT, SIGTERM, SIGHUP } from "../../uapi/signal.ts";
import { CLOCK_MONOTONIC, CLOCK_REALTIME } from "../../uapi/clock.ts";
import { WEXITSTATUS, WIFEXITED } from "../../uapi/wait.ts";
import { Tui, NORMAL, REVERSE } from "../editors/tui.ts";

const USAGE = `
Usage:
 watch [options] command

Options:
  -b, --beep             beep if command has a non-zero exit
  -c, --color            interpret ANSI color and style sequences
  -d, --differences[=<permanent>]
                         highlight changes between updates
  -e, --errexit          exit if command has a non-zero exit
  -g, --chgexit          exit when output from command changes
  -q, --equexit <cycles>
                         exit when output from command does not change
  -n, --interval <secs>  seconds to wait between updates
  -p, --precise          attempt run command in precise intervals
  -t, --no-title         turn off header
  -w, --no-wrap          turn off line wrapping
  -x, --exec             pass command to exec instead of "sh -c"

 -h, --help     display this help and exit
 -v, --version  output version information and exit

For more details see watch(1).
`;

const LONG = [
  { name: "beep", has: 0, key: "b" }, { name: "color", has: 0, key: "c" }, { name: "differences", has: 2, key: "d" },
  { name: "errexit", has: 0, key: "e" }, { name: "chgexit", has: 0, key: "g" }, { name: "equexit", has: 1, key: "q" },
  { name: "interval", has: 1, key: "n" }, { name: "precise", has: 0, key: "p" }, { name: "no-title", has: 0, key: "t" },
  { name: "no-wrap", has: 0, key: "w" }, { name: "exec", has: 0, key: "x" }, { name: "help", has: 0, key: "h" },
  { name: "version", has: 0, key: "v" },
] as const;

/** Run argv with stdout and stderr into a pipe; its output and wait status (null if interrupted). */
async function capture(sys: Sys, argv: string[], envp: string[]): Promise<{ text: string; status: number } | null> {
  const [r, w] = sys.pipe2(0);
  const pid = sys.fork(async (child) => {
    child.close(r);
    child.dup2(w, 1);
    child.dup2(w, 2);
    child.close(w);
    try {
      return await execvp(child, argv[0]!, argv, envp);
    } catch {
      return 127;
    }
  });
  sys.close(w);
  const dec = new TextDecoder();
  let text = "";
  try {
    for (;;) {
      const b = await sys.read(r, 65536);
      if (b.length === 0) break;
      text += dec.decode(b, { stream: true });
    }
  } catch (e) {
    if (!(e instanceof Errno) || e.errno !== EINTR) throw e;
    sys.close(r);
    return null;
  }
  sys.close(r);
  for (;;) {
    try {
      const res = await sys.wait4(pid, 0);
      return { text: text + dec.decode(), status: res.status };
    } catch (e) {
      if (!(e instanceof Errno) || e.errno !== EINTR) throw e;
    }
  }
}

/** The output as screen rows: tabs to 8-column stops, long lines wrapped (or cut with -w). */
export function layout(text: string, cols: number, wrap: boolean): string[] {
  const rows: string[] = [];
  for (const line of text.replace(/\n$/, "").split("\n")) {
    let row = "";
    let w = 0;
    for (const ch of line) {
      if (ch === "\t") {
        const n = 8 - (w % 8);
        if (w + n > cols) {
          if (!wrap) break;
          rows.push(row);
          row = "";
          w = 0;
          continue;
        }
        row += " ".repeat(n);
        w += n;
        continue;
      }
      if (ch === "\r" || ch < " ") continue;
      const cw = charWidth(ch);
      if (w + cw > cols) {
        if (!wrap) break;
        rows.push(row);
        row = "";
        w = 0;
      }
      row += ch;
      w += cw;
    }
    rows.push(row);
  }
  return rows;
}

/** watch -d: the characters that differ from the previous output's, in standout (reverse). */
export function highlight(rows: string[], prev: string[]): string[] {
  return rows.map((row, r) => {
    const old = [...(prev[r] ?? "")];
    let out = "";
    let on = false;
    [...row].forEach((ch, i) => {
      const diff = old[i] !== ch;
      if (diff !== on) out += diff ? REVERSE : NORMAL;
      on = diff;
      out += ch;
    });
    return on ? out + NORMAL : out;
  });
}

/** The title row: "Every N.Ns: CMD" on the left, "HOST: ctime" flush right. */
export function title(interval: number, cmd: string, host: string, date: string, cols: number): string {
  const right = `${host}: ${date}`;
  let left = `Every ${interval.toFixed(1)}s: ${cmd}`;
  const room = cols - right.length - 1;
  if (room < 0) return left.slice(0, cols);
  if (left.length > room) left = left.slice(0, room);
  return left + " ".repeat(cols - left.length - right.length) + right;
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "+bcd::egq:n:ptwxhv", [...LONG]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`watch: ${e.message}\n${USAGE}`);
    return 1;
  }
  let interval = 2;
  const flags = new Set<string>();
  for (const { key, arg = "" } of parsed.opts) {
    if (key === "h") {
      await p.out.write(USAGE);
      return 0;
    }
    if (key === "v") {
      await p.out.write("watch from procps-ng 4.0.2\n");
      return 0;
    }
    if (key === "n") {
      const n = Number(arg.replace(",", "."));
      if (arg === "" || !Number.isFinite(n)) {
        await p.err.write(`watch: failed to parse argument: '${arg}': Invalid argument\n`);
        return 1;
      }
      interval = Math.max(0.1, n);
    } else flags.add(key);
  }
  if (parsed.operands.length === 0) {
    await p.err.write(USAGE);
    return 1;
  }
  const cmd = parsed.operands.join(" ");
  const argv = flags.has("x") ? parsed.operands : ["/bin/sh", "-c", cmd];
  const sys = p.sys;
  let stop = false;
  let caught = 0;
  for (const sig of [SIGINT, SIGTERM, SIGHUP]) sys.sigaction(sig, { handler: (n) => void ((stop = true), (caught = n)) });
  const host = sys.uname().nodename;
  const tui = new Tui(sys);
  tui.start(true, true);
  let last: string | null = null;
  let status = 0;
  try {
    while (!stop) {
      const started = Number(sys.clock_gettime(CLOCK_MONOTONIC)) / 1e6;
      const date = strftime("%a %b %e %H:%M:%S %Y", gmtime(sys.clock_gettime(CLOCK_REALTIME)));
      const out = await capture(sys, argv, p.envp);
      if (out === null || stop) break;
      const changed = last !== null && out.text !== last;
      const before = last;
      last = out.text;
      const draw = (): void => {
        const head = flags.has("t") ? [] : [title(interval, cmd, host, date, tui.cols), ""];
        let rows = layout(out.text, tui.cols, !flags.has("w"));
        if (flags.has("d") && before !== null) rows = highlight(rows, layout(before, tui.cols, !flags.has("w")));
        tui.paint([...head, ...rows], { row: tui.rows - 1, col: tui.cols - 1 });
      };
      draw();
      const failed = !WIFEXITED(out.status) || WEXITSTATUS(out.status) !== 0;
      if (failed && flags.has("b")) tui.write("\x07");
      if (changed && flags.has("g")) break;
      if (failed && flags.has("e")) {
        tui.write(`\x1b[${tui.rows};1Hcommand exit with a non-zero status, press a key to exit`);
        await tui.key();
        status = 8;
        break;
      }
      const deadline = (flags.has("p") ? started : Number(sys.clock_gettime(CLOCK_MONOTONIC)) / 1e6) + interval * 1000;
      while (!stop) {
        const left = deadline - Number(sys.clock_gettime(CLOCK_MONOTONIC)) / 1e6;
        if (left <= 0) break;
        const k = await tui.keyWithin(left);
        if (k === "Resize") draw();
        if (k === "EOF") stop = true;
      }
    }
  } finally {
    await tui.stop(true);
  }
  if (caught !== 0) {
    // Die of the signal, screen restored, so the shell sees it (bash drops the rest of a list on ^C).
    sys.sigaction(caught, { handler: "default" });
    sys.raise(caught);
  }
  return status;
});
