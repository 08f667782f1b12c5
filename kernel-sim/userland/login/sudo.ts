// sudo(8): run a command as root (or -u USER). Root runs it at once; a member of group sudo
// (the %sudo rule of /etc/sudoers) is asked "[sudo] password for NAME: " first; others are
// refused as sudo refuses them; -n never asks ("sudo: a password is required"), -S reads the
// password from stdin instead of the terminal, and a success is remembered for 15 minutes on
// that terminal (sudo_ts.ts; -k forgets it). -i runs the target's login shell, -s a shell. sudo must be set-user-ID root to work for other users:
// without that it says so, as the real one does.

import { program } from "../lib/main.ts";
import { basenameOf } from "../lib/main.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import type { Proc } from "../lib/main.ts";
import { O_NOCTTY, O_RDWR } from "../../uapi/fcntl.ts";
import type { Passwd } from "./account.ts";
import { becomeUser, checkPassword, getpass, getpwnam, groupsOf, loginEnv, shadowHash } from "./account.ts";
import { tsRemove, tsUpdate, tsValid } from "./sudo_ts.ts";

export default program(async (p) => {
  const args = p.argv.slice(1);
  let target = "root";
  let login = false;
  let shellMode = false;
  let nonInteractive = false;
  let stdinPass = false;
  let reset = false; // -k
  let validate = false; // -v
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-u" || a === "--user") target = args[++i] ?? "root";
    else if (a.startsWith("--user=")) target = a.slice(7);
    else if (a === "-i" || a === "--login") login = true;
    else if (a === "-s" || a === "--shell") shellMode = true;
    else if (a === "-n" || a === "--non-interactive") nonInteractive = true;
    else if (a === "-S" || a === "--stdin") stdinPass = true;
    else if (a === "-k" || a === "--reset-timestamp" || a === "-K" || a === "--remove-timestamp") reset = true;
    else if (a === "-v" || a === "--validate") validate = true;
    else if (a === "-E" || a === "-H") continue;
    else if (a === "--") {
      i++;
      break;
    } else break;
  }
  const cmd = args.slice(i);
  if (reset && cmd.length === 0 && !login && !shellMode) {
    const me = await getpwnam(p.sys, String(p.sys.getuid()));
    if (me && p.sys.geteuid() === 0) tsRemove(p.sys, me.name);
    return 0;
  }
  if (cmd.length === 0 && !login && !shellMode && !validate) {
    await p.err.write("usage: sudo -h | -K | -k | -V\nusage: sudo [-u user] [-i | -s] [command [arg ...]]\n");
    return 1;
  }
  if (p.sys.geteuid() !== 0) {
    await p.err.write("sudo: effective uid is not 0, is /usr/bin/sudo on a file system with the 'nosuid' option set or an NFS file system without root privileges?\n");
    return 1;
  }
  const me = await getpwnam(p.sys, String(p.sys.getuid()));
  const pw = await getpwnam(p.sys, target);
  if (!pw) {
    await p.err.write(`sudo: unknown user ${target}\nsudo: error initializing audit plugin sudoers_audit\n`);
    return 1;
  }
  if (p.sys.getuid() !== 0 && me) {
    const cached = !reset && (await tsValid(p.sys, me.name));
    if (!cached && !(await authenticate(p, me, nonInteractive, stdinPass))) return 1;
    // the sudoers rule is checked every time (after the password, as sudo orders it)
    if (!(await groupsOf(p.sys, me)).names.includes("sudo")) {
      await p.err.write(`${me.name} is not in the sudoers file.\n`);
      return 1;
    }
    await tsUpdate(p.sys, me.name);
  }
  if (validate && cmd.length === 0) return 0;
  await becomeUser(p.sys, pw);
  let file: string;
  let argv: string[];
  let env = p.envp.filter((e) => !/^(HOME|USER|LOGNAME|SHELL|MAIL)=/.test(e));
  env.push(`HOME=${pw.dir}`, `USER=${pw.name}`, `LOGNAME=${pw.name}`, `SHELL=${pw.shell}`, `SUDO_USER=${me?.name ?? "root"}`, `SUDO_UID=${p.sys.getuid()}`);
  if (login) {
    env = loginEnv(pw, p.getenv("TERM"));
    try {
      p.sys.chdir(pw.dir);
    } catch {
      // sudo -i stays where it is when the home is missing
    }
    file = pw.shell;
    argv = cmd.length ? ["-" + basenameOf(file), "-c", cmd.join(" ")] : ["-" + basenameOf(file)];
  } else if (shellMode) {
    file = p.getenv("SHELL") ?? pw.shell;
    argv = cmd.length ? [basenameOf(file), "-c", cmd.join(" ")] : [basenameOf(file)];
  } else {
    file = cmd[0]!;
    argv = cmd;
  }
  try {
    await p.sys.execve(file.includes("/") ? file : await which(p, file), argv, env);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    await p.err.write(e.errno === 2 ? `sudo: ${file}: command not found\n` : `sudo: unable to execute ${file}: ${strerror(e.errno)}\n`);
    return 1;
  }
  return 0;
});

/**
 * Ask for the invoking user's password, three tries, from the terminal (/dev/tty) or with -S
 * from stdin. False after saying why not.
 */
async function authenticate(p: Proc, me: Passwd, nonInteractive: boolean, stdinPass: boolean): Promise<boolean> {
  if ((await shadowHash(p.sys, me.name)) === "") return true; // no password: pam_unix nullok
  if (nonInteractive) {
    await p.err.write("sudo: a password is required\n");
    return false;
  }
  let fd = 0;
  if (!stdinPass) {
    try {
      fd = await p.sys.open("/dev/tty", O_RDWR | O_NOCTTY);
    } catch {
      await p.err.write("sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper\nsudo: a password is required\n");
      return false;
    }
  }
  try {
    for (let tries = 0; tries < 3; tries++) {
      const pass = await getpass(p.sys, `[sudo] password for ${me.name}: `, fd);
      if (pass === null) return false;
      if (await checkPassword(p.sys, me, pass)) return true;
      await p.err.write("Sorry, try again.\n");
    }
    await p.err.write("sudo: 3 incorrect password attempts\n");
    return false;
  } finally {
    if (fd !== 0) p.sys.close(fd);
  }
}

/** Find a command on sudo's secure_path. */
async function which(p: { sys: { access(path: string, mode: number): void } }, name: string): Promise<string> {
  for (const d of ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]) {
    try {
      p.sys.access(`${d}/${name}`, 1);
      return `${d}/${name}`;
    } catch {
      // not in this directory
    }
  }
  return name;
}
