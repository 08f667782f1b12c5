// execve(2). Analogous to Linux's fs/exec.c with two binary formats:
// - binfmt_vlab: a file starting with VLAB_MAGIC names a built-in program ("\x7fVLAB\n<name>\n");
//   like an ELF file it is just bytes in the VFS, so `cp /bin/ls /tmp/x; /tmp/x` works;
// - binfmt_script: "#!interpreter [one optional argument]", at most 4 levels deep (ELOOP after).
// Anything else is ENOEXEC (and shells then run the file as a script themselves).
// After the point of no return the old program is gone: its pending calls never return.

import type { Task } from "./task.ts";
import type { ProgramMain } from "../../userland/lib/sys.ts";
import { openExec } from "../vfs/exec_open.ts";
import { E2BIG, ELOOP, ENOEXEC, Errno } from "../../uapi/errno.ts";
import { S_ISGID, S_ISUID } from "../../uapi/stat.ts";

/** S_IXGRP: a set-group-ID file without group execute is mandatory locking, not set-gid. */
const S_IXGRP = 0o010;

/** The header of a built-in program's executable file. */
export const VLAB_MAGIC = "\x7fVLAB\n";

/** BINPRM_BUF_SIZE: how much of a #! line the kernel reads. */
const BINPRM_BUF_SIZE = 256;
/** Nested interpreters allowed (binfmt_script recursion limit in fs/exec.c). */
const MAX_INTERP_DEPTH = 4;
/** ARG_MAX-ish bound on argv+envp bytes (2 MiB, a quarter of the 8 MiB stack limit). */
const ARG_MAX = 2 * 1024 * 1024;

/** What exec resolved: the program to start and its final argv. */
export interface LinuxBinprm {
  main: ProgramMain;
  argv: string[];
  /** Set-user-ID / set-group-ID of the file exec'd first (a script's own bits count, not its interpreter's: Linux ignores set-id on scripts). */
  setuid: number | null;
  setgid: number | null;
  /** The path the program was found at (bprm->filename), for comm and /proc/PID/exe. */
  filename: string;
  exe: string;
}

function latin1(bytes: Uint8Array, end: number): string {
  let s = "";
  for (let i = 0; i < end; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** Find the program for path and argv, following #! interpreters (search_binary_handler). */
export function resolveBinprm(t: Task, path: string, argv: string[], depth = 0): LinuxBinprm {
  if (depth > MAX_INTERP_DEPTH) throw new Errno(ELOOP);
  const f = openExec(t, path);
  const { bytes, path: exe } = f;
  if (startsWith(bytes, VLAB_MAGIC)) {
    const end = bytes.indexOf(0x0a, VLAB_MAGIC.length);
    const name = latin1(bytes.subarray(VLAB_MAGIC.length), (end < 0 ? bytes.length : end) - VLAB_MAGIC.length);
    const main = t.kernel.programs.get(name);
    if (!main) throw new Errno(ENOEXEC);
    // bprm_fill_uid(): the file's set-id bits, unless the mount is nosuid.
    const setuid = !f.nosuid && f.mode & S_ISUID ? f.uid : null;
    const setgid = !f.nosuid && (f.mode & (S_ISGID | S_IXGRP)) === (S_ISGID | S_IXGRP) ? f.gid : null;
    return { main, argv, filename: path, exe, setuid, setgid };
  }
  if (bytes[0] === 0x23 && bytes[1] === 0x21) {
    // "#!": the interpreter and at most one argument, the rest of the line (load_script).
    let end = bytes.indexOf(0x0a);
    if (end < 0) end = Math.min(bytes.length, BINPRM_BUF_SIZE);
    const line = latin1(bytes, Math.min(end, BINPRM_BUF_SIZE)).slice(2).replace(/^[ \t]+/, "").replace(/[ \t\r]+$/, "");
    if (line === "") throw new Errno(ENOEXEC);
    const sp = line.search(/[ \t]/);
    const interp = sp < 0 ? line : line.slice(0, sp);
    const arg = sp < 0 ? "" : line.slice(sp).replace(/^[ \t]+/, "");
    const newArgv = arg ? [interp, arg, path, ...argv.slice(1)] : [interp, path, ...argv.slice(1)];
    // The interpreter's own set-id bits apply; a script's are ignored (as Linux does).
    return resolveBinprm(t, interp, newArgv, depth + 1);
  }
  throw new Errno(ENOEXEC);
}

export function checkArgSize(argv: string[], envp: string[]): void {
  let n = 0;
  for (const a of argv) n += a.length + 1;
  for (const e of envp) n += e.length + 1;
  if (n > ARG_MAX) throw new Errno(E2BIG);
}

/** The comm of a new program: the last component of the file name exec was given (__set_task_comm). */
export function commFromFilename(filename: string): string {
  const i = filename.lastIndexOf("/");
  return filename.slice(i + 1);
}
