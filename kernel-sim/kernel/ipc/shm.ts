// System V shared memory. Analogous to Linux's ipc/shm.c. A segment is a byte buffer; shmat()
// hands the caller that very buffer, so every attached process sees the others' writes (the
// simulation's memory is one JavaScript heap). IPC_RMID on an attached segment only marks it
// (SHM_DEST, "dest" in ipcs); it goes away at the last detach.

import type { Task } from "../task/task.ts";
import { EACCES, EINVAL, ENOMEM, Errno } from "../../uapi/errno.ts";
import { IPC_RMID, IPC_SET, IPC_STAT, SHM_DEST, SHM_RDONLY, type ShmidDs } from "../../userland/lib/sys_ipc.ts";
import { checkOwner, ipcget, ipcNs, ipcperms, newPerm, nowSec, setPerm, type KernIpcPerm } from "./util.ts";
import type { IpcNamespace } from "../ns/ipc.ts";

/** SHMMIN, SHMMNI and the largest segment this simulation allocates (it really allocates). */
export const SHMMIN = 1;
export const SHMMNI = 4096;
export const SHM_ALLOC_MAX = 64 * 1024 * 1024;
/** Linux's defaults of shmmax and shmall (ULONG_MAX - 2^24, in bytes and pages). */
export const SHMMAX = 18446744073692774399n;
export const SHMALL = 18446744073692774399n;

export class ShmSegment {
  readonly mem: Uint8Array;
  atime = 0;
  dtime = 0;
  ctime: number;
  lpid = 0;
  nattch = 0;

  constructor(
    readonly perm: KernIpcPerm,
    size: number,
    readonly cpid: number,
    now: number,
  ) {
    this.mem = new Uint8Array(size);
    this.ctime = now;
  }

  ds(t: Task): ShmidDs {
    return { perm: this.perm.view(t), segsz: this.mem.length, atime: this.atime, dtime: this.dtime, ctime: this.ctime, cpid: this.cpid, lpid: this.lpid, nattch: this.nattch };
  }
}

/** A task's attachments: addr -> segment (its share of the vm areas). */
interface Attach {
  seg: ShmSegment;
  ns: IpcNamespace;
}
const attachments = new WeakMap<Task, Map<number, Attach>>();
let nextAddr = 0x7f0000000000;

export function shmget(t: Task, key: number, size: number, flg: number): number {
  const ns = ipcNs(t);
  return ipcget(
    t,
    ns,
    ns.shm,
    key,
    flg,
    () => {
      if (!(size >= SHMMIN)) throw new Errno(EINVAL);
      if (size > SHM_ALLOC_MAX) throw new Errno(ENOMEM);
      return new ShmSegment(newPerm(t, key, flg), size, t.tgid, nowSec(t));
    },
    (s) => {
      if (size > s.mem.length) throw new Errno(EINVAL);
    },
  );
}

export function shmat(t: Task, id: number, flg: number): { addr: number; mem: Uint8Array } {
  const ns = ipcNs(t);
  const s = ns.shm.get(id);
  if (!ipcperms(t, ns, s.perm, flg & SHM_RDONLY ? 0o4 : 0o6)) throw new Errno(EACCES);
  const addr = nextAddr;
  nextAddr += Math.ceil(s.mem.length / 4096) * 4096 + 4096;
  let m = attachments.get(t);
  if (!m) attachments.set(t, (m = new Map()));
  // exit_shm() runs from the exit path once anything was ever attached on this machine.
  if (!t.kernel.subsys.has("ipc-shm")) t.kernel.subsys.set("ipc-shm", { onTaskExit: exitShm });
  m.set(addr, { seg: s, ns });
  s.nattch++;
  s.atime = nowSec(t);
  s.lpid = t.tgid;
  return { addr, mem: s.mem };
}

function detach(t: Task, a: Attach): void {
  const s = a.seg;
  s.nattch--;
  s.dtime = nowSec(t);
  s.lpid = t.tgid;
  if (s.nattch === 0 && s.perm.mode & SHM_DEST) a.ns.shm.remove(s);
}

export function shmdt(t: Task, addr: number): void {
  const m = attachments.get(t);
  const a = m?.get(addr);
  if (!m || !a) throw new Errno(EINVAL);
  m.delete(addr);
  detach(t, a);
}

/** exit_shm(): an exiting task detaches everything. */
export function exitShm(t: Task): void {
  const m = attachments.get(t);
  if (!m) return;
  attachments.delete(t);
  for (const a of m.values()) detach(t, a);
}

export function shmctl(t: Task, id: number, cmd: number, buf?: { uid?: number; gid?: number; mode?: number }): ShmidDs | null {
  const ns = ipcNs(t);
  const s = ns.shm.get(id);
  switch (cmd) {
    case IPC_STAT:
      if (!ipcperms(t, ns, s.perm, 0o4)) throw new Errno(EACCES);
      return s.ds(t);
    case IPC_SET:
      checkOwner(t, ns, s.perm);
      setPerm(t, s.perm, buf);
      s.ctime = nowSec(t);
      return null;
    case IPC_RMID:
      checkOwner(t, ns, s.perm);
      if (s.nattch === 0) ns.shm.remove(s);
      else {
        // The key is freed at once (a new shmget with it makes a new segment), as IPC_PRIVATE.
        s.perm.mode |= SHM_DEST;
        s.perm.key = 0;
      }
      return null;
    default:
      throw new Errno(EINVAL);
  }
}
