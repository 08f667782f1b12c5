// chown(1) and chgrp(1): OWNER[:[GROUP]], :GROUP, numeric ids; -R, -h, -v, -c, -f,
// --reference. chgrp is the same program taking only GROUP.

import { gnuProgram as program } from "../lib/gnu.ts";
import type { Proc } from "../lib/main.ts";
import { quote, errmsg, basenameOf } from "../lib/main.ts";
import { helpVersion, parseOrUsage, STD_LONGOPTS, usageError } from "../lib/getopt.ts";
import { UserDb } from "../lib/pwd.ts";
import { readdirNames, joinPath } from "../lib/dirent.ts";
import { S_ISDIR, S_ISLNK } from "../../uapi/stat.ts";

interface Spec {
  uid: number; // -1 = unchanged
  gid: number;
}

async function walk(p: Proc, path: string, spec: Spec, o: { recursive: boolean; noDeref: boolean; verbose: boolean; changes: boolean; quiet: boolean }, db: UserDb, top: boolean): Promise<boolean> {
  const sys = p.sys;
  let st;
  try {
    st = o.noDeref || !top ? sys.lstat(path) : sys.stat(path);
  } catch (e) {
    if (!o.quiet) await p.warn(`cannot access ${quote(path)}: ${errmsg(e)}`);
    return false;
  }
  let ok = true;
  try {
    if (S_ISLNK(st.mode) && (o.noDeref || !top)) sys.lchown(path, spec.uid, spec.gid);
    else sys.chown(path, spec.uid, spec.gid);
    const changed = (spec.uid >= 0 && spec.uid !== st.uid) || (spec.gid >= 0 && spec.gid !== st.gid);
    if (o.verbose || (o.changes && changed)) {
      const who = (u: number, g: number): string => (spec.uid >= 0 ? db.userName(u) : "") + (spec.gid >= 0 ? (spec.uid >= 0 ? ":" : "") + db.groupName(g) : "");
      const oldS = who(st.uid, st.gid);
      const newS = who(spec.uid >= 0 ? spec.uid : st.uid, spec.gid >= 0 ? spec.gid : st.gid);
      const what = spec.uid >= 0 ? "ownership" : "group";
      await p.out.write(changed ? `changed ${what} of ${quote(path)} from ${oldS} to ${newS}\n` : `${what} of ${quote(path)} retained as ${newS}\n`);
    }
  } catch (e) {
    if (!o.quiet) await p.warn(`changing ${spec.uid >= 0 ? "ownership" : "group"} of ${quote(path)}: ${errmsg(e)}`);
    ok = false;
  }
  if (o.recursive && S_ISDIR(st.mode)) {
    for (const d of await readdirNames(sys, path)) if (!(await walk(p, joinPath(path, d.name), spec, o, db, false))) ok = false;
  }
  return ok;
}

export default program(async (p) => {
  const isChgrp = basenameOf(p.name) === "chgrp";
  const parsed = await parseOrUsage(p, "RcfhvHLP", [
    { name: "recursive", has: 0, key: "R" },
    { name: "changes", has: 0, key: "c" },
    { name: "silent", has: 0, key: "f" },
    { name: "quiet", has: 0, key: "f" },
    { name: "no-dereference", has: 0, key: "h" },
    { name: "dereference", has: 0, key: "deref" },
    { name: "verbose", has: 0, key: "v" },
    { name: "reference", has: 1, key: "reference" },
    { name: "from", has: 1, key: "from" },
    ...STD_LONGOPTS,
  ]);
  if (!parsed) return 1;
  const hv = await helpVersion(p, parsed, isChgrp ? "Usage: chgrp [OPTION]... GROUP FILE...\n" : "Usage: chown [OPTION]... [OWNER][:[GROUP]] FILE...\n", "David MacKenzie and Jim Meyering");
  if (hv !== null) return hv;
  const k = new Set(parsed.opts.map((o) => o.key));
  const o = { recursive: k.has("R"), noDeref: k.has("h"), verbose: k.has("v"), changes: k.has("c"), quiet: k.has("f") };
  const db = await new UserDb(p.sys).load();
  const ops = [...parsed.operands];
  const reference = parsed.opts.find((x) => x.key === "reference")?.arg;
  let spec: Spec;
  if (reference !== undefined) {
    try {
      const st = p.sys.stat(reference);
      spec = { uid: isChgrp ? -1 : st.uid, gid: st.gid };
    } catch (e) {
      await p.warn(`failed to get attributes of ${quote(reference)}: ${errmsg(e)}`);
      return 1;
    }
  } else {
    const arg = ops.shift();
    if (arg === undefined) return usageError(p, "missing operand");
    const lookupGroup = (g: string): number | null => (/^[0-9]+$/.test(g) ? Number(g) : db.groupByName(g)?.gid ?? null);
    if (isChgrp) {
      const gid = lookupGroup(arg);
      if (gid === null) {
        await p.warn(`invalid group: ${quote(arg)}`);
        return 1;
      }
      spec = { uid: -1, gid };
    } else {
      const i = arg.search(/[:.]/);
      const user = i >= 0 ? arg.slice(0, i) : arg;
      const group = i >= 0 ? arg.slice(i + 1) : undefined;
      let uid = -1;
      let gid = -1;
      if (user) {
        const pw = db.byName(user);
        if (pw) uid = pw.uid;
        else if (/^[0-9]+$/.test(user)) uid = Number(user);
        else {
          await p.warn(`invalid user: ${quote(arg)}`);
          return 1;
        }
        if (group === "") gid = pw?.gid ?? -1;
      }
      if (group) {
        const g = lookupGroup(group);
        if (g === null) {
          await p.warn(`invalid group: ${quote(arg)}`);
          return 1;
        }
        gid = g;
      }
      spec = { uid, gid };
    }
    if (ops.length === 0) return usageError(p, `missing operand after ${quote(arg)}`);
  }
  let status = 0;
  for (const f of ops) if (!(await walk(p, f, spec, o, db, true))) status = 1;
  return status;
});
