// stty(1): show (-a, -g, "size", or the settings that differ from sane) or change the
// terminal on standard input: [-]FLAG, CHAR ^X, min/time N, rows/cols N, raw, cooked, sane.

import { gnuProgram as program } from "../lib/gnu.ts";
import { quote, errmsg } from "../lib/main.ts";
import { coreutilsVersion, usageError } from "../lib/getopt.ts";
import { basenameOf } from "../lib/main.ts";
import type { Termios } from "../../uapi/termios.ts";
import { TCSADRAIN, defaultTermios } from "../../uapi/termios.ts";

type Field = "iflag" | "oflag" | "cflag" | "lflag";

/** Flag tables in stty -a's order: name, field, bit (mask for multi-bit values). */
const FLAGS: [string, Field, number, number?][] = [
  ["parenb", "cflag", 0o400], ["parodd", "cflag", 0o1000], ["cmspar", "cflag", 0o10000000000], ["cs8", "cflag", 0o60, 0o60], ["hupcl", "cflag", 0o2000], ["cstopb", "cflag", 0o100], ["cread", "cflag", 0o200], ["clocal", "cflag", 0o4000], ["crtscts", "cflag", 0o20000000000],
  ["ignbrk", "iflag", 0o1], ["brkint", "iflag", 0o2], ["ignpar", "iflag", 0o4], ["parmrk", "iflag", 0o10], ["inpck", "iflag", 0o20], ["istrip", "iflag", 0o40], ["inlcr", "iflag", 0o100], ["igncr", "iflag", 0o200], ["icrnl", "iflag", 0o400], ["ixon", "iflag", 0o2000], ["ixoff", "iflag", 0o10000], ["iuclc", "iflag", 0o1000], ["ixany", "iflag", 0o4000], ["imaxbel", "iflag", 0o20000], ["iutf8", "iflag", 0o40000],
  ["opost", "oflag", 0o1], ["olcuc", "oflag", 0o2], ["ocrnl", "oflag", 0o10], ["onlcr", "oflag", 0o4], ["onocr", "oflag", 0o20], ["onlret", "oflag", 0o40], ["ofill", "oflag", 0o100], ["ofdel", "oflag", 0o200], ["nl0", "oflag", 0, 0o400], ["cr0", "oflag", 0, 0o3000], ["tab0", "oflag", 0, 0o14000], ["bs0", "oflag", 0, 0o20000], ["vt0", "oflag", 0, 0o40000], ["ff0", "oflag", 0, 0o100000],
  ["isig", "lflag", 0o1], ["icanon", "lflag", 0o2], ["iexten", "lflag", 0o100000], ["echo", "lflag", 0o10], ["echoe", "lflag", 0o20], ["echok", "lflag", 0o40], ["echonl", "lflag", 0o100], ["noflsh", "lflag", 0o200], ["xcase", "lflag", 0o4], ["tostop", "lflag", 0o400], ["echoprt", "lflag", 0o2000], ["echoctl", "lflag", 0o1000], ["echoke", "lflag", 0o4000], ["flusho", "lflag", 0o10000], ["extproc", "lflag", 0o200000],
];
/** Multi-valued fields print without a "-" form. */
const VALUE_FLAGS = new Set(["cs8", "nl0", "cr0", "tab0", "bs0", "vt0", "ff0"]);

const CHARS: [string, number][] = [["intr", 0], ["quit", 1], ["erase", 2], ["kill", 3], ["eof", 4], ["eol", 11], ["eol2", 16], ["swtch", 7], ["start", 8], ["stop", 9], ["susp", 10], ["rprnt", 12], ["werase", 14], ["lnext", 15], ["discard", 13]];

function ctl(c: number): string {
  if (c === 0) return "<undef>";
  if (c === 0x7f) return "^?";
  if (c < 32) return "^" + String.fromCharCode(c + 64);
  if (c >= 128) return "M-" + ctl(c - 128);
  return String.fromCharCode(c);
}

function flagOn(t: Termios, f: (typeof FLAGS)[number]): boolean {
  const [, field, bit, mask] = f;
  return mask !== undefined ? (t[field] & mask) === bit : (t[field] & bit) !== 0;
}

class Wrapper {
  out = "";
  private col = 0;
  constructor(private readonly max: number) {}
  put(s: string): void {
    if (this.col > 0) {
      if (this.max - this.col <= s.length) {
        this.out += "\n";
        this.col = 0;
      } else {
        this.out += " ";
        this.col++;
      }
    }
    this.out += s;
    this.col += s.length;
  }
  nl(): void {
    if (this.col > 0) this.out += "\n";
    this.col = 0;
  }
}

export function describe(t: Termios, rows: number, cols: number, all: boolean, width: number): string {
  const w = new Wrapper(width);
  const sane = defaultTermios();
  w.put(all ? `speed 38400 baud; rows ${rows}; columns ${cols}; line = 0;` : "speed 38400 baud; line = 0;");
  w.nl();
  for (const [name, idx] of CHARS) {
    const v = t.cc[idx] ?? 0;
    if (all || v !== (sane.cc[idx] ?? 0)) w.put(`${name} = ${ctl(v)};`);
  }
  if (all || t.cc[6] !== sane.cc[6]) w.put(`min = ${t.cc[6] ?? 0};`);
  if (all || t.cc[5] !== sane.cc[5]) w.put(`time = ${t.cc[5] ?? 0};`);
  w.nl();
  let field: Field | null = null;
  for (const f of FLAGS) {
    if (f[1] !== field) {
      w.nl();
      field = f[1];
    }
    const on = flagOn(t, f);
    if (!all && on === flagOn(sane, f)) continue;
    if (VALUE_FLAGS.has(f[0])) {
      if (on || all) w.put(on ? f[0] : f[0]);
      continue;
    }
    w.put(on ? f[0] : "-" + f[0]);
  }
  w.nl();
  return w.out;
}

export default program(async (p) => {
  const args = p.argv.slice(1);
  if (args[0] === "--help") {
    await p.out.write("Usage: stty [-F DEVICE | --file=DEVICE] [SETTING]...\n  or:  stty [-F DEVICE | --file=DEVICE] [-a|--all]\n  or:  stty [-F DEVICE | --file=DEVICE] [-g|--save]\n");
    return 0;
  }
  if (args[0] === "--version") {
    await p.out.write(coreutilsVersion(basenameOf(p.name), "David MacKenzie"));
    return 0;
  }
  let fd = 0;
  let devName = "standard input";
  if (args[0] === "-F" || args[0] === "--file") {
    devName = args[1] ?? "";
    args.splice(0, 2);
    try {
      fd = await p.sys.open(devName, 0o4000 /* O_NONBLOCK */);
    } catch (e) {
      await p.warn(`${devName}: ${errmsg(e)}`);
      return 1;
    }
  }
  let t: Termios;
  try {
    t = p.sys.ioctl_tcgets(fd);
  } catch (e) {
    await p.warn(`${quote(devName)}: ${errmsg(e)}`);
    return 1;
  }
  let ws = { rows: 0, cols: 0 };
  try {
    ws = p.sys.ioctl_tiocgwinsz(fd);
  } catch {
    // no window size
  }
  const width = ws.cols > 0 ? ws.cols : Number(p.getenv("COLUMNS")) || 80;
  if (args.length === 0 || args[0] === "-a" || args[0] === "--all") {
    await p.out.write(describe(t, ws.rows, ws.cols, args.length > 0, width));
    return 0;
  }
  if (args[0] === "-g" || args[0] === "--save") {
    const cc = Array.from({ length: 32 }, (_, k) => (t.cc[k] ?? 0).toString(16));
    await p.out.write([t.iflag, t.oflag, t.cflag, t.lflag].map((x) => x.toString(16)).join(":") + ":" + cc.join(":") + "\n");
    return 0;
  }
  if (args[0] === "size") {
    await p.out.write(`${ws.rows} ${ws.cols}\n`);
    return 0;
  }
  const n = { ...t, cc: [...t.cc] };
  let newWs: { rows: number; cols: number } | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const neg = a.startsWith("-");
    const name = neg ? a.slice(1) : a;
    const f = FLAGS.find((x) => x[0] === name);
    if (f) {
      const [, field, bit, mask] = f;
      if (mask !== undefined) n[field] = (n[field] & ~mask) | (neg ? 0 : bit);
      else n[field] = neg ? n[field] & ~bit : n[field] | bit;
      continue;
    }
    const c = CHARS.find((x) => x[0] === name);
    if (c || name === "min" || name === "time") {
      const v = args[++i];
      if (v === undefined) return usageError(p, `missing argument to ${quote(a)}`);
      const idx = c ? c[1] : name === "min" ? 6 : 5;
      n.cc[idx] = c ? (v === "^-" || v === "undef" ? 0 : v === "^?" ? 127 : v.startsWith("^") ? v.charCodeAt(1) & 0x1f : v.charCodeAt(0)) : Number(v);
      continue;
    }
    switch (name) {
      case "rows": case "cols": case "columns": {
        const v = Number(args[++i]);
        newWs = { ...(newWs ?? ws), [name === "rows" ? "rows" : "cols"]: v };
        continue;
      }
      case "raw":
        if (neg) n.lflag |= 0o3 | 0o100000;
        else {
          n.iflag &= ~(0o2 | 0o400 | 0o2000 | 0o40 | 0o4000 | 0o1000 | 0o20000);
          n.oflag &= ~0o1;
          n.lflag &= ~(0o1 | 0o2 | 0o100000 | 0o4);
          n.cc[6] = 1;
          n.cc[5] = 0;
        }
        continue;
      case "cooked":
        n.iflag |= 0o2 | 0o400 | 0o2000;
        n.oflag |= 0o1;
        n.lflag |= 0o1 | 0o2 | 0o100000;
        continue;
      case "sane": {
        const s = defaultTermios();
        Object.assign(n, s, { cc: s.cc });
        continue;
      }
      case "cbreak": if (neg) n.lflag |= 0o2; else n.lflag &= ~0o2; continue;
      case "nl": if (neg) n.iflag |= 0o400; else n.iflag &= ~0o400; continue;
      case "ek": n.cc[2] = 127; n.cc[3] = 0x15; continue;
      case "crt": case "dec": continue;
      default: {
        await p.warn(`invalid argument ${quote(a)}`);
        return usageError(p, null);
      }
    }
  }
  p.sys.ioctl_tcsets(fd, TCSADRAIN, n); // as GNU stty's tcsetattr
  if (newWs) p.sys.ioctl_tiocswinsz(fd, newWs);
  return 0;
});
