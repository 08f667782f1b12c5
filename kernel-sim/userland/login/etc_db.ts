// The account files as shadow-utils edits them: /etc/passwd, /etc/shadow, /etc/group and
// /etc/gshadow held as rows of colon-separated fields, changed in memory and written back the
// way commonio does it - the old file kept as "FILE-", the new one written to "FILE+" with the
// old one's mode and owner, then renamed over FILE so a reader never sees half a file.

import type { Sys } from "../lib/sys.ts";
import { O_CREAT, O_TRUNC, O_WRONLY } from "../../uapi/fcntl.ts";
import { CLOCK_REALTIME } from "../../uapi/clock.ts";
import { readFileText } from "../lib/input.ts";
import { writeAll } from "../lib/stdio.ts";

/** One account file: its rows (fields split on ':') and whether it changed. */
export class Table {
  dirty = false;
  constructor(
    readonly path: string,
    readonly rows: string[][],
    private readonly text: string,
    /** False when the file was missing: it is then left missing (no shadow file, no gshadow). */
    private readonly exists = true,
  ) {}

  find(name: string): string[] | undefined {
    return this.rows.find((r) => r[0] === name);
  }

  add(row: string[]): void {
    this.rows.push(row);
    this.dirty = true;
  }

  remove(name: string): boolean {
    const i = this.rows.findIndex((r) => r[0] === name);
    if (i < 0) return false;
    this.rows.splice(i, 1);
    this.dirty = true;
    return true;
  }

  /** Set field k of name's row (no-op when the row is missing). */
  set(name: string, k: number, value: string): void {
    const r = this.find(name);
    if (!r || r[k] === value) return;
    while (r.length <= k) r.push("");
    r[k] = value;
    this.dirty = true;
  }

  async save(sys: Sys): Promise<void> {
    if (!this.dirty || !this.exists) return;
    const st = sys.stat(this.path);
    const body = this.rows.map((r) => r.join(":")).join("\n") + (this.rows.length ? "\n" : "");
    await writeFile(sys, this.path + "-", this.text, st.mode & 0o7777, st.uid, st.gid);
    await writeFile(sys, this.path + "+", body, st.mode & 0o7777, st.uid, st.gid);
    sys.rename(this.path + "+", this.path);
    this.dirty = false;
  }
}

async function writeFile(sys: Sys, path: string, text: string, mode: number, uid: number, gid: number): Promise<void> {
  const fd = await sys.open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
  try {
    await writeAll(sys, fd, text);
    sys.fchown(fd, uid, gid);
    sys.fchmod(fd, mode);
  } finally {
    sys.close(fd);
  }
}

export async function loadTable(sys: Sys, path: string): Promise<Table> {
  let text: string | null = await readFileText(sys, path).catch(() => null);
  const exists = text !== null;
  text ??= "";
  const rows = text.split("\n").filter((l) => l !== "").map((l) => l.split(":"));
  return new Table(path, rows, text, exists);
}

/** Field numbers, as in passwd(5), shadow(5), group(5), gshadow(5). */
export const PW = { name: 0, passwd: 1, uid: 2, gid: 3, gecos: 4, dir: 5, shell: 6 } as const;
export const SP = { name: 0, pwdp: 1, lstchg: 2, min: 3, max: 4, warn: 5, inact: 6, expire: 7 } as const;
export const GR = { name: 0, passwd: 1, gid: 2, mem: 3 } as const;
export const SG = { name: 0, passwd: 1, adm: 2, mem: 3 } as const;

/** /etc/login.defs values Debian ships (UID_MIN..UID_MAX, GID_MIN..GID_MAX, system ranges). */
export const UID_MIN = 1000;
export const UID_MAX = 60000;
export const SYS_MIN = 100;
export const SYS_MAX = 999;

/** All four files of the account database, loaded together. */
export class AccountDb {
  private constructor(
    readonly passwd: Table,
    readonly shadow: Table,
    readonly group: Table,
    readonly gshadow: Table,
  ) {}

  static async load(sys: Sys): Promise<AccountDb> {
    return new AccountDb(await loadTable(sys, "/etc/passwd"), await loadTable(sys, "/etc/shadow"), await loadTable(sys, "/etc/group"), await loadTable(sys, "/etc/gshadow"));
  }

  async save(sys: Sys): Promise<void> {
    for (const t of [this.passwd, this.shadow, this.group, this.gshadow]) await t.save(sys);
  }

  user(nameOrUid: string): string[] | undefined {
    return this.passwd.find(nameOrUid) ?? (/^\d+$/.test(nameOrUid) ? this.passwd.rows.find((r) => r[PW.uid] === String(Number(nameOrUid))) : undefined);
  }

  /** A group by name, or by number when the text is numeric (getgrnam, then getgrgid). */
  groupOf(nameOrGid: string): string[] | undefined {
    return this.group.find(nameOrGid) ?? (/^\d+$/.test(nameOrGid) ? this.group.rows.find((r) => r[GR.gid] === String(Number(nameOrGid))) : undefined);
  }

  uidUsed(uid: number): boolean {
    return this.passwd.rows.some((r) => Number(r[PW.uid]) === uid);
  }

  gidUsed(gid: number): boolean {
    return this.group.rows.some((r) => Number(r[GR.gid]) === gid);
  }

  /** find_new_uid(): one above the highest uid in range, else the lowest free one. */
  newUid(system = false): number | null {
    return newId(this.passwd.rows.map((r) => Number(r[PW.uid])), system);
  }

  newGid(system = false): number | null {
    return newId(this.group.rows.map((r) => Number(r[GR.gid])), system);
  }

  /** Add or drop user from the member lists of group (group and gshadow). */
  setMember(groupName: string, user: string, member: boolean): void {
    for (const [t, k] of [[this.group, GR.mem], [this.gshadow, SG.mem]] as const) {
      const r = t.find(groupName);
      if (!r) continue;
      const list = (r[k] ?? "").split(",").filter(Boolean);
      const has = list.includes(user);
      if (has === member) continue;
      t.set(groupName, k, (member ? [...list, user] : list.filter((u) => u !== user)).join(","));
    }
  }

  /** The groups listing user as a member. */
  memberOf(user: string): string[] {
    return this.group.rows.filter((r) => (r[GR.mem] ?? "").split(",").includes(user)).map((r) => r[GR.name]!);
  }
}

function newId(used: number[], system: boolean): number | null {
  const [lo, hi] = system ? [SYS_MIN, SYS_MAX] : [UID_MIN, UID_MAX];
  const inRange = used.filter((u) => u >= lo && u <= hi);
  if (system) {
    // System ids are handed out downwards from SYS_MAX.
    for (let id = hi; id >= lo; id--) if (!inRange.includes(id)) return id;
    return null;
  }
  const top = inRange.length ? Math.max(...inRange) : lo - 1;
  if (top < hi) return top + 1;
  for (let id = lo; id <= hi; id++) if (!inRange.includes(id)) return id;
  return null;
}

/** Days since the epoch, as shadow(5)'s "date of last password change". */
export function today(sys: Sys): number {
  return Math.floor(Number(sys.clock_gettime(CLOCK_REALTIME) / 1_000_000_000n) / 86400);
}

/**
 * is_valid_user_name() as Debian relaxes it: not empty, at most 32 bytes, no leading '-',
 * no ':', ',', '/' or whitespace, and not "." or "..".
 */
export function validName(name: string): boolean {
  if (name === "" || name === "." || name === ".." || name.startsWith("-")) return false;
  if (new TextEncoder().encode(name).length > 32) return false;
  return !/[:,/\s]/.test(name);
}

/**
 * The "Permission denied. / cannot lock FILE" refusal every shadow-utils editor gives a user
 * who is not root. Returns true when the caller may go on.
 */
export async function mayEdit(sys: Sys, prog: string, file: string): Promise<boolean> {
  if (sys.geteuid() === 0) return true;
  await writeAll(sys, 2, `${prog}: Permission denied.\n${prog}: cannot lock ${file}; try again later.\n`);
  return false;
}
