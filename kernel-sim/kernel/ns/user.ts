// User namespaces. Analogous to Linux's struct user_namespace (include/linux/user_namespace.h,
// kernel/user_namespace.c). Credentials hold *kernel* ids (kuid/kgid: the ids of the initial
// namespace); a namespace's uid_map/gid_map say which of them its processes see, and under
// what numbers. An id with no mapping reads as the overflow id 65534 ("nobody").
//
// A task that creates a user namespace gets every capability in it (and none in its parent);
// execve() recomputes them: a non-root euid inside loses them (capabilities(7)).

import { EINVAL, EPERM, EUSERS, Errno } from "../../uapi/errno.ts";
import type { Cred } from "../cred/cred.ts";
import type { Task } from "../task/task.ts";

/** /proc/sys/kernel/overflowuid and overflowgid. */
export const OVERFLOW_ID = 65534;
/** (uid_t)-1: no id. */
export const INVALID_ID = -1;
/** UID_GID_MAP_MAX_EXTENTS. */
export const MAX_EXTENTS = 340;
/** The inode number of the initial user namespace (PROC_USER_INIT_INO). */
export const PROC_USER_INIT_INO = 0xeffffffd;
/** /proc/sys/user/max_user_namespaces is large; nesting is limited to 32 levels. */
export const MAX_USERNS_LEVEL = 32;

/** One line of a map: ids first..first+count-1 inside are lowerFirst.. as kernel ids. */
export interface UidGidExtent {
  first: number;
  lowerFirst: number;
  count: number;
}

/** struct uid_gid_map. Invariant: set at most once; extents do not overlap on either side. */
export class IdMap {
  extents: UidGidExtent[] = [];
  /** The map was written (a second write is EPERM). */
  written = false;

  /** map_id_down(): inside id -> kernel id, or INVALID_ID. */
  down(id: number): number {
    for (const e of this.extents) if (id >= e.first && id - e.first < e.count) return e.lowerFirst + (id - e.first);
    return INVALID_ID;
  }

  /** map_id_up(): kernel id -> inside id, or INVALID_ID. */
  up(kid: number): number {
    for (const e of this.extents) if (kid >= e.lowerFirst && kid - e.lowerFirst < e.count) return e.first + (kid - e.lowerFirst);
    return INVALID_ID;
  }
}

export class UserNamespace {
  readonly uidMap = new IdMap();
  readonly gidMap = new IdMap();
  /** /proc/PID/setgroups: "allow" or "deny"; may go to deny only before gid_map is written. */
  setgroupsAllowed = true;
  readonly level: number;

  constructor(
    readonly parent: UserNamespace | null,
    readonly inum: number,
    /** The creator's euid and egid as kernel ids: the owner has every capability here. */
    readonly owner: number,
    readonly group: number,
  ) {
    this.level = parent ? parent.level + 1 : 0;
  }

  /** Is this ns, or an ancestor of it, equal to other? */
  isSameOrDescendantOf(other: UserNamespace): boolean {
    for (let n: UserNamespace | null = this; n; n = n.parent) if (n === other) return true;
    return false;
  }
}

function identityNs(): UserNamespace {
  const ns = new UserNamespace(null, PROC_USER_INIT_INO, 0, 0);
  for (const m of [ns.uidMap, ns.gidMap]) {
    m.extents = [{ first: 0, lowerFirst: 0, count: 4294967295 }];
    m.written = true;
  }
  return ns;
}

/**
 * init_user_ns. Immutable (its maps are the identity, fixed), so one object serves every
 * machine, as the static init_user_ns does in Linux.
 */
export const INIT_USER_NS: UserNamespace = identityNs();

/** make_kuid(): an id as seen in ns -> kernel id (INVALID_ID when unmapped). */
export function makeKuid(ns: UserNamespace, uid: number): number {
  return ns === INIT_USER_NS ? uid : ns.uidMap.down(uid);
}
export function makeKgid(ns: UserNamespace, gid: number): number {
  return ns === INIT_USER_NS ? gid : ns.gidMap.down(gid);
}

/** from_kuid_munged(): a kernel id as seen in ns, 65534 when it has no mapping there. */
export function fromKuid(ns: UserNamespace, kuid: number): number {
  if (ns === INIT_USER_NS) return kuid;
  const v = ns.uidMap.up(kuid);
  return v === INVALID_ID ? OVERFLOW_ID : v;
}
export function fromKgid(ns: UserNamespace, kgid: number): number {
  if (ns === INIT_USER_NS) return kgid;
  const v = ns.gidMap.up(kgid);
  return v === INVALID_ID ? OVERFLOW_ID : v;
}

/** kuid_has_mapping(): does the kernel id have a number in ns? */
export function kuidHasMapping(ns: UserNamespace, kuid: number): boolean {
  return ns === INIT_USER_NS || ns.uidMap.up(kuid) !== INVALID_ID;
}
export function kgidHasMapping(ns: UserNamespace, kgid: number): boolean {
  return ns === INIT_USER_NS || ns.gidMap.up(kgid) !== INVALID_ID;
}

// ---- /proc/PID/uid_map, gid_map, setgroups ----

/** What a reader in readerNs sees of the target's map (proc_id_map_show: "%10u %10u %10u"). */
function showMap(target: UserNamespace, readerNs: UserNamespace, gid: boolean): string {
  const map = gid ? target.gidMap : target.uidMap;
  // Lower ids are shown in the reader's namespace, or the parent's when the reader is inside.
  const lowerNs = readerNs === target && target.parent ? target.parent : readerNs;
  let out = "";
  for (const e of map.extents) {
    const lower = gid ? lowerNs.gidMap.up(e.lowerFirst) : lowerNs.uidMap.up(e.lowerFirst);
    if (lower === INVALID_ID) continue;
    out += `${String(e.first).padStart(10)} ${String(lower).padStart(10)} ${String(e.count).padStart(10)}\n`;
  }
  return out;
}

/** The writer of a map, as the checks of map_write() need it. */
export interface MapWriter {
  userNs: UserNamespace;
  /** Kernel ids of the writer (its cred's euid, egid). */
  euid: number;
  egid: number;
  /** ns_capable(ns, CAP_SETUID) (or CAP_SETGID) for the writer. */
  capableIn(ns: UserNamespace, cap: "setuid" | "setgid"): boolean;
}

/** map_write(): parse and install a uid_map or gid_map. Throws EPERM/EINVAL as Linux does. */
function writeMap(target: UserNamespace, writer: MapWriter, text: string, gid: boolean): void {
  const map = gid ? target.gidMap : target.uidMap;
  const cap = gid ? "setgid" : "setuid";
  const parent = target.parent;
  if (map.written || !parent) throw new Errno(EPERM);
  // The writer must be in the target namespace or its parent, with the capability over it.
  if (writer.userNs !== target && writer.userNs !== parent) throw new Errno(EPERM);
  if (!writer.capableIn(target, cap)) throw new Errno(EPERM);
  const extents: UidGidExtent[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const f = line.trim().split(/[ \t]+/);
    if (f.length !== 3 || f.some((x) => !/^\d+$/.test(x))) throw new Errno(EINVAL);
    const [first, lower, count] = f.map(Number) as [number, number, number];
    if (count === 0 || first + count > 4294967295 || lower + count > 4294967295) throw new Errno(EINVAL);
    extents.push({ first, lowerFirst: lower, count });
  }
  if (extents.length === 0 || extents.length > MAX_EXTENTS) throw new Errno(EINVAL);
  for (let i = 0; i < extents.length; i++)
    for (let j = 0; j < i; j++) {
      const a = extents[i]!;
      const b = extents[j]!;
      if (a.first < b.first + b.count && b.first < a.first + a.count) throw new Errno(EINVAL);
      if (a.lowerFirst < b.lowerFirst + b.count && b.lowerFirst < a.lowerFirst + a.count) throw new Errno(EINVAL);
    }
  // The outside ids are ids of the parent namespace: translate them to kernel ids.
  const kernelExtents = extents.map((e) => {
    const k = gid ? makeKgid(parent, e.lowerFirst) : makeKuid(parent, e.lowerFirst);
    const kEnd = gid ? makeKgid(parent, e.lowerFirst + e.count - 1) : makeKuid(parent, e.lowerFirst + e.count - 1);
    if (k === INVALID_ID || kEnd === INVALID_ID || kEnd - k !== e.count - 1) throw new Errno(EPERM);
    return { first: e.first, lowerFirst: k, count: e.count };
  });
  // new_idmap_permitted(): one line mapping the writer's own id needs nothing more (for gid_map,
  // only once setgroups is denied); anything else needs the capability in the parent.
  const own = gid ? writer.egid : writer.euid;
  const single = kernelExtents.length === 1 && kernelExtents[0]!.count === 1 && kernelExtents[0]!.lowerFirst === own;
  const ownOk = single && (gid ? target.group === writer.egid : target.owner === writer.euid) && (!gid || !target.setgroupsAllowed);
  if (!ownOk && !writer.capableIn(parent, cap)) throw new Errno(EPERM);
  map.extents = kernelExtents;
  map.written = true;
}

function writerOf(t: Task): MapWriter {
  const c = t.cred;
  return {
    userNs: c.userNs,
    euid: c.euid,
    egid: c.egid,
    // CAP_SETUID 7, CAP_SETGID 6 (linux/capability.h)
    capableIn: (ns, cap) => c.capable(cap === "setuid" ? 7 : 6, ns),
  };
}

// The doors procfs wires to /proc/PID/{uid_map,gid_map,setgroups}: target is the process the
// file belongs to, reader/writer the task doing the read(2) or write(2).
export function readUidMap(target: Task, reader: Task): string {
  return showMap(target.cred.userNs, reader.cred.userNs, false);
}
export function readGidMap(target: Task, reader: Task): string {
  return showMap(target.cred.userNs, reader.cred.userNs, true);
}
export function writeUidMap(target: Task, writer: Task, text: string): void {
  writeMap(target.cred.userNs, writerOf(writer), text, false);
}
export function writeGidMap(target: Task, writer: Task, text: string): void {
  writeMap(target.cred.userNs, writerOf(writer), text, true);
}
export function readSetgroups(target: Task): string {
  return target.cred.userNs.setgroupsAllowed ? "allow\n" : "deny\n";
}
export function writeSetgroups(target: Task, writer: Task, text: string): void {
  writeSetgroupsNs(target.cred.userNs, writerOf(writer), text);
}

/** proc_setgroups_write(): "allow" or "deny"; deny only before gid_map is written, never back. */
function writeSetgroupsNs(target: UserNamespace, writer: MapWriter, text: string): void {
  const v = text.trim();
  if (!writer.capableIn(target, "setgid")) throw new Errno(EPERM);
  if (v === "allow") {
    if (!target.setgroupsAllowed) throw new Errno(EPERM);
  } else if (v === "deny") {
    // Even when it already says deny: "not trying to tighten to deny after the gid_map is written".
    if (target.gidMap.written) throw new Errno(EPERM);
    target.setgroupsAllowed = false;
  } else throw new Errno(EINVAL);
}

/**
 * create_user_ns(): a child of cred's user namespace owned by cred's euid, and the credentials
 * of its creator inside it (every capability there). EUSERS past 32 levels; EPERM when the
 * creator's ids have no mapping in its own namespace.
 */
export function createUserNs(kernel: { allocInum(): number }, cred: Cred): Cred {
  const parent = cred.userNs;
  if (parent.level >= MAX_USERNS_LEVEL) throw new Errno(EUSERS);
  if (fromKuidRaw(parent, cred.euid) === INVALID_ID || fromKgidRaw(parent, cred.egid) === INVALID_ID) throw new Errno(EPERM);
  const ns = new UserNamespace(parent, kernel.allocInum(), cred.euid, cred.egid);
  ns.setgroupsAllowed = parent.setgroupsAllowed;
  return cred.inUserNs(ns);
}

function fromKuidRaw(ns: UserNamespace, kuid: number): number {
  return ns === INIT_USER_NS ? kuid : ns.uidMap.up(kuid);
}
function fromKgidRaw(ns: UserNamespace, kgid: number): number {
  return ns === INIT_USER_NS ? kgid : ns.gidMap.up(kgid);
}
