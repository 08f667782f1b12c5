// groupadd(8) from shadow-utils 4.13: a new group in /etc/group and /etc/gshadow, its gid one
// above the highest in GID_MIN..GID_MAX (-r: a system gid below 1000), or -g's. Exit statuses:
// 2 usage, 3 bad argument, 4 gid in use, 9 name in use, 10 cannot update the group file.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { AccountDb, mayEdit, validName } from "./etc_db.ts";
import { GROUPADD_USAGE } from "./usage.ts";

const LONG = [
  { name: "force", has: 0, key: "f" }, { name: "gid", has: 1, key: "g" }, { name: "help", has: 0, key: "h" },
  { name: "key", has: 1, key: "K" }, { name: "non-unique", has: 0, key: "o" }, { name: "password", has: 1, key: "p" },
  { name: "system", has: 0, key: "r" }, { name: "users", has: 1, key: "U" },
] as const;

async function fail(p: Proc, msg: string, status: number): Promise<number> {
  await p.err.write(`groupadd: ${msg}\n`);
  return status;
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "fg:hK:op:rU:", [...LONG]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`groupadd: ${e.message}\n${GROUPADD_USAGE}`);
    return 2;
  }
  const o = new Map<string, string>();
  for (const x of parsed.opts) o.set(x.key, x.arg ?? "");
  if (o.has("h")) {
    await p.out.write(GROUPADD_USAGE);
    return 0;
  }
  if (parsed.operands.length !== 1) {
    await p.err.write(GROUPADD_USAGE);
    return 2;
  }
  const name = parsed.operands[0]!;
  if (!validName(name)) return fail(p, `'${name}' is not a valid group name`, 3);
  if (o.has("g") && !/^\d+$/.test(o.get("g")!)) return fail(p, `invalid group ID '${o.get("g")}'`, 3);
  if (!(await mayEdit(p.sys, "groupadd", "/etc/group"))) return 10;
  const db = await AccountDb.load(p.sys);
  if (db.group.find(name)) {
    if (o.has("f")) return 0;
    return fail(p, `group '${name}' already exists`, 9);
  }
  let gid: number;
  if (o.has("g") && !(o.has("f") && db.gidUsed(Number(o.get("g"))))) {
    gid = Number(o.get("g"));
    if (!o.has("o") && db.gidUsed(gid)) return fail(p, `GID '${gid}' already exists`, 4);
  } else {
    const g = db.newGid(o.has("r"));
    if (g === null) return fail(p, "Can't get unique GID (no more available GIDs)", 4);
    gid = g;
  }
  const members = o.get("U") ?? "";
  db.group.add([name, "x", String(gid), members]);
  db.gshadow.add([name, o.get("p") ?? "!", "", members]);
  await db.save(p.sys);
  return 0;
});
