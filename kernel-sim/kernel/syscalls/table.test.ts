import { describe, expect, it } from "vitest";
import { SYSCALLS } from "./table.ts";
import { SysImpl } from "./sys_impl.ts";
import { FS_ASYNC_CALLS, FS_SYNC_CALLS } from "./fs_api.ts";
import "./groups.ts";

describe("syscall table", () => {
  it("lists every method SysImpl implements, and nothing it does not", () => {
    const own = Object.getOwnPropertyNames(SysImpl.prototype).filter((n) => n !== "constructor" && !n.startsWith("call"));
    const implemented = new Set([...own, ...FS_SYNC_CALLS, ...FS_ASYNC_CALLS]);
    expect([...implemented].filter((n) => !(n in SYSCALLS)).sort()).toEqual([]);
    expect(Object.keys(SYSCALLS).filter((n) => !implemented.has(n)).sort()).toEqual([]);
  });
});
