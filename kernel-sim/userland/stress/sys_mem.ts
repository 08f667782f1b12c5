// The memory facet of the Sys handle (vlab-specific, see kernel/cgroup/syscalls.ts): programs
// that "allocate" tell the kernel, so memory cgroups account and limit them. Nothing is really
// allocated. Move to userland/lib/ once Sys extends its facets.

import type { Sys } from "../lib/sys.ts";

/**
 * mem_charge flag: the bytes are filled by the kernel inside a syscall (read(2) into a fresh
 * buffer), not touched in user mode; a caller killed by the OOM killer then counts one more
 * "oom" event, as Linux does for a fault in copy_to_user.
 */
export const MEM_CHARGE_UACCESS = 1;

export interface SysMem {
  /** Charge bytes of anonymous memory to the caller's memory cgroup (may OOM-kill, even the caller). ENOMEM if nothing can be killed. */
  mem_charge(bytes: number, flags?: number): Promise<void>;
  /** Give back bytes charged earlier (exit gives back everything). */
  mem_uncharge(bytes: number): void;
}

/** The Sys handle with the memory facet (installed by the kernel's cgroup subsystem). */
export function withMem(sys: Sys): Sys & SysMem {
  return sys as Sys & SysMem;
}
