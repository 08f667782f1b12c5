// System V message queues. Analogous to Linux's ipc/msg.c: a queue of typed messages with a
// byte limit (msg_qbytes); senders sleep while it is full, receivers while nothing matches.

import type { Task } from "../task/task.ts";
import { WaitQueue } from "../sched/waitqueue.ts";
import { E2BIG, EACCES, EAGAIN, EIDRM, EINVAL, ENOMSG, Errno } from "../../uapi/errno.ts";
import { IPC_NOWAIT, IPC_RMID, IPC_SET, IPC_STAT, MSG_EXCEPT, MSG_NOERROR, type MsqidDs } from "../../userland/lib/sys_ipc.ts";
import { checkOwner, ipcget, ipcNs, ipcperms, newPerm, nowSec, setPerm, type KernIpcPerm } from "./util.ts";
import { CAP_SYS_RESOURCE } from "../cred/cred.ts";

/** Defaults of /proc/sys/kernel/msgmax, msgmnb, msgmni. */
export const MSGMAX = 8192;
export const MSGMNB = 16384;
export const MSGMNI = 32000;

interface Msg {
  mtype: number;
  data: Uint8Array;
}

export class MsgQueue {
  readonly messages: Msg[] = [];
  cbytes = 0;
  qbytes = MSGMNB;
  stime = 0;
  rtime = 0;
  ctime: number;
  lspid = 0;
  lrpid = 0;
  /** Woken on every send, receive and removal. */
  readonly wait = new WaitQueue();

  constructor(
    readonly perm: KernIpcPerm,
    now: number,
  ) {
    this.ctime = now;
  }

  ds(t: Task): MsqidDs {
    return { perm: this.perm.view(t), stime: this.stime, rtime: this.rtime, ctime: this.ctime, cbytes: this.cbytes, qnum: this.messages.length, qbytes: this.qbytes, lspid: this.lspid, lrpid: this.lrpid };
  }
}

/** The pid of t as its own namespace numbers it (what lspid/lrpid record). */
function pidOf(t: Task): number {
  return t.tgid;
}

export function msgget(t: Task, key: number, flg: number): number {
  const ns = ipcNs(t);
  return ipcget(t, ns, ns.msg, key, flg, () => new MsgQueue(newPerm(t, key, flg), nowSec(t)), undefined);
}

export async function msgsnd(t: Task, id: number, mtype: number, data: Uint8Array, flg: number): Promise<void> {
  if (!(mtype >= 1) || data.length > MSGMAX) throw new Errno(EINVAL);
  const ns = ipcNs(t);
  const q = ns.msg.get(id);
  if (!ipcperms(t, ns, q.perm, 0o2)) throw new Errno(EACCES);
  const fits = (): boolean => q.perm.deleted || q.cbytes + data.length <= q.qbytes;
  if (!fits()) {
    if (flg & IPC_NOWAIT) throw new Errno(EAGAIN);
    await t.waitEvent(q.wait, fits);
  }
  if (q.perm.deleted) throw new Errno(EIDRM);
  q.messages.push({ mtype, data: data.slice() });
  q.cbytes += data.length;
  q.lspid = pidOf(t);
  q.stime = nowSec(t);
  q.wait.wakeUp();
}

/** find_msg(): the index of the first message msgtyp selects, or -1. */
function findMsg(q: MsgQueue, msgtyp: number, flg: number): number {
  if (msgtyp === 0) return q.messages.length > 0 ? 0 : -1;
  if (msgtyp > 0) return q.messages.findIndex((m) => (flg & MSG_EXCEPT ? m.mtype !== msgtyp : m.mtype === msgtyp));
  let best = -1;
  for (let i = 0; i < q.messages.length; i++) {
    const m = q.messages[i]!;
    if (m.mtype <= -msgtyp && (best < 0 || m.mtype < q.messages[best]!.mtype)) best = i;
  }
  return best;
}

export async function msgrcv(t: Task, id: number, maxsize: number, msgtyp: number, flg: number): Promise<{ mtype: number; data: Uint8Array }> {
  if (!(maxsize >= 0)) throw new Errno(EINVAL);
  const ns = ipcNs(t);
  const q = ns.msg.get(id);
  if (!ipcperms(t, ns, q.perm, 0o4)) throw new Errno(EACCES);
  let i = findMsg(q, msgtyp, flg);
  if (i < 0) {
    if (flg & IPC_NOWAIT) throw new Errno(ENOMSG);
    await t.waitEvent(q.wait, () => q.perm.deleted || (i = findMsg(q, msgtyp, flg)) >= 0);
  }
  if (q.perm.deleted) throw new Errno(EIDRM);
  const m = q.messages[i]!;
  if (m.data.length > maxsize && !(flg & MSG_NOERROR)) throw new Errno(E2BIG);
  q.messages.splice(i, 1);
  q.cbytes -= m.data.length;
  q.lrpid = pidOf(t);
  q.rtime = nowSec(t);
  q.wait.wakeUp();
  return { mtype: m.mtype, data: m.data.subarray(0, maxsize) };
}

export function msgctl(t: Task, id: number, cmd: number, buf?: { uid?: number; gid?: number; mode?: number; qbytes?: number }): MsqidDs | null {
  const ns = ipcNs(t);
  const q = ns.msg.get(id);
  switch (cmd) {
    case IPC_STAT:
      if (!ipcperms(t, ns, q.perm, 0o4)) throw new Errno(EACCES);
      return q.ds(t);
    case IPC_SET:
      checkOwner(t, ns, q.perm);
      if (buf?.qbytes !== undefined) {
        if (buf.qbytes > MSGMNB && !t.cred.capable(CAP_SYS_RESOURCE, ns.owner)) throw new Errno(EACCES);
        q.qbytes = buf.qbytes;
      }
      setPerm(t, q.perm, buf);
      q.ctime = nowSec(t);
      q.wait.wakeUp();
      return null;
    case IPC_RMID:
      checkOwner(t, ns, q.perm);
      ns.msg.remove(q);
      q.wait.wakeUp();
      return null;
    default:
      throw new Errno(EINVAL);
  }
}
