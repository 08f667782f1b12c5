// Test helpers: a kernel with the VFS booted (a tmpfs root, nothing else mounted) and pid 1
// running a test body through the real Sys. Used only by *.test.ts files.

import { Kernel } from "../kernel.ts";
import { VirtualClock } from "../time/clock.ts";
import { createInitTask, runInit } from "../task/init_task.ts";
import { vfsInit } from "./index.ts";
import type { Sys } from "../../userland/lib/sys.ts";
import type { Task } from "../task/task.ts";

declare const setImmediate: (fn: () => void) => unknown;

export interface VfsMachine {
  kernel: Kernel;
  init: Task;
}

export function vfsMachine(): VfsMachine {
  const kernel = new Kernel({ clock: new VirtualClock(), macrotask: (fn) => setImmediate(fn) });
  const { fs, mnt } = vfsInit(kernel);
  const init = createInitTask(kernel, fs, mnt);
  return { kernel, init };
}

/** Run body as pid 1 of a fresh VFS machine; resolves with what it returns (or rejects with what it throws). */
export async function asInit<T>(body: (sys: Sys, task: Task) => Promise<T>, m: VfsMachine = vfsMachine()): Promise<T> {
  let result: { v: T } | { e: unknown } | undefined;
  const done = new Promise<void>((resolve) => {
    m.kernel.subsys.set("test-exit-hook", {
      onTaskExit(t: Task) {
        if (t === m.init) queueMicrotask(resolve);
      },
    });
  });
  runInit(m.init, async (sys) => {
    try {
      result = { v: await body(sys, m.init) };
    } catch (e) {
      result = { e };
    }
    return 0;
  });
  await done;
  if (!result) throw new Error("init did not finish");
  if ("e" in result) throw result.e;
  return result.v;
}

/** The errno name a call fails with, or "ok". */
export function errOf(fn: () => unknown): string {
  try {
    fn();
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

/** As errOf for async calls. */
export async function errOfAsync(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}
