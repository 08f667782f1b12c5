// What reset(1) and `tput reset` share (ncurses' tty_settings.c): finding the terminal, and
// tset's reset_mode() - sane line-discipline flags, with each control character the user set
// (stty intr ^X) kept and an unset one given its default.

import type { Sys } from "../lib/sys.ts";
import { defaultTermios, type Termios } from "../../uapi/termios.ts";

/** The first of stderr, stdout and stdin that is a terminal, with its settings; null if none. */
export function findTerminal(sys: Sys): { fd: number; termios: Termios } | null {
  for (const fd of [2, 1, 0]) {
    try {
      return { fd, termios: sys.ioctl_tcgets(fd) };
    } catch {
      // not a terminal
    }
  }
  return null;
}

export function resetMode(old: Termios): Termios {
  const sane = defaultTermios();
  return { ...sane, cc: sane.cc.map((d, i) => (old.cc[i] ? old.cc[i]! : d)) };
}
