// Capability names and the sets of a process as /proc/PID/status shows them (CapInh, CapPrm,
// CapEff, CapBnd, CapAmb, hex bitmasks), in libcap 2.66's order and spelling - capability(7).

import type { Sys } from "../lib/sys.ts";
import { readFileText } from "../lib/input.ts";

/** Bit n is CAP_NAMES[n]; libcap's _cap_names[], cap_chown (0) ... cap_checkpoint_restore (40). */
export const CAP_NAMES: readonly string[] = [
  "cap_chown", "cap_dac_override", "cap_dac_read_search", "cap_fowner", "cap_fsetid", "cap_kill",
  "cap_setgid", "cap_setuid", "cap_setpcap", "cap_linux_immutable", "cap_net_bind_service",
  "cap_net_broadcast", "cap_net_admin", "cap_net_raw", "cap_ipc_lock", "cap_ipc_owner",
  "cap_sys_module", "cap_sys_rawio", "cap_sys_chroot", "cap_sys_ptrace", "cap_sys_pacct",
  "cap_sys_admin", "cap_sys_boot", "cap_sys_nice", "cap_sys_resource", "cap_sys_time",
  "cap_sys_tty_config", "cap_mknod", "cap_lease", "cap_audit_write", "cap_audit_control",
  "cap_setfcap", "cap_mac_override", "cap_mac_admin", "cap_syslog", "cap_wake_alarm",
  "cap_block_suspend", "cap_audit_read", "cap_perfmon", "cap_bpf", "cap_checkpoint_restore",
];

/** The five capability sets of one task (analogous to the kernel's struct cred cap_* fields). */
export interface CapSets {
  inh: bigint;
  prm: bigint;
  eff: bigint;
  bnd: bigint;
  amb: bigint;
}

/** Parse the Cap* lines of /proc/PID/status; null when the text has none. */
export function parseCapSets(status: string): CapSets | null {
  const get = (key: string): bigint | null => {
    const m = new RegExp(`^${key}:\\s*([0-9a-fA-F]+)$`, "m").exec(status);
    return m ? BigInt("0x" + m[1]!) : null;
  };
  const inh = get("CapInh"), prm = get("CapPrm"), eff = get("CapEff"), bnd = get("CapBnd"), amb = get("CapAmb");
  if (inh === null || prm === null || eff === null) return null;
  return { inh, prm, eff, bnd: bnd ?? 0n, amb: amb ?? 0n };
}

/** capget(2) for another process, as libcap does it here: through /proc/PID/status. Throws Errno. */
export async function readCapSets(sys: Sys, pid: number | "self"): Promise<CapSets> {
  const text = await readFileText(sys, `/proc/${pid}/status`);
  return parseCapSets(text) ?? { inh: 0n, prm: 0n, eff: 0n, bnd: 0n, amb: 0n };
}

export function hasCap(set: bigint, n: number): boolean {
  return ((set >> BigInt(n)) & 1n) === 1n;
}

/** The names of the capabilities in a set, in bit order. */
export function capList(set: bigint, prefix = true): string[] {
  const out: string[] = [];
  for (let n = 0; n < CAP_NAMES.length; n++) if (hasCap(set, n)) out.push(prefix ? CAP_NAMES[n]! : CAP_NAMES[n]!.slice(4));
  return out;
}
