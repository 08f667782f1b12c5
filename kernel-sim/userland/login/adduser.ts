// adduser(8) and addgroup(8) from Debian's adduser 3.134: the friendly front end to the account
// files. "adduser USER" makes the user and its group, a 0700 home from /etc/skel and a bash
// login shell, then asks for the password (by running passwd) and the GECOS fields, and - as
// 3.134 does even with adduser.conf untouched - adds the user to the group "users".
// "adduser USER GROUP" adds a membership; "addgroup GROUP" (or adduser --group) makes a group.
// --disabled-password / --disabled-login skip the password, --gecos/--comment the questions.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import type { Sys } from "../lib/sys.ts";
import { spawnWait, exitCode } from "../lib/spawn.ts";
import { decode } from "../lib/text.ts";
import { AccountDb, GR, PW, today, validName } from "./etc_db.ts";
import { copyTree } from "./home_dir.ts";

/** One line from stdin a byte at a time (what follows stays for the next reader); null at EOF. */
async function readLine(sys: Sys): Promise<string | null> {
  const bytes: number[] = [];
  for (;;) {
    const b = await sys.read(0, 1);
    if (b.length === 0) return bytes.length ? decode(Uint8Array.from(bytes)) : null;
    if (b[0] === 10) return decode(Uint8Array.from(bytes));
    bytes.push(b[0]!);
  }
}

interface Opts {
  uid?: number;
  gid?: number;
  ingroup?: string;
  shell: string;
  home?: string;
  gecos?: string;
  noCreateHome: boolean;
  disabledPassword: boolean;
  group: boolean;
  system: boolean;
  quiet: boolean;
}

async function die(p: Proc, msg: string, status = 1): Promise<number> {
  await p.out.flush();
  await p.err.write(`${p.name}: ${msg}\n`);
  return status;
}

async function addMember(p: Proc, db: AccountDb, user: string, group: string): Promise<number> {
  if (!db.passwd.find(user)) return die(p, `The user \`${user}' does not exist.`);
  const g = db.group.find(group);
  if (!g) return die(p, `The group \`${group}' does not exist.`);
  if ((g[GR.mem] ?? "").split(",").includes(user)) return die(p, `The user \`${user}' is already a member of \`${group}'.`, 0);
  await p.out.write(`Adding user \`${user}' to group \`${group}' ...\n`);
  db.setMember(group, user, true);
  await db.save(p.sys);
  await p.out.write("Done.\n");
  return 0;
}

async function addGroup(p: Proc, db: AccountDb, name: string, o: Opts): Promise<number> {
  if (db.group.find(name)) return die(p, `The group \`${name}' already exists.`);
  const gid = o.gid ?? db.newGid(o.system);
  if (gid === null) return die(p, "No GID is available in the range 1000-59999 (FIRST_GID - LAST_GID).");
  if (o.gid !== undefined && db.gidUsed(o.gid)) return die(p, `The GID \`${o.gid}' is already in use.`);
  await p.out.write(`Adding group \`${name}' (GID ${gid}) ...\n`);
  db.group.add([name, "x", String(gid), ""]);
  db.gshadow.add([name, "!", "", ""]);
  await db.save(p.sys);
  await p.out.write("Done.\n");
  return 0;
}

/** The chfn questions adduser asks; the GECOS field, or null when the input ended. */
async function askGecos(p: Proc, name: string): Promise<string | null> {
  for (;;) {
    await p.out.write(`Changing the user information for ${name}\nEnter the new value, or press ENTER for the default\n`);
    const fields: string[] = [];
    for (const q of ["Full Name", "Room Number", "Work Phone", "Home Phone", "Other"]) {
      await p.out.write(`\t${q} []: `);
      await p.out.flush();
      fields.push((await readLine(p.sys)) ?? "");
    }
    await p.out.write("Is the information correct? [Y/n] ");
    await p.out.flush();
    const a = (await readLine(p.sys)) ?? "";
    if (!/^n/i.test(a)) return fields.slice(0, 4).join(",") + (fields[4] ? "," + fields[4] : "");
  }
}

async function addUser(p: Proc, db: AccountDb, name: string, o: Opts): Promise<number> {
  const sys = p.sys;
  if (db.passwd.find(name)) return die(p, `The user \`${name}' already exists.`);
  if (!validName(name)) return die(p, `To avoid problems, the username should consist only of\nletters, digits, underscores, full stops, at signs and dashes, and not start with\na dash (as defined by IEEE Std 1003.1-2001). For compatibility with Samba\nmachine accounts $ is also supported at the end of the username.  (Use the \`--allow-all-names' parameter\nto bypass this restriction.)`);
  const uid = o.uid ?? db.newUid(o.system);
  if (uid === null) return die(p, "No UID is available in the range 1000-59999 (FIRST_UID - LAST_UID).");
  if (o.uid !== undefined && db.uidUsed(o.uid)) return die(p, `The UID ${o.uid} is already in use.`);
  await p.out.write(`Adding user \`${name}' ...\n`);
  let gid: number;
  let groupName: string;
  if (o.ingroup !== undefined || o.gid !== undefined) {
    const g = db.groupOf(o.ingroup ?? String(o.gid));
    if (!g) return die(p, `The group \`${o.ingroup ?? o.gid}' does not exist.`);
    gid = Number(g[GR.gid]);
    groupName = g[GR.name]!;
    await p.out.write(`Adding new user \`${name}' (${uid}) with group \`${groupName} (${gid})' ...\n`);
  } else {
    gid = db.gidUsed(uid) ? db.newGid(o.system) ?? uid : uid;
    groupName = name;
    await p.out.write(`Adding new group \`${name}' (${gid}) ...\n`);
    db.group.add([name, "x", String(gid), ""]);
    db.gshadow.add([name, "!", "", ""]);
    await p.out.write(`Adding new user \`${name}' (${uid}) with group \`${name} (${gid})' ...\n`);
  }
  const home = o.home ?? `/home/${name}`;
  db.passwd.add([name, "x", String(uid), String(gid), o.gecos ?? "", home, o.shell]);
  db.shadow.add([name, "!", String(today(sys)), "0", "99999", "7", "", "", ""]);
  await db.save(sys);
  if (!o.noCreateHome) {
    let exists = false;
    try {
      sys.stat(home);
      exists = true;
    } catch {
      // to be made
    }
    if (exists) await p.out.write(`The home directory \`${home}' already exists.  Not copying from \`/etc/skel'.\n`);
    else {
      await p.out.write(`Creating home directory \`${home}' ...\n`);
      sys.mkdir(home, 0o700);
      sys.chmod(home, 0o700);
      sys.chown(home, uid, gid);
      await p.out.write(`Copying files from \`/etc/skel' ...\n`);
      await copyTree(sys, "/etc/skel", home, uid, gid).catch(() => {});
    }
  }
  await p.out.flush();
  if (!o.disabledPassword) {
    for (;;) {
      const end = await spawnWait(sys, ["/usr/bin/passwd", name], p.envp);
      if (exitCode(end.status) === 0) break;
      await p.out.write("Try again? [y/N] ");
      await p.out.flush();
      if (!/^y/i.test((await readLine(sys)) ?? "")) break;
    }
  }
  if (o.gecos === undefined) {
    const gecos = await askGecos(p, name);
    if (gecos !== null) {
      const fresh = await AccountDb.load(sys);
      fresh.passwd.set(name, PW.gecos, gecos);
      await fresh.save(sys);
    }
  }
  const after = await AccountDb.load(sys);
  if (after.group.find("users") && !o.system) {
    await p.out.write(`Adding new user \`${name}' to supplemental / extra groups \`users' ...\nAdding user \`${name}' to group \`users' ...\n`);
    after.setMember("users", name, true);
    await after.save(sys);
  }
  return 0;
}

export default program(async (p) => {
  const o: Opts = { shell: "/bin/bash", noCreateHome: false, disabledPassword: false, group: p.name === "addgroup", system: false, quiet: false };
  const names: string[] = [];
  const args = p.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const val = (): string => inline ?? args[++i] ?? "";
    switch (flag) {
      case "--uid": o.uid = Number(val()); break;
      case "--gid": o.gid = Number(val()); break;
      case "--ingroup": o.ingroup = val(); break;
      case "--shell": o.shell = val(); break;
      case "--home": o.home = val(); break;
      case "--gecos": case "--comment": o.gecos = val(); break;
      case "--no-create-home": o.noCreateHome = true; break;
      case "--disabled-password": case "--disabled-login": o.disabledPassword = true; break;
      case "--group": o.group = true; break;
      case "--system": o.system = true; o.shell = "/usr/sbin/nologin"; o.disabledPassword = true; o.gecos ??= ""; break;
      case "--quiet": case "-q": o.quiet = true; break;
      case "--firstuid": case "--lastuid": case "--firstgid": case "--lastgid": case "--conf": case "-c": val(); break;
      case "--add-extra-groups": case "--allow-all-names": case "--allow-bad-names": case "--verbose": case "--debug": break;
      default:
        if (a.startsWith("-")) return die(p, `Unknown option: ${a.replace(/^-+/, "")}`);
        names.push(a);
    }
  }
  if (names.length === 0 || names.length > 2) return die(p, "Only one or two names allowed.");
  if (p.sys.geteuid() !== 0) return die(p, "Only root may add a user or group to the system.");
  const db = await AccountDb.load(p.sys);
  if (names.length === 2) return addMember(p, db, names[0]!, names[1]!);
  if (o.group && !o.system) return addGroup(p, db, names[0]!, o);
  return addUser(p, db, names[0]!, o);
});
