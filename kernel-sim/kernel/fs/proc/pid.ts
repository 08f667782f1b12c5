// /proc/PID: one directory per process visible in the procfs instance's pid namespace.
// Analogous to fs/proc/base.c's tgid_base_stuff (the entries we have, in its order).

import type { Task } from "../../task/task.ts";
import type { PidNamespace } from "../../task/pid.ts";
import type { PDir, PNode } from "../pseudo/node.ts";
import { textFile, symlinkNode } from "../pseudo/node.ts";
import { showCmdline, showEnviron, showStat, showStatus } from "./array.ts";
import { showMountinfo, showMounts } from "./mounts.ts";
import { fdDir, fdinfoDir, mayAccess } from "./fd.ts";
import { dPath } from "../../vfs/d_path.ts";
import { procCgroupLine } from "../../cgroup/root.ts";
import { lookupPath, LOOKUP_FOLLOW } from "../../vfs/namei.ts";
import { nsDir, uidMapFile, gidMapFile, setgroupsFile } from "../../ns/proc_ns.ts";
import { netDir } from "./net.ts";
import { roFile } from "./ro_file.ts";
import { showStatm } from "./mm.ts";
import { showLimits, showMaps, showWchan, oomScoreAdjOf, setOomScoreAdj } from "./task_files.ts";
import { EACCES, EINVAL, ENOENT, Errno } from "../../../uapi/errno.ts";

const IO_ZERO = "rchar: 0\nwchar: 0\nsyscr: 0\nsyscw: 0\nread_bytes: 0\nwrite_bytes: 0\ncancelled_write_bytes: 0\n";

const dec = new TextDecoder();

function guarded<T>(reader: Task, t: Task, fn: () => T): T {
  if (!mayAccess(reader, t)) throw new Errno(EACCES);
  return fn();
}

/** The entries of /proc/PID, by name. */
function entries(t: Task, ns: PidNamespace, key: string): Record<string, () => PNode | null> {
  const zombie = (): boolean => t.state === "Z" || t.state === "X";
  const own = <N extends PNode>(n: N): N => ({ ...n, uid: t.cred.euid, gid: t.cred.egid });
  return {
    fd: () => fdDir(t, `${key}/fd`),
    fdinfo: () => fdinfoDir(t, `${key}/fdinfo`),
    environ: () => own(roFile(`${key}/environ`, () => showEnviron(t), 0o400)),
    status: () => own(roFile(`${key}/status`, (r) => showStatus(t, ns, r.cred.userNs))),
    cmdline: () => own(roFile(`${key}/cmdline`, () => showCmdline(t))),
    comm: () =>
      // comm_write(): the bytes as written (a trailing newline included), only by the task itself.
      own(textFile(`${key}/comm`, () => `${t.comm}\n`, 0o644, (w, data) => {
        if (w !== t) throw new Errno(EINVAL);
        t.setComm(dec.decode(data));
      })),
    stat: () => own(roFile(`${key}/stat`, () => showStat(t, ns))),
    statm: () => own(roFile(`${key}/statm`, () => showStatm(t))),
    cwd: () =>
      own(symlinkNode(`${key}/cwd`, (r) => guarded(r, t, () => (zombie() ? "" : dPath(t.fs.cwd, r.fs.root))), (r) => guarded(r, t, () => t.fs.cwd))),
    root: () =>
      own(symlinkNode(`${key}/root`, (r) => guarded(r, t, () => dPath(t.fs.root, r.fs.root)), (r) => guarded(r, t, () => t.fs.root))),
    exe: () =>
      own(
        symlinkNode(
          `${key}/exe`,
          (r) => guarded(r, t, () => {
            if (!t.exe || zombie()) throw new Errno(ENOENT);
            return t.exe;
          }),
          (r) => guarded(r, t, () => {
            if (!t.exe || zombie()) throw new Errno(ENOENT);
            return lookupPath(t, -100, t.exe, LOOKUP_FOLLOW);
          }),
        ),
      ),
    mounts: () => own(roFile(`${key}/mounts`, () => showMounts(t))),
    mountinfo: () => own(roFile(`${key}/mountinfo`, () => showMountinfo(t))),
    cgroup: () => own(roFile(`${key}/cgroup`, (r) => procCgroupLine(t, r))),
    ns: () => nsDir(t, `${key}/ns`),
    uid_map: () => uidMapFile(t, key),
    gid_map: () => gidMapFile(t, key),
    setgroups: () => setgroupsFile(t, key),
    limits: () => own(roFile(`${key}/limits`, () => showLimits(t))),
    oom_score_adj: () =>
      own(textFile(`${key}/oom_score_adj`, () => `${oomScoreAdjOf(t)}\n`, 0o644, (w, data) => setOomScoreAdj(w, t, dec.decode(data)))),
    oom_score: () => own(roFile(`${key}/oom_score`, () => "666\n")),
    wchan: () => own(roFile(`${key}/wchan`, () => showWchan(t))),
    // proc_pid_personality(): PER_LINUX for every task (no personality(2) here).
    personality: () => own(roFile(`${key}/personality`, (r) => guarded(r, t, () => "00000000\n"))),
    // proc_pid_io_accounting(): this kernel counts no I/O bytes yet, so every counter is 0.
    io: () => own(roFile(`${key}/io`, (r) => guarded(r, t, () => IO_ZERO))),
    maps: () => own(roFile(`${key}/maps`, (r) => guarded(r, t, () => showMaps(t)))),
    net: () => netDir(`${key}/net`, t),
  };
}

/**
 * The /proc/PID directory of t, as seen from ns; with `thread`, its /proc/PID/task/TID twin
 * (every task is single-threaded here, so TID = PID and the entries are the same).
 */
export function pidDir(t: Task, ns: PidNamespace, bootRealtimeNs: bigint, thread = false): PDir {
  const base = `p${t.pid.numbers[0]}`;
  const key = thread ? `${base}/task/${t.pid.numbers[0]}` : base;
  const e = entries(t, ns, key);
  const own = <N extends PNode>(n: N): N => ({ ...n, uid: t.cred.euid, gid: t.cred.egid });
  if (!thread) {
    const tid = (): string => String(t.pid.nr(ns));
    e["task"] = () => ({
      kind: "dir",
      key: `${base}/task`,
      mode: 0o555,
      uid: t.cred.euid,
      gid: t.cred.egid,
      list: () => [tid()],
      get: (name: string) => (name === tid() ? pidDir(t, ns, bootRealtimeNs, true) : null),
    });
  } else {
    // CONFIG_PROC_CHILDREN's get_children_pid(): "%d " per child visible in ns, no newline.
    e["children"] = () =>
      own(roFile(`${key}/children`, () => {
        let out = "";
        for (const c of t.children) {
          const n = c.pid.nr(ns);
          if (n > 0) out += `${n} `;
        }
        return out;
      }));
  }
  return {
    kind: "dir",
    key,
    mode: 0o555,
    uid: t.cred.euid,
    gid: t.cred.egid,
    timeNs: bootRealtimeNs + BigInt(Math.floor(t.startTime)),
    list: () => Object.keys(e),
    get: (name) => (Object.hasOwn(e, name) ? e[name]!() : null),
  };
}
