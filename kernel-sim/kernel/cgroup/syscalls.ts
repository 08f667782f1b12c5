// The system calls a program uses to make simulated memory use real to the kernel
// (DESIGN.md, "Processes and time"): mem_charge(bytes) as a page fault on fresh anonymous
// memory would charge it, mem_uncharge(bytes) as munmap/free gives it back. A charge runs the
// memcg's rules (memory.ts): over memory.high it is throttled, over memory.max the OOM killer
// runs, and if the caller itself is the victim it dies of SIGKILL before the call returns.

import type { Task } from "../task/task.ts";
import { installSyscalls } from "../syscalls/register.ts";
import { type MemCss, checkHigh, commitCharge, memcgEvent, overLimit, uncharge } from "./memory.ts";
import { memcgOutOfMemory } from "./oom.ts";
import { taskCgroup } from "./root.ts";
import { EINVAL, ENOMEM, Errno } from "../../uapi/errno.ts";
import { SIGKILL } from "../../uapi/signal.ts";
import { sigmask } from "../signal/sighand.ts";
import type { SysMem } from "../../userland/stress/sys_mem.ts";

/** How long an allocation over memory.high sleeps (mem_cgroup_handle_over_high's penalty, simplified). */
const HIGH_THROTTLE_NS = 10e6;

/**
 * mem_charge flag: the memory is being filled by the kernel's own copy to user space inside a
 * syscall (read(2) into a fresh buffer, as dd's), not touched by the program in user mode.
 * Same value as MEM_CHARGE_UACCESS in userland/stress/sys_mem.ts.
 */
const MEM_CHARGE_UACCESS = 1;

/** try_charge_memcg(): charge bytes to t's memcg, or OOM-kill until they fit. */
async function memCharge(t: Task, bytes: number, flags = 0): Promise<void> {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Errno(EINVAL);
  const m = taskCgroup(t).cssOf<MemCss>("memory");
  for (;;) {
    const over = overLimit(m, bytes);
    if (!over) break;
    over.failcnt++;
    memcgEvent(over, "max");
    if (!memcgOutOfMemory(t, over)) throw new Errno(ENOMEM);
    if (t.pending & sigmask(SIGKILL)) {
      // Killed inside the kernel's copy to user memory, the copy's fault is charged once more
      // before the signal is acted on: mem_cgroup_oom() counts that attempt as a second "oom"
      // event and out_of_memory() kills nobody new, current being already dying
      // (task_will_free_mem). Linux 6.18: dd bs=64M in a 16M group shows "oom 2", "oom_kill 1";
      // a program touching its pages in user mode (stress --vm) shows "oom 1".
      if (flags & MEM_CHARGE_UACCESS) memcgEvent(over, "oom");
      // We were the victim: the sleep ends at once (Interrupted) and the syscall exit kills us.
      await t.waitEvent([], () => false);
    }
  }
  commitCharge(t, m, bytes);
  if (checkHigh(m)) await t.sleepUntil(t.kernel.clock.now() + HIGH_THROTTLE_NS);
}

function memUncharge(t: Task, bytes: number): void {
  if (!Number.isFinite(bytes) || bytes < 0) throw new Errno(EINVAL);
  uncharge(t, bytes);
}

installSyscalls({ sync: { mem_uncharge: memUncharge }, async: { mem_charge: memCharge } });

declare module "../syscalls/sys_impl.ts" {
  interface SysImpl extends SysMem {}
}
