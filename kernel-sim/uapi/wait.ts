// wait4(2)/waitpid(2) options and the status word. Source: linux/wait.h, bits/waitstatus.h.

export const WNOHANG = 1;
export const WUNTRACED = 2;
export const WSTOPPED = 2;
export const WEXITED = 4;
export const WCONTINUED = 8;
export const WNOWAIT = 0x01000000;
/** Wait for any child (pid argument of wait4). */
export const P_ANY = -1;

// The status word, encoded as the kernel does (kernel/exit.c) and decoded as glibc's macros.
export const W_EXITCODE = (ret: number, sig: number): number => ((ret & 0xff) << 8) | sig;
export const W_STOPCODE = (sig: number): number => (sig << 8) | 0x7f;
export const W_CONTINUED = 0xffff;
export const WCOREFLAG = 0x80;

export const WEXITSTATUS = (s: number): number => (s >> 8) & 0xff;
export const WTERMSIG = (s: number): number => s & 0x7f;
export const WSTOPSIG = (s: number): number => WEXITSTATUS(s);
export const WIFEXITED = (s: number): boolean => WTERMSIG(s) === 0;
export const WIFSIGNALED = (s: number): boolean => (s & 0x7f) !== 0 && (s & 0x7f) !== 0x7f;
export const WIFSTOPPED = (s: number): boolean => (s & 0xff) === 0x7f;
export const WIFCONTINUED = (s: number): boolean => s === W_CONTINUED;
export const WCOREDUMP = (s: number): boolean => (s & WCOREFLAG) !== 0;
