// Accounts as su and sudo see them: /etc/passwd and /etc/group entries, the password check,
// and becoming a user (initgroups(3), setgid, setuid - the order Linux requires, since after
// setuid a process may no longer change its groups).

import type { Sys } from "../lib/sys.ts";
import { O_RDONLY } from "../../uapi/fcntl.ts";
import { ECHO, ECHONL, TCSADRAIN, TCSANOW } from "../../uapi/termios.ts";
import { readAll, writeAll } from "../lib/stdio.ts";
import { decode } from "../lib/text.ts";
import { cryptVerify } from "../lib/crypt.ts";

export interface Passwd {
  name: string;
  uid: number;
  gid: number;
  gecos: string;
  dir: string;
  shell: string;
}

async function readLines(sys: Sys, path: string): Promise<string[][]> {
  try {
    const fd = await sys.open(path, O_RDONLY);
    try {
      return decode(await readAll(sys, fd)).split("\n").filter(Boolean).map((l) => l.split(":"));
    } finally {
      sys.close(fd);
    }
  } catch {
    return [];
  }
}

export async function getpwnam(sys: Sys, name: string): Promise<Passwd | null> {
  for (const f of await readLines(sys, "/etc/passwd")) {
    if (f[0] === name || (/^\d+$/.test(name) && f[2] === name)) return { name: f[0]!, uid: Number(f[2]), gid: Number(f[3]), gecos: f[4] ?? "", dir: f[5] ?? "/", shell: f[6] || "/bin/sh" };
  }
  return null;
}

export async function getpwuid(sys: Sys, uid: number): Promise<Passwd | null> {
  return getpwnam(sys, String(uid)).then(async (p) => p ?? null);
}

/** The supplementary groups of user (initgroups(3)): the primary group and every group listing them. */
export async function groupsOf(sys: Sys, user: Passwd): Promise<{ ids: number[]; names: string[] }> {
  const ids = [user.gid];
  const names: string[] = [];
  for (const f of await readLines(sys, "/etc/group")) {
    const members = (f[3] ?? "").split(",");
    if (Number(f[2]) === user.gid) names.push(f[0]!);
    if (members.includes(user.name)) {
      if (!ids.includes(Number(f[2]))) ids.push(Number(f[2]));
      names.push(f[0]!);
    }
  }
  return { ids, names };
}

/** The user's /etc/shadow password field (sp_pwdp); null when there is no entry. */
export async function shadowHash(sys: Sys, name: string): Promise<string | null> {
  for (const f of await readLines(sys, "/etc/shadow")) if (f[0] === name) return f[1] ?? "";
  return null;
}

/**
 * Does password match the user's /etc/shadow entry (pam_unix's check)? An empty field is no
 * password at all (Debian's common-auth has nullok); "!", "*" and "!..." are locked and
 * never match; anything else is a crypt(3) hash (only "$6$" is computed here).
 */
export async function checkPassword(sys: Sys, user: Passwd, password: string): Promise<boolean> {
  const hash = await shadowHash(sys, user.name);
  if (hash === null) return false;
  if (hash === "") return true;
  return cryptVerify(password, hash);
}

/**
 * Read a password without echo (getpass(3)) from fd - stdin by default, as PAM's misc_conv
 * reads it; sudo passes an fd of /dev/tty. The prompt goes to stderr, or to that tty.
 */
export async function getpass(sys: Sys, prompt: string, fd = 0): Promise<string | null> {
  let saved;
  try {
    saved = sys.ioctl_tcgets(fd);
    sys.ioctl_tcsets(fd, TCSANOW, { ...saved, lflag: (saved.lflag & ~ECHO) | ECHONL, cc: [...saved.cc] });
  } catch {
    saved = null;
  }
  await writeAll(sys, fd === 0 ? 2 : fd, prompt).catch(() => {});
  const bytes: number[] = [];
  try {
    for (;;) {
      const b = await sys.read(fd, 1);
      if (b.length === 0) return bytes.length ? decode(Uint8Array.from(bytes)) : null;
      if (b[0] === 10 || b[0] === 13) break;
      bytes.push(b[0]!);
    }
  } catch {
    return null;
  } finally {
    if (saved) sys.ioctl_tcsets(fd, TCSADRAIN, saved);
  }
  return decode(Uint8Array.from(bytes));
}

/** Become user: groups, then gid, then uid (setgroups(2) needs CAP_SETGID, lost with setuid). */
export async function becomeUser(sys: Sys, user: Passwd): Promise<void> {
  const { ids } = await groupsOf(sys, user);
  sys.setgroups(ids);
  sys.setresgid(user.gid, user.gid, user.gid);
  sys.setresuid(user.uid, user.uid, user.uid);
}

/** The environment of a login (su -, sudo -i): what login(1) sets, TERM kept. */
export function loginEnv(user: Passwd, term: string | undefined): string[] {
  const path = user.uid === 0 ? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" : "/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games";
  const env = [`HOME=${user.dir}`, `SHELL=${user.shell}`, `USER=${user.name}`, `LOGNAME=${user.name}`, `PATH=${path}`, `MAIL=/var/mail/${user.name}`];
  if (term !== undefined) env.push(`TERM=${term}`);
  return env;
}
