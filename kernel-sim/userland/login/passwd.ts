// passwd(1) from shadow-utils 4.13 with Debian's PAM stack (pam_unix): root sets anyone's password
// with "New password:" / "Retype new password:"; a user changes only their own, after the current
// one. New passwords are stored as SHA-512 crypt hashes (Debian 12's pam_unix would write yescrypt
// "$y$"; we write "$6$"). -l, -u, -d lock, unlock and delete; -S shows the status line.
// Conversation as misc_conv does it: prompts and errors on stderr, information on stdout.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { gmtime, strftime } from "../lib/time.ts";
import { cryptVerify, makeSalt, sha512Crypt } from "../lib/crypt.ts";
import { getpass } from "./account.ts";
import { AccountDb, PW, SP, today } from "./etc_db.ts";
import { PASSWD_USAGE } from "./usage.ts";

const LONG = [
  { name: "all", has: 0, key: "a" }, { name: "delete", has: 0, key: "d" }, { name: "expire", has: 0, key: "e" },
  { name: "help", has: 0, key: "h" }, { name: "keep-tokens", has: 0, key: "k" }, { name: "inactive", has: 1, key: "i" },
  { name: "lock", has: 0, key: "l" }, { name: "mindays", has: 1, key: "n" }, { name: "quiet", has: 0, key: "q" },
  { name: "repository", has: 1, key: "r" }, { name: "status", has: 0, key: "S" }, { name: "unlock", has: 0, key: "u" },
  { name: "warndays", has: 1, key: "w" }, { name: "maxdays", has: 1, key: "x" },
] as const;

/** pam_unix's minimum length for a user's new password (root is not held to it). */
const PASS_MIN_LEN = 6;
/** pam_unix's retry count: a rejected new password may be tried again this many times in all. */
const RETRIES = 3;

const FAILED = "passwd: Authentication token manipulation error\npasswd: password unchanged\n";

/** passwd -S: "NAME STATUS LASTCHANGE MIN MAX WARN INACTIVE" (print_status in passwd.c). */
function statusLine(name: string, sp: string[]): string {
  const hash = sp[SP.pwdp] ?? "";
  const status = hash.startsWith("!") || hash === "*" ? "L" : hash === "" ? "NP" : "P";
  const lst = Number(sp[SP.lstchg]);
  const date = sp[SP.lstchg] === "" ? "never" : lst === 0 ? "01/01/1970" : strftime("%Y-%m-%d", gmtime(BigInt(lst) * 86400n * 1_000_000_000n));
  const num = (k: number): string => (sp[k] === "" || sp[k] === undefined ? "-1" : sp[k]!);
  return `${name} ${status} ${date} ${num(SP.min)} ${num(SP.max)} ${num(SP.warn)} ${num(SP.inact)}\n`;
}

/** The PAM conversation for a new password; the hash, or null after printing why not. */
async function newPassword(p: Proc, root: boolean, old: string | null): Promise<string | null> {
  for (let tries = 0; tries < RETRIES; tries++) {
    const a = await getpass(p.sys, "New password: ");
    const b = a === null ? null : await getpass(p.sys, "Retype new password: ");
    if (a === null || b === null) {
      await p.err.write("Password change has been aborted.\n");
      return null;
    }
    if (a !== b) {
      await p.err.write("Sorry, passwords do not match.\n");
      return null;
    }
    let remark = "";
    if (a === "") remark = "No password has been supplied.";
    else if (old !== null && a === old) remark = "The password has not been changed.";
    else if (!root && a.length < PASS_MIN_LEN) remark = "You must choose a longer password.";
    if (remark === "") return sha512Crypt(a, makeSalt(p.sys.getrandom(16)));
    await p.err.write(remark + "\n");
  }
  return null;
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "adehki:ln:qr:Suw:x:", [...LONG]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`passwd: ${e.message}\n${PASSWD_USAGE}`);
    return 6;
  }
  const o = new Map<string, string>();
  for (const x of parsed.opts) o.set(x.key, x.arg ?? "");
  if (o.has("h")) {
    await p.out.write(PASSWD_USAGE);
    return 0;
  }
  if (parsed.operands.length > 1) {
    await p.err.write(PASSWD_USAGE);
    return 2;
  }
  const sys = p.sys;
  const root = sys.getuid() === 0;
  const db = await AccountDb.load(sys);
  const me = db.user(String(sys.getuid()));
  const name = parsed.operands[0] ?? me?.[PW.name];
  if (name === undefined) {
    await p.err.write(`passwd: Cannot determine your user name.\n`);
    return 1;
  }
  if (!db.passwd.find(name)) {
    await p.err.write(`passwd: user '${name}' does not exist\n`);
    return 1;
  }
  const admin = ["l", "u", "d", "e"].find((k) => o.has(k));
  if (admin !== undefined && !root) {
    await p.err.write("passwd: Permission denied.\n");
    return 1;
  }
  if (!root && name !== me?.[PW.name]) {
    await p.err.write(`passwd: You may not view or modify password information for ${name}.\n`);
    return 1;
  }
  if (sys.geteuid() !== 0) {
    await p.err.write("passwd: Cannot lock /etc/shadow; try again later.\n");
    return 5;
  }
  let sp = db.shadow.find(name);
  if (!sp) {
    sp = [name, "x", String(today(sys)), "0", "99999", "7", "", "", ""];
    db.shadow.add(sp);
  }
  if (o.has("S")) {
    await p.out.write(statusLine(name, sp));
    return 0;
  }
  const hash = sp[SP.pwdp] ?? "";
  if (admin !== undefined) {
    if (admin === "l" && !hash.startsWith("!")) db.shadow.set(name, SP.pwdp, "!" + hash);
    if (admin === "u" && hash.startsWith("!")) {
      if (hash === "!") {
        await p.err.write("passwd: unlocking the password would result in a passwordless account.\nYou should set a password with usermod -p to unlock the password of this account.\n");
        return 3;
      }
      db.shadow.set(name, SP.pwdp, hash.slice(1));
    }
    if (admin === "d") db.shadow.set(name, SP.pwdp, "");
    if (admin === "e") db.shadow.set(name, SP.lstchg, "0");
    await db.save(sys);
    await p.out.write("passwd: password changed.\n");
    return 0;
  }

  let old: string | null = null;
  if (!root) {
    // stdio buffering as PAM's: on a pipe this line comes out at exit, after the prompts
    await p.out.write(`Changing password for ${name}.\n`);
    if (hash !== "") {
      old = await getpass(sys, "Current password: ");
      if (old === null || !cryptVerify(old, hash)) {
        await p.err.write(FAILED);
        return 10;
      }
    }
  }
  const fresh = await newPassword(p, root, old);
  if (fresh === null) {
    await p.err.write(FAILED);
    return 10;
  }
  db.shadow.set(name, SP.pwdp, fresh);
  db.shadow.set(name, SP.lstchg, String(today(sys)));
  await db.save(sys);
  await p.err.write("passwd: password updated successfully\n");
  return 0;
});
