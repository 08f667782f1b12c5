// cd and pwd, with the logical $PWD of POSIX (cd -L, the default): "cd .." leaves a symlinked
// directory the way it was entered; -P resolves with getcwd(3).

import type { Shell } from "../interp/shell.ts";
import { Errno, strerror } from "../../../uapi/errno.ts";
import { S_ISDIR } from "../../../uapi/stat.ts";
import { out, berr } from "./io.ts";

/** Lexically canonical absolute path: no ".", "..", or doubled slashes. */
export function canonical(path: string): string {
  const out: string[] = [];
  for (const c of path.split("/")) {
    if (c === "" || c === ".") continue;
    if (c === "..") out.pop();
    else out.push(c);
  }
  return "/" + out.join("/");
}

export async function cd(sh: Shell, argv: string[]): Promise<number> {
  let i = 1;
  let physical = false;
  for (; i < argv.length && /^-[LPe@]+$/.test(argv[i]!); i++) physical = argv[i]!.includes("P");
  if (argv[i] === "--") i++;
  if (argv.length - i > 1 && sh.bash) {
    await berr(sh, "cd", "too many arguments");
    return 1;
  }
  let dir = argv[i];
  let print = false;
  if (dir === undefined) {
    dir = sh.vars.get("HOME");
    if (dir === undefined) {
      await berr(sh, "cd", "HOME not set");
      return 1;
    }
  } else if (dir === "-") {
    dir = sh.vars.get("OLDPWD");
    if (dir === undefined) {
      await berr(sh, "cd", "OLDPWD not set");
      return 1;
    }
    print = true;
  }
  if (dir === "") return 0;
  const pwd = sh.vars.get("PWD") ?? safeCwd(sh);
  // CDPATH applies to relative names not starting with . or ..
  const candidates: { path: string; viaCdpath: boolean }[] = [];
  const cdpath = sh.vars.get("CDPATH");
  if (cdpath && !dir.startsWith("/") && !/^\.\.?(\/|$)/.test(dir)) {
    for (const base of cdpath.split(":")) candidates.push({ path: base === "" ? dir : `${base.replace(/\/$/, "")}/${dir}`, viaCdpath: base !== "" });
  }
  candidates.push({ path: dir, viaCdpath: false });
  let lastErr: Errno | null = null;
  for (const c of candidates) {
    const abs = c.path.startsWith("/") ? c.path : `${pwd}/${c.path}`;
    const target = physical ? abs : canonical(abs);
    try {
      const st = sh.sys.stat(target);
      if (!S_ISDIR(st.mode)) throw new Errno(20, "chdir");
      sh.sys.chdir(target);
    } catch (e) {
      if (e instanceof Errno) {
        lastErr = e;
        continue;
      }
      throw e;
    }
    const newPwd = physical ? safeCwd(sh) : target;
    sh.setVar("OLDPWD", pwd);
    sh.setVar("PWD", newPwd);
    if (print || c.viaCdpath) await out(sh, "cd", newPwd + "\n");
    return 0;
  }
  if (sh.bash) await berr(sh, "cd", `${dir}: ${strerror(lastErr?.errno ?? 2)}`);
  else await berr(sh, "cd", `can't cd to ${dir}`);
  return sh.bash ? 1 : 2;
}

function safeCwd(sh: Shell): string {
  try {
    return sh.sys.getcwd();
  } catch {
    return "/";
  }
}

export async function pwd(sh: Shell, argv: string[]): Promise<number> {
  const physical = argv.slice(1).some((a) => /^-[LP]*P[LP]*$/.test(a));
  let p = sh.vars.get("PWD");
  if (physical || p === undefined) p = safeCwd(sh);
  return (await out(sh, "pwd", p + "\n")) ? 0 : 1;
}
