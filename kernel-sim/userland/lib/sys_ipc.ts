// System V IPC facet of the Sys handle: message queues, semaphores, shared memory
// (svipc(7), msgget(2), semget(2), shmget(2)). Constants from linux/ipc.h, msg.h, sem.h, shm.h.
// Objects live in the caller's IPC namespace.

/** The key that always makes a new object. */
export const IPC_PRIVATE = 0;
export const IPC_CREAT = 0o1000;
export const IPC_EXCL = 0o2000;
export const IPC_NOWAIT = 0o4000;

export const IPC_RMID = 0;
export const IPC_SET = 1;
export const IPC_STAT = 2;
export const IPC_INFO = 3;

export const MSG_NOERROR = 0o10000;
export const MSG_EXCEPT = 0o20000;
export const MSG_COPY = 0o40000;
export const MSG_STAT = 11;
export const MSG_INFO = 12;

export const SEM_UNDO = 0x1000;
export const GETPID = 11;
export const GETVAL = 12;
export const GETALL = 13;
export const GETNCNT = 14;
export const GETZCNT = 15;
export const SETVAL = 16;
export const SETALL = 17;
export const SEM_STAT = 18;
export const SEM_INFO = 19;

export const SHM_RDONLY = 0o10000;
export const SHM_STAT = 13;
export const SHM_INFO = 14;
/** shm_perm.mode bit: marked for destruction, destroyed when the last process detaches ("dest" in ipcs). */
export const SHM_DEST = 0o1000;
export const SHM_LOCKED = 0o2000;

/** struct ipc_perm, with ids as seen in the caller's user namespace. */
export interface IpcPerm {
  key: number;
  uid: number;
  gid: number;
  cuid: number;
  cgid: number;
  /** Permission bits (and SHM_DEST/SHM_LOCKED for segments). */
  mode: number;
  seq: number;
}

/** Times are seconds since the epoch; 0 means never ("Not set" in ipcs). */
export interface MsqidDs {
  perm: IpcPerm;
  stime: number;
  rtime: number;
  ctime: number;
  cbytes: number;
  qnum: number;
  qbytes: number;
  lspid: number;
  lrpid: number;
}

export interface SemidDs {
  perm: IpcPerm;
  otime: number;
  ctime: number;
  nsems: number;
}

export interface ShmidDs {
  perm: IpcPerm;
  segsz: number;
  atime: number;
  dtime: number;
  ctime: number;
  cpid: number;
  lpid: number;
  nattch: number;
}

/** struct sembuf. */
export interface Sembuf {
  num: number;
  op: number;
  flg: number;
}

/** The limits ipcs -l prints (struct msginfo, seminfo, shminfo64 from IPC_INFO). */
/** One object of a kind, as ipcs builds it from /proc/sysvipc/* and the *_STAT commands. */
export interface IpcList {
  msg: { id: number; ds: MsqidDs }[];
  sem: { id: number; ds: SemidDs; values: { num: number; val: number; ncnt: number; zcnt: number; pid: number }[] }[];
  shm: { id: number; ds: ShmidDs }[];
}

export interface SysIpc {
  /** msgget(2): the id of the queue for key (IPC_PRIVATE always makes one). */
  msgget(key: number, msgflg: number): number;
  /** msgsnd(2); blocks while the queue is full unless IPC_NOWAIT. */
  msgsnd(msqid: number, mtype: number, data: Uint8Array, msgflg: number): Promise<void>;
  /** msgrcv(2): the first message matching msgtyp (0 any, >0 that type, <0 lowest <= |msgtyp|). */
  msgrcv(msqid: number, maxsize: number, msgtyp: number, msgflg: number): Promise<{ mtype: number; data: Uint8Array }>;
  /** msgctl(2) IPC_STAT / IPC_SET / IPC_RMID. Returns the queue's state for IPC_STAT, else null. */
  msgctl(msqid: number, cmd: number, buf?: Partial<Pick<IpcPerm, "uid" | "gid" | "mode">> & { qbytes?: number }): MsqidDs | null;
  semget(key: number, nsems: number, semflg: number): number;
  /** semop(2): all operations at once or none; blocks unless IPC_NOWAIT. */
  semop(semid: number, sops: Sembuf[]): Promise<void>;
  /**
   * semctl(2): IPC_STAT (-> SemidDs), IPC_SET, IPC_RMID, GETVAL/SETVAL/GETPID/GETNCNT/GETZCNT
   * (-> number), GETALL (-> number[]), SETALL (arg: number[]).
   */
  semctl(semid: number, semnum: number, cmd: number, arg?: number | number[] | Partial<Pick<IpcPerm, "uid" | "gid" | "mode">>): SemidDs | number | number[] | null;
  shmget(key: number, size: number, shmflg: number): number;
  /**
   * shmat(2): attach the segment; returns an address (a handle for shmdt) and the segment's
   * bytes, which every process that attached shares.
   */
  shmat(shmid: number, shmflg: number): { addr: number; mem: Uint8Array };
  shmdt(addr: number): void;
  shmctl(shmid: number, cmd: number, buf?: Partial<Pick<IpcPerm, "uid" | "gid" | "mode">>): ShmidDs | null;
}
