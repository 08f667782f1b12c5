// unshare(1) from util-linux 2.38.1: run a program with some namespaces unshared from the
// parent. The steps and their order follow sys-utils/unshare.c: unshare(2), fork (the parent
// waits and passes the child's status on), uid/gid maps, mount propagation, root and working
// directory, /proc, set*id, exec.

import { program, type Proc } from "../lib/main.ts";
import { execvp } from "../lib/exec.ts";
import { UserDb } from "../lib/pwd.ts";
import type { LongOpt } from "../lib/getopt.ts";
import { err, errx, parseArgs, readFile, runTool, versionText, writeFile } from "./common.ts";
import { EACCES, EINVAL, ENOENT, Errno } from "../../uapi/errno.ts";
import {
  CLONE_NEWCGROUP,
  CLONE_NEWIPC,
  CLONE_NEWNET,
  CLONE_NEWNS,
  CLONE_NEWPID,
  CLONE_NEWTIME,
  CLONE_NEWUSER,
  CLONE_NEWUTS,
} from "../../uapi/sched.ts";
import { MS_BIND, MS_PRIVATE, MS_REC, MS_SHARED, MS_SLAVE, MS_NOSUID, MS_NOEXEC, MS_NODEV } from "../../uapi/mount.ts";
import { SIGINT, SIGKILL, SIGTERM, signalNumber } from "../../uapi/signal.ts";
import { WEXITSTATUS, WIFEXITED, WIFSIGNALED, WTERMSIG } from "../../uapi/wait.ts";
import { SIG_BLOCK, SIG_SETMASK, SIG_UNBLOCK } from "../lib/sys.ts";

const HELP = `
Usage:
 unshare [options] [<program> [<argument>...]]

Run a program with some namespaces unshared from the parent.

Options:
 -m, --mount[=<file>]      unshare mounts namespace
 -u, --uts[=<file>]        unshare UTS namespace (hostname etc)
 -i, --ipc[=<file>]        unshare System V IPC namespace
 -n, --net[=<file>]        unshare network namespace
 -p, --pid[=<file>]        unshare pid namespace
 -U, --user[=<file>]       unshare user namespace
 -C, --cgroup[=<file>]     unshare cgroup namespace
 -T, --time[=<file>]       unshare time namespace

 -f, --fork                fork before launching <program>
 --map-user=<uid>|<name>   map current user to uid (implies --user)
 --map-group=<gid>|<name>  map current group to gid (implies --user)
 -r, --map-root-user       map current user to root (implies --user)
 -c, --map-current-user    map current user to itself (implies --user)
 --map-auto                map users and groups automatically (implies --user)
 --map-users=<outeruid>,<inneruid>,<count>
                           map count users from outeruid to inneruid (implies --user)
 --map-groups=<outergid>,<innergid>,<count>
                           map count groups from outergid to innergid (implies --user)

 --kill-child[=<signame>]  when dying, kill the forked child (implies --fork)
                             defaults to SIGKILL
 --mount-proc[=<dir>]      mount proc filesystem first (implies --mount)
 --propagation slave|shared|private|unchanged
                           modify mount propagation in mount namespace
 --setgroups allow|deny    control the setgroups syscall in user namespaces
 --keep-caps               retain capabilities granted in user namespaces

 -R, --root=<dir>          run the command with root directory set to <dir>
 -w, --wd=<dir>            change working directory to <dir>
 -S, --setuid <uid>        set uid in entered namespace
 -G, --setgid <gid>        set gid in entered namespace
 --monotonic <offset>      set clock monotonic offset (seconds) in time namespaces
 --boottime <offset>       set clock boottime offset (seconds) in time namespaces

 -h, --help                display this help
 -V, --version             display version

For more details see unshare(1).
`;

const LONGOPTS: LongOpt[] = [
  { name: "help", has: 0, key: "h" },
  { name: "version", has: 0, key: "V" },
  { name: "mount", has: 2, key: "m" },
  { name: "uts", has: 2, key: "u" },
  { name: "ipc", has: 2, key: "i" },
  { name: "net", has: 2, key: "n" },
  { name: "pid", has: 2, key: "p" },
  { name: "user", has: 2, key: "U" },
  { name: "cgroup", has: 2, key: "C" },
  { name: "time", has: 2, key: "T" },
  { name: "fork", has: 0, key: "f" },
  { name: "kill-child", has: 2 },
  { name: "mount-proc", has: 2 },
  { name: "map-user", has: 1 },
  { name: "map-users", has: 1 },
  { name: "map-group", has: 1 },
  { name: "map-groups", has: 1 },
  { name: "map-root-user", has: 0, key: "r" },
  { name: "map-current-user", has: 0, key: "c" },
  { name: "map-auto", has: 0 },
  { name: "propagation", has: 1 },
  { name: "setgroups", has: 1 },
  { name: "keep-caps", has: 0 },
  { name: "setuid", has: 1, key: "S" },
  { name: "setgid", has: 1, key: "G" },
  { name: "root", has: 1, key: "R" },
  { name: "wd", has: 1, key: "w" },
  { name: "monotonic", has: 1 },
  { name: "boottime", has: 1 },
];

const NS_NAMES: Record<string, string> = { m: "mnt", u: "uts", i: "ipc", n: "net", p: "pid", U: "user", C: "cgroup", T: "time" };

const NS_OPTS: Record<string, number> = { m: CLONE_NEWNS, u: CLONE_NEWUTS, i: CLONE_NEWIPC, n: CLONE_NEWNET, p: CLONE_NEWPID, U: CLONE_NEWUSER, C: CLONE_NEWCGROUP, T: CLONE_NEWTIME };

/** parse_propagation(). */
function propagationFlags(s: string): number | null {
  switch (s) {
    case "slave":
      return MS_REC | MS_SLAVE;
    case "shared":
      return MS_REC | MS_SHARED;
    case "private":
      return MS_REC | MS_PRIVATE;
    case "unchanged":
      return 0;
    default:
      return null;
  }
}

async function idOf(p: Proc, db: UserDb, s: string, group: boolean, what: string): Promise<number> {
  if (/^\d+$/.test(s)) return Number(s);
  await db.load();
  const v = group ? db.groupByName(s)?.gid : db.byName(s)?.uid;
  if (v === undefined) return errx(p, 1, `failed to parse ${what}: '${s}'`);
  return v;
}

export default program((p) =>
  runTool(async () => {
    const sys = p.sys;
    const parsed = await parseArgs(p, "+fhVmuinpCTUrR:w:S:G:c", LONGOPTS);
    const db = new UserDb(sys);
    let flags = 0;
    let forkit = false;
    let killChild = 0;
    let procmnt: string | null = null;
    let propagation = MS_REC | MS_PRIVATE;
    let setgroupsCmd: "allow" | "deny" | null = null;
    let idHelper: "newuidmap" | "newgidmap" | null = null;
    let mapuser = -1;
    let mapgroup = -1;
    let newroot: string | null = null;
    let newdir: string | null = null;
    let forceUid: number | null = null;
    let forceGid: number | null = null;
    /** --TYPE=FILE: bind the new namespace to FILE (a bind mount of /proc/PID/ns/TYPE in Linux). */
    const persist: { type: string; file: string }[] = [];
    const realEuid = sys.geteuid();
    const realEgid = sys.getegid();
    for (const o of parsed.opts) {
      const k = o.key;
      if (k === "h") {
        await p.out.write(HELP);
        return 0;
      }
      if (k === "V") {
        await p.out.write(versionText("unshare"));
        return 0;
      }
      if (k in NS_OPTS) {
        flags |= NS_OPTS[k]!;
        if (o.arg !== undefined) persist.push({ type: NS_NAMES[k]!, file: o.arg });
        continue;
      }
      switch (k) {
        case "f":
          forkit = true;
          break;
        case "kill-child": {
          forkit = true;
          killChild = SIGKILL;
          if (o.arg !== undefined) {
            killChild = signalNumber(o.arg);
            if (killChild < 0) return errx(p, 1, `unknown signal: ${o.arg}`);
          }
          break;
        }
        case "mount-proc":
          flags |= CLONE_NEWNS;
          procmnt = o.arg ?? "/proc";
          break;
        case "map-user":
          flags |= CLONE_NEWUSER;
          mapuser = await idOf(p, db, o.arg!, false, "uid");
          break;
        case "map-group":
          flags |= CLONE_NEWUSER;
          mapgroup = await idOf(p, db, o.arg!, true, "gid");
          break;
        case "r":
          flags |= CLONE_NEWUSER;
          mapuser = 0;
          mapgroup = 0;
          break;
        case "c":
          flags |= CLONE_NEWUSER;
          mapuser = realEuid;
          mapgroup = realEgid;
          break;
        case "map-users":
        case "map-groups": {
          const bad = mapRangeError(o.arg!);
          if (bad) return errx(p, 1, bad);
          flags |= CLONE_NEWUSER;
          if (o.key === "map-users" || !idHelper) idHelper = o.key === "map-users" ? "newuidmap" : "newgidmap";
          break;
        }
        case "map-auto": {
          await subidError(p);
          flags |= CLONE_NEWUSER;
          idHelper = "newuidmap";
          break;
        }
        case "propagation": {
          const f = propagationFlags(o.arg!);
          if (f === null) return errx(p, 1, `unsupported propagation mode: ${o.arg}`);
          propagation = f;
          break;
        }
        case "setgroups":
          if (o.arg !== "allow" && o.arg !== "deny") return errx(p, 1, `unsupported --setgroups argument '${o.arg}'`);
          setgroupsCmd = o.arg;
          break;
        case "keep-caps":
          break;
        case "S":
          if (!/^\d+$/.test(o.arg!)) return errx(p, 1, `failed to parse uid: '${o.arg}'`);
          forceUid = Number(o.arg);
          break;
        case "G":
          if (!/^\d+$/.test(o.arg!)) return errx(p, 1, `failed to parse gid: '${o.arg}'`);
          forceGid = Number(o.arg);
          break;
        case "R":
          newroot = o.arg!;
          break;
        case "w":
          newdir = o.arg!;
          break;
        case "monotonic":
        case "boottime":
          if (!(flags & CLONE_NEWTIME)) return errx(p, 1, "options --monotonic and --boottime require unsharing of a time namespace (-t)");
          break;
      }
    }

    // The ranges are written by shadow's newuidmap/newgidmap helpers, not installed here (as on
    // a Debian box without the uidmap package: util-linux's exec of the helper fails).
    if (idHelper) return err(p, 127, `failed to execute ${idHelper}`, new Errno(ENOENT));
    try {
      sys.unshare(flags);
    } catch (e) {
      return err(p, 1, "unshare failed", e);
    }
    // bind_ns_files(): mount --bind /proc/PID/ns/TYPE on each file asked for; the mount keeps
    // the namespace alive and the file opens as a handle for nsenter and setns.
    for (const ns of persist) {
      const src = `/proc/${sys.getpid()}/ns/${ns.type}`;
      try {
        sys.mount(src, ns.file, "", MS_BIND, "");
      } catch (e) {
        return err(p, 1, `mount ${src} on ${ns.file} failed`, e);
      }
    }

    if (forkit) {
      // The parent blocks SIGINT and SIGTERM while it waits; the child gets the old mask back.
      const oldMask = sys.sigprocmask(SIG_BLOCK, (1n << BigInt(SIGINT - 1)) | (1n << BigInt(SIGTERM - 1)));
      let childPid: number;
      try {
        childPid = sys.fork(async (c) => {
          c.sigprocmask(SIG_SETMASK, oldMask);
          return afterFork({ ...p, sys: c });
        });
      } catch (e) {
        return err(p, 1, "fork failed", e);
      }
      await p.out.flush();
      const w = await sys.wait4(childPid, 0).catch((e: unknown) => err(p, 1, "waitpid failed", e));
      if (WIFEXITED(w.status)) return WEXITSTATUS(w.status);
      if (WIFSIGNALED(w.status)) {
        // The signal that ended the child ends the parent too.
        const sig = WTERMSIG(w.status);
        sys.sigaction(sig, { handler: "default" });
        sys.sigprocmask(SIG_UNBLOCK, 1n << BigInt(sig - 1));
        sys.kill(sys.getpid(), sig);
        await sys.sched_yield();
      }
      return errx(p, 1, "child exit failed");
    }
    return afterFork(p);

    /** Everything after the fork, in the process that will exec the program. */
    async function afterFork(q: Proc): Promise<number> {
      return runTool(async () => {
        const s = q.sys;
        if (killChild) s.prctl_set_pdeathsig(killChild); // as util-linux: the child dies with unshare
        if (mapuser !== -1 || mapgroup !== -1) {
          if (mapgroup !== -1) {
            if (setgroupsCmd === "allow") return errx(q, 1, "options --setgroups=allow and --map-group are mutually exclusive");
            await setgroupsControl(q, "deny");
            await mapId(q, "/proc/self/gid_map", mapgroup, realEgid);
          }
          if (mapuser !== -1) await mapId(q, "/proc/self/uid_map", mapuser, realEuid);
        }
        // As util-linux: written after the maps too, so with a gid map it fails (EPERM).
        if (setgroupsCmd) await setgroupsControl(q, setgroupsCmd);

        if (flags & CLONE_NEWNS && propagation) {
          try {
            s.mount("none", "/", "", propagation, "");
          } catch (e) {
            return err(q, 1, "cannot change root filesystem propagation", e);
          }
        }
        if (newroot !== null) {
          try {
            s.chroot(newroot);
          } catch (e) {
            return err(q, 1, `cannot change root directory to '${newroot}'`, e);
          }
          if (newdir === null) newdir = "/";
        }
        if (newdir !== null) {
          try {
            s.chdir(newdir);
          } catch (e) {
            return err(q, 1, `cannot chdir to '${newdir}'`, e);
          }
        }
        if (procmnt !== null) {
          if (newroot === null && propagation !== (MS_PRIVATE | MS_REC)) {
            try {
              s.mount("none", procmnt, "", MS_PRIVATE | MS_REC, "");
            } catch (e) {
              if (!(e instanceof Errno) || e.errno !== EINVAL) return err(q, 1, `cannot change ${procmnt} filesystem propagation`, e);
            }
          }
          try {
            s.mount("proc", procmnt, "proc", MS_NOSUID | MS_NOEXEC | MS_NODEV, "");
          } catch (e) {
            return err(q, 1, `mount ${procmnt} failed`, e);
          }
        }
        if (forceGid !== null) {
          try {
            s.setgroups([]);
          } catch (e) {
            return err(q, 1, "setgroups failed", e);
          }
          try {
            s.setgid(forceGid);
          } catch (e) {
            return err(q, 1, "setgid failed", e);
          }
        }
        if (forceUid !== null) {
          try {
            s.setuid(forceUid);
          } catch (e) {
            return err(q, 1, "setuid failed", e);
          }
        }
        await q.out.flush();
        const argv = parsed.operands;
        if (argv.length > 0) {
          try {
            return await execvp(s, argv[0]!, argv, q.envp);
          } catch (e) {
            return err(q, e instanceof Errno && e.errno === ENOENT ? 127 : 126, `failed to execute ${argv[0]}`, e);
          }
        }
        const shell = q.getenv("SHELL") || "/bin/sh";
        const base = shell.slice(shell.lastIndexOf("/") + 1);
        try {
          return await s.execve(shell, [base], q.envp);
        } catch (e) {
          return err(q, e instanceof Errno && e.errno === EACCES ? 126 : 127, `failed to execute ${shell}`, e);
        }
      });
    }
  }),
);

/** map_id(): write "inside outside 1" to a uid_map or gid_map. */
async function mapId(p: Proc, file: string, from: number, to: number): Promise<void> {
  try {
    await writeFile(p.sys, file, `${from} ${to} 1`);
  } catch (e) {
    await err(p, 1, `write failed ${file}`, e);
  }
}

/** setgroups_control(): write allow/deny to /proc/self/setgroups (absent on old kernels: ignored). */
async function setgroupsControl(p: Proc, cmd: "allow" | "deny"): Promise<void> {
  const file = "/proc/self/setgroups";
  let fd: number;
  try {
    fd = await p.sys.open(file, 1 /* O_WRONLY */);
  } catch (e) {
    if (e instanceof Errno && e.errno === ENOENT) return;
    return err(p, 1, `cannot open ${file}`, e);
  }
  try {
    await p.sys.write(fd, cmd);
  } catch (e) {
    await err(p, 1, `write failed ${file}`, e);
  } finally {
    p.sys.close(fd);
  }
}


/** get_map_range(): OUTER,INNER,COUNT as string_to_idarray parses it (its -1 reads "too many"). */
function mapRangeError(s: string): string | null {
  const parts = s.split(",");
  for (let i = 0; i < parts.length; i++) {
    const e = parts[i]!;
    if (i >= 3 || e === "" || /^-\d+$/.test(e) || (/^\d+$/.test(e) && Number(e) > 4294967294)) return `too many elements for mapping '${s}'`;
    if (!/^\d+$/.test(e)) return `could not parse ID: '${e}'`;
  }
  return parts.length < 3 ? `mapping '${s}' contains only ${parts.length} elements` : null;
}

/** --map-auto: the caller's first range in /etc/subuid (by name or uid), as read_subid_range. */
async function subidError(p: Proc): Promise<null> {
  const file = "/etc/subuid";
  let text: string;
  try {
    text = await readFile(p.sys, file);
  } catch (e) {
    return err(p, 1, `cannot open ${file}`, e);
  }
  const uid = p.sys.getuid();
  const name = (await new UserDb(p.sys).load()).byUid(uid)?.name ?? String(uid);
  const hit = text.split("\n").some((l) => l.startsWith(`${name}:`) || l.startsWith(`${uid}:`));
  // util-linux prints errno with this message, which is 0 after a clean read: ": Success".
  return hit ? null : errx(p, 1, `no line matching user "${name}" in ${file}: Success`);
}
