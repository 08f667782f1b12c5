// struct termios, its flag bits and the tty ioctls. Source: asm-generic/termbits.h, ioctls.h, termios(3).

export const TCGETS = 0x5401;
export const TCSETS = 0x5402;
export const TCSETSW = 0x5403;
export const TCSETSF = 0x5404;
/** tcsetattr(3)'s optional_actions: the `how` of Sys.ioctl_tcsets (TCSETS + how is the ioctl). */
export const TCSANOW = 0;
export const TCSADRAIN = 1;
export const TCSAFLUSH = 2;
export const TIOCSCTTY = 0x540e;
export const TIOCGPGRP = 0x540f;
export const TIOCSPGRP = 0x5410;
export const TIOCGWINSZ = 0x5413;
export const TIOCSWINSZ = 0x5414;
export const TIOCNOTTY = 0x5422;
export const TIOCGSID = 0x5429;
export const TIOCGPTN = 0x80045430;
export const TIOCSPTLCK = 0x40045431;
export const FIONREAD = 0x541b;

// c_iflag
export const IGNBRK = 0o1;
export const BRKINT = 0o2;
export const IGNPAR = 0o4;
export const INPCK = 0o20;
export const ISTRIP = 0o40;
export const INLCR = 0o100;
export const IGNCR = 0o200;
export const ICRNL = 0o400;
export const IXON = 0o2000;
export const IXANY = 0o4000;
export const IXOFF = 0o10000;
export const IMAXBEL = 0o20000;
export const IUTF8 = 0o40000;
// c_oflag
export const OPOST = 0o1;
export const ONLCR = 0o4;
// c_cflag
export const CS8 = 0o60;
export const CREAD = 0o200;
export const B38400 = 0o17;
// c_lflag
export const ISIG = 0o1;
export const ICANON = 0o2;
export const ECHO = 0o10;
export const ECHOE = 0o20;
export const ECHOK = 0o40;
export const ECHONL = 0o100;
export const NOFLSH = 0o200;
export const TOSTOP = 0o400;
export const ECHOCTL = 0o1000;
export const ECHOKE = 0o4000;
export const IEXTEN = 0o100000;

// c_cc indexes
export const VINTR = 0;
export const VQUIT = 1;
export const VERASE = 2;
export const VKILL = 3;
export const VEOF = 4;
export const VTIME = 5;
export const VMIN = 6;
export const VSTART = 8;
export const VSTOP = 9;
export const VSUSP = 10;
export const VEOL = 11;
export const VREPRINT = 12;
export const VWERASE = 14;
export const VLNEXT = 15;
export const VEOL2 = 16;
export const NCCS = 19;

export interface Termios {
  iflag: number;
  oflag: number;
  cflag: number;
  lflag: number;
  cc: number[]; // NCCS entries
}

export interface Winsize {
  rows: number;
  cols: number;
}

/** The settings a fresh pty has on Linux ("stty sane"): what `stty -a` shows on a new terminal. */
export function defaultTermios(): Termios {
  const cc = new Array<number>(NCCS).fill(0);
  cc[VINTR] = 0x03; // ^C
  cc[VQUIT] = 0x1c; // ^\
  cc[VERASE] = 0x7f; // ^?
  cc[VKILL] = 0x15; // ^U
  cc[VEOF] = 0x04; // ^D
  cc[VSTART] = 0x11; // ^Q
  cc[VSTOP] = 0x13; // ^S
  cc[VSUSP] = 0x1a; // ^Z
  cc[VREPRINT] = 0x12; // ^R
  cc[VWERASE] = 0x17; // ^W
  cc[VLNEXT] = 0x16; // ^V
  cc[VMIN] = 1;
  return {
    iflag: ICRNL | IXON | IMAXBEL | IUTF8,
    oflag: OPOST | ONLCR,
    cflag: B38400 | CS8 | CREAD,
    lflag: ISIG | ICANON | ECHO | ECHOE | ECHOK | ECHOCTL | ECHOKE | IEXTEN,
    cc,
  };
}
