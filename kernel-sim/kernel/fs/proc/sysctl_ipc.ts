// /proc/sys/kernel's System V IPC limits: msgmax msgmnb msgmni sem shmall shmmax shmmni
// shm_rmid_forced, and {msg,sem,shm}_next_id (stored; the id allocator does not read them yet). Analogous to ipc/ipc_sysctl.c of Linux 6.1: each file reads and writes the
// values of the opener's IPC namespace, and is owned by root of the user namespace owning that
// IPC namespace (ipc_set_ownership), so root of `unshare -r -i` may change its own limits.
// Writes parse as proc_dointvec_minmax / proc_doulongvec_minmax do (kernel/sysctl.c).

import type { Task } from "../../task/task.ts";
import type { PNode } from "../pseudo/node.ts";
import type { IpcNamespace } from "../../ns/ipc.ts";
import { textFile } from "../pseudo/node.ts";
import { makeKgid, makeKuid } from "../../ns/user.ts";
import { ipcNs } from "../../ipc/util.ts";
import { EINVAL, ERANGE, Errno } from "../../../uapi/errno.ts";

/** IPCMNI: the most ids of one kind (without ipcmni_extend), the cap on msgmni, shmmni, semmni. */
const IPCMNI = 32768;
const INT_MAX = 2147483647;
const ULONG_MAX = (1n << 64n) - 1n;

const dec = new TextDecoder();
const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\n";

/**
 * proc_get_long() in a loop, as __do_proc_dointvec() runs it for a write: up to max numbers
 * (base 0: 0x hex, leading-0 octal) separated by blanks, each handed to put(index, value) as it
 * is read (so an error after the first keeps the first, as in Linux). No number at all, a
 * number followed by anything but a blank, or one that does not fit is EINVAL. Text past the
 * max-th number is ignored.
 */
function parseVec(data: Uint8Array, max: number, put: (i: number, neg: boolean, v: bigint) => void): void {
  const s = dec.decode(data);
  let i = 0;
  let n = 0;
  while (n < max) {
    while (i < s.length && isSpace(s[i]!)) i++;
    if (i >= s.length) break;
    const neg = s[i] === "-";
    if (neg) i++;
    const m = /^(?:0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s.slice(i, i + 22));
    if (!m) throw new Errno(EINVAL);
    i += m[0].length;
    if (i < s.length && !isSpace(s[i]!)) throw new Errno(EINVAL);
    const t = m[0];
    const v = t.length > 1 && t[0] === "0" && t[1] !== "x" && t[1] !== "X" ? BigInt("0o" + t.slice(1)) : BigInt(t);
    if (v > ULONG_MAX) throw new Errno(EINVAL);
    put(n++, neg, v);
  }
  if (n === 0) throw new Errno(EINVAL);
}

/** proc_int_conv(): the value as an int, EINVAL past INT_MAX (or below INT_MIN). */
function toInt(neg: boolean, v: bigint): number {
  if (v > (neg ? BigInt(INT_MAX) + 1n : BigInt(INT_MAX))) throw new Errno(EINVAL);
  return Number(neg ? -v : v);
}

/** The file's owner: root of the IPC namespace's user namespace, else global root. */
function nsRoot(ns: IpcNamespace): { uid: number; gid: number } {
  const uid = makeKuid(ns.owner, 0);
  const gid = makeKgid(ns.owner, 0);
  return { uid: uid < 0 ? 0 : uid, gid: gid < 0 ? 0 : gid };
}

/** One file: its text, its write, and its mode (0644 unless said). */
type Ctl = { get(ns: IpcNamespace): string; set(ns: IpcNamespace, data: Uint8Array): void; mode?: number };

/** proc_dointvec_minmax over one int of the namespace. */
function intCtl(get: (ns: IpcNamespace) => number, set: (ns: IpcNamespace, v: number) => void, min: number, max: number): Ctl {
  return {
    get: (ns) => `${get(ns)}\n`,
    set: (ns, data) =>
      parseVec(data, 1, (_i, neg, v) => {
        const x = toInt(neg, v);
        if (x < min || x > max) throw new Errno(EINVAL);
        set(ns, x);
      }),
  };
}

/** proc_doulongvec_minmax without bounds: any unsigned long, no sign. */
function ulongCtl(get: (ns: IpcNamespace) => bigint, set: (ns: IpcNamespace, v: bigint) => void): Ctl {
  return {
    get: (ns) => `${get(ns)}\n`,
    set: (ns, data) =>
      parseVec(data, 1, (_i, neg, v) => {
        if (neg) throw new Errno(EINVAL);
        set(ns, v);
      }),
  };
}

/**
 * proc_ipc_sem_dointvec(): four ints, any value, then sem_check_semmni(): a semmni outside
 * [0, IPCMNI] is put back and the write fails with ERANGE (the first three stay).
 */
const semCtl: Ctl = {
  get: (ns) => ns.semCtls.join("\t") + "\n",
  set: (ns, data) => {
    const semmni = ns.semCtls[3]!;
    try {
      parseVec(data, 4, (i, neg, v) => (ns.semCtls[i] = toInt(neg, v)));
    } catch (e) {
      ns.semCtls[3] = semmni;
      throw e;
    }
    const v = ns.semCtls[3]!;
    if (v < 0 || v > IPCMNI) {
      ns.semCtls[3] = semmni;
      throw new Errno(ERANGE);
    }
  },
};

/**
 * {msg,sem,shm}_next_id: -1 to INT_MAX, mode 0444 in stat (ipc_permissions() lets a
 * checkpoint/restore-capable writer in; here root passes by CAP_DAC_OVERRIDE).
 */
function nextIdCtl(get: (ns: IpcNamespace) => number, set: (ns: IpcNamespace, v: number) => void): Ctl {
  return { ...intCtl(get, set, -1, INT_MAX), mode: 0o444 };
}

/** ipc_sysctls[], in the order /proc/sys/kernel lists them. */
const CTLS: Record<string, Ctl> = {
  msgmax: intCtl((ns) => ns.msgmax, (ns, v) => (ns.msgmax = v), 0, INT_MAX),
  msgmnb: intCtl((ns) => ns.msgmnb, (ns, v) => (ns.msgmnb = v), 0, INT_MAX),
  msgmni: intCtl((ns) => ns.msgmni, (ns, v) => (ns.msgmni = v), 0, IPCMNI),
  msg_next_id: nextIdCtl((ns) => ns.msgNextId, (ns, v) => (ns.msgNextId = v)),
  sem: semCtl,
  sem_next_id: nextIdCtl((ns) => ns.semNextId, (ns, v) => (ns.semNextId = v)),
  shm_next_id: nextIdCtl((ns) => ns.shmNextId, (ns, v) => (ns.shmNextId = v)),
  shm_rmid_forced: intCtl((ns) => ns.shmRmidForced, (ns, v) => (ns.shmRmidForced = v), 0, 1),
  shmall: ulongCtl((ns) => ns.shmCtlall, (ns, v) => (ns.shmCtlall = v)),
  shmmax: ulongCtl((ns) => ns.shmCtlmax, (ns, v) => (ns.shmCtlmax = v)),
  shmmni: intCtl((ns) => ns.shmCtlmni, (ns, v) => (ns.shmCtlmni = v), 0, IPCMNI),
};

/** The /proc/sys/kernel entries for the IPC limits, to spread into that directory. */
export function ipcSysctls(): Record<string, (t: Task) => PNode> {
  const out: Record<string, (t: Task) => PNode> = {};
  for (const [name, ctl] of Object.entries(CTLS)) {
    out[name] = (reader) => ({
      ...textFile(`sys/kernel/${name}`, (t) => ctl.get(ipcNs(t)), ctl.mode ?? 0o644, (t, data) => ctl.set(ipcNs(t), data)),
      ...nsRoot(ipcNs(reader)),
    });
  }
  return out;
}
