// A kernel with no filesystem for task-level tests: a virtual clock, setImmediate as the
// macrotask, and pid 1 running the test's program.

import { Kernel } from "../kernel.ts";
import { VirtualClock } from "../time/clock.ts";
import { createInitTask, runInit } from "../task/init_task.ts";
import type { ChildMain } from "../../userland/lib/sys.ts";
import type { Task } from "../task/task.ts";
import { FsContext } from "../vfs/fs_struct.ts";

declare const setImmediate: (fn: () => void) => unknown;

export function bareKernel(): Kernel {
  return new Kernel({ clock: new VirtualClock(), macrotask: (fn) => setImmediate(fn) });
}

/** Run main as pid 1; resolves with init's wait status once it exits. */
export function runAsInit(main: ChildMain, kernel = bareKernel()): { kernel: Kernel; init: Task; done: Promise<number> } {
  // Task-only tests have no filesystem: the root is the VFS's empty placeholder.
  const init = createInitTask(kernel, new FsContext());
  const done = new Promise<number>((resolve) => {
    kernel.subsys.set("test-exit-hook", {
      onTaskExit(t: Task) {
        if (t === init) queueMicrotask(() => resolve(t.exitCode));
      },
    });
  });
  runInit(init, main);
  return { kernel, init, done };
}
