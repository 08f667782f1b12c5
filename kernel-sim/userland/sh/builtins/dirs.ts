// bash's directory stack: pushd, popd, dirs (builtins/pushd.def). The stack shown is the current
// directory followed by sh.dirStack; entry 0 is always $PWD.

import type { Shell } from "../interp/shell.ts";
import { Errno, ENOTDIR, strerror } from "../../../uapi/errno.ts";
import { S_ISDIR } from "../../../uapi/stat.ts";
import { canonical } from "./cd.ts";
import { out, berr } from "./io.ts";

function cwd(sh: Shell): string {
  const p = sh.vars.get("PWD");
  if (p !== undefined) return p;
  try {
    return sh.sys.getcwd();
  } catch {
    return "/";
  }
}

/** ~ for $HOME as bash's polite_directory_format does, unless -l. */
function polite(sh: Shell, dir: string, long: boolean): string {
  const home = sh.vars.get("HOME");
  if (long || !home || home === "/" || !dir.startsWith(home)) return dir;
  const rest = dir.slice(home.length);
  return rest === "" || rest.startsWith("/") ? "~" + rest : dir;
}

/** chdir as cd does (logical), setting PWD and OLDPWD; the errno on failure. */
function changeDir(sh: Shell, dir: string): Errno | null {
  const pwd = cwd(sh);
  const target = canonical(dir.startsWith("/") ? dir : `${pwd}/${dir}`);
  try {
    if (!S_ISDIR(sh.sys.stat(target).mode)) return new Errno(ENOTDIR, "chdir");
    sh.sys.chdir(target);
  } catch (e) {
    if (e instanceof Errno) return e;
    throw e;
  }
  sh.setVar("OLDPWD", pwd);
  sh.setVar("PWD", target);
  return null;
}

function stack(sh: Shell): string[] {
  return [cwd(sh), ...sh.dirStack];
}

async function show(sh: Shell, name: string): Promise<number> {
  return (await out(sh, name, stack(sh).map((d) => polite(sh, d, false)).join(" ") + "\n")) ? 0 : 1;
}

/** +N counts from the left of `dirs`, -N from the right; null when out of range. */
function index(arg: string, len: number): number | null {
  const n = Number(arg.slice(1));
  const k = arg[0] === "+" ? n : len - 1 - n;
  return k >= 0 && k < len ? k : null;
}

const NUM = /^[+-][0-9]+$/;

export async function pushd(sh: Shell, argv: string[]): Promise<number> {
  let args = argv.slice(1);
  const noCd = args[0] === "-n";
  if (noCd) args = args.slice(1);
  if (args[0] === "--") args = args.slice(1);
  const arg = args[0];
  if (arg === undefined) {
    if (sh.dirStack.length === 0) {
      await berr(sh, "pushd", "no other directory");
      return 1;
    }
    const top = sh.dirStack[0]!;
    const old = cwd(sh);
    const err = noCd ? null : changeDir(sh, top);
    if (err) {
      await berr(sh, "pushd", `${top}: ${strerror(err.errno)}`);
      return 1;
    }
    sh.dirStack[0] = old;
    return show(sh, "pushd");
  }
  if (NUM.test(arg)) {
    const all = stack(sh);
    if (sh.dirStack.length === 0) {
      await berr(sh, "pushd", "directory stack empty");
      return 1;
    }
    const k = index(arg, all.length);
    if (k === null) {
      await berr(sh, "pushd", `${arg}: directory stack index out of range`);
      return 1;
    }
    // rotate so entry k is on top
    const rot = [...all.slice(k), ...all.slice(0, k)];
    const err = changeDir(sh, rot[0]!);
    if (err) {
      await berr(sh, "pushd", `${rot[0]}: ${strerror(err.errno)}`);
      return 1;
    }
    sh.dirStack = rot.slice(1);
    return show(sh, "pushd");
  }
  const old = cwd(sh);
  if (!noCd) {
    const err = changeDir(sh, arg);
    if (err) {
      await berr(sh, "pushd", `${arg}: ${strerror(err.errno)}`);
      return 1;
    }
    sh.dirStack.unshift(old);
  } else sh.dirStack.unshift(canonical(arg.startsWith("/") ? arg : `${old}/${arg}`));
  return show(sh, "pushd");
}

export async function popd(sh: Shell, argv: string[]): Promise<number> {
  let noCd = false;
  let which: string | null = null;
  for (const a of argv.slice(1)) {
    if (a === "-n") noCd = true;
    else if (NUM.test(a)) which = a;
    else {
      await berr(sh, "popd", `${a}: invalid argument`);
      await sh.writeErr("popd: usage: popd [-n] [+N | -N]\n");
      return 2;
    }
  }
  if (sh.dirStack.length === 0) {
    await berr(sh, "popd", "directory stack empty");
    return 1;
  }
  const all = stack(sh);
  const k = which === null ? 0 : index(which, all.length);
  if (k === null) {
    await berr(sh, "popd", `${which}: directory stack index out of range`);
    return 1;
  }
  if (k === 0) {
    const next = sh.dirStack[0]!;
    if (!noCd) {
      const err = changeDir(sh, next);
      if (err) {
        await berr(sh, "popd", `${next}: ${strerror(err.errno)}`);
        return 1;
      }
    }
    sh.dirStack.shift();
  } else sh.dirStack.splice(k - 1, 1);
  return show(sh, "popd");
}

export async function dirs(sh: Shell, argv: string[]): Promise<number> {
  let long = false;
  let perLine = false;
  let verbose = false;
  let which: string | null = null;
  for (const a of argv.slice(1)) {
    if (NUM.test(a)) {
      which = a;
      continue;
    }
    if (!/^-[clpv]+$/.test(a)) {
      await berr(sh, "dirs", a.startsWith("-") || a.startsWith("+") ? `${a}: invalid number` : `${a}: invalid argument`);
      await sh.writeErr("dirs: usage: dirs [-clpv] [+N] [-N]\n");
      return 2;
    }
    if (a.includes("c")) sh.dirStack = [];
    if (a.includes("l")) long = true;
    if (a.includes("p")) perLine = true;
    if (a.includes("v")) verbose = true;
  }
  if (argv.slice(1).some((a) => /^-[lpv]*c/.test(a))) return 0;
  const all = stack(sh);
  if (which !== null) {
    const k = index(which, all.length);
    if (k === null) {
      await berr(sh, "dirs", `${which.slice(1)}: directory stack index out of range`);
      return 1;
    }
    return (await out(sh, "dirs", polite(sh, all[k]!, long) + "\n")) ? 0 : 1;
  }
  let s: string;
  if (verbose) s = all.map((d, k) => `${String(k).padStart(2)}  ${polite(sh, d, long)}\n`).join("");
  else if (perLine) s = all.map((d) => polite(sh, d, long) + "\n").join("");
  else s = all.map((d) => polite(sh, d, long)).join(" ") + "\n";
  return (await out(sh, "dirs", s)) ? 0 : 1;
}
