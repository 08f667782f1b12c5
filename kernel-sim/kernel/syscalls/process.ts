// Process system calls: ids, groups and sessions (kernel/sys.c), credentials (kernel/sys.c
// setuid family), and starting programs (fork, execve, exit).

import type { Task } from "../task/task.ts";
import { EACCES, EINVAL, EPERM, ESRCH, Errno } from "../../uapi/errno.ts";
import { CAP_SETGID, CAP_SETUID } from "../cred/cred.ts";

function findInNs(t: Task, pid: number): Task {
  if (pid === 0) return t;
  const found = t.kernel.findTask(pid, t.pidNs);
  if (!found) throw new Errno(ESRCH);
  return found;
}

export function getpgid(t: Task, pid: number): number {
  if (pid < 0) throw new Errno(ESRCH);
  return findInNs(t, pid).pgrp.nr(t.pidNs);
}

export function getsid(t: Task, pid: number): number {
  if (pid < 0) throw new Errno(ESRCH);
  return findInNs(t, pid).session.nr(t.pidNs);
}

/** setpgid(2), with its errors in Linux's order. */
export function setpgid(t: Task, pid: number, pgid: number): void {
  if (pgid < 0) throw new Errno(EINVAL);
  const target = pid === 0 ? t : t.kernel.findTask(pid, t.pidNs);
  if (!target || (target !== t && target.parent !== t)) throw new Errno(ESRCH);
  if (target !== t) {
    if (target.session !== t.session) throw new Errno(EPERM);
    if (target.execed) throw new Errno(EACCES);
  }
  if (target.session.task === target) throw new Errno(EPERM); // a session leader
  const ns = t.pidNs;
  const wanted = pgid === 0 ? target.pid : ns.pids.get(pgid);
  if (!wanted) throw new Errno(EPERM);
  if (wanted !== target.pid) {
    // Joining an existing group: it must be in the same session.
    const member = [...wanted.pgrpMembers][0];
    if (!member || member.session !== t.session) throw new Errno(EPERM);
  }
  if (target.pgrp === wanted) return;
  target.pgrp.pgrpMembers.delete(target);
  target.pgrp.maybeFree();
  target.pgrp = wanted;
  wanted.pgrpMembers.add(target);
}

/** setsid(2): a new session and process group led by the caller, with no controlling tty. */
export function setsid(t: Task): number {
  if (t.pid.pgrpMembers.size > 0) throw new Errno(EPERM); // already a group leader
  t.pgrp.pgrpMembers.delete(t);
  t.pgrp.maybeFree();
  t.session.sessionMembers.delete(t);
  t.session.maybeFree();
  t.pgrp = t.pid;
  t.session = t.pid;
  t.pid.pgrpMembers.add(t);
  t.pid.sessionMembers.add(t);
  t.ctty = null;
  return t.tgid;
}

// ---- credentials: the rules of setuid(2)/setresuid(2) ----
// The capability counts in the caller's own user namespace (ns_capable_setid(old->user_ns, ...)):
// root of a user namespace may switch among the ids mapped there (nsenter -U, setpriv inside).

export function setresuid(t: Task, ruid: number, euid: number, suid: number): void {
  const c = t.cred;
  const allowed = (id: number): boolean => id === -1 || id === c.uid || id === c.euid || id === c.suid;
  if (!c.capable(CAP_SETUID, c.userNs) && !(allowed(ruid) && allowed(euid) && allowed(suid))) throw new Errno(EPERM);
  t.cred = c.with({
    uid: ruid === -1 ? c.uid : ruid,
    euid: euid === -1 ? c.euid : euid,
    suid: suid === -1 ? c.suid : suid,
  });
}

export function setuid(t: Task, uid: number): void {
  if (uid < 0) throw new Errno(EINVAL);
  const c = t.cred;
  if (c.capable(CAP_SETUID, c.userNs)) t.cred = c.with({ uid, euid: uid, suid: uid });
  else if (uid === c.uid || uid === c.suid) t.cred = c.with({ euid: uid });
  else throw new Errno(EPERM);
}

export function setresgid(t: Task, rgid: number, egid: number, sgid: number): void {
  const c = t.cred;
  const allowed = (id: number): boolean => id === -1 || id === c.gid || id === c.egid || id === c.sgid;
  if (!c.capable(CAP_SETGID, c.userNs) && !(allowed(rgid) && allowed(egid) && allowed(sgid))) throw new Errno(EPERM);
  t.cred = c.with({
    gid: rgid === -1 ? c.gid : rgid,
    egid: egid === -1 ? c.egid : egid,
    sgid: sgid === -1 ? c.sgid : sgid,
  });
}

export function setgid(t: Task, gid: number): void {
  if (gid < 0) throw new Errno(EINVAL);
  const c = t.cred;
  if (c.capable(CAP_SETGID, c.userNs)) t.cred = c.with({ gid, egid: gid, sgid: gid });
  else if (gid === c.gid || gid === c.sgid) t.cred = c.with({ egid: gid });
  else throw new Errno(EPERM);
}

/** NGROUPS_MAX. */
const NGROUPS_MAX = 65536;

export function setgroups(t: Task, groups: number[]): void {
  if (!t.cred.capable(CAP_SETGID, t.cred.userNs)) throw new Errno(EPERM);
  if (groups.length > NGROUPS_MAX) throw new Errno(EINVAL);
  t.cred = t.cred.with({ groups: [...groups] });
}
