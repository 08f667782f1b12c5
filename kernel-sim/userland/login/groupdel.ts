// groupdel(8) from shadow-utils 4.13: remove a group from /etc/group and /etc/gshadow, unless it
// is some user's primary group (-f removes it anyway). Exit statuses: 2 usage, 6 no such group,
// 8 a user's primary group, 10 cannot update the group file.

import { program } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { AccountDb, GR, mayEdit, PW } from "./etc_db.ts";
import { GROUPDEL_USAGE } from "./usage.ts";

const LONG = [
  { name: "help", has: 0, key: "h" }, { name: "root", has: 1, key: "R" }, { name: "prefix", has: 1, key: "P" }, { name: "force", has: 0, key: "f" },
] as const;

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "hR:P:f", [...LONG]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`groupdel: ${e.message}\n${GROUPDEL_USAGE}`);
    return 2;
  }
  const keys = new Set(parsed.opts.map((x) => x.key));
  if (keys.has("h")) {
    await p.out.write(GROUPDEL_USAGE);
    return 0;
  }
  if (parsed.operands.length !== 1) {
    await p.err.write(GROUPDEL_USAGE);
    return 2;
  }
  const name = parsed.operands[0]!;
  const db = await AccountDb.load(p.sys);
  const row = db.group.find(name);
  if (!row) {
    await p.err.write(`groupdel: group '${name}' does not exist\n`);
    return 6;
  }
  const owner = db.passwd.rows.find((r) => r[PW.gid] === row[GR.gid]);
  if (owner && !keys.has("f")) {
    await p.err.write(`groupdel: cannot remove the primary group of user '${owner[PW.name]}'\n`);
    return 8;
  }
  if (!(await mayEdit(p.sys, "groupdel", "/etc/group"))) return 10;
  db.group.remove(name);
  db.gshadow.remove(name);
  await db.save(p.sys);
  return 0;
});
