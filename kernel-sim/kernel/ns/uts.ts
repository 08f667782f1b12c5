// The UTS namespace: hostname and NIS domain name. Analogous to Linux's struct uts_namespace
// (include/linux/utsname.h). CLONE_NEWUTS gives a task a copy; sethostname(2) changes its own.

export const UTS_SYSNAME = "Linux";
export const UTS_RELEASE = "6.1.0-vlab";
export const UTS_VERSION = "#1 SMP PREEMPT_DYNAMIC Debian 6.1.0-vlab (2026-01-01)";
export const UTS_MACHINE = "x86_64";
/** __NEW_UTS_LEN: hostname and domainname are at most 64 bytes. */
export const NEW_UTS_LEN = 64;

export class UtsNamespace {
  constructor(
    readonly inum: number,
    public nodename = "vlab",
    public domainname = "(none)",
  ) {}

  clone(inum: number): UtsNamespace {
    return new UtsNamespace(inum, this.nodename, this.domainname);
  }
}
