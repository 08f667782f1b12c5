// What ipcs and ipcrm list: the System V IPC objects of the caller's namespace, read from
// /proc/sysvipc/{msg,sem,shm} as util-linux's ipcutils.c does (ipc_msg_get_info() and friends);
// the few things those files lack come from the *ctl calls (a queue's qbytes, semaphore values).
// The limits come from /proc/sys/kernel (ipc_msg_get_limits() and friends).

import type { Sys } from "../lib/sys.ts";
import type { IpcList, IpcPerm, MsqidDs } from "../lib/sys_ipc.ts";
import { GETNCNT, GETPID, GETVAL, GETZCNT, IPC_STAT } from "../lib/sys_ipc.ts";
import { readFile } from "./common.ts";

/** The number columns of each line after the header (an unreadable file lists nothing). */
async function rows(sys: Sys, kind: "msg" | "sem" | "shm"): Promise<number[][]> {
  let text: string;
  try {
    text = await readFile(sys, `/proc/sysvipc/${kind}`);
  } catch {
    return [];
  }
  return text
    .split("\n")
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => l.trim().split(/\s+/).map((f, i) => (i === 2 ? parseInt(f, 8) : Number(f))));
}

const perm = (key: number, mode: number, uid: number, gid: number, cuid: number, cgid: number): IpcPerm => ({ key, uid, gid, cuid, cgid, mode, seq: 0 });

/** Call f, or give fallback when the caller may not (EACCES on an object /proc still shows). */
function orElse<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

export async function readIpcList(sys: Sys): Promise<IpcList> {
  const msg = (await rows(sys, "msg")).map(([key, id, mode, cbytes, qnum, lspid, lrpid, uid, gid, cuid, cgid, stime, rtime, ctime]) => {
    const qbytes = orElse(() => (sys.msgctl(id!, IPC_STAT) as MsqidDs).qbytes, 16384);
    return { id: id!, ds: { perm: perm(key!, mode!, uid!, gid!, cuid!, cgid!), stime: stime!, rtime: rtime!, ctime: ctime!, cbytes: cbytes!, qnum: qnum!, qbytes, lspid: lspid!, lrpid: lrpid! } };
  });
  const sem = (await rows(sys, "sem")).map(([key, id, mode, nsems, uid, gid, cuid, cgid, otime, ctime]) => {
    const values = [];
    for (let num = 0; num < nsems!; num++) {
      const get = (cmd: number): number => orElse(() => sys.semctl(id!, num, cmd) as number, 0);
      values.push({ num, val: get(GETVAL), ncnt: get(GETNCNT), zcnt: get(GETZCNT), pid: get(GETPID) });
    }
    return { id: id!, ds: { perm: perm(key!, mode!, uid!, gid!, cuid!, cgid!), otime: otime!, ctime: ctime!, nsems: nsems! }, values };
  });
  const shm = (await rows(sys, "shm")).map(([key, id, mode, segsz, cpid, lpid, nattch, uid, gid, cuid, cgid, atime, dtime, ctime]) => ({
    id: id!,
    ds: { perm: perm(key!, mode!, uid!, gid!, cuid!, cgid!), segsz: segsz!, atime: atime!, dtime: dtime!, ctime: ctime!, cpid: cpid!, lpid: lpid!, nattch: nattch! },
  }));
  return { msg, sem, shm };
}

/** struct ipc_limits of ipcutils.h: what ipcs -l prints. */
export interface IpcLimits {
  msgmni: bigint;
  msgmax: bigint;
  msgmnb: bigint;
  semmsl: bigint;
  semmns: bigint;
  semopm: bigint;
  semmni: bigint;
  /** SEMVMX: a compile-time constant, not in /proc. */
  semvmx: bigint;
  shmmni: bigint;
  /** bytes */
  shmmax: bigint;
  /** pages */
  shmall: bigint;
  /** SHMMIN: a compile-time constant. */
  shmmin: bigint;
}

/**
 * Linux's boot values, used where /proc/sys/kernel cannot be read (util-linux asks
 * msgctl/semctl/shmctl(IPC_INFO) then; this Sys has no IPC_INFO).
 */
export const IPC_DEFAULT_LIMITS: IpcLimits = {
  msgmni: 32000n, msgmax: 8192n, msgmnb: 16384n,
  semmsl: 32000n, semmns: 1024000000n, semopm: 500n, semmni: 32000n, semvmx: 32767n,
  shmmni: 4096n, shmmax: 18446744073692774399n, shmall: 18446744073692774399n, shmmin: 1n,
};

/** The numbers of /proc/sys/kernel/NAME, or null when it cannot be read. */
async function sysctl(sys: Sys, name: string): Promise<bigint[] | null> {
  try {
    const words = (await readFile(sys, `/proc/sys/kernel/${name}`)).trim().split(/\s+/);
    return words.every((w) => /^-?\d+$/.test(w)) ? words.map(BigInt) : null;
  } catch {
    return null;
  }
}

/** ipc_msg_get_limits(), ipc_sem_get_limits(), ipc_shm_get_limits(): each kind all from /proc or not at all. */
export async function readIpcLimits(sys: Sys): Promise<IpcLimits> {
  const l = { ...IPC_DEFAULT_LIMITS };
  const [msgmni, msgmnb, msgmax] = [await sysctl(sys, "msgmni"), await sysctl(sys, "msgmnb"), await sysctl(sys, "msgmax")];
  if (msgmni && msgmnb && msgmax) [l.msgmni, l.msgmnb, l.msgmax] = [msgmni[0]!, msgmnb[0]!, msgmax[0]!];
  const sem = await sysctl(sys, "sem");
  if (sem && sem.length === 4) [l.semmsl, l.semmns, l.semopm, l.semmni] = sem as [bigint, bigint, bigint, bigint];
  const [shmall, shmmax, shmmni] = [await sysctl(sys, "shmall"), await sysctl(sys, "shmmax"), await sysctl(sys, "shmmni")];
  if (shmall && shmmax && shmmni) [l.shmall, l.shmmax, l.shmmni] = [shmall[0]!, shmmax[0]!, shmmni[0]!];
  return l;
}
