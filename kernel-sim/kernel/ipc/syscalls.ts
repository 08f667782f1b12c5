// The System V IPC system calls (facet userland/lib/sys_ipc.ts), installed on the Sys handle.

import type { Task } from "../task/task.ts";
import { installSyscalls } from "../syscalls/register.ts";
import type { IpcLimits, IpcList, SysIpc } from "../../userland/lib/sys_ipc.ts";
import { msgctl, msgget, msgrcv, msgsnd, MSGMAX, MSGMNB, MSGMNI } from "./msg.ts";
import { semctl, semget, semop, SEMMNI, SEMMNS, SEMMSL, SEMOPM, SEMVMX } from "./sem.ts";
import { shmat, shmctl, shmdt, shmget, SHMALL, SHMMAX, SHMMIN, SHMMNI } from "./shm.ts";
import { ipcNs } from "./util.ts";

declare module "../syscalls/sys_impl.ts" {
  interface SysImpl extends SysIpc {}
}

function ipcInfo(): IpcLimits {
  return { msgmni: MSGMNI, msgmax: MSGMAX, msgmnb: MSGMNB, semmni: SEMMNI, semmsl: SEMMSL, semmns: SEMMNS, semopm: SEMOPM, semvmx: SEMVMX, shmmni: SHMMNI, shmmax: SHMMAX, shmall: SHMALL, shmmin: SHMMIN };
}

/** What /proc/sysvipc/{msg,sem,shm} list: every object, readable or not (as those files do). */
function ipcList(t: Task): IpcList {
  const ns = ipcNs(t);
  return {
    msg: [...ns.msg.byId.entries()].map(([id, q]) => ({ id, ds: q.ds(t) })),
    sem: [...ns.sem.byId.entries()].map(([id, s]) => ({ id, ds: s.ds(t), values: s.sems.map((x, num) => ({ num, val: x.val, ncnt: x.ncnt, zcnt: x.zcnt, pid: x.pid })) })),
    shm: [...ns.shm.byId.entries()].map(([id, s]) => ({ id, ds: s.ds(t) })),
  };
}

installSyscalls({
  sync: {
    msgget,
    msgctl,
    semget,
    semctl,
    shmget,
    shmat,
    shmdt,
    shmctl,
    ipc_info: ipcInfo,
    ipc_list: ipcList,
  },
  async: { msgsnd, msgrcv, semop },
});
