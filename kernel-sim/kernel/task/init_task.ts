// The first task. Analogous to Linux's init_task + the kernel_init thread that becomes pid 1:
// root credentials, an empty fd table, the initial namespaces, default signal dispositions.

import type { Kernel } from "../kernel.ts";
import { Task } from "./task.ts";
import { Pid } from "./pid.ts";
import { Cred } from "../cred/cred.ts";
import { FdTable } from "./fdtable.ts";
import type { FsContext } from "../vfs/fs_struct.ts";
import type { MountNamespace } from "../vfs/mount.ts";
import { Nsproxy } from "../ns/nsproxy.ts";
import { SigHand } from "../signal/sighand.ts";
import { SIGCHLD } from "../../uapi/signal.ts";
import type { ChildMain } from "../../userland/lib/sys.ts";
import { startProgram } from "./run.ts";

/** Make pid 1 of the initial pid namespace (not running yet). */
export function createInitTask(kernel: Kernel, fs: FsContext, mnt: MountNamespace | null = null): Task {
  const ns = kernel.initPidNs;
  const pid = new Pid([ns]);
  const t = new Task(kernel, pid, {
    parent: null,
    pgrp: pid,
    session: pid,
    cred: Cred.root(),
    files: new FdTable(),
    fs,
    nsproxy: new Nsproxy(kernel.initUts, ns, mnt),
    sighand: new SigHand(),
    comm: "swapper",
    exitSignal: SIGCHLD,
  });
  ns.reaper = t;
  kernel.tasks.add(t);
  return t;
}

/** Start a task's first program (init's, or a test's). */
export function runInit(t: Task, main: ChildMain, comm = "init"): void {
  t.setComm(comm);
  startProgram(t, main);
}
