import { describe, expect, it } from "vitest";
import { Cred } from "../cred/cred.ts";
import { INIT_USER_NS, UserNamespace } from "../ns/user.ts";
import type { Task } from "../task/task.ts";
import type { Inode } from "./inode.ts";
import { MAY_EXEC, MAY_READ, MAY_WRITE, capableWrtInodeUidgid, checkSticky, ownerOrCapable, permitted } from "./permission.ts";
import { CAP_DAC_OVERRIDE } from "../cred/cred.ts";

// permitted() reads only task.cred and the inode's mode, owner and type: plain objects stand in.
const taskWith = (cred: Cred): Task => ({ cred }) as unknown as Task;
const inode = (mode: number, uid: number, gid: number, isDir = false): Inode => ({ mode, uid, gid, isDir }) as unknown as Inode;

/** `unshare -r` run by kernel uid/gid 65534: 0 inside is 65534 outside, and nothing else is mapped. */
function nobodysUserNs(): UserNamespace {
  const ns = new UserNamespace(INIT_USER_NS, 4026532000, 65534, 65534);
  for (const m of [ns.uidMap, ns.gidMap]) {
    m.extents = [{ first: 0, lowerFirst: 65534, count: 1 }];
    m.written = true;
  }
  return ns;
}

describe("capable_wrt_inode_uidgid", () => {
  const ns = nobodysUserNs();
  const nsRoot = taskWith(new Cred(65534, 65534).inUserNs(ns));
  const hostRoot = taskWith(Cred.root());

  it("lets root of a user namespace override the modes of files whose owner and group are mapped", () => {
    const mine = inode(0o444, 65534, 65534);
    expect(permitted(nsRoot, mine, MAY_WRITE)).toBe(true);
    expect(permitted(nsRoot, inode(0o000, 65534, 65534, true), MAY_READ | MAY_EXEC)).toBe(true);
    expect(ownerOrCapable(nsRoot, inode(0o644, 65534, 0))).toBe(true); // FOWNER needs the uid only
  });

  it("gives no override over unmapped owners or groups", () => {
    expect(permitted(nsRoot, inode(0o600, 0, 0), MAY_READ)).toBe(false);
    expect(permitted(nsRoot, inode(0o700, 0, 0, true), MAY_EXEC)).toBe(false);
    expect(capableWrtInodeUidgid(nsRoot.cred, inode(0o600, 65534, 0), CAP_DAC_OVERRIDE)).toBe(false);
    expect(ownerOrCapable(nsRoot, inode(0o644, 0, 65534))).toBe(false);
    expect(() => checkSticky(nsRoot, inode(0o1777, 0, 0, true), inode(0o600, 0, 0))).toThrow();
  });

  it("keeps host root's overrides everywhere, and execute only where some x bit is set", () => {
    expect(permitted(hostRoot, inode(0o000, 1000, 1000), MAY_WRITE)).toBe(true);
    expect(permitted(hostRoot, inode(0o644, 1000, 1000), MAY_EXEC)).toBe(false);
    expect(permitted(hostRoot, inode(0o100, 1000, 1000), MAY_EXEC)).toBe(true);
  });
});
