// setpriv(1), util-linux 2.38: run a program with other uids, gids and supplementary groups
// (setresuid/setresgid/setgroups, then exec), or -d/--dump the current state. Supported:
// --ruid --euid --reuid --rgid --egid --regid --clear-groups --keep-groups --init-groups
// --groups; the capability, securebits and LSM options are reported as unsupported.

import { program, type Proc } from "../lib/main.ts";
import { execvp, execFailureStatus } from "../lib/exec.ts";
import { UserDb } from "../lib/pwd.ts";
import type { LongOpt } from "../lib/getopt.ts";
import { err, errx, parseArgs, runTool, versionText } from "../util-linux/common.ts";
import { capList, readCapSets } from "../libcap/cap_names.ts";

const HELP =
  "\n" +
  "Usage:\n" +
  " setpriv [options] <program> [<argument>...]\n" +
  "\n" +
  "Run a program with different privilege settings.\n" +
  "\n" +
  "Options:\n" +
  " -d, --dump                  show current state (and do not exec)\n" +
  " --nnp, --no-new-privs       disallow granting new privileges\n" +
  " --ambient-caps <caps,...>   set ambient capabilities\n" +
  " --inh-caps <caps,...>       set inheritable capabilities\n" +
  " --bounding-set <caps>       set capability bounding set\n" +
  " --ruid <uid|user>           set real uid\n" +
  " --euid <uid|user>           set effective uid\n" +
  " --rgid <gid|user>           set real gid\n" +
  " --egid <gid|group>          set effective gid\n" +
  " --reuid <uid|user>          set real and effective uid\n" +
  " --regid <gid|group>         set real and effective gid\n" +
  " --clear-groups              clear supplementary groups\n" +
  " --keep-groups               keep supplementary groups\n" +
  " --init-groups               initialize supplementary groups\n" +
  " --groups <group,...>        set supplementary groups by UID or name\n" +
  " --securebits <bits>         set securebits\n" +
  " --pdeathsig keep|clear|<signame>\n" +
  "                             set or clear parent death signal\n" +
  " --selinux-label <label>     set SELinux label\n" +
  " --apparmor-profile <pr>     set AppArmor profile\n" +
  " --reset-env                 clear all environment and initialize\n" +
  "                               HOME, SHELL, USER, LOGNAME and PATH\n" +
  "\n" +
  " -h, --help                  display this help\n" +
  " -V, --version               display version\n" +
  "\n" +
  " This tool can be dangerous.  Read the manpage, and be careful.\n" +
  "\n" +
  "For more details see setpriv(1).\n";

const LONGOPTS: readonly LongOpt[] = [
  { name: "dump", has: 0, key: "d" },
  { name: "ruid", has: 1 },
  { name: "euid", has: 1 },
  { name: "rgid", has: 1 },
  { name: "egid", has: 1 },
  { name: "reuid", has: 1 },
  { name: "regid", has: 1 },
  { name: "clear-groups", has: 0 },
  { name: "keep-groups", has: 0 },
  { name: "init-groups", has: 0 },
  { name: "groups", has: 1 },
  { name: "help", has: 0, key: "h" },
  { name: "version", has: 0, key: "V" },
];

/** --dump: setpriv.c's dump(); -dd adds the effective and permitted sets. */
async function dump(p: Proc, level: number): Promise<number> {
  const s = p.sys;
  const c = await readCapSets(s, "self");
  const list = (set: bigint): string => capList(set, false).join(",") || "[none]";
  const groups = s.getgroups();
  let text =
    `uid: ${s.getuid()}\neuid: ${s.geteuid()}\ngid: ${s.getgid()}\negid: ${s.getegid()}\n` +
    `Supplementary groups: ${groups.length ? groups.join(",") : "[none]"}\n` +
    "no_new_privs: 0\n";
  if (level > 1) text += `Effective capabilities: ${list(c.eff)}\nPermitted capabilities: ${list(c.prm)}\n`;
  text +=
    `Inheritable capabilities: ${list(c.inh)}\nAmbient capabilities: ${list(c.amb)}\n` +
    `Capability bounding set: ${list(c.bnd)}\nSecurebits: [none]\nParent death signal: [none]\n`;
  await p.out.write(text);
  return 0;
}

export default program((p) =>
  runTool(async () => {
    const parsed = await parseArgs(p, "+dhV", LONGOPTS);
    const db = await new UserDb(p.sys).load();
    let dumpLevel = 0;
    let others = 0;
    let ruid: number | null = null, euid: number | null = null;
    let rgid: number | null = null, egid: number | null = null;
    let ruidName: string | null = null;
    let groupMode: "clear" | "keep" | "init" | "list" | null = null;
    let groupList: number[] = [];
    const uidOf = async (what: string, v: string): Promise<number> => {
      if (/^\d+$/.test(v)) return Number(v);
      const u = db.byName(v);
      return u ? u.uid : errx(p, 1, `failed to parse ${what}: '${v}'`);
    };
    const gidOf = async (what: string, v: string): Promise<number> => {
      if (/^\d+$/.test(v)) return Number(v);
      const g = db.groupByName(v);
      return g ? g.gid : errx(p, 1, `failed to parse ${what}: '${v}'`);
    };
    const setGroupMode = async (m: "clear" | "keep" | "init" | "list"): Promise<void> => {
      if (groupMode !== null) await errx(p, 1, "mutually exclusive arguments: --clear-groups --keep-groups --init-groups --groups");
      groupMode = m;
    };
    for (const o of parsed.opts) {
      if (o.key !== "d") others++;
      const v = o.arg ?? "";
      switch (o.key) {
        case "d": dumpLevel++; break;
        case "h": await p.out.write(HELP); return 0;
        case "V": await p.out.write(versionText("setpriv")); return 0;
        case "ruid":
        case "euid":
        case "reuid": {
          const id = await uidOf(o.key, v);
          if ((o.key !== "euid" && ruid !== null) || (o.key !== "ruid" && euid !== null)) await errx(p, 1, o.key === "reuid" ? "duplicate ruid or euid" : `duplicate ${o.key}`);
          if (o.key !== "euid") (ruid = id), (ruidName = v);
          if (o.key !== "ruid") euid = id;
          break;
        }
        case "rgid":
        case "egid":
        case "regid": {
          const id = await gidOf(o.key, v);
          if ((o.key !== "egid" && rgid !== null) || (o.key !== "rgid" && egid !== null)) await errx(p, 1, o.key === "regid" ? "duplicate rgid or egid" : `duplicate ${o.key}`);
          if (o.key !== "egid") rgid = id;
          if (o.key !== "rgid") egid = id;
          break;
        }
        case "clear-groups": await setGroupMode("clear"); break;
        case "keep-groups": await setGroupMode("keep"); break;
        case "init-groups": await setGroupMode("init"); break;
        case "groups":
          await setGroupMode("list");
          groupList = [];
          for (const g of v.split(",")) groupList.push(await gidOf("supplementary group", g));
          break;
      }
    }
    if (dumpLevel > 0) {
      if (others > 0 || parsed.operands.length > 0) await errx(p, 1, "--dump is incompatible with all other options");
      return dump(p, dumpLevel);
    }
    if (groupMode === "init" && ruid === null) await errx(p, 1, "--init-groups requires --ruid or --reuid");
    if ((rgid !== null || egid !== null) && groupMode === null) await errx(p, 1, "--[re]gid requires --keep-groups, --clear-groups, --init-groups, or --groups");
    const argv = parsed.operands;
    if (argv.length === 0) return errx(p, 1, "No program specified");
    const s = p.sys;
    // Linux's order matters: groups and gids while still privileged, the uid last.
    try {
      if (groupMode === "clear") s.setgroups([]);
      else if (groupMode === "list") s.setgroups(groupList);
      else if (groupMode === "init") {
        const u = /^\d+$/.test(ruidName!) ? db.byUid(ruid!) : db.byName(ruidName!);
        s.setgroups(u ? db.groupsOf(u.name, rgid ?? u.gid) : []);
      }
    } catch (e) {
      return err(p, 1, "setgroups failed", e);
    }
    try {
      if (rgid !== null || egid !== null) s.setresgid(rgid ?? -1, egid ?? -1, -1);
    } catch (e) {
      return err(p, 1, "setresgid failed", e);
    }
    try {
      if (ruid !== null || euid !== null) s.setresuid(ruid ?? -1, euid ?? -1, -1);
    } catch (e) {
      return err(p, 1, "setresuid failed", e);
    }
    try {
      return await execvp(s, argv[0]!, argv, p.envp);
    } catch (e) {
      return err(p, execFailureStatus(e), `failed to execute ${argv[0]}`, e);
    }
  }),
);
