import { describe, expect, it } from "vitest";
import ps from "./ps.ts";
import kill, { signalTable, signalList, procpsSignal } from "./kill.ts";
import { FakeSys, runFake } from "../lib/fake_sys.ts";
import { cputime, elapsed } from "./ps_columns.ts";

// Boot at 2025-12-01 18:52:00 UTC; now is 13 minutes later.
const BOOT = 1_764_615_120;
const NOW = BigInt(BOOT + 780) * 1_000_000_000n;

function procStat(pid: number, comm: string, state: string, ppid: number, pgrp: number, sid: number, tty: number, tpgid: number, utime: number, start: number, vsize: number, rss: number): string {
  const f = [state, ppid, pgrp, sid, tty, tpgid, 4194560, 0, 0, 0, 0, utime, 0, 0, 0, 20, 0, 1, 0, start, vsize, rss];
  while (f.length < 50) f.push(0);
  return `${pid} (${comm}) ${f.join(" ")}\n`;
}

function machine(): FakeSys {
  const fs = new FakeSys({ now: NOW });
  fs.writeFile("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/sh\n");
  fs.writeFile("/etc/group", "root:x:0:\nalice:x:1000:\n");
  fs.writeFile("/proc/uptime", "780.00 1500.00\n");
  fs.writeFile("/proc/meminfo", "MemTotal:        2048000 kB\nMemFree:         1024000 kB\n");
  fs.writeFile("/proc/sys/kernel/pid_max", "32768\n");
  const add = (pid: number, comm: string, cmdline: string, stat: string, uid = 0) => {
    fs.writeFile(`/proc/${pid}/stat`, stat);
    fs.writeFile(`/proc/${pid}/status`, `Name:\t${comm}\nUid:\t${uid}\t${uid}\t${uid}\t${uid}\nGid:\t${uid}\t${uid}\t${uid}\t${uid}\nVmLck:\t       0 kB\n`);
    fs.writeFile(`/proc/${pid}/cmdline`, cmdline);
  };
  add(1, "init", "/sbin/init\0", procStat(1, "init", "S", 0, 1, 1, 0, -1, 200, 0, 44144 * 1024, 3123));
  add(2, "kthreadd", "", procStat(2, "kthreadd", "S", 0, 0, 0, 0, -1, 0, 0, 0, 0));
  add(100, "bash", "-bash\0", procStat(100, "bash", "S", 1, 100, 100, 0x8800, 100, 0, 38374, 5236 * 1024, 1088));
  add(101, "sleep", "sleep\u0000100\u0000", procStat(101, "sleep", "S", 100, 101, 100, 0x8800, 100, 0, 40000, 2000 * 1024, 200), 1000);
  return fs;
}

describe("ps", () => {
  it("ps -ef", async () => {
    const r = await runFake(ps, ["ps", "-ef"], machine());
    expect(r.stdout).toBe(
      "UID          PID    PPID  C STIME TTY          TIME CMD\n".replace("UID          PID    PPID", "UID        PID  PPID") +
        "root         1     0  0 18:52 ?        00:00:02 /sbin/init\n" +
        "root         2     0  0 18:52 ?        00:00:00 [kthreadd]\n" +
        "root       100     1  0 18:58 pts/0    00:00:00 -bash\n" +
        "alice      101   100  0 18:58 pts/0    00:00:00 sleep 100\n",
    );
  });
  it("ps aux", async () => {
    const r = await runFake(ps, ["ps", "aux"], machine());
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND");
    expect(lines[1]).toBe("root         1  0.2  0.6  44144 12492 ?        Ss   18:52   0:02 /sbin/init");
    expect(lines[3]).toBe("root       100  0.0  0.2   5236  4352 pts/0    Ss+  18:58   0:00 -bash");
  });
  it("-o with = headers, -p, --forest", async () => {
    let r = await runFake(ps, ["ps", "-o", "stat=,comm=", "-p", "100"], machine());
    expect(r.stdout).toBe("Ss+  bash\n");
    r = await runFake(ps, ["ps", "-e", "--forest", "-o", "pid,comm"], machine());
    // init's children start trees of their own (recorded: process/ps_forest_new_ns).
    expect(r.stdout).toBe("  PID COMMAND\n    1 init\n    2 kthreadd\n  100 bash\n  101  \\_ sleep\n");
    r = await runFake(ps, ["ps", "-o", "foo"], machine());
    expect(r.stderr.split("\n")[0]).toBe('error: unknown user-defined format specifier "foo"');
    expect(r.status).toBe(1);
    r = await runFake(ps, ["ps", "-u", "alice", "-o", "pid,user,args"], machine());
    expect(r.stdout).toBe("  PID USER     COMMAND\n  101 alice    sleep 100\n");
  });
  it("time formats", () => {
    expect(cputime(2)).toBe("00:00:02");
    expect(cputime(90061)).toBe("1-01:01:01");
    expect(elapsed(801)).toBe("13:21");
  });
});

describe("kill", () => {
  it("lists signals like procps", () => {
    expect(signalList().split("\n")[0]).toBe("HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT");
    expect(signalTable().split("\n")[0]).toBe(" 1 HUP      2 INT      3 QUIT     4 ILL      5 TRAP     6 ABRT     7 BUS");
    expect(signalTable().split("\n")[4]).toBe("29 POLL    30 PWR     31 SYS     ");
    expect(procpsSignal("SIGKILL")).toBe(9);
    expect(procpsSignal("term")).toBe(15);
  });
  it("kill -l NAME and errors", async () => {
    let r = await runFake(kill, ["kill", "-l", "9"]);
    expect(r.stdout).toBe("KILL\n");
    r = await runFake(kill, ["/bin/kill", "abc"]);
    expect(r.stderr).toBe("/bin/kill: failed to parse argument: 'abc'\n");
    expect(r.status).toBe(1);
  });
});
