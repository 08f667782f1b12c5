// deluser(8) and delgroup(8) from Debian's adduser 3.134: "deluser USER" removes the account
// and its own group (--remove-home also the home directory), "deluser USER GROUP" a
// membership, "delgroup GROUP" a group. The crontab notice is the one a machine without cron
// prints.

import { program } from "../lib/main.ts";
import type { Proc } from "../lib/main.ts";
import { AccountDb, GR, PW } from "./etc_db.ts";
import { removeTree } from "./home_dir.ts";

async function die(p: Proc, msg: string, status: number): Promise<number> {
  await p.out.flush();
  await p.err.write(`${p.name}: ${msg}\n`);
  return status;
}

export default program(async (p) => {
  let removeHome = false;
  let group = p.name === "delgroup";
  const names: string[] = [];
  for (const a of p.argv.slice(1)) {
    if (a === "--remove-home" || a === "--remove-all-files") removeHome = true;
    else if (a === "--group") group = true;
    else if (a === "--quiet" || a === "-q" || a === "--system" || a === "--only-if-empty" || a === "--backup") continue;
    else if (a.startsWith("-")) return die(p, `Unknown option: ${a.replace(/^-+/, "")}`, 1);
    else names.push(a);
  }
  if (names.length === 0 || names.length > 2) return die(p, "Only one or two names allowed.", 1);
  if (p.sys.geteuid() !== 0) return die(p, "Only root may remove a user or group from the system.", 1);
  const sys = p.sys;
  const db = await AccountDb.load(sys);
  const [first, second] = names as [string, string | undefined];

  if (second !== undefined) {
    if (!db.passwd.find(first)) return die(p, `The user \`${first}' does not exist.`, 2);
    const g = db.group.find(second);
    if (!g) return die(p, `The group \`${second}' does not exist.`, 3);
    if (!(g[GR.mem] ?? "").split(",").includes(first)) return die(p, `The user \`${first}' is not a member of group \`${second}'.`, 6);
    await p.out.write(`Removing user \`${first}' from group \`${second}' ...\n`);
    db.setMember(second, first, false);
    await db.save(sys);
    await p.out.write("Done.\n");
    return 0;
  }

  if (group) {
    const g = db.group.find(first);
    if (!g) return die(p, `The group \`${first}' does not exist.`, 3);
    const owner = db.passwd.rows.find((r) => r[PW.gid] === g[GR.gid]);
    if (owner) return die(p, `The group \`${first}' is the primary group of user \`${owner[PW.name]}'.`, 7);
    await p.out.write(`Removing group \`${first}' ...\n`);
    db.group.remove(first);
    db.gshadow.remove(first);
    await db.save(sys);
    await p.out.write("Done.\n");
    return 0;
  }

  const pw = db.passwd.find(first);
  if (!pw) return die(p, `The user \`${first}' does not exist.`, 2);
  await p.err.write("deluser: `/usr/bin/crontab' not executed. Skipping crontab removal. Package `cron' required.\n");
  if (removeHome) {
    await p.out.write("Looking for files to backup/remove ...\nRemoving files ...\n");
    await removeTree(sys, pw[PW.dir]!).catch(() => {});
  }
  await p.out.write(`Removing user \`${first}' ...\n`);
  const gid = pw[PW.gid]!;
  db.passwd.remove(first);
  db.shadow.remove(first);
  for (const g of db.memberOf(first)) db.setMember(g, first, false);
  const own = db.group.find(first);
  if (own && own[GR.gid] === gid && !db.passwd.rows.some((r) => r[PW.gid] === gid)) {
    db.group.remove(first);
    db.gshadow.remove(first);
  }
  await db.save(sys);
  await p.out.write("Done.\n");
  return 0;
});
