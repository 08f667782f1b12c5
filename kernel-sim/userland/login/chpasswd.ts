// chpasswd(8) from shadow-utils 4.13: "user:password" lines on stdin, each password hashed with
// SHA-512 crypt (or stored as given with -e) into /etc/shadow. A bad line is reported and
// skipped; the exit status is 1 when any line failed. The errors are the PAM path's, as
// Debian's chpasswd (built with PAM) prints them.

import { program } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { readText } from "../lib/input.ts";
import { makeSalt, sha512Crypt } from "../lib/crypt.ts";
import { AccountDb, SP, today } from "./etc_db.ts";
import { CHPASSWD_USAGE } from "./usage.ts";

const LONG = [
  { name: "crypt-method", has: 1, key: "c" }, { name: "encrypted", has: 0, key: "e" }, { name: "help", has: 0, key: "h" },
  { name: "md5", has: 0, key: "m" }, { name: "root", has: 1, key: "R" }, { name: "sha-rounds", has: 1, key: "s" },
] as const;

const METHODS = ["NONE", "DES", "MD5", "SHA256", "SHA512", "YESCRYPT"];

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "c:ehmR:s:", [...LONG]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`chpasswd: ${e.message}\n${CHPASSWD_USAGE}`);
    return 2;
  }
  const o = new Map<string, string>();
  for (const x of parsed.opts) o.set(x.key, x.arg ?? "");
  if (o.has("h")) {
    await p.out.write(CHPASSWD_USAGE);
    return 0;
  }
  const method = o.get("c");
  if (method !== undefined && !METHODS.includes(method)) {
    await p.err.write(`chpasswd: unsupported crypt method: ${method}\n${CHPASSWD_USAGE}`);
    return 1;
  }
  const rounds = o.has("s") ? `rounds=${o.get("s")}$` : "";
  const sys = p.sys;
  const db = await AccountDb.load(sys);
  const lines = (await readText(sys, 0)).split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  let status = 0;
  for (let n = 1; n <= lines.length; n++) {
    const line = lines[n - 1]!;
    const colon = line.indexOf(":");
    if (colon < 0) {
      await p.err.write(`chpasswd: line ${n}: missing new password\n`);
      status = 1;
      continue;
    }
    const name = line.slice(0, colon);
    const pass = line.slice(colon + 1);
    if (sys.geteuid() !== 0 || !db.passwd.find(name)) {
      await p.err.write(`chpasswd: (user ${name}) pam_chauthtok() failed, error:\nAuthentication token manipulation error\nchpasswd: (line ${n}, user ${name}) password not changed\n`);
      status = 1;
      continue;
    }
    const hash = o.has("e") || method === "NONE" ? pass : sha512Crypt(pass, makeSalt(sys.getrandom(16)).replace("$6$", "$6$" + rounds));
    if (!db.shadow.find(name)) db.shadow.add([name, hash, "", "0", "99999", "7", "", "", ""]);
    db.shadow.set(name, SP.pwdp, hash);
    db.shadow.set(name, SP.lstchg, String(today(sys)));
  }
  if (sys.geteuid() === 0) await db.save(sys);
  return status;
});
