// /proc/sysvipc/{msg,sem,shm}: every System V IPC object of the reader's IPC namespace, one
// line each, in the formats of sysvipc_msg_proc_show(), sysvipc_sem_proc_show() and
// sysvipc_shm_proc_show() (ipc/msg.c, ipc/sem.c, ipc/shm.c). Ids and pids are as the reader
// sees them (the ds() views apply the reader's user and pid namespaces). ipcs reads these.

import type { Task } from "../../task/task.ts";
import type { PDir } from "../pseudo/node.ts";
import type { IpcPerm } from "../../../userland/lib/sys_ipc.ts";
import { staticDir } from "../pseudo/node.ts";
import { roSysFile } from "./ro_file.ts";
import { ipcNs } from "../../ipc/util.ts";

const d = (n: number, w: number): string => String(n).padStart(w);
/** "%10d %10d  %4o": key (signed), id, mode (with SHM_DEST/SHM_LOCKED: "1644"). */
const head = (key: number, id: number, perm: IpcPerm): string => `${d(key | 0, 10)} ${d(id, 10)}  ${perm.mode.toString(8).padStart(4)}`;
/** "%5u %5u %5u %5u": uid gid cuid cgid. */
const ids = (p: IpcPerm): string => `${d(p.uid, 5)} ${d(p.gid, 5)} ${d(p.cuid, 5)} ${d(p.cgid, 5)}`;

function showMsg(t: Task): string {
  let s = "       key      msqid perms      cbytes       qnum lspid lrpid   uid   gid  cuid  cgid      stime      rtime      ctime\n";
  for (const [id, q] of ipcNs(t).msg.byId) {
    const x = q.ds(t);
    s += `${head(x.perm.key, id, x.perm)}  ${d(x.cbytes, 10)} ${d(x.qnum, 10)} ${d(x.lspid, 5)} ${d(x.lrpid, 5)} ${ids(x.perm)} ${d(x.stime, 10)} ${d(x.rtime, 10)} ${d(x.ctime, 10)}\n`;
  }
  return s;
}

function showSem(t: Task): string {
  let s = "       key      semid perms      nsems   uid   gid  cuid  cgid      otime      ctime\n";
  for (const [id, a] of ipcNs(t).sem.byId) {
    const x = a.ds(t);
    s += `${head(x.perm.key, id, x.perm)} ${d(x.nsems, 10)} ${ids(x.perm)} ${d(x.otime, 10)} ${d(x.ctime, 10)}\n`;
  }
  return s;
}

function showShm(t: Task): string {
  let s = "       key      shmid perms                  size  cpid  lpid nattch   uid   gid  cuid  cgid      atime      dtime      ctime                   rss                  swap\n";
  for (const [id, seg] of ipcNs(t).shm.byId) {
    const x = seg.ds(t);
    // rss and swap: nothing is really resident in a simulated segment.
    s += `${head(x.perm.key, id, x.perm)} ${d(x.segsz, 21)} ${d(x.cpid, 5)} ${d(x.lpid, 5)}  ${d(x.nattch, 5)} ${ids(x.perm)} ${d(x.atime, 10)} ${d(x.dtime, 10)} ${d(x.ctime, 10)} ${d(0, 21)} ${d(0, 21)}\n`;
  }
  return s;
}

/** /proc/sysvipc (dr-xr-xr-x), its files 0444. */
export function sysvipcDir(): PDir {
  return staticDir("sysvipc", 0o555, {
    msg: () => roSysFile("sysvipc/msg", showMsg),
    sem: () => roSysFile("sysvipc/sem", showSem),
    shm: () => roSysFile("sysvipc/shm", showShm),
  });
}
