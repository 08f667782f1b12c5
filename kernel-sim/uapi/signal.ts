// Linux signal numbers (x86_64/asm-generic), names, strsignal() texts and default actions.
// Source: signal(7) "Standard signals" table; texts as glibc strsignal() returns them.

export const SIGHUP = 1;
export const SIGINT = 2;
export const SIGQUIT = 3;
export const SIGILL = 4;
export const SIGTRAP = 5;
export const SIGABRT = 6;
export const SIGBUS = 7;
export const SIGFPE = 8;
export const SIGKILL = 9;
export const SIGUSR1 = 10;
export const SIGSEGV = 11;
export const SIGUSR2 = 12;
export const SIGPIPE = 13;
export const SIGALRM = 14;
export const SIGTERM = 15;
export const SIGSTKFLT = 16;
export const SIGCHLD = 17;
export const SIGCONT = 18;
export const SIGSTOP = 19;
export const SIGTSTP = 20;
export const SIGTTIN = 21;
export const SIGTTOU = 22;
export const SIGURG = 23;
export const SIGXCPU = 24;
export const SIGXFSZ = 25;
export const SIGVTALRM = 26;
export const SIGPROF = 27;
export const SIGWINCH = 28;
export const SIGIO = 29;
export const SIGPWR = 30;
export const SIGSYS = 31;
export const SIGIOT = 6;
export const SIGPOLL = 29;
export const SIGRTMIN = 34;
export const SIGRTMAX = 64;
/** Highest signal number; sets of signals are bit masks over 1..NSIG-1. */
export const NSIG = 65;

/** Signal number -> name without the SIG prefix (1 -> "HUP"), as kill -l prints. */
export const SIGNAL_NAMES: readonly string[] = [
  "0",
  "HUP",
  "INT",
  "QUIT",
  "ILL",
  "TRAP",
  "ABRT",
  "BUS",
  "FPE",
  "KILL",
  "USR1",
  "SEGV",
  "USR2",
  "PIPE",
  "ALRM",
  "TERM",
  "STKFLT",
  "CHLD",
  "CONT",
  "STOP",
  "TSTP",
  "TTIN",
  "TTOU",
  "URG",
  "XCPU",
  "XFSZ",
  "VTALRM",
  "PROF",
  "WINCH",
  "IO",
  "PWR",
  "SYS",
];

/** Signal number -> strsignal(3) text (9 -> "Killed"), as shells report a killed job. */
export const SIGNAL_DESCRIPTIONS: readonly string[] = [
  "Unknown signal 0",
  "Hangup",
  "Interrupt",
  "Quit",
  "Illegal instruction",
  "Trace/breakpoint trap",
  "Aborted",
  "Bus error",
  "Floating point exception",
  "Killed",
  "User defined signal 1",
  "Segmentation fault",
  "User defined signal 2",
  "Broken pipe",
  "Alarm clock",
  "Terminated",
  "Stack fault",
  "Child exited",
  "Continued",
  "Stopped (signal)",
  "Stopped",
  "Stopped (tty input)",
  "Stopped (tty output)",
  "Urgent I/O condition",
  "CPU time limit exceeded",
  "File size limit exceeded",
  "Virtual timer expired",
  "Profiling timer expired",
  "Window changed",
  "I/O possible",
  "Power failure",
  "Bad system call",
];

/** What the kernel does with a signal whose disposition is SIG_DFL. - signal(7) */
export type DefaultAction = "term" | "core" | "ign" | "stop" | "cont";

export function defaultAction(sig: number): DefaultAction {
  switch (sig) {
    case SIGQUIT: return "core";
    case SIGILL: return "core";
    case SIGTRAP: return "core";
    case SIGABRT: return "core";
    case SIGBUS: return "core";
    case SIGFPE: return "core";
    case SIGSEGV: return "core";
    case SIGCHLD: return "ign";
    case SIGCONT: return "cont";
    case SIGSTOP: return "stop";
    case SIGTSTP: return "stop";
    case SIGTTIN: return "stop";
    case SIGTTOU: return "stop";
    case SIGURG: return "ign";
    case SIGXCPU: return "core";
    case SIGXFSZ: return "core";
    case SIGWINCH: return "ign";
    case SIGSYS: return "core";
    default: return "term";
  }
}

/** Name or number -> number: "TERM", "SIGTERM", "term", "15", "RTMIN+1". -1 if unknown. */
export function signalNumber(spec: string): number {
  if (/^[0-9]+$/.test(spec)) {
    const n = Number(spec);
    return n < NSIG ? n : -1;
  }
  let s = spec.toUpperCase();
  if (s.startsWith("SIG")) s = s.slice(3);
  const i = SIGNAL_NAMES.indexOf(s);
  if (i > 0) return i;
  if (s === "IOT") return SIGIOT;
  if (s === "POLL") return SIGPOLL;
  const rt = /^RT(MIN|MAX)([+-][0-9]+)?$/.exec(s);
  if (rt) {
    const n = (rt[1] === "MIN" ? SIGRTMIN : SIGRTMAX) + Number(rt[2] ?? 0);
    return n >= SIGRTMIN && n <= SIGRTMAX ? n : -1;
  }
  return -1;
}

/** Number -> name without "SIG" as kill -l and bash print it ("RTMIN+3" for real-time ones). */
export function signalName(sig: number): string {
  if (sig > 0 && sig < SIGNAL_NAMES.length) return SIGNAL_NAMES[sig]!;
  if (sig >= SIGRTMIN && sig <= SIGRTMAX) {
    const mid = (SIGRTMIN + SIGRTMAX) >> 1;
    return sig <= mid ? (sig === SIGRTMIN ? "RTMIN" : `RTMIN+${sig - SIGRTMIN}`) : sig === SIGRTMAX ? "RTMAX" : `RTMAX-${SIGRTMAX - sig}`;
  }
  return String(sig);
}

/** strsignal(3). */
export function strsignal(sig: number): string {
  if (sig > 0 && sig < SIGNAL_DESCRIPTIONS.length) return SIGNAL_DESCRIPTIONS[sig]!;
  if (sig >= SIGRTMIN && sig <= SIGRTMAX) return `Real-time signal ${sig - SIGRTMIN}`;
  return `Unknown signal ${sig}`;
}
