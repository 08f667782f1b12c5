// Resource-limit facet of the Sys handle: getrlimit(2), setrlimit(2), prlimit(2) - what the
// shell's ulimit and util-linux's prlimit use. Limits are numbers; RLIM_INFINITY is Infinity.

import type { Rlimit } from "../../uapi/resource.ts";

export interface SysResource {
  /** getrlimit(2): the soft and hard limit of resource (RLIMIT_*); EINVAL for an unknown one. */
  getrlimit(resource: number): Rlimit;
  /**
   * setrlimit(2): EINVAL if cur > max, EPERM if max rises above the old hard limit without
   * CAP_SYS_RESOURCE (or RLIMIT_NOFILE above fs.nr_open).
   */
  setrlimit(resource: number, rlim: Rlimit): void;
  /** prlimit(2) of process pid (0: the caller): sets newLimit when given, returns the old limits. */
  prlimit64(pid: number, resource: number, newLimit: Rlimit | null): Rlimit;
}
