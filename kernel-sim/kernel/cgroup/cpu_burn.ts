// sys.cpu_burn's kernel side: one slice of simulated CPU work, granted by the hierarchy's CPU
// model (cpu_bandwidth.ts) for the task's cgroup.

import type { Task } from "../task/task.ts";
import { cgroupRoot, taskCgroup } from "./root.ts";

/** One slice of work.left (at most 4 ms): resolves when the CPUs have done it. */
export function cpuBurn(t: Task, work: { left: number }): Promise<void> | undefined {
  taskCgroup(t);
  return cgroupRoot(t.kernel).cpu.burn(t, work, 4e6);
}
