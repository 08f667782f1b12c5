// getrusage(2)/getrlimit(2). Source: linux/resource.h.
export const RUSAGE_SELF = 0;
export const RUSAGE_CHILDREN = -1;

// Resource numbers of getrlimit(2). Source: asm-generic/resource.h.
export const RLIMIT_CPU = 0;
export const RLIMIT_FSIZE = 1;
export const RLIMIT_DATA = 2;
export const RLIMIT_STACK = 3;
export const RLIMIT_CORE = 4;
export const RLIMIT_RSS = 5;
export const RLIMIT_NPROC = 6;
export const RLIMIT_NOFILE = 7;
export const RLIMIT_MEMLOCK = 8;
export const RLIMIT_AS = 9;
export const RLIMIT_LOCKS = 10;
export const RLIMIT_SIGPENDING = 11;
export const RLIMIT_MSGQUEUE = 12;
export const RLIMIT_NICE = 13;
export const RLIMIT_RTPRIO = 14;
export const RLIMIT_RTTIME = 15;
export const RLIM_NLIMITS = 16;
/** RLIM_INFINITY ((rlim_t)~0 in C): a JS number here, so limits compare with plain < and >. */
export const RLIM_INFINITY = Infinity;

/** struct rlimit: the soft limit (rlim_cur) is what the kernel enforces; it may not exceed rlim_max. */
export interface Rlimit {
  cur: number;
  max: number;
}

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
