// The unified hierarchy through its files, driven by shell scripts on a booted host: layout,
// core-file rules and errors, and the done-when scenario of issue 5 (a fork bomb under
// pids.max=50 and a memory hog under memory.max=64M leave the host usable, the counters say
// what happened).
import { describe, expect, it } from "vitest";
import { runOnHost } from "./testing.ts";

describe("cgroup v2 hierarchy", () => {
  it("boots with systemd's layout and shows /proc/PID/cgroup as 0::/path", async () => {
    const { out } = await runOnHost(`
cd /sys/fs/cgroup
cat cgroup.controllers cgroup.subtree_control
cat /proc/1/cgroup /proc/self/cgroup
ls -d init.scope system.slice user.slice
[ -e cgroup.events ] || echo "no cgroup.events at the root"
grep cgroup2 /proc/self/mounts
`);
    expect(out).toBe(
      "cpuset cpu io memory hugetlb pids rdma misc\ncpuset cpu io memory pids\n0::/init.scope\n0::/user.slice/user-0.slice/session-1.scope\n" +
        "init.scope\nsystem.slice\nuser.slice\nno cgroup.events at the root\n" +
        "cgroup2 /sys/fs/cgroup cgroup2 rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot 0 0\n",
    );
  });

  it("keeps the no-internal-process rule for domain controllers only", async () => {
    const { out } = await runOnHost(`
cd /sys/fs/cgroup
mkdir -p a/b
sleep 30 & p=$!
echo $p > a/cgroup.procs
echo +memory | tee a/cgroup.subtree_control >/dev/null; echo "memory $?"
echo +cpu > a/cgroup.subtree_control; echo "cpu $?"
cat a/cgroup.subtree_control a/b/cgroup.controllers
cat a/cgroup.type a/b/cgroup.type
echo $p | tee a/b/cgroup.procs >/dev/null; echo "child $?"
echo +memory | tee a/cgroup.subtree_control >/dev/null; echo "memory now $?"
echo 1 > a/cgroup.max.depth; mkdir a/b/c; echo "depth $?"
kill $p; wait $p 2>/dev/null
echo -cpu > a/cgroup.subtree_control
rmdir a; echo "rmdir a $?"
rmdir a/b a; echo "rmdir both $?"
`);
    expect(out).toBe(
      "tee: a/cgroup.subtree_control: Device or resource busy\nmemory 1\ncpu 0\ncpu\ncpu\n" +
        // a has a process and a threaded controller on: a thread root, whose domain children are invalid.
        "domain threaded\ndomain invalid\ntee: a/b/cgroup.procs: Operation not supported\nchild 1\n" +
        "tee: a/cgroup.subtree_control: Operation not supported\nmemory now 1\n" +
        "mkdir: cannot create directory 'a/b/c': Resource temporarily unavailable\ndepth 1\n" +
        "rmdir: failed to remove 'a': Device or resource busy\nrmdir a 1\nrmdir both 0\n",
    );
  });

  it("stops a fork bomb at pids.max=50 and stays usable", async () => {
    const { out, log } = await runOnHost(`
cd /sys/fs/cgroup
mkdir bomb
echo 50 > bomb/pids.max
bash -c 'echo $$ > /sys/fs/cgroup/bomb/cgroup.procs; :(){ :|:& };:' >/dev/null 2>&1 &
sleep 2
echo "peak $(cat bomb/pids.peak)"
awk '$1 == "max" && $2 > 0 {print "pids.events counted"}' bomb/pids.events
echo 1 > bomb/cgroup.kill
sleep 1
cat bomb/cgroup.events
echo "host still usable: $(echo ok)"
`);
    expect(out).toBe("peak 50\npids.events counted\npopulated 0\nfrozen 0\nhost still usable: ok\n");
    expect(log).toContain("cgroup: fork rejected by pids controller in /bomb");
  });

  it("OOM-kills a memory hog at memory.max=64M, counts and logs it", async () => {
    const { out, log } = await runOnHost(`
cd /sys/fs/cgroup
mkdir hog
echo 64M > hog/memory.max
sh -c 'echo $$ > /sys/fs/cgroup/hog/cgroup.procs; exec stress --vm 1 --vm-bytes 128M --timeout 5' 2>&1 | sed 's/\\[[0-9]*\\]/[N]/; s/worker [0-9][0-9]*/worker N/'
grep -E '^(max|oom|oom_kill) ' hog/memory.events
[ "$(cat hog/memory.peak)" = "$(cat hog/memory.max)" ] && echo "memory.peak = memory.max"
cat hog/memory.current
echo "host still usable: $(echo ok)"
`);
    expect(out).toBe(
      "stress: info: [N] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd\n" +
        "stress: FAIL: [N] (425) <-- worker N got signal 9\n" +
        "stress: WARN: [N] (427) now reaping child worker processes\n" +
        "stress: FAIL: [N] (431) kill error: No such process\n" +
        "stress: FAIL: [N] (461) failed run completed in 0s\n" +
        "max 1\noom 1\noom_kill 1\nmemory.peak = memory.max\n0\nhost still usable: ok\n",
    );
    expect(log.some((l) => /^stress invoked oom-killer: gfp_mask=0xcc0\(GFP_KERNEL\), order=0, oom_score_adj=0$/.test(l))).toBe(true);
    expect(log).toContain("memory: usage 65536kB, limit 65536kB, failcnt 1");
    expect(log.some((l) => /^oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=\(null\),cpuset=hog,mems_allowed=0,oom_memcg=\/hog,task_memcg=\/hog,task=stress,pid=\d+,uid=0$/.test(l))).toBe(true);
    expect(log.some((l) => /^Memory cgroup out of memory: Killed process \d+ \(stress\) total-vm:\d+kB, anon-rss:65536kB/.test(l))).toBe(true);
  });
});
