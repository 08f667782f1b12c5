// Scheduling-priority and wall-clock facet of the Sys handle: getpriority(2)/setpriority(2)
// (the nice value of nice(1), renice(1), ps's NI column) and clock_settime(2) (date -s).

/** which: a process, a process group, or every process of a user. Source: linux/resource.h. */
export const PRIO_PROCESS = 0;
export const PRIO_PGRP = 1;
export const PRIO_USER = 2;

export interface SysSched {
  /**
   * getpriority(2) as glibc returns it: the lowest nice value (-20..19) among the processes
   * `which`/`who` names (who 0: the caller, its group, its user). Throws ESRCH if none.
   */
  getpriority(which: number, who: number): number;
  /**
   * setpriority(2): set the nice value (clamped to -20..19) of those processes. Lowering it
   * needs CAP_SYS_NICE (EACCES); another user's process needs it too (EPERM).
   */
  setpriority(which: number, who: number, prio: number): void;
  /** clock_settime(2) of CLOCK_REALTIME to ns since the epoch; needs CAP_SYS_TIME (EPERM). */
  clock_settime(clock: number, ns: bigint): void;
}
