// What the three System V IPC kinds share: the id space of a namespace (struct ipc_ids), the
// permission block of an object (struct kern_ipc_perm), lookup by key or id, and the access
// check ipcperms(). Analogous to Linux's ipc/util.c.

import type { Kernel } from "../kernel.ts";
import type { Task } from "../task/task.ts";
import { IpcNamespace, PROC_IPC_INIT_INO } from "../ns/ipc.ts";
import { INIT_USER_NS, fromKgid, fromKuid, makeKgid, makeKuid } from "../ns/user.ts";
import { CAP_IPC_OWNER, CAP_SYS_ADMIN } from "../cred/cred.ts";
import { EACCES, EEXIST, EINVAL, ENOENT, ENOSPC, EPERM, Errno } from "../../uapi/errno.ts";
import { IPC_CREAT, IPC_EXCL, IPC_PRIVATE, type IpcPerm } from "../../userland/lib/sys_ipc.ts";

/** IPCMNI: the most objects of one kind per namespace (msgmni/semmni defaults are 32000). */
export const IPCMNI = 32768;

/** struct kern_ipc_perm: ids are kernel ids. */
export class KernIpcPerm {
  id = -1;
  deleted = false;
  constructor(
    /** IPC_PRIVATE once a segment is marked for destruction. */
    public key: number,
    public uid: number,
    public gid: number,
    readonly cuid: number,
    readonly cgid: number,
    public mode: number,
  ) {}

  /** The ipc_perm a caller sees (ids mapped into its user namespace). */
  view(t: Task): IpcPerm {
    const ns = t.cred.userNs;
    return { key: this.key, uid: fromKuid(ns, this.uid), gid: fromKgid(ns, this.gid), cuid: fromKuid(ns, this.cuid), cgid: fromKgid(ns, this.cgid), mode: this.mode, seq: 0 };
  }
}

export interface IpcObject {
  perm: KernIpcPerm;
}

/** struct ipc_ids: one kind's objects in one namespace. */
export class IpcIds<T extends IpcObject> {
  readonly byId = new Map<number, T>();
  /** ipc_idr_alloc's cyclic cursor: ids are handed out in increasing order, wrapping at IPCMNI. */
  private lastIdx = -1;

  /** The object with key (not IPC_PRIVATE), if any. */
  findKey(key: number): T | undefined {
    for (const o of this.byId.values()) if (o.perm.key === key && !o.perm.deleted) return o;
    return undefined;
  }

  /** ipc_obtain_object_check(): the object id names, or EINVAL. */
  get(id: number): T {
    const o = Number.isInteger(id) ? this.byId.get(id) : undefined;
    if (!o || o.perm.deleted) throw new Errno(EINVAL);
    return o;
  }

  add(o: T, limit = IPCMNI): number {
    if (this.byId.size >= limit) throw new Errno(ENOSPC);
    for (let i = 1; i <= IPCMNI; i++) {
      const idx = (this.lastIdx + i) % IPCMNI;
      if (!this.byId.has(idx)) {
        this.lastIdx = idx;
        o.perm.id = idx;
        this.byId.set(idx, o);
        return idx;
      }
    }
    throw new Errno(ENOSPC);
  }

  remove(o: T): void {
    o.perm.deleted = true;
    this.byId.delete(o.perm.id);
  }

  get size(): number {
    return this.byId.size;
  }
}

/** The machine's initial IPC namespace. */
export function initIpc(kernel: Kernel): IpcNamespace {
  let ns = kernel.subsys.get("ipc-init") as IpcNamespace | undefined;
  if (!ns) {
    ns = new IpcNamespace(PROC_IPC_INIT_INO, INIT_USER_NS);
    kernel.subsys.set("ipc-init", ns);
  }
  return ns;
}

/** The IPC namespace of task t. */
export function ipcNs(t: Task): IpcNamespace {
  return t.nsproxy.ipc ?? initIpc(t.kernel);
}

/** ipcperms(): may t access the object with the rwx bits in flag (0o4 read, 0o2 write)? */
export function ipcperms(t: Task, ns: IpcNamespace, p: KernIpcPerm, flag: number): boolean {
  const c = t.cred;
  const req = (flag >> 6) | (flag >> 3) | flag;
  let granted = p.mode;
  if (c.euid === p.cuid || c.euid === p.uid) granted >>= 6;
  else if (c.inGroup(p.cgid) || c.inGroup(p.gid)) granted >>= 3;
  if ((req & ~granted & 0o7) !== 0 && !c.capable(CAP_IPC_OWNER, ns.owner)) return false;
  return true;
}

/** ipcget(): find or make the object for key, with IPC_CREAT/IPC_EXCL semantics. */
export function ipcget<T extends IpcObject>(t: Task, ns: IpcNamespace, ids: IpcIds<T>, key: number, flg: number, make: () => T, check?: (o: T) => void): number {
  if (key !== IPC_PRIVATE) {
    const o = ids.findKey(key);
    if (o) {
      if (flg & IPC_CREAT && flg & IPC_EXCL) throw new Errno(EEXIST);
      check?.(o);
      const want = flg & 0o777;
      if (!ipcperms(t, ns, o.perm, want)) throw new Errno(EACCES);
      return o.perm.id;
    }
    if (!(flg & IPC_CREAT)) throw new Errno(ENOENT);
  }
  return ids.add(make());
}

/** A new permission block owned by t. */
export function newPerm(t: Task, key: number, flg: number): KernIpcPerm {
  const c = t.cred;
  return new KernIpcPerm(key, c.euid, c.egid, c.euid, c.egid, flg & 0o777);
}

/** ipcctl_obtain_check() for IPC_SET/IPC_RMID: the owner, the creator, or CAP_SYS_ADMIN. */
export function checkOwner(t: Task, ns: IpcNamespace, p: KernIpcPerm): void {
  const c = t.cred;
  if (c.euid === p.uid || c.euid === p.cuid || c.capable(CAP_SYS_ADMIN, ns.owner)) return;
  throw new Errno(EPERM);
}

/** Seconds since the epoch now (ipc times are time64_t seconds). */
export function nowSec(t: Task): number {
  return Number(t.kernel.clock.realtime() / 1000000000n);
}

/** IPC_SET's common part: new owner ids (in the caller's namespace) and permission bits. */
export function setPerm(t: Task, p: KernIpcPerm, buf: { uid?: number; gid?: number; mode?: number } | undefined): void {
  if (!buf) throw new Errno(EINVAL);
  const ns = t.cred.userNs;
  if (buf.uid !== undefined) {
    const k = makeKuid(ns, buf.uid);
    if (k < 0) throw new Errno(EINVAL);
    p.uid = k;
  }
  if (buf.gid !== undefined) {
    const k = makeKgid(ns, buf.gid);
    if (k < 0) throw new Errno(EINVAL);
    p.gid = k;
  }
  if (buf.mode !== undefined) p.mode = (p.mode & ~0o777) | (buf.mode & 0o777);
}
