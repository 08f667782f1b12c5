// su(1) from util-linux: run a shell (or -c COMMAND) as another user, root by default. Root
// needs no password; others are asked for the target's ("Password: ") and told
// "su: Authentication failure" when it is wrong. "su -" makes a login: a clean environment
// (HOME, SHELL, USER, LOGNAME, PATH, TERM), the home directory, and a login shell ("-bash").
// Without "-" the environment is kept, with HOME, SHELL, USER and LOGNAME set for the target.

import { program } from "../lib/main.ts";
import { basenameOf } from "../lib/main.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { becomeUser, checkPassword, getpass, getpwnam, loginEnv, shadowHash } from "./account.ts";

export default program(async (p) => {
  const args = p.argv.slice(1);
  let login = false;
  let command: string | null = null;
  let shellOpt: string | null = null;
  let user = "root";
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-" || a === "-l" || a === "--login") login = true;
    else if (a === "-c" || a === "--command") command = args[++i] ?? "";
    else if (a.startsWith("--command=")) command = a.slice(10);
    else if (a === "-s" || a === "--shell") shellOpt = args[++i] ?? null;
    else if (a === "-m" || a === "-p" || a === "--preserve-environment") continue;
    else if (a.startsWith("-") && rest.length === 0) {
      await p.err.write(`su: invalid option -- '${a.slice(1)}'\nTry 'su --help' for more information.\n`);
      return 1;
    } else rest.push(a);
  }
  if (rest.length) user = rest.shift()!;
  const pw = await getpwnam(p.sys, user);
  if (!pw) {
    await p.err.write(`su: user ${user} does not exist or the user entry does not contain all the required fields\n`);
    return 1;
  }
  if (p.sys.getuid() !== 0 && (await shadowHash(p.sys, pw.name)) !== "") {
    // an empty password field lets anyone in without a prompt (pam_unix nullok, Debian's default)
    const pass = await getpass(p.sys, "Password: ");
    if (pass === null || !(await checkPassword(p.sys, pw, pass))) {
      await p.err.write("su: Authentication failure\n");
      return 1;
    }
  }
  try {
    await becomeUser(p.sys, pw);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    await p.err.write(`su: cannot set groups: ${strerror(e.errno)}\n`);
    return 1;
  }
  const shell = shellOpt ?? pw.shell;
  let env: string[];
  if (login) {
    env = loginEnv(pw, p.getenv("TERM"));
    try {
      p.sys.chdir(pw.dir);
    } catch {
      await p.err.write(`su: warning: cannot change directory to ${pw.dir}: No such file or directory\n`);
    }
  } else {
    const set: Record<string, string> = { HOME: pw.dir, SHELL: shell };
    if (pw.uid !== 0) Object.assign(set, { USER: pw.name, LOGNAME: pw.name });
    env = p.envp.filter((e) => !(e.split("=")[0]! in set)).concat(Object.entries(set).map(([k, v]) => `${k}=${v}`));
  }
  const argv0 = login ? "-" + basenameOf(shell) : basenameOf(shell);
  const argv = command !== null ? [argv0, "-c", command, ...rest] : [argv0, ...rest];
  try {
    await p.sys.execve(shell, argv, env);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    await p.err.write(`su: failed to execute ${shell}: ${strerror(e.errno)}\n`);
    return 126;
  }
  return 0;
});
