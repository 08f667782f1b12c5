import { describe, expect, it } from "vitest";
import { runAsInit } from "../testing/machine.ts";
import type { Sys } from "../../userland/lib/sys.ts";
import type { Task } from "../task/task.ts";
import { CLONE_NEWIPC, CLONE_NEWNET, CLONE_NEWUSER, CLONE_NEWUTS } from "../../uapi/sched.ts";
import { Errno } from "../../uapi/errno.ts";
import { readUidMap, writeGidMap, writeSetgroups, writeUidMap } from "./user.ts";
import { taskNamespace } from "./ns_common.ts";
import "../syscalls/groups.ts";
import { IPC_CREAT, IPC_NOWAIT, IPC_PRIVATE, IPC_RMID, IPC_STAT } from "../../userland/lib/sys_ipc.ts";

async function asInit<T>(body: (sys: Sys, init: () => Task, kernel: () => Task["kernel"]) => Promise<T>): Promise<T> {
  let result: { v: T } | { e: unknown } | undefined;
  const box: { init?: Task } = {};
  const m = runAsInit(async (sys) => {
    try {
      result = { v: await body(sys, () => box.init!, () => box.init!.kernel) };
    } catch (e) {
      result = { e };
    }
    return 0;
  });
  box.init = m.init;
  await m.done;
  if (!result) throw new Error("init did not finish");
  if ("e" in result) throw result.e;
  return result.v;
}

function taskOf(kernel: Task["kernel"], pidInRoot: number): Task {
  return kernel.findTask(pidInRoot, kernel.initPidNs)!;
}

const code = (e: unknown): string => (e instanceof Errno ? e.code : String(e));

describe("user namespaces", () => {
  it("shows unmapped ids as 65534 until uid_map is written, then root inside", async () => {
    const r = await asInit(async (sys, init) => {
      const before = { uid: sys.getuid(), gid: sys.getgid() };
      sys.unshare(CLONE_NEWUSER);
      const unmapped = { uid: sys.getuid(), gid: sys.getgid() };
      const me = init();
      writeSetgroups(me, me, "deny");
      // The writer is in the namespace itself: outside ids are read in the parent.
      let selfWrite: string = "ok";
      try {
        writeUidMap(me, me, "0 0 1\n");
      } catch (e) {
        selfWrite = code(e);
      }
      return { before, unmapped, selfWrite, uid: sys.getuid(), map: readUidMap(me, me) };
    });
    expect(r.before).toEqual({ uid: 0, gid: 0 });
    expect(r.unmapped).toEqual({ uid: 65534, gid: 65534 });
    // Full capabilities in the new namespace: the map write succeeds.
    expect(r.selfWrite).toBe("ok");
    expect(r.uid).toBe(0);
    expect(r.map).toBe("         0          0          1\n");
  });

  it("lets the parent write the child's maps once (second write EPERM), and checks the format", async () => {
    const r = await asInit(async (sys, _init, kernel) => {
      const [rd, wr] = sys.pipe2(0);
      const pid = sys.clone(CLONE_NEWUSER, async (c) => {
        await c.read(rd, 1);
        return c.getuid() === 0 && c.getgid() === 0 ? 0 : 1;
      });
      const k = kernel();
      const child = taskOf(k, pid);
      const me = taskOf(k, 1);
      const errs: string[] = [];
      for (const bad of ["0 0", "x 0 1", "0 0 0"]) {
        try {
          writeUidMap(child, me, bad);
        } catch (e) {
          errs.push(code(e));
        }
      }
      writeUidMap(child, me, "0 0 10");
      try {
        writeUidMap(child, me, "0 0 10");
      } catch (e) {
        errs.push(code(e));
      }
      writeGidMap(child, me, "0 0 10");
      const mapFromOutside = readUidMap(child, me);
      await sys.write(wr, "x");
      const w = await sys.wait4(pid, 0);
      return { errs, mapFromOutside, status: w.status };
    });
    expect(r.errs).toEqual(["EINVAL", "EINVAL", "EINVAL", "EPERM"]);
    expect(r.mapFromOutside).toBe("         0          0         10\n");
    expect(r.status).toBe(0);
  });

  it("gives the creator capabilities only inside: a new uts ns is allowed, sethostname on the host's is not", async () => {
    const r = await asInit(async (sys) => {
      const pid = sys.clone(CLONE_NEWUSER, async (c) => {
        let hostErr = "";
        try {
          c.sethostname("nope");
        } catch (e) {
          hostErr = code(e);
        }
        c.unshare(CLONE_NEWUTS | CLONE_NEWNET | CLONE_NEWIPC);
        c.sethostname("inside");
        return hostErr === "EPERM" && c.uname().nodename === "inside" ? 0 : 1;
      });
      const w = await sys.wait4(pid, 0);
      return { status: w.status, host: sys.uname().nodename };
    });
    expect(r.status).toBe(0);
    expect(r.host).toBe("vlab");
  });

  it("gives each namespace its own inode number", async () => {
    const r = await asInit(async (sys, init) => {
      const t = init();
      const before = taskNamespace(t, "net")!.inum;
      sys.unshare(CLONE_NEWNET | CLONE_NEWUSER);
      return { before, after: taskNamespace(t, "net")!.inum, user: taskNamespace(t, "user")!.inum };
    });
    expect(r.before).toBe(4026531833);
    expect(r.after).not.toBe(r.before);
    expect(r.user).toBeGreaterThanOrEqual(0xf0000000);
  });
});

describe("System V IPC", () => {
  it("passes messages by type, and keeps queues per IPC namespace", async () => {
    const r = await asInit(async (sys) => {
      const q = sys.msgget(IPC_PRIVATE, IPC_CREAT | 0o600);
      await sys.msgsnd(q, 2, new TextEncoder().encode("two"), 0);
      await sys.msgsnd(q, 1, new TextEncoder().encode("one"), 0);
      const m = await sys.msgrcv(q, 100, 1, 0);
      const st = sys.msgctl(q, IPC_STAT)!;
      const key = sys.msgget(0x1234, IPC_CREAT | 0o644);
      const pid = sys.clone(CLONE_NEWIPC, async (c) => {
        try {
          c.msgget(0x1234, 0);
          return 1;
        } catch (e) {
          return code(e) === "ENOENT" ? 0 : 2;
        }
      });
      const w = await sys.wait4(pid, 0);
      let nomsg = "";
      try {
        await sys.msgrcv(q, 100, 7, IPC_NOWAIT);
      } catch (e) {
        nomsg = code(e);
      }
      sys.msgctl(q, IPC_RMID);
      return { text: new TextDecoder().decode(m.data), type: m.mtype, qnum: st.qnum, key, child: w.status, nomsg, list: sys.msgget(0x1234, 0) === key ? 1 : 0 };
    });
    expect(r).toMatchObject({ text: "one", type: 1, qnum: 1, key: 1, child: 0, nomsg: "ENOMSG", list: 1 });
  });

  it("blocks semop until another task makes it possible, and shares shm bytes", async () => {
    const r = await asInit(async (sys) => {
      const s = sys.semget(IPC_PRIVATE, 1, IPC_CREAT | 0o600);
      const m = sys.shmget(IPC_PRIVATE, 16, IPC_CREAT | 0o600);
      const pid = sys.fork(async (c) => {
        await c.nanosleep(1e6);
        c.shmat(m, 0).mem[0] = 42;
        await c.semop(s, [{ num: 0, op: 1, flg: 0 }]);
        return 0;
      });
      await sys.semop(s, [{ num: 0, op: -1, flg: 0 }]);
      const a = sys.shmat(m, 0);
      await sys.wait4(pid, 0);
      return { byte: a.mem[0], nattch: sys.shmctl(m, IPC_STAT)!.nattch };
    });
    expect(r).toEqual({ byte: 42, nattch: 1 });
  });
});
