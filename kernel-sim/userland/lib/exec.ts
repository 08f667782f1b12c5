// execvp(3) and the PATH search `which` does: try each PATH directory in order; remember
// EACCES so "found but not executable" wins over "not found", as glibc does.

import type { Sys } from "./sys.ts";
import { Errno, EACCES, ENOENT, ENOEXEC } from "../../uapi/errno.ts";
import { X_OK } from "../../uapi/fcntl.ts";
import { S_ISREG } from "../../uapi/stat.ts";

const DEFAULT_PATH = "/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin";

export function pathOf(envp: readonly string[]): string {
  for (let i = envp.length - 1; i >= 0; i--) if (envp[i]!.startsWith("PATH=")) return envp[i]!.slice(5);
  return DEFAULT_PATH;
}

/** execvp(3): never returns on success; throws the Errno of the most telling failure. */
export async function execvp(sys: Sys, file: string, argv: string[], envp: string[]): Promise<never> {
  if (file.includes("/")) return sys.execve(file, argv, envp);
  let sawEacces = false;
  for (const dir of pathOf(envp).split(":")) {
    const path = (dir || ".") + "/" + file;
    try {
      return await sys.execve(path, argv, envp);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      if (e.errno === EACCES) sawEacces = true;
      else if (e.errno === ENOEXEC) {
        // glibc runs a script without #! with /bin/sh.
        return sys.execve("/bin/sh", ["/bin/sh", path, ...argv.slice(1)], envp);
      } else if (e.errno !== ENOENT && e.errno !== 20 /* ENOTDIR */) throw e;
    }
  }
  throw new Errno(sawEacces ? EACCES : ENOENT, "execve");
}

/** The first executable regular file named `file` on PATH, as which(1) finds it. */
export function searchPath(sys: Sys, file: string, path: string): string | null {
  const ok = (p: string): boolean => {
    try {
      if (!S_ISREG(sys.stat(p).mode)) return false;
      sys.access(p, X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (file.includes("/")) return ok(file) ? file : null;
  for (const dir of path.split(":")) {
    const p = (dir || ".") + "/" + file;
    if (ok(p)) return p;
  }
  return null;
}

/** Exit status for a failed exec, as env/nohup/timeout/xargs report it: 126 found, 127 not. */
export function execFailureStatus(e: unknown): number {
  return e instanceof Errno && e.errno === ENOENT ? 127 : 126;
}
