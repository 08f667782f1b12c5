// chsh(1) from shadow-utils 4.13: change a login shell in /etc/passwd. Root may change anyone's
// to anything (with a warning when it does not exist); a user only their own, after their
// password, and only to a shell listed in /etc/shells. Without -s it asks, as chsh does.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { readFileText } from "../lib/input.ts";
import { cryptVerify } from "../lib/crypt.ts";
import { getpass, shadowHash } from "./account.ts";
import { AccountDb, PW } from "./etc_db.ts";

const USAGE = `Usage: chsh [options] [LOGIN]

Options:
  -h, --help                    display this help message and exit
  -R, --root CHROOT_DIR         directory to chroot into
  -s, --shell SHELL             new login shell for the user account

`;

async function fail(p: Proc, msg: string, status = 1): Promise<number> {
  await p.err.write(`chsh: ${msg}\n`);
  return status;
}

/** A line from stdin a byte at a time; null at end of input. */
async function readLine(p: Proc): Promise<string | null> {
  let s = "";
  for (;;) {
    const b = await p.sys.read(0, 1);
    if (b.length === 0) return s === "" ? null : s;
    if (b[0] === 10) return s;
    s += String.fromCharCode(b[0]!);
  }
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "hR:s:", [{ name: "help", has: 0, key: "h" }, { name: "root", has: 1, key: "R" }, { name: "shell", has: 1, key: "s" }]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`chsh: ${e.message}\n${USAGE}`);
    return 2;
  }
  const o = new Map<string, string>();
  for (const x of parsed.opts) o.set(x.key, x.arg ?? "");
  if (o.has("h")) {
    await p.out.write(USAGE);
    return 0;
  }
  if (parsed.operands.length > 1) {
    await p.err.write(USAGE);
    return 2;
  }
  const sys = p.sys;
  const root = sys.getuid() === 0;
  const db = await AccountDb.load(sys);
  const me = db.user(String(sys.getuid()));
  const name = parsed.operands[0] ?? me?.[PW.name] ?? "";
  const pw = db.passwd.find(name);
  if (!pw) return fail(p, `user '${name}' does not exist`);
  if (!root && name !== me?.[PW.name]) {
    await p.err.write(`You may not change the shell for '${name}'.\n`);
    return 1;
  }
  if (!root) {
    const hash = (await shadowHash(sys, name)) ?? "";
    if (hash !== "") {
      const pass = await getpass(sys, "Password: ");
      if (pass === null || !cryptVerify(pass, hash)) return fail(p, "PAM: Authentication failure");
    }
  }
  let shell = o.get("s");
  if (shell === undefined) {
    await p.out.write(`Changing the login shell for ${name}\nEnter the new value, or press ENTER for the default\n\tLogin Shell [${pw[PW.shell]}]: `);
    await p.out.flush();
    shell = (await readLine(p))?.trim() || pw[PW.shell]!;
  }
  if (!root) {
    const shells = (await readFileText(sys, "/etc/shells").catch(() => "")).split("\n");
    if (!shells.includes(shell)) return fail(p, `${shell} is an invalid shell`);
  }
  try {
    sys.access(shell, 1);
  } catch {
    await p.err.write(`chsh: Warning: ${shell} does not exist\n`);
  }
  if (sys.geteuid() !== 0) return fail(p, "cannot lock /etc/passwd; try again later.");
  db.passwd.set(name, PW.shell, shell);
  await db.save(sys);
  return 0;
});
