// The terminal around an interactive program: raw mode in and out (termios(3) cfmakeraw, minus
// output processing, which programs keep so "\n" still moves to the next line's start), the
// window size, and the width of text on screen.

import type { Sys } from "../sys.ts";
import type { Termios } from "../../../uapi/termios.ts";
import { ECHO, ECHONL, ICANON, ICRNL, IEXTEN, INLCR, ISIG, IXON, IGNCR, TCSADRAIN, TCSANOW, VMIN, VTIME } from "../../../uapi/termios.ts";

/**
 * Put fd's terminal in the mode a line editor or a full-screen program wants: bytes as typed
 * (no canonical editing, no echo, CR not turned into NL, ^S/^Q and ^V free for key bindings).
 * keepSignals leaves ISIG on, so ^C/^Z/^\ still signal (less, top, watch); off, ^C arrives as a
 * byte (readline, nano, vi). Returns the settings to restore.
 */
export function enterRaw(sys: Sys, fd: number, keepSignals = false): Termios {
  const saved = sys.ioctl_tcgets(fd);
  const t: Termios = { ...saved, cc: [...saved.cc] };
  t.lflag &= ~(ICANON | ECHO | ECHONL | IEXTEN | (keepSignals ? 0 : ISIG));
  t.iflag &= ~(ICRNL | INLCR | IGNCR | IXON);
  t.cc[VMIN] = 1;
  t.cc[VTIME] = 0;
  sys.ioctl_tcsets(fd, TCSANOW, t);
  return saved;
}

/** Restore settings saved by enterRaw (TCSADRAIN: after pending output is drawn). */
export function leaveRaw(sys: Sys, fd: number, saved: Termios): void {
  try {
    sys.ioctl_tcsets(fd, TCSADRAIN, saved);
  } catch {
    // the terminal went away (hangup): nothing to restore
  }
}

/** The window size, with the 80x24 a terminal without one is taken to have. */
export function winsize(sys: Sys, fd: number): { rows: number; cols: number } {
  try {
    const ws = sys.ioctl_tiocgwinsz(fd);
    return { rows: ws.rows > 0 ? ws.rows : 24, cols: ws.cols > 0 ? ws.cols : 80 };
  } catch {
    return { rows: 24, cols: 80 };
  }
}

/** Columns one character takes: 0 for combining marks, 2 for East Asian wide ones (wcwidth(3)). */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x300) return 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

/** Text with terminal escape sequences (CSI, OSC) and the ESC-less markers taken out. */
export function stripEscapes(s: string): string {
  if (!s.includes("\x1b")) return s;
  // eslint-disable-next-line no-control-regex -- the pattern matches control characters on purpose
  return s.replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[@-_]/g, "");
}

/** The columns a string takes on screen (escape sequences take none). */
export function textWidth(s: string): number {
  const plain = stripEscapes(s);
  let w = 0;
  for (const ch of plain) w += charWidth(ch);
  return w;
}
