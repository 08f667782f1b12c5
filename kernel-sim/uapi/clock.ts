// clock_gettime(2) clock ids. Source: linux/time.h.
export const CLOCK_REALTIME = 0;
export const CLOCK_MONOTONIC = 1;
export const CLOCK_PROCESS_CPUTIME_ID = 2;
export const CLOCK_BOOTTIME = 7;

export const NSEC_PER_SEC = 1_000_000_000;
/** USER_HZ: the unit of times(2) and /proc/PID/stat utime/stime. */
export const USER_HZ = 100;
