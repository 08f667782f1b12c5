// getpwnam(3)/getpwuid(3)/getgrgid(3)/getgrnam(3) over /etc/passwd and /etc/group, read once per
// program run (files are small; ls -l over a big directory asks for the same uid many times).

import type { Sys } from "./sys.ts";
import { readFileText } from "./input.ts";

export interface Passwd {
  name: string;
  uid: number;
  gid: number;
  gecos: string;
  dir: string;
  shell: string;
}

export interface Group {
  name: string;
  gid: number;
  members: string[];
}

export class UserDb {
  private users: Passwd[] | null = null;
  private groups: Group[] | null = null;

  constructor(private readonly sys: Sys) {}

  async load(): Promise<this> {
    if (this.users === null) {
      this.users = parsePasswd(await readFileText(this.sys, "/etc/passwd").catch(() => ""));
      this.groups = parseGroup(await readFileText(this.sys, "/etc/group").catch(() => ""));
    }
    return this;
  }

  byUid(uid: number): Passwd | undefined {
    return this.users?.find((u) => u.uid === uid);
  }
  byName(name: string): Passwd | undefined {
    return this.users?.find((u) => u.name === name);
  }
  groupByGid(gid: number): Group | undefined {
    return this.groups?.find((g) => g.gid === gid);
  }
  groupByName(name: string): Group | undefined {
    return this.groups?.find((g) => g.name === name);
  }
  /** getgrouplist(3): the primary group first, then every group listing the user. */
  groupsOf(name: string, primary: number): number[] {
    const out = [primary];
    for (const g of this.groups ?? []) if (g.members.includes(name) && !out.includes(g.gid)) out.push(g.gid);
    return out;
  }
  userName(uid: number): string {
    return this.byUid(uid)?.name ?? String(uid);
  }
  groupName(gid: number): string {
    return this.groupByGid(gid)?.name ?? String(gid);
  }
}

export function parsePasswd(text: string): Passwd[] {
  const out: Passwd[] = [];
  for (const line of text.split("\n")) {
    const f = line.split(":");
    if (f.length < 7) continue;
    out.push({ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]), gecos: f[4]!, dir: f[5]!, shell: f[6]! });
  }
  return out;
}

export function parseGroup(text: string): Group[] {
  const out: Group[] = [];
  for (const line of text.split("\n")) {
    const f = line.split(":");
    if (f.length < 4) continue;
    out.push({ name: f[0]!, gid: Number(f[2]), members: f[3] ? f[3].split(",") : [] });
  }
  return out;
}
