// The System V IPC system calls (facet userland/lib/sys_ipc.ts), installed on the Sys handle.

import { installSyscalls } from "../syscalls/register.ts";
import type { SysIpc } from "../../userland/lib/sys_ipc.ts";
import { msgctl, msgget, msgrcv, msgsnd } from "./msg.ts";
import { semctl, semget, semop } from "./sem.ts";
import { shmat, shmctl, shmdt, shmget } from "./shm.ts";

declare module "../syscalls/sys_impl.ts" {
  interface SysImpl extends SysIpc {}
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
  },
  async: { msgsnd, msgrcv, semop },
});
