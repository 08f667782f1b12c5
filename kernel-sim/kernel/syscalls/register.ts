// How a subsystem adds system calls without touching the Sys implementation: it exports
// handlers that take the calling task first, and installs them on SysImpl's prototype. Async
// handlers (calls that may block) run inside the syscall entry/exit work (signals, EINTR,
// restarts, preemption); sync ones are plain calls.
//
// A subsystem that does this also
// - declares its calls in a facet interface in userland/lib/sys_<area>.ts that Sys extends,
// - augments SysImpl with that interface (declare module "./sys_impl.ts"),
// - lists the calls in table.ts with their support level.

import { SysImpl } from "./sys_impl.ts";
import { syscall } from "./entry.ts";
import type { Task } from "../task/task.ts";

type Handler = (task: Task, ...args: never[]) => unknown;

export function installSyscalls(group: { sync?: Record<string, Handler>; async?: Record<string, Handler> }): void {
  for (const [name, h] of Object.entries(group.sync ?? {})) {
    const fn = h as (t: Task, ...a: unknown[]) => unknown;
    Object.defineProperty(SysImpl.prototype, name, {
      configurable: true,
      value: function (this: SysImpl, ...args: unknown[]) {
        return fn(this.task, ...args);
      },
    });
  }
  for (const [name, h] of Object.entries(group.async ?? {})) {
    const fn = h as (t: Task, ...a: unknown[]) => unknown;
    Object.defineProperty(SysImpl.prototype, name, {
      configurable: true,
      value: function (this: SysImpl, ...args: unknown[]) {
        return syscall(this.task, this.gen, name, () => fn(this.task, ...args));
      },
    });
  }
}
