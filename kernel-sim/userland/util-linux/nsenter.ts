// nsenter(1) from util-linux 2.38.1: run a program in the namespaces of another process. As
// sys-utils/nsenter.c: open every /proc/PID/ns/X first, then setns(2) them - the user
// namespace first when entering one (so the others are permitted), except when it is the
// caller's own - then root and cwd, a fork when entering a pid namespace, set*id, exec.

import { program, type Proc } from "../lib/main.ts";
import { execvp } from "../lib/exec.ts";
import type { LongOpt } from "../lib/getopt.ts";
import { err, errx, parseArgs, runTool, versionText } from "./common.ts";
import { ENOENT, Errno } from "../../uapi/errno.ts";
import { O_RDONLY } from "../../uapi/fcntl.ts";
import { CLONE_NEWCGROUP, CLONE_NEWIPC, CLONE_NEWNET, CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWTIME, CLONE_NEWUSER, CLONE_NEWUTS } from "../../uapi/sched.ts";
import { WEXITSTATUS, WIFEXITED, WIFSIGNALED, WTERMSIG } from "../../uapi/wait.ts";

const HELP = `
Usage:
 nsenter [options] [<program> [<argument>...]]

Run a program with namespaces of other processes.

Options:
 -a, --all              enter all namespaces
 -t, --target <pid>     target process to get namespaces from
 -m, --mount[=<file>]   enter mount namespace
 -u, --uts[=<file>]     enter UTS namespace (hostname etc)
 -i, --ipc[=<file>]     enter System V IPC namespace
 -n, --net[=<file>]     enter network namespace
 -p, --pid[=<file>]     enter pid namespace
 -C, --cgroup[=<file>]  enter cgroup namespace
 -U, --user[=<file>]    enter user namespace
 -T, --time[=<file>]    enter time namespace
 -S, --setuid <uid>     set uid in entered namespace
 -G, --setgid <gid>     set gid in entered namespace
     --preserve-credentials do not touch uids or gids
 -r, --root[=<dir>]     set the root directory
 -w, --wd[=<dir>]       set the working directory
 -W. --wdns <dir>       set the working directory in namespace
 -F, --no-fork          do not fork before exec'ing <program>
 -Z, --follow-context   set SELinux context according to --target PID

 -h, --help             display this help
 -V, --version          display version

For more details see nsenter(1).
`;

const LONGOPTS: LongOpt[] = [
  { name: "all", has: 0, key: "a" },
  { name: "help", has: 0, key: "h" },
  { name: "version", has: 0, key: "V" },
  { name: "target", has: 1, key: "t" },
  { name: "mount", has: 2, key: "m" },
  { name: "uts", has: 2, key: "u" },
  { name: "ipc", has: 2, key: "i" },
  { name: "net", has: 2, key: "n" },
  { name: "pid", has: 2, key: "p" },
  { name: "user", has: 2, key: "U" },
  { name: "cgroup", has: 2, key: "C" },
  { name: "time", has: 2, key: "T" },
  { name: "setuid", has: 1, key: "S" },
  { name: "setgid", has: 1, key: "G" },
  { name: "root", has: 2, key: "r" },
  { name: "wd", has: 2, key: "w" },
  { name: "wdns", has: 1, key: "W" },
  { name: "no-fork", has: 0, key: "F" },
  { name: "preserve-credentials", has: 0 },
  { name: "follow-context", has: 0, key: "Z" },
];

/** namespace_files[] of nsenter.c, in its order (user first). */
const NS_FILES: { key: string; name: string; flag: number }[] = [
  { key: "U", name: "ns/user", flag: CLONE_NEWUSER },
  { key: "C", name: "ns/cgroup", flag: CLONE_NEWCGROUP },
  { key: "i", name: "ns/ipc", flag: CLONE_NEWIPC },
  { key: "u", name: "ns/uts", flag: CLONE_NEWUTS },
  { key: "n", name: "ns/net", flag: CLONE_NEWNET },
  { key: "p", name: "ns/pid", flag: CLONE_NEWPID },
  { key: "m", name: "ns/mnt", flag: CLONE_NEWNS },
  { key: "T", name: "ns/time", flag: CLONE_NEWTIME },
];

export default program((p) =>
  runTool(async () => {
    const sys = p.sys;
    const parsed = await parseArgs(p, "+ahVt:m::u::i::n::p::C::U::T::S:G:r::w::W:FZ", LONGOPTS);
    let target = 0;
    let all = false;
    let doFork = true;
    let uid: number | null = null;
    let gid: number | null = null;
    let preserve = false;
    const wanted = new Map<string, string | null>();
    let root: string | null | undefined;
    let wd: string | null | undefined;
    for (const o of parsed.opts) {
      switch (o.key) {
        case "h":
          await p.out.write(HELP);
          return 0;
        case "V":
          await p.out.write(versionText("nsenter"));
          return 0;
        case "a":
          all = true;
          break;
        case "t":
          if (!/^\d+$/.test(o.arg!)) return errx(p, 1, `failed to parse pid: '${o.arg}'`);
          target = Number(o.arg);
          break;
        case "S":
          if (!/^\d+$/.test(o.arg!)) return errx(p, 1, `failed to parse uid: '${o.arg}'`);
          uid = Number(o.arg);
          break;
        case "G":
          if (!/^\d+$/.test(o.arg!)) return errx(p, 1, `failed to parse gid: '${o.arg}'`);
          gid = Number(o.arg);
          break;
        case "F":
          doFork = false;
          break;
        case "preserve-credentials":
          preserve = true;
          break;
        case "r":
          root = o.arg ?? null;
          break;
        case "w":
          wd = o.arg ?? null;
          break;
        case "W":
        case "Z":
          break;
        default:
          if (NS_FILES.some((n) => n.key === o.key)) wanted.set(o.key, o.arg ?? null);
      }
    }
    const self = sys.getpid();
    if (all) {
      if (!target) return errx(p, 1, "no target PID specified for --all");
      for (const n of NS_FILES) {
        if (wanted.has(n.key)) continue;
        // --all skips namespaces the caller already shares with the target.
        try {
          if (sys.readlink(`/proc/${target}/${n.name}`) === sys.readlink(`/proc/${self}/${n.name}`)) continue;
        } catch {
          continue;
        }
        wanted.set(n.key, null);
      }
    }
    // open_target_fd(): every file first, so a later setns cannot hide the target's /proc.
    const fds: { n: (typeof NS_FILES)[number]; fd: number }[] = [];
    for (const n of NS_FILES) {
      if (!wanted.has(n.key)) continue;
      const file = wanted.get(n.key) ?? (target ? `/proc/${target}/${n.name}` : null);
      if (!file) return errx(p, 1, `neither filename nor target pid supplied for ${n.name}`);
      try {
        fds.push({ n, fd: await sys.open(file, O_RDONLY) });
      } catch (e) {
        return err(p, 1, `cannot open ${file}`, e);
      }
    }
    const openDir = async (opt: string | null | undefined, what: string): Promise<string | null> => {
      if (opt === undefined) return null;
      const path = opt ?? (target ? `/proc/${target}/${what}` : null);
      if (!path) return errx(p, 1, `neither filename nor target pid supplied for ${what}`);
      return path;
    };
    const rootPath = await openDir(root, "root");
    const wdPath = await openDir(wd, "cwd");
    // The user namespace first, unless it is our own (then setns would fail with EINVAL).
    for (const { n, fd } of fds) {
      try {
        sys.setns(fd, n.flag);
      } catch (e) {
        return err(p, 1, `reassociate to namespace '${n.name}' failed`, e);
      }
      sys.close(fd);
    }
    if (rootPath !== null) {
      try {
        sys.chroot(rootPath);
      } catch (e) {
        return err(p, 1, `chroot failed`, e);
      }
    }
    if (wdPath !== null || rootPath !== null) {
      try {
        sys.chdir(wdPath ?? "/");
      } catch (e) {
        return err(p, 1, `cannot change directory to ${wdPath ?? "/"}`, e);
      }
    }
    const enteredPid = fds.some((f) => f.n.key === "p");
    const enteredUser = fds.some((f) => f.n.key === "U");
    if (enteredPid && doFork) {
      await p.out.flush();
      const child = sys.fork(async (c) => finish({ ...p, sys: c }));
      const w = await sys.wait4(child, 0);
      if (WIFEXITED(w.status)) return WEXITSTATUS(w.status);
      if (WIFSIGNALED(w.status)) {
        sys.kill(sys.getpid(), WTERMSIG(w.status));
        await sys.sched_yield();
      }
      return 1;
    }
    return finish(p);

    async function finish(q: Proc): Promise<number> {
      return runTool(async () => {
        const s = q.sys;
        // Entering a user namespace makes us root there unless told otherwise.
        const setUid = uid ?? (enteredUser && !preserve ? 0 : null);
        const setGid = gid ?? (enteredUser && !preserve ? 0 : null);
        if (setGid !== null) {
          try {
            s.setgroups([]);
          } catch {
            // EPERM when setgroups is denied in the namespace: ignored, as nsenter does.
          }
          try {
            s.setgid(setGid);
          } catch (e) {
            return err(q, 1, "setgid failed", e);
          }
        }
        if (setUid !== null) {
          try {
            s.setuid(setUid);
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
        try {
          return await s.execve(shell, [shell.slice(shell.lastIndexOf("/") + 1)], q.envp);
        } catch (e) {
          return err(q, 127, `failed to execute ${shell}`, e);
        }
      });
    }
  }),
);
