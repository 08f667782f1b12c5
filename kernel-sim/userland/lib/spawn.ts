// Run a command as a child and wait for it, as system(3)/posix_spawnp do it with
// fork + execvp + wait4: the building block of find -exec, xargs, timeout, nohup.

import type { Sys } from "./sys.ts";
import { execvp } from "./exec.ts";
import { Errno, ENOENT, EINTR } from "../../uapi/errno.ts";
import { WEXITSTATUS, WIFEXITED, WIFSIGNALED, WTERMSIG } from "../../uapi/wait.ts";

/** How a child ended: status from wait4, or the exec failure (errno) if it could not start. */
export interface ChildEnd {
  status: number;
  execErrno: number | null;
}

/**
 * Fork, exec argv in the child (PATH search), wait. `prepare` runs in the child before exec
 * (redirections). The child reports an exec failure by exiting 126/127 and passing errno back
 * through the returned object (same address space, so a closure is enough).
 */
export async function spawnWait(sys: Sys, argv: string[], envp: string[], prepare?: (child: Sys) => void | Promise<void>): Promise<ChildEnd> {
  const end: ChildEnd = { status: 0, execErrno: null };
  const pid = sys.fork(async (child) => {
    if (prepare) await prepare(child);
    try {
      return await execvp(child, argv[0]!, argv, envp);
    } catch (e) {
      end.execErrno = e instanceof Errno ? e.errno : ENOENT;
      return end.execErrno === ENOENT ? 127 : 126;
    }
  });
  for (;;) {
    try {
      const r = await sys.wait4(pid, 0);
      end.status = r.status;
      return end;
    } catch (e) {
      if (e instanceof Errno && e.errno === EINTR) continue;
      throw e;
    }
  }
}

/** The shell-style exit code of a wait status: the exit status, or 128 + signal. */
export function exitCode(status: number): number {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}
