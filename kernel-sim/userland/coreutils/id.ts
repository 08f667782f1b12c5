// id(1): uid=0(root) gid=0(root) groups=0(root); -u -g -G with -n and -r; a USER operand.
// groups(1) is the same query printed as "user : g1 g2".

import { gnuProgram as program } from "../lib/gnu.ts";
import type { Proc } from "../lib/main.ts";
import { quote } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { UserDb } from "../lib/pwd.ts";

interface Ids {
  uid: number;
  gid: number;
  euid: number;
  egid: number;
  groups: number[];
}

/** The ids of a user operand or of this process; null (after the message) if unknown. */
export async function idsOf(p: Proc, db: UserDb, user: string | undefined): Promise<Ids | null> {
  if (user === undefined) {
    const sys = p.sys;
    const gid = sys.getgid();
    const egid = sys.getegid();
    const groups = [egid, ...sys.getgroups().filter((g) => g !== egid)];
    return { uid: sys.getuid(), gid, euid: sys.geteuid(), egid, groups };
  }
  const pw = /^[0-9]+$/.test(user) ? db.byUid(Number(user)) ?? db.byName(user) : db.byName(user);
  if (!pw) {
    await p.warn(`${quote(user)}: no such user`);
    return null;
  }
  return { uid: pw.uid, gid: pw.gid, euid: pw.uid, egid: pw.gid, groups: db.groupsOf(pw.name, pw.gid) };
}

export default program(async (p) => {
  const parsed = await parseOrUsage(p, "agnruGzZ", [
    { name: "group", has: 0, key: "g" },
    { name: "groups", has: 0, key: "G" },
    { name: "name", has: 0, key: "n" },
    { name: "real", has: 0, key: "r" },
    { name: "user", has: 0, key: "u" },
    { name: "zero", has: 0, key: "z" },
    { name: "context", has: 0, key: "Z" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, "Usage: id [OPTION]... [USER]...\nPrint user and group information for each specified USER,\nor (when USER omitted) for the current process.\n", "Arnold Robbins and David MacKenzie");
  if (hv !== null) return hv;
  const k = new Set(parsed.opts.map((o) => o.key));
  const db = await new UserDb(p.sys).load();
  const which = ["u", "g", "G"].filter((x) => k.has(x));
  if (which.length > 1) return usageError(p, "cannot print \"only\" of more than one choice");
  if ((k.has("n") || k.has("r")) && which.length === 0) {
    await p.warn("cannot print only names or real IDs in default format");
    return 1;
  }
  const users = parsed.operands.length ? parsed.operands : [undefined];
  let status = 0;
  for (const user of users) {
    const ids = await idsOf(p, db, user);
    if (!ids) {
      status = 1;
      continue;
    }
    const uname = (u: number): string => db.byUid(u)?.name ?? String(u);
    const gname = (g: number): string => db.groupByGid(g)?.name ?? String(g);
    if (k.has("u")) {
      const u = k.has("r") ? ids.uid : ids.euid;
      await p.out.write((k.has("n") ? uname(u) : String(u)) + "\n");
    } else if (k.has("g")) {
      const g = k.has("r") ? ids.gid : ids.egid;
      await p.out.write((k.has("n") ? gname(g) : String(g)) + "\n");
    } else if (k.has("G")) {
      await p.out.write(ids.groups.map((g) => (k.has("n") ? gname(g) : String(g))).join(" ") + "\n");
    } else {
      const part = (label: string, n: number, name: string | undefined): string => `${label}=${n}${name !== undefined ? `(${name})` : ""}`;
      let s = part("uid", ids.uid, db.byUid(ids.uid)?.name) + " " + part("gid", ids.gid, db.groupByGid(ids.gid)?.name);
      if (ids.euid !== ids.uid) s += " " + part("euid", ids.euid, db.byUid(ids.euid)?.name);
      if (ids.egid !== ids.gid) s += " " + part("egid", ids.egid, db.groupByGid(ids.egid)?.name);
      s += " groups=" + ids.groups.map((g) => part("", g, db.groupByGid(g)?.name).slice(1)).join(",");
      await p.out.write(s + "\n");
    }
  }
  return status;
});
