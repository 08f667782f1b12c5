// Running a program in a task: the task's "run loop". A program is an async function; the task
// exits with its return value, unless exec replaced it first (then its generation is stale and
// its return is ignored). A program that throws a JavaScript error has crashed: like a segfault,
// the task dies of SIGSEGV and the kernel log says why.

import type { Task } from "./task.ts";
import type { ChildMain } from "../../userland/lib/sys.ts";
import { SysImpl } from "../syscalls/sys_impl.ts";
import { doExit } from "./exit.ts";
import { handleSignals } from "../signal/deliver.ts";
import { W_EXITCODE } from "../../uapi/wait.ts";
import { SIGSEGV } from "../../uapi/signal.ts";
import { KERN_ERR } from "../printk.ts";
import { Errno } from "../../uapi/errno.ts";

export function startProgram(t: Task, body: ChildMain): void {
  const gen = t.gen;
  const sys = new SysImpl(t, gen);
  // Start on a fresh microtask: the caller (fork's parent) continues first, as after fork().
  Promise.resolve()
    .then(() => body(sys))
    .then(
      async (status) => {
        if (t.gen !== gen) return;
        // A signal the program sent itself just before returning (sh -c 'kill $$') acts first:
        // in Linux it would have been delivered on the way out of kill(2).
        if (t.sigPending) await handleSignals(t);
        if (t.gen === gen) doExit(t, W_EXITCODE(Number(status) & 0xff, 0));
      },
      (err: unknown) => {
        if (t.gen !== gen) return;
        crashed(t, err);
      },
    );
}

function crashed(t: Task, err: unknown): void {
  const what = err instanceof Errno ? `unhandled ${err.code} from ${err.syscall || "a system call"}` : err instanceof Error ? (err.stack ?? err.message) : String(err);
  const line = `${t.comm}[${t.pid.numbers[0]}]: program crashed: ${what}`;
  t.kernel.log.printk(KERN_ERR, line);
  // Best effort: say it on the task's stderr too, so the learner sees why (no await: we die now).
  try {
    const f = t.files.get(2);
    if (f.writable && f.ops.write) void Promise.resolve(f.ops.write(f, new TextEncoder().encode(`vlab: ${line.split("\n")[0]}\n`), t)).catch(() => {});
  } catch {
    // no stderr
  }
  doExit(t, SIGSEGV);
}
