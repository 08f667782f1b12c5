// The IPC namespace: System V message queues, semaphore sets and shared memory segments, with
// their id spaces and limits. Analogous to Linux's struct ipc_namespace
// (include/linux/ipc_namespace.h). CLONE_NEWIPC gives a task an empty one.

import type { UserNamespace } from "./user.ts";
import { IpcIds } from "../ipc/util.ts";
import type { MsgQueue } from "../ipc/msg.ts";
import type { SemArray } from "../ipc/sem.ts";
import type { ShmSegment } from "../ipc/shm.ts";
import { MSGMAX, MSGMNB, MSGMNI } from "../ipc/msg.ts";
import { SEMMNI, SEMMNS, SEMMSL, SEMOPM } from "../ipc/sem.ts";
import { SHMALL, SHMMAX, SHMMNI } from "../ipc/shm.ts";

/** The well-known inode number of the initial IPC namespace (PROC_IPC_INIT_INO). */
export const PROC_IPC_INIT_INO = 0xefffffff;

export class IpcNamespace {
  readonly msg = new IpcIds<MsgQueue>();
  readonly sem = new IpcIds<SemArray>();
  readonly shm = new IpcIds<ShmSegment>();
  // The limits /proc/sys/kernel shows and root may change (fs/proc/sysctl_ipc.ts). Every new
  // namespace starts from the boot defaults, not from its parent's values (msg_init_ns,
  // sem_init_ns, shm_init_ns).
  msgmax = MSGMAX;
  msgmnb = MSGMNB;
  msgmni = MSGMNI;
  /** sem_ctls: SEMMSL, SEMMNS, SEMOPM, SEMMNI, in the order /proc/sys/kernel/sem lists them. */
  readonly semCtls: number[] = [SEMMSL, SEMMNS, SEMOPM, SEMMNI];
  /** Bytes; unsigned long, so bigint (the default does not fit a double). */
  shmCtlmax = SHMMAX;
  /** Pages; unsigned long. */
  shmCtlall = SHMALL;
  shmCtlmni = SHMMNI;
  shmRmidForced = 0;
  /** {msg,sem,shm}_next_id: the id the next object of the kind asks for, -1 for any (checkpoint/restore). */
  msgNextId = -1;
  semNextId = -1;
  shmNextId = -1;

  constructor(
    readonly inum: number,
    /** The user namespace that owns this one: CAP_IPC_OWNER is checked there. */
    readonly owner: UserNamespace,
  ) {}
}
