// usermod(8) from shadow-utils 4.13: change an account - supplementary groups (-G, with -a to
// append or -r to remove), shell (-s), home (-d, with -m to move it), comment, primary group,
// uid, login name (-l), and locking (-L/-U). Exit statuses: 2 usage, 3 bad argument, 4 uid in
// use, 6 no such user or group, 9 name in use, 12 cannot move home.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { Errno } from "../../uapi/errno.ts";
import { AccountDb, GR, mayEdit, PW, SP, validName } from "./etc_db.ts";
import { moveHome } from "./home_dir.ts";
import { USERMOD_USAGE } from "./usage.ts";

const LONG = [
  { name: "append", has: 0, key: "a" }, { name: "badname", has: 0, key: "b" }, { name: "comment", has: 1, key: "c" },
  { name: "home", has: 1, key: "d" }, { name: "expiredate", has: 1, key: "e" }, { name: "inactive", has: 1, key: "f" },
  { name: "gid", has: 1, key: "g" }, { name: "groups", has: 1, key: "G" }, { name: "help", has: 0, key: "h" },
  { name: "login", has: 1, key: "l" }, { name: "lock", has: 0, key: "L" }, { name: "move-home", has: 0, key: "m" },
  { name: "non-unique", has: 0, key: "o" }, { name: "password", has: 1, key: "p" }, { name: "remove", has: 0, key: "r" },
  { name: "shell", has: 1, key: "s" }, { name: "uid", has: 1, key: "u" }, { name: "unlock", has: 0, key: "U" },
] as const;

async function fail(p: Proc, msg: string, status: number, usage = false): Promise<number> {
  await p.err.write(`usermod: ${msg}\n${usage ? USERMOD_USAGE : ""}`);
  return status;
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "abc:d:e:f:g:G:hl:Lmop:rs:u:U", [...LONG]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    return fail(p, e.message, 2, true);
  }
  const o = new Map<string, string>();
  for (const x of parsed.opts) o.set(x.key, x.arg ?? "");
  if (o.has("h")) {
    await p.out.write(USERMOD_USAGE);
    return 0;
  }
  if (parsed.operands.length !== 1) {
    await p.err.write(USERMOD_USAGE);
    return 2;
  }
  if (o.has("a") && !o.has("G")) return fail(p, "-a flag is ONLY allowed with the -G flag", 2, true);
  if (o.has("r") && !o.has("G")) return fail(p, "-r flag is ONLY allowed with the -G flag", 2, true);
  if (o.has("m") && !o.has("d")) return fail(p, "-m flag is ONLY allowed with the -d flag", 2, true);
  if (o.has("L") && o.has("U")) return fail(p, "the -L, -p, and -U flags are exclusive", 2, true);
  const name = parsed.operands[0]!;
  const db = await AccountDb.load(p.sys);
  const pw = db.passwd.find(name);
  if (!pw) return fail(p, `user '${name}' does not exist`, 6);
  if (o.size === 0) return fail(p, "no options", 2, true);
  if (o.has("l") && !o.has("b") && !validName(o.get("l")!)) return fail(p, `invalid user name '${o.get("l")}': use --badname to ignore`, 3);
  if (o.has("u") && !/^\d+$/.test(o.get("u")!)) return fail(p, `invalid user ID '${o.get("u")}'`, 3);

  let gid: string | undefined;
  if (o.has("g")) {
    const g = db.groupOf(o.get("g")!);
    if (!g) return fail(p, `group '${o.get("g")}' does not exist`, 6);
    gid = g[GR.gid];
  }
  const groups: string[] = [];
  for (const g of o.has("G") ? o.get("G")!.split(",").filter(Boolean) : []) {
    const row = db.groupOf(g);
    if (!row) return fail(p, `group '${g}' does not exist`, 6);
    groups.push(row[GR.name]!);
  }
  const newName = o.get("l");
  if (newName !== undefined && newName !== name && db.passwd.find(newName)) return fail(p, `user '${newName}' already exists`, 9);
  if (o.has("u") && !o.has("o") && o.get("u") !== pw[PW.uid] && db.uidUsed(Number(o.get("u")))) return fail(p, `UID '${o.get("u")}' already exists`, 4);

  const oldHome = pw[PW.dir]!;
  if (o.has("d") && o.has("m") && o.get("d") !== oldHome) {
    try {
      p.sys.stat(o.get("d")!);
      return fail(p, `directory ${o.get("d")} exists`, 12);
    } catch {
      // the target must not exist yet
    }
  }
  if (o.has("c")) db.passwd.set(name, PW.gecos, o.get("c")!);
  if (o.has("s")) db.passwd.set(name, PW.shell, o.get("s")!);
  if (o.has("d")) db.passwd.set(name, PW.dir, o.get("d")!);
  if (gid !== undefined) db.passwd.set(name, PW.gid, gid);
  if (o.has("u")) db.passwd.set(name, PW.uid, String(Number(o.get("u"))));
  if (o.has("p")) db.shadow.set(name, SP.pwdp, o.get("p")!);
  const hash = db.shadow.find(name)?.[SP.pwdp] ?? "";
  if (o.has("L") && !hash.startsWith("!")) db.shadow.set(name, SP.pwdp, "!" + hash);
  if (o.has("U")) {
    if (hash === "!") {
      await p.err.write("usermod: unlocking the user's password would result in a passwordless account.\nYou should set a password with usermod -p to unlock this user's password.\n");
    } else if (hash.startsWith("!")) db.shadow.set(name, SP.pwdp, hash.slice(1));
  }
  if (o.has("G")) {
    if (o.has("r")) for (const g of groups) db.setMember(g, name, false);
    else {
      if (!o.has("a")) for (const g of db.memberOf(name)) if (!groups.includes(g)) db.setMember(g, name, false);
      for (const g of groups) db.setMember(g, name, true);
    }
  }
  if (newName !== undefined && newName !== name) {
    for (const g of db.memberOf(name)) {
      db.setMember(g, name, false);
      db.setMember(g, newName, true);
    }
    db.passwd.set(name, PW.name, newName);
    db.shadow.set(name, SP.name, newName);
  }
  if (![db.passwd, db.shadow, db.group, db.gshadow].some((t) => t.dirty)) return fail(p, "no changes", 0);
  if (!(await mayEdit(p.sys, "usermod", "/etc/passwd"))) return 1;
  await db.save(p.sys);
  if (o.has("m") && o.get("d") !== oldHome) {
    try {
      await moveHome(p.sys, oldHome, o.get("d")!);
    } catch (e) {
      if (!(e instanceof Errno)) throw e;
      return fail(p, `cannot rename directory ${oldHome} to ${o.get("d")}`, 12);
    }
  }
  return 0;
});
