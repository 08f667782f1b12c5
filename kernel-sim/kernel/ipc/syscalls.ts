// The System V IPC system calls (facet userland/lib/sys_ipc.ts), installed on the Sys handle.

import { installSyscalls } from "../syscalls/register.ts";
import type { IpcLimits, SysIpc } from "../../userland/lib/sys_ipc.ts";
import { msgctl, msgget, msgrcv, msgsnd, MSGMAX, MSGMNB, MSGMNI } from "./msg.ts";
import { semctl, semget, semop, SEMMNI, SEMMNS, SEMMSL, SEMOPM, SEMVMX } from "./sem.ts";
import { shmat, shmctl, shmdt, shmget, SHMALL, SHMMAX, SHMMIN, SHMMNI } from "./shm.ts";

declare module "../syscalls/sys_impl.ts" {
  interface SysImpl extends SysIpc {}
}

function ipcInfo(): IpcLimits {
  return { msgmni: MSGMNI, msgmax: MSGMAX, msgmnb: MSGMNB, semmni: SEMMNI, semmsl: SEMMSL, semmns: SEMMNS, semopm: SEMOPM, semvmx: SEMVMX, shmmni: SHMMNI, shmmax: SHMMAX, shmall: SHMALL, shmmin: SHMMIN };
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
  },
  async: { msgsnd, msgrcv, semop },
});
