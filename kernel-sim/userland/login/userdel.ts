// userdel(8) from shadow-utils 4.13: drop the passwd and shadow entries, the memberships, and
// the user's own group (USERGROUPS_ENAB) unless others still use it; with -r the mail spool and
// the home directory too (only when the user owns it). Exit statuses: 2 usage, 6 no such user,
// 12 home not removed.

import { program } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { Errno } from "../../uapi/errno.ts";
import { AccountDb, GR, mayEdit, PW } from "./etc_db.ts";
import { removeTree } from "./home_dir.ts";
import { USERDEL_USAGE } from "./usage.ts";

const LONG = [
  { name: "force", has: 0, key: "f" }, { name: "help", has: 0, key: "h" }, { name: "remove", has: 0, key: "r" },
  { name: "root", has: 1, key: "R" }, { name: "prefix", has: 1, key: "P" }, { name: "selinux-user", has: 0, key: "Z" },
] as const;

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "fhrR:P:Z", [...LONG]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`userdel: ${e.message}\n${USERDEL_USAGE}`);
    return 2;
  }
  const keys = new Set(parsed.opts.map((x) => x.key));
  if (keys.has("h")) {
    await p.out.write(USERDEL_USAGE);
    return 0;
  }
  if (parsed.operands.length !== 1) {
    await p.err.write(USERDEL_USAGE);
    return 2;
  }
  const name = parsed.operands[0]!;
  const db = await AccountDb.load(p.sys);
  const pw = db.passwd.find(name);
  if (!pw) {
    await p.err.write(`userdel: user '${name}' does not exist\n`);
    return 6;
  }
  if (!(await mayEdit(p.sys, "userdel", "/etc/passwd"))) return 1;
  const uid = Number(pw[PW.uid]);
  const gid = pw[PW.gid]!;
  db.passwd.remove(name);
  db.shadow.remove(name);
  for (const g of db.memberOf(name)) db.setMember(g, name, false);
  const own = db.group.find(name);
  if (own && own[GR.gid] === gid) {
    if ((own[GR.mem] ?? "") !== "") await p.err.write(`userdel: group ${name} not removed because it has other members.\n`);
    else if (db.passwd.rows.some((r) => r[PW.gid] === gid)) await p.err.write(`userdel: group ${name} is the primary group of another user and is not removed.\n`);
    else {
      db.group.remove(name);
      db.gshadow.remove(name);
    }
  }
  await db.save(p.sys);
  if (!keys.has("r")) return 0;

  const spool = `/var/mail/${name}`;
  try {
    p.sys.unlink(spool);
  } catch {
    await p.err.write(`userdel: ${name} mail spool (${spool}) not found\n`);
  }
  const home = pw[PW.dir]!;
  let owner: number;
  try {
    owner = p.sys.stat(home).uid;
  } catch {
    await p.err.write(`userdel: ${name} home directory (${home}) not found\n`);
    return 0;
  }
  if (owner !== uid && !keys.has("f")) {
    await p.err.write(`userdel: ${home} not owned by ${name}, not removing\n`);
    return 12;
  }
  try {
    await removeTree(p.sys, home);
  } catch (e) {
    if (!(e instanceof Errno)) throw e;
    await p.err.write(`userdel: error removing directory ${home}\n`);
    return 12;
  }
  return 0;
});
