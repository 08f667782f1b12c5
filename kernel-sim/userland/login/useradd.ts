// useradd(8) from shadow-utils 4.13 as Debian 12 configures it (/etc/default/useradd: SHELL=/bin/sh;
// login.defs: USERGROUPS_ENAB yes, UID/GID 1000-60000): a passwd and a locked shadow entry ("!"),
// a group of the user's own name unless -g or -N, the -G memberships, and with -m a home made
// from /etc/skel. Exit statuses are useradd's: 2 usage, 3 bad argument, 4 uid in use, 6 no such
// group, 9 name in use, 12 cannot create home.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { getopt, GetoptError } from "../lib/getopt.ts";
import { Errno } from "../../uapi/errno.ts";
import { AccountDb, GR, mayEdit, today, validName } from "./etc_db.ts";
import { createHome } from "./home_dir.ts";
import { USERADD_USAGE } from "./usage.ts";

const LONG = [
  { name: "badname", has: 0, key: "badname" }, { name: "base-dir", has: 1, key: "b" }, { name: "comment", has: 1, key: "c" },
  { name: "home-dir", has: 1, key: "d" }, { name: "defaults", has: 0, key: "D" }, { name: "expiredate", has: 1, key: "e" },
  { name: "inactive", has: 1, key: "f" }, { name: "gid", has: 1, key: "g" }, { name: "groups", has: 1, key: "G" },
  { name: "help", has: 0, key: "h" }, { name: "skel", has: 1, key: "k" }, { name: "key", has: 1, key: "K" },
  { name: "no-log-init", has: 0, key: "l" }, { name: "create-home", has: 0, key: "m" }, { name: "no-create-home", has: 0, key: "M" },
  { name: "no-user-group", has: 0, key: "N" }, { name: "non-unique", has: 0, key: "o" }, { name: "password", has: 1, key: "p" },
  { name: "system", has: 0, key: "r" }, { name: "shell", has: 1, key: "s" }, { name: "uid", has: 1, key: "u" },
  { name: "user-group", has: 0, key: "U" },
] as const;

const DEFAULTS = "GROUP=100\nHOME=/home\nINACTIVE=-1\nEXPIRE=\nSHELL=/bin/sh\nSKEL=/etc/skel\nCREATE_MAIL_SPOOL=no\nLOG_INIT=yes\n";

async function fail(p: Proc, msg: string, status: number): Promise<number> {
  await p.err.write(`useradd: ${msg}\n`);
  return status;
}

export default program(async (p) => {
  let parsed;
  try {
    parsed = getopt(p.argv.slice(1), "b:c:d:De:f:g:G:hk:K:lmMNop:rs:u:U", [...LONG]);
  } catch (e) {
    if (!(e instanceof GetoptError)) throw e;
    await p.err.write(`useradd: ${e.message}\n${USERADD_USAGE}`);
    return 2;
  }
  const o = new Map<string, string>();
  for (const x of parsed.opts) o.set(x.key, x.arg ?? "");
  if (o.has("h")) {
    await p.out.write(USERADD_USAGE);
    return 0;
  }
  if (o.has("D") && parsed.operands.length === 0) {
    await p.out.write(DEFAULTS);
    return 0;
  }
  if (parsed.operands.length !== 1) {
    await p.err.write(USERADD_USAGE);
    return 2;
  }
  const name = parsed.operands[0]!;
  if (!o.has("badname") && !validName(name)) return fail(p, `invalid user name '${name}': use --badname to ignore`, 3);
  if (o.has("u") && !/^\d+$/.test(o.get("u")!)) return fail(p, `invalid user ID '${o.get("u")}'`, 3);
  if (!(await mayEdit(p.sys, "useradd", "/etc/passwd"))) return 1;

  const db = await AccountDb.load(p.sys);
  const system = o.has("r");
  let primary: string[] | undefined;
  if (o.has("g")) {
    primary = db.groupOf(o.get("g")!);
    if (!primary) return fail(p, `group '${o.get("g")}' does not exist`, 6);
  }
  const extra: string[] = [];
  for (const g of o.has("G") ? o.get("G")!.split(",").filter(Boolean) : []) {
    const row = db.groupOf(g);
    if (!row) return fail(p, `group '${g}' does not exist`, 6);
    if (!extra.includes(row[GR.name]!)) extra.push(row[GR.name]!);
  }
  if (db.passwd.find(name)) return fail(p, `user '${name}' already exists`, 9);
  const userGroup = !primary && (o.has("U") || !o.has("N"));
  if (userGroup && db.group.find(name)) return fail(p, `group ${name} exists - if you want to add this user to that group, use -g.`, 9);

  let uid: number;
  if (o.has("u")) {
    uid = Number(o.get("u"));
    if (!o.has("o") && db.uidUsed(uid)) return fail(p, `UID ${uid} is not unique`, 4);
  } else {
    const u = db.newUid(system);
    if (u === null) return fail(p, "can't get unique UID (no more available UIDs)", 4);
    uid = u;
  }
  let gid: number;
  if (primary) gid = Number(primary[GR.gid]);
  else if (!userGroup) gid = 100; // GROUP=100 of /etc/default/useradd
  else {
    const g = db.gidUsed(uid) ? db.newGid(system) : uid;
    if (g === null) return fail(p, "can't get unique GID (no more available GIDs)", 4);
    gid = g;
  }

  const home = o.get("d") ?? `${o.get("b") ?? "/home"}/${name}`;
  const shell = o.get("s") ?? "/bin/sh";
  if (shell !== "") {
    try {
      p.sys.access(shell, 1);
    } catch {
      await p.err.write(`useradd: Warning: missing or non-executable shell '${shell}'\n`);
    }
  }
  db.passwd.add([name, "x", String(uid), String(gid), o.get("c") ?? "", home, shell]);
  db.shadow.add(system ? [name, o.get("p") ?? "!", String(today(p.sys)), "", "", "", "", "", ""] : [name, o.get("p") ?? "!", String(today(p.sys)), "0", "99999", "7", "", "", ""]);
  if (userGroup) {
    db.group.add([name, "x", String(gid), ""]);
    db.gshadow.add([name, "!", "", ""]);
  }
  for (const g of extra) db.setMember(g, name, true);
  await db.save(p.sys);

  if (o.has("m") && !o.has("M")) {
    let exists = false;
    try {
      p.sys.stat(home);
      exists = true;
    } catch {
      // the usual case: no home yet
    }
    if (exists) {
      await p.err.write(`useradd: warning: the home directory ${home} already exists.\nuseradd: Not copying any file from skel directory into it.\n`);
    } else {
      try {
        await createHome(p.sys, home, o.get("k") ?? "/etc/skel", uid, gid);
      } catch (e) {
        if (!(e instanceof Errno)) throw e;
        return fail(p, `cannot create directory ${home}`, 12);
      }
    }
  }
  return 0;
});
