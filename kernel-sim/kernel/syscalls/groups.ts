// The subsystems that add system calls through installSyscalls (register.ts), imported for
// their side effect. The host imports this file once at boot.

import "../ipc/syscalls.ts";
import "../cgroup/syscalls.ts";
import "../net/syscalls.ts";
import "./sched_prio.ts";
import "./resource.ts";
