// System V semaphore sets. Analogous to Linux's ipc/sem.c: semop() applies a whole array of
// operations atomically or sleeps until it can; values stay within 0..SEMVMX.

import type { Task } from "../task/task.ts";
import { WaitQueue } from "../sched/waitqueue.ts";
import { E2BIG, EACCES, EAGAIN, EFBIG, EIDRM, EINVAL, ERANGE, Errno } from "../../uapi/errno.ts";
import { GETALL, GETNCNT, GETPID, GETVAL, GETZCNT, IPC_NOWAIT, IPC_RMID, IPC_SET, IPC_STAT, SETALL, SETVAL, type Sembuf, type SemidDs } from "../../userland/lib/sys_ipc.ts";
import { checkOwner, ipcget, ipcNs, ipcperms, newPerm, nowSec, setPerm, type KernIpcPerm } from "./util.ts";

/** Defaults of /proc/sys/kernel/sem: SEMMSL SEMMNS SEMOPM SEMMNI, and SEMVMX. */
export const SEMMSL = 32000;
export const SEMMNS = 1024000000;
export const SEMOPM = 500;
export const SEMMNI = 32000;
export const SEMVMX = 32767;

interface Sem {
  val: number;
  /** pid of the last operation. */
  pid: number;
  ncnt: number;
  zcnt: number;
}

export class SemArray {
  readonly sems: Sem[];
  otime = 0;
  ctime: number;
  readonly wait = new WaitQueue();

  constructor(
    readonly perm: KernIpcPerm,
    nsems: number,
    now: number,
  ) {
    this.sems = Array.from({ length: nsems }, () => ({ val: 0, pid: 0, ncnt: 0, zcnt: 0 }));
    this.ctime = now;
  }

  ds(t: Task): SemidDs {
    return { perm: this.perm.view(t), otime: this.otime, ctime: this.ctime, nsems: this.sems.length };
  }
}

export function semget(t: Task, key: number, nsems: number, flg: number): number {
  if (nsems < 0 || nsems > SEMMSL) throw new Errno(EINVAL);
  const ns = ipcNs(t);
  return ipcget(
    t,
    ns,
    ns.sem,
    key,
    flg,
    () => {
      if (nsems === 0) throw new Errno(EINVAL);
      return new SemArray(newPerm(t, key, flg), nsems, nowSec(t));
    },
    (s) => {
      if (nsems > s.sems.length) throw new Errno(EINVAL);
    },
  );
}

/** perform_atomic_semop(): "ok" (applied), or the semaphore that would block and why. */
function tryOps(s: SemArray, sops: Sembuf[], pid: number, apply = true): "ok" | { num: number; zero: boolean } {
  const vals = s.sems.map((x) => x.val);
  for (const op of sops) {
    const v = vals[op.num]!;
    if (op.op === 0) {
      if (v !== 0) return { num: op.num, zero: true };
    } else {
      const nv = v + op.op;
      if (nv < 0) return { num: op.num, zero: false };
      if (nv > SEMVMX) throw new Errno(ERANGE);
      vals[op.num] = nv;
    }
  }
  if (!apply) return "ok";
  for (const op of sops) s.sems[op.num]!.pid = pid;
  for (let i = 0; i < vals.length; i++) s.sems[i]!.val = vals[i]!;
  return "ok";
}

export async function semop(t: Task, id: number, sops: Sembuf[]): Promise<void> {
  if (sops.length < 1) throw new Errno(EINVAL);
  if (sops.length > SEMOPM) throw new Errno(E2BIG);
  const ns = ipcNs(t);
  const s = ns.sem.get(id);
  let alter = false;
  for (const op of sops) {
    if (!Number.isInteger(op.num) || op.num < 0 || op.num >= s.sems.length) throw new Errno(EFBIG);
    if (op.op !== 0) alter = true;
  }
  if (!ipcperms(t, ns, s.perm, alter ? 0o2 : 0o4)) throw new Errno(EACCES);
  const nowait = sops.some((op) => op.flg & IPC_NOWAIT);
  for (;;) {
    if (s.perm.deleted) throw new Errno(EIDRM);
    const r = tryOps(s, sops, t.tgid);
    if (r === "ok") {
      s.otime = nowSec(t);
      s.wait.wakeUp();
      return;
    }
    if (nowait) throw new Errno(EAGAIN);
    const sem = s.sems[r.num]!;
    if (r.zero) sem.zcnt++;
    else sem.ncnt++;
    try {
      await t.waitEvent(s.wait, () => s.perm.deleted || tryOps(s, sops, 0, false) === "ok");
    } finally {
      if (r.zero) sem.zcnt--;
      else sem.ncnt--;
    }
  }
}

export function semctl(t: Task, id: number, semnum: number, cmd: number, arg?: number | number[] | { uid?: number; gid?: number; mode?: number }): SemidDs | number | number[] | null {
  const ns = ipcNs(t);
  const s = ns.sem.get(id);
  const one = (): Sem => {
    const x = s.sems[semnum];
    if (!x) throw new Errno(EINVAL);
    return x;
  };
  const mayRead = (): void => {
    if (!ipcperms(t, ns, s.perm, 0o4)) throw new Errno(EACCES);
  };
  const mayWrite = (): void => {
    if (!ipcperms(t, ns, s.perm, 0o2)) throw new Errno(EACCES);
  };
  switch (cmd) {
    case IPC_STAT:
      mayRead();
      return s.ds(t);
    case GETVAL:
      mayRead();
      return one().val;
    case GETPID:
      mayRead();
      return one().pid;
    case GETNCNT:
      mayRead();
      return one().ncnt;
    case GETZCNT:
      mayRead();
      return one().zcnt;
    case GETALL:
      mayRead();
      return s.sems.map((x) => x.val);
    case SETVAL: {
      const x = one();
      mayWrite();
      if (typeof arg !== "number" || arg < 0 || arg > SEMVMX) throw new Errno(ERANGE);
      x.val = arg;
      x.pid = t.tgid;
      s.ctime = nowSec(t);
      s.wait.wakeUp();
      return null;
    }
    case SETALL: {
      mayWrite();
      if (!Array.isArray(arg) || arg.length < s.sems.length) throw new Errno(EINVAL);
      if (arg.some((v) => v < 0 || v > SEMVMX)) throw new Errno(ERANGE);
      s.sems.forEach((x, i) => ((x.val = arg[i]!), (x.pid = t.tgid)));
      s.ctime = nowSec(t);
      s.wait.wakeUp();
      return null;
    }
    case IPC_SET:
      checkOwner(t, ns, s.perm);
      setPerm(t, s.perm, typeof arg === "object" && !Array.isArray(arg) ? arg : undefined);
      s.ctime = nowSec(t);
      return null;
    case IPC_RMID:
      checkOwner(t, ns, s.perm);
      ns.sem.remove(s);
      s.wait.wakeUp();
      return null;
    default:
      throw new Errno(EINVAL);
  }
}
