// gpasswd(1) from shadow-utils 4.13, the membership part: -a USER adds, -d USER removes, -M sets
// the member list of GROUP in /etc/group and /etc/gshadow. Root only here (the real one also
// lets a group's administrators do it). Exit statuses: 2 usage, 3 no such user/group or member.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { AccountDb, GR } from "./etc_db.ts";

const USAGE = `Usage: gpasswd [option] GROUP

Options:
  -a, --add USER                add USER to GROUP
  -d, --delete USER             remove USER from GROUP
  -h, --help                    display this help message and exit
  -Q, --root CHROOT_DIR         directory to chroot into
  -r, --remove-password         remove the GROUP's password
  -R, --restrict                restrict access to GROUP to its members
  -M, --members USER,...        set the list of members of GROUP
  -A, --administrators ADMIN,...
                                set the list of administrators for GROUP
Except for the -A and -M options, the options cannot be combined.
`;

const LONG = [
  { name: "add", has: 1, key: "a" }, { name: "delete", has: 1, key: "d" }, { name: "help", has: 0, key: "h" },
  { name: "root", has: 1, key: "Q" }, { name: "remove-password", has: 0, key: "r" }, { name: "restrict", has: 0, key: "R" },
  { name: "members", has: 1, key: "M" }, { name: "administrators", has: 1, key: "A" },
] as const;

async function fail(p: Proc, msg: string, status: number): Promise<number> {
  await p.out.flush();
  await p.err.write(`gpasswd: ${msg}\n`);
  return status;
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "a:d:hQ:rRM:A:", [...LONG]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`gpasswd: ${e.message}\n${USAGE}`);
    return 2;
  }
  const o = new Map<string, string>();
  for (const x of parsed.opts) o.set(x.key, x.arg ?? "");
  if (o.has("h")) {
    await p.out.write(USAGE);
    return 0;
  }
  if (parsed.operands.length !== 1) {
    await p.err.write(USAGE);
    return 2;
  }
  const group = parsed.operands[0]!;
  const db = await AccountDb.load(p.sys);
  const row = db.group.find(group);
  if (!row) return fail(p, `group '${group}' does not exist in /etc/group`, 3);
  if (p.sys.getuid() !== 0) return fail(p, "Permission denied.", 1);
  const user = o.get("a") ?? o.get("d");
  if (user !== undefined && !db.passwd.find(user)) return fail(p, `user '${user}' does not exist`, 3);
  if (o.has("a")) {
    await p.out.write(`Adding user ${user} to group ${group}\n`);
    db.setMember(group, user!, true);
  } else if (o.has("d")) {
    await p.out.write(`Removing user ${user} from group ${group}\n`);
    if (!(row[GR.mem] ?? "").split(",").includes(user!)) return fail(p, `user '${user}' is not a member of '${group}'`, 3);
    db.setMember(group, user!, false);
  } else if (o.has("M")) {
    const list = o.get("M")!.split(",").filter(Boolean);
    for (const u of list) if (!db.passwd.find(u)) return fail(p, `user '${u}' does not exist`, 3);
    for (const u of (row[GR.mem] ?? "").split(",").filter(Boolean)) db.setMember(group, u, false);
    for (const u of list) db.setMember(group, u, true);
  } else if (o.has("r")) {
    db.gshadow.set(group, 1, "");
  } else if (o.has("R")) {
    db.gshadow.set(group, 1, "!");
  } else {
    return fail(p, "setting a group password is not supported here; use -a, -d or -M", 1);
  }
  await db.save(p.sys);
  return 0;
});
