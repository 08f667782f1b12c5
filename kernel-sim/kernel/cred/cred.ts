// Credentials of a task. Analogous to Linux's struct cred (include/linux/cred.h).
// Invariant: a Cred is never changed once shared; setuid() and friends build a new one
// (copy-on-write, as prepare_creds()/commit_creds() do), so fork() may share it.
// The ids are kernel ids (kuid_t/kgid_t: ids of the initial user namespace); the syscall layer
// translates them to and from the task's user namespace (ns/user.ts).

import { INIT_USER_NS, fromKuid, type UserNamespace } from "../ns/user.ts";

/** Every capability this kernel knows (CAP_LAST_CAP is 40): CapEff 000001ffffffffff. */
export const CAP_FULL_SET = (1n << 41n) - 1n;

/** The effective set a task with this euid gets at execve (no file capabilities): all for root. */
function capsFor(euid: number, ns: UserNamespace): bigint {
  return fromKuid(ns, euid) === 0 ? CAP_FULL_SET : 0n;
}

export class Cred {
  constructor(
    readonly uid: number,
    readonly gid: number,
    readonly euid: number = uid,
    readonly egid: number = gid,
    readonly suid: number = euid,
    readonly sgid: number = egid,
    /** fsuid/fsgid: the ids used for file access checks; follow euid/egid. */
    readonly fsuid: number = euid,
    readonly fsgid: number = egid,
    readonly groups: readonly number[] = [],
    /** The user namespace the ids and capabilities are relative to (cred->user_ns). */
    readonly userNs: UserNamespace = INIT_USER_NS,
    /** Effective (= permitted) capabilities in userNs; bit N is capability N. */
    readonly capEff: bigint = capsFor(euid, userNs),
  ) {}

  static root(): Cred {
    return new Cred(0, 0);
  }

  /**
   * ns_capable(ns, cap) - cap_capable() in security/commoncap.c: the capability in the effective
   * set when ns is the task's own user namespace; in a descendant namespace, every capability
   * when the task's euid owns it (its creator) or an ancestor of it below the task's; never in
   * a namespace that is not below the task's. Without ns it is capable(): the initial one.
   */
  capable(cap: number, ns: UserNamespace = INIT_USER_NS): boolean {
    for (let n: UserNamespace = ns; ; ) {
      if (n === this.userNs) return ((this.capEff >> BigInt(cap)) & 1n) === 1n;
      if (n.level <= this.userNs.level || !n.parent) return false;
      if (n.parent === this.userNs && n.owner === this.euid) return true;
      n = n.parent;
    }
  }

  /** The credentials after execve (no setuid bits or file capabilities): caps from the euid. */
  forExec(): Cred {
    const caps = capsFor(this.euid, this.userNs);
    if (caps === this.capEff) return this;
    return new Cred(this.uid, this.gid, this.euid, this.egid, this.suid, this.sgid, this.fsuid, this.fsgid, this.groups, this.userNs, caps);
  }

  /** The credentials of a task that just made userNs (create_user_ns): every capability there. */
  inUserNs(userNs: UserNamespace): Cred {
    return new Cred(this.uid, this.gid, this.euid, this.egid, this.suid, this.sgid, this.fsuid, this.fsgid, this.groups, userNs, CAP_FULL_SET);
  }

  /** Is gid the fsgid or one of the supplementary groups? (in_group_p in kernel/groups.c) */
  inGroup(gid: number): boolean {
    return this.fsgid === gid || this.groups.includes(gid);
  }

  with(changes: Partial<{ uid: number; gid: number; euid: number; egid: number; suid: number; sgid: number; groups: readonly number[] }>): Cred {
    const euid = changes.euid ?? this.euid;
    const egid = changes.egid ?? this.egid;
    // cap_emulate_setxuid(): leaving euid 0 drops the effective set, becoming 0 regains it.
    const caps = euid === this.euid ? this.capEff : capsFor(euid, this.userNs);
    return new Cred(
      changes.uid ?? this.uid,
      changes.gid ?? this.gid,
      euid,
      egid,
      changes.suid ?? this.suid,
      changes.sgid ?? this.sgid,
      euid,
      egid,
      changes.groups ?? this.groups,
      this.userNs,
      caps,
    );
  }
}

// Capability numbers used by the permission checks. Source: linux/capability.h.
export const CAP_CHOWN = 0;
export const CAP_DAC_OVERRIDE = 1;
export const CAP_DAC_READ_SEARCH = 2;
export const CAP_FOWNER = 3;
export const CAP_FSETID = 4;
export const CAP_KILL = 5;
export const CAP_SETGID = 6;
export const CAP_SETUID = 7;
export const CAP_SYS_CHROOT = 18;
export const CAP_SYS_ADMIN = 21;
export const CAP_MKNOD = 27;
export const CAP_NET_BIND_SERVICE = 10;
export const CAP_NET_ADMIN = 12;
export const CAP_NET_RAW = 13;
export const CAP_IPC_OWNER = 15;
export const CAP_SYS_RESOURCE = 24;
