// getrusage(2)/getrlimit(2). Source: linux/resource.h.
export const RUSAGE_SELF = 0;
export const RUSAGE_CHILDREN = -1;

export const RLIMIT_CPU = 0;
export const RLIMIT_FSIZE = 1;
export const RLIMIT_DATA = 2;
export const RLIMIT_STACK = 3;
export const RLIMIT_CORE = 4;
export const RLIMIT_NPROC = 6;
export const RLIMIT_NOFILE = 7;
export const RLIM_INFINITY = Infinity;

/** struct rusage, the fields tools print. Times in microseconds. */
export interface Rusage {
  utimeUs: number;
  stimeUs: number;
  maxrssKb: number;
}

/** struct tms from times(2), in clock ticks (USER_HZ). */
export interface Tms {
  utime: number;
  stime: number;
  cutime: number;
  cstime: number;
}
