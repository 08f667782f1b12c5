// execve(2). Analogous to Linux's fs/exec.c with two binary formats:
// - binfmt_vlab: a file starting with VLAB_MAGIC names a built-in program ("\x7fVLAB\n<name>\n");
//   like an ELF file it is just bytes in the VFS, so `cp /bin/ls /tmp/x; /tmp/x` works;
// - binfmt_script: "#!interpreter [one optional argument]", at most 4 levels deep (ELOOP after).
// Anything else is ENOEXEC (and shells then run the file as a script themselves).
// A built-in program's code is loaded on its first exec, like a binary paged in from disk: the
// kernel knows each name's loader (registerProgram), a loaded program is a synchronous Map
// lookup (kernel.programs), and a first exec awaits the load before the point of no return, so a
// program that cannot be loaded fails the execve with EIO (as a binary that cannot be read from
// disk does) and the caller's program goes on. Not ENOEXEC: shells run an ENOEXEC file as a
// script, and our header has no NUL byte to make bash call it binary.
// After the point of no return the old program is gone: its pending calls never return.

import type { Task } from "./task.ts";
import type { Kernel } from "../kernel.ts";
import type { ProgramMain } from "../../userland/lib/sys.ts";
import { openExec } from "../vfs/exec_open.ts";
import { kgidHasMapping, kuidHasMapping } from "../ns/user.ts";
import { E2BIG, EIO, ELOOP, ENOEXEC, Errno } from "../../uapi/errno.ts";
import { S_ISGID, S_ISUID } from "../../uapi/stat.ts";
import { KERN_ERR } from "../printk.ts";

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

/** How to get a built-in program's code (a dynamic import: a chunk of the browser build). */
export type ProgramLoader = () => Promise<ProgramMain>;

/**
 * What each loader gave, for the whole JS realm: every Host booted here shares the modules, so a
 * program loaded once is found synchronously by the next machine too.
 */
const loadedBy = new Map<ProgramLoader, ProgramMain>();
/** Loads in flight, so concurrent first execs share one import. */
const loading = new Map<ProgramLoader, Promise<ProgramMain>>();

/** binfmt_vlab's per-kernel state: name -> loader of the programs not yet in kernel.programs. */
function loaders(k: Kernel): Map<string, ProgramLoader> {
  let m = k.subsys.get("binfmt_vlab") as Map<string, ProgramLoader> | undefined;
  if (!m) k.subsys.set("binfmt_vlab", (m = new Map()));
  return m;
}

/** Make `name` executable through binfmt_vlab; its code is loaded by its first exec. */
export function registerProgram(k: Kernel, name: string, load: ProgramLoader): void {
  const main = loadedBy.get(load);
  if (main) k.programs.set(name, main);
  else {
    k.programs.delete(name);
    loaders(k).set(name, load);
  }
}

/**
 * Load a registered program. Rejects with EIO when the module cannot be imported (a chunk
 * missing offline, a syntax error): the reason goes to the kernel log. ENOEXEC for an unknown name.
 */
function loadProgram(k: Kernel, name: string): Promise<ProgramMain> {
  const have = k.programs.get(name);
  if (have) return Promise.resolve(have);
  const load = loaders(k).get(name);
  if (!load) return Promise.reject(new Errno(ENOEXEC));
  let p = loading.get(load);
  if (!p) {
    p = load().then((main) => {
      if (typeof main !== "function") throw new TypeError("the module exports no program");
      loadedBy.set(load, main);
      return main;
    });
    loading.set(load, p);
    p.finally(() => loading.delete(load)).catch(() => undefined); // a failed load may be retried
  }
  return p.then(
    (main) => {
      k.programs.set(name, main);
      loaders(k).delete(name);
      return main;
    },
    (e: unknown) => {
      k.log.printk(KERN_ERR, `binfmt_vlab: cannot load ${name}: ${e instanceof Error ? e.message : String(e)}`);
      throw new Errno(EIO);
    },
  );
}

/**
 * Load every registered program now. A first exec of an unloaded program waits for its import
 * while the other tasks run on, so `ps | awk` could show the awk still named sh; where imports
 * are cheap (Node) the host loads everything before the first task, in the browser soon after
 * the first prompt. Failures stay for the first exec to report.
 */
export async function preloadPrograms(k: Kernel): Promise<void> {
  await Promise.all([...loaders(k).keys()].map((name) => loadProgram(k, name).catch(() => undefined)));
}

/**
 * Wait for a program's first load, for execve. On a virtual clock the task stays on the run
 * queue meanwhile (it yields until the import settles): an import is not a sleep, and an empty
 * run queue would let virtual time jump to the next timer (a `timeout 1` would fire before the
 * program it guards even started).
 */
export async function loadBinprm(t: Task, bprm: LinuxBinprm): Promise<void> {
  const p = loadProgram(t.kernel, bprm.name);
  if (t.kernel.clock.virtual) {
    let done = false;
    p.then(
      () => (done = true),
      () => (done = true),
    );
    while (!done) await t.kernel.sched.yield();
  }
  bprm.main = await p;
}

/** What exec resolved: the program to start and its final argv. */
export interface LinuxBinprm {
  /** null until the program's code is loaded (its first exec: see loadBinprm). */
  main: ProgramMain | null;
  /** The built-in program's name (the executable file's content). */
  name: string;
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
    const main = t.kernel.programs.get(name) ?? null;
    if (!main && !loaders(t.kernel).has(name)) throw new Errno(ENOEXEC);
    // bprm_fill_uid(): the file's set-id bits, unless the mount is nosuid or the file's owner
    // or group has no mapping in the caller's user namespace ("We ignore suid/sgid if there are
    // no mappings for them in the ns"): set-uid root mount run as root of unshare -r stays root there.
    const ns = t.cred.userNs;
    const honour = !f.nosuid && kuidHasMapping(ns, f.uid) && kgidHasMapping(ns, f.gid);
    const setuid = honour && f.mode & S_ISUID ? f.uid : null;
    const setgid = honour && (f.mode & (S_ISGID | S_IXGRP)) === (S_ISGID | S_IXGRP) ? f.gid : null;
    return { main, name, argv, filename: path, exe, setuid, setgid };
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
