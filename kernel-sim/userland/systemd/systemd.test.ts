// systemd-run --scope, systemd-cgls and systemd-cgtop on a booted host.
import { describe, expect, it } from "vitest";
import { Host } from "../../host/index.ts";

async function run(script: string): Promise<string> {
  const host = await Host.boot();
  let out = "";
  const dec = new TextDecoder();
  await host.runScript({ script, onStdout: (b) => (out += dec.decode(b)), onStderr: (b) => (out += dec.decode(b)) });
  return out;
}

describe("systemd tools", () => {
  it("systemd-run --scope puts the command in a transient scope with its properties", async () => {
    const out = await run(`
systemd-run --scope -p MemoryMax=64M -p CPUQuota=50% -p TasksMax=10 sh -c 'cat /proc/self/cgroup; d=/sys/fs/cgroup$(cut -d: -f3 /proc/self/cgroup); cat $d/memory.max $d/cpu.max $d/pids.max' 2>&1 | sed 's/run-r[0-9a-f]*/run-rID/'
systemd-run -p Bogus=1 --scope true; echo "status $?"
systemd-run --scope nosuchprog; echo "status $?"
`);
    expect(out).toBe(
      "Running scope as unit: run-rID.scope\n0::/system.slice/run-rID.scope\n67108864\n50000 100000\n10\n" +
        "Unknown assignment: Bogus=1\nstatus 1\nFailed to find executable nosuchprog: No such file or directory\nstatus 1\n",
    );
  });

  it("gives units systemd's default task limits: 15% of threads-max for a scope, 33% for the user's slice", async () => {
    // threads-max is RAM / 128 KiB: 16384 for the machine's 2 GiB (fork_init).
    const out = await run(`
cat /proc/sys/kernel/threads-max
grep MemTotal /proc/meminfo
s=/sys/fs/cgroup$(cut -d: -f3 /proc/self/cgroup)
echo "$s $(cat $s/pids.max)"
echo "$(dirname $s) $(cat $(dirname $s)/pids.max)"
systemd-run --scope -q sh -c 'cat /sys/fs/cgroup$(cut -d: -f3 /proc/self/cgroup)/pids.max'
`);
    expect(out).toBe("16384\nMemTotal:        2097152 kB\n/sys/fs/cgroup/user.slice/user-0.slice/session-1.scope 2457\n/sys/fs/cgroup/user.slice/user-0.slice 5406\n2457\n");
  });

  it("stops a fork bomb in a login session at the scope's 2457 tasks", async () => {
    const out = await run(`
bomb() { bomb | bomb & }
bomb 2>/dev/null
sleep 2
echo "peak $(cat /sys/fs/cgroup$(cut -d: -f3 /proc/self/cgroup)/pids.peak)"
kill -9 -1 2>/dev/null # what is left of it (with its errors going nowhere it dies out by itself)
sleep 1
echo "left $(ps -e --no-headers | wc -l)"
`);
    expect(out).toMatch(/^peak 2457\nleft [1-9]\n$/);
  });

  it("systemd-cgls shows the tree with each group's processes, empty groups left out", async () => {
    const out = await run(`
mkdir -p /sys/fs/cgroup/demo/empty /sys/fs/cgroup/demo/busy
sleep 30 & echo $! > /sys/fs/cgroup/demo/busy/cgroup.procs
systemd-cgls /sys/fs/cgroup/demo | sed 's/[0-9][0-9]* sleep/N sleep/'
systemd-cgls | grep -E "^(Control|-\\.slice|[├└]─(init\\.scope|demo|user\\.slice))"
kill %1
`);
    expect(out).toBe("Control group /demo:\n└─busy\n  └─N sleep 30\nControl group /:\n-.slice\n├─user.slice\n├─demo\n└─init.scope\n");
  });

  it("systemd-cgtop -b prints one block per iteration, without a header", async () => {
    const out = await run(`systemd-cgtop -b -n 2 -d 0.1 --depth=1 | awk 'NF {print $1, $2} !NF {print ""}'`);
    const [first, second] = out.split("\n\n");
    // The first block has no CPU figures yet, so it is in path order. user.slice: sh, systemd-cgtop, awk.
    expect(first).toBe("/ -\n/init.scope 1\n/system.slice 0\n/user.slice 3");
    expect(second!.trim().split("\n").sort()).toEqual(["/ -", "/init.scope 1", "/system.slice 0", "/user.slice 3"]);
  });
});
