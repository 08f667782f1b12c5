// Credentials of a task. Analogous to Linux's struct cred (include/linux/cred.h).
// Invariant: a Cred is never changed once shared; setuid() and friends build a new one
// (copy-on-write, as prepare_creds()/commit_creds() do), so fork() may share it.

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
  ) {}

  static root(): Cred {
    return new Cred(0, 0);
  }

  /**
   * Has the effective capability set this capability? Without user namespaces yet, a task is
   * fully capable exactly when its euid is 0 (the traditional root rule - capabilities(7)).
   */
  capable(_cap: number): boolean {
    return this.euid === 0;
  }

  /** Is gid the fsgid or one of the supplementary groups? (in_group_p in kernel/groups.c) */
  inGroup(gid: number): boolean {
    return this.fsgid === gid || this.groups.includes(gid);
  }

  with(changes: Partial<{ uid: number; gid: number; euid: number; egid: number; suid: number; sgid: number; groups: readonly number[] }>): Cred {
    const euid = changes.euid ?? this.euid;
    const egid = changes.egid ?? this.egid;
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
