// sudo(8): run a command as root (or -u USER). Root runs it at once; a member of group sudo
// (the %sudo rule of /etc/sudoers) is asked "[sudo] password for NAME: " first; others are
// refused as sudo refuses them; -n never asks ("sudo: a password is required"). -i runs the
// target's login shell, -s a shell. sudo must be set-user-ID root to work for other users:
// without that it says so, as the real one does.

import { program } from "../lib/main.ts";
import { basenameOf } from "../lib/main.ts";
import { Errno, strerror } from "../../uapi/errno.ts";
import { becomeUser, checkPassword, getpass, getpwnam, groupsOf, loginEnv } from "./account.ts";

export default program(async (p) => {
  const args = p.argv.slice(1);
  let target = "root";
  let login = false;
  let shellMode = false;
  let nonInteractive = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-u" || a === "--user") target = args[++i] ?? "root";
    else if (a.startsWith("--user=")) target = a.slice(7);
    else if (a === "-i" || a === "--login") login = true;
    else if (a === "-s" || a === "--shell") shellMode = true;
    else if (a === "-n" || a === "--non-interactive") nonInteractive = true;
    else if (a === "-E" || a === "-H") continue;
    else if (a === "--") {
      i++;
      break;
    } else break;
  }
  const cmd = args.slice(i);
  if (cmd.length === 0 && !login && !shellMode) {
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
    const { names } = await groupsOf(p.sys, me);
    if (nonInteractive) {
      await p.err.write("sudo: a password is required\n");
      return 1;
    }
    let ok = false;
    for (let tries = 0; tries < 3 && !ok; tries++) {
      const pass = await getpass(p.sys, `[sudo] password for ${me.name}: `);
      if (pass === null) return 1;
      ok = await checkPassword(p.sys, me, pass);
      if (!ok) await p.err.write("Sorry, try again.\n");
    }
    if (!ok) {
      await p.err.write("sudo: 3 incorrect password attempts\n");
      return 1;
    }
    if (!names.includes("sudo")) {
      await p.err.write(`${me.name} is not in the sudoers file.\n`);
      return 1;
    }
  }
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
