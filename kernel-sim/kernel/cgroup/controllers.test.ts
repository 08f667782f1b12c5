// Controllers fed by simulated work: cpu.weight shares, cpu.max throttling, the freezer.
import { describe, expect, it } from "vitest";
import { runOnHost } from "./testing.ts";

describe("cgroup v2 controllers", () => {
  it("gives two busy loops at cpu.weight 100 and 300 CPU 1:3", async () => {
    const { out } = await runOnHost(`
cd /sys/fs/cgroup
mkdir p
echo 0 > p/cpuset.cpus
echo +cpu > p/cgroup.subtree_control
mkdir p/a p/b
echo 300 > p/b/cpu.weight
sh -c 'echo $$ > /sys/fs/cgroup/p/a/cgroup.procs; exec stress -q --cpu 1 --timeout 4' &
sh -c 'echo $$ > /sys/fs/cgroup/p/b/cgroup.procs; exec stress -q --cpu 1 --timeout 4' &
wait
a=$(awk '/usage_usec/{print $2}' p/a/cpu.stat); b=$(awk '/usage_usec/{print $2}' p/b/cpu.stat)
r=$(( b * 10 / a ))
[ $r -ge 27 ] && [ $r -le 33 ] && echo "1:3"
`);
    expect(out).toBe("1:3\n");
  });

  it("throttles by cpu.max and counts it in cpu.stat", async () => {
    const { out } = await runOnHost(`
cd /sys/fs/cgroup
mkdir q
echo "25000 100000" > q/cpu.max
sh -c 'echo $$ > /sys/fs/cgroup/q/cgroup.procs; exec stress -q --cpu 1 --timeout 2'
awk '$1 == "usage_usec" { print ($2 > 400000 && $2 < 600000) ? "a quarter of a CPU" : $2 }
     $1 == "nr_throttled" || $1 == "nr_periods" { print $1, ($2 >= 15 && $2 <= 21) ? "about 20" : $2 }
     $1 == "throttled_usec" { print $1, ($2 > 1000000) ? "> 1s" : $2 }' q/cpu.stat
`);
    expect(out).toBe("a quarter of a CPU\nnr_periods about 20\nnr_throttled about 20\nthrottled_usec > 1s\n");
  });

  it("freezes and thaws a group: no CPU while frozen, frozen tasks sleep", async () => {
    const { out } = await runOnHost(`
cd /sys/fs/cgroup
mkdir f
sh -c 'echo $$ > /sys/fs/cgroup/f/cgroup.procs; exec stress -q --cpu 1 --timeout 3' &
sleep 0.5
echo 1 > f/cgroup.freeze
sleep 0.1
cat f/cgroup.events
a=$(awk '/usage_usec/{print $2}' f/cpu.stat)
sleep 1
b=$(awk '/usage_usec/{print $2}' f/cpu.stat)
[ "$a" = "$b" ] && echo "no CPU while frozen"
for p in $(cat f/cgroup.procs); do awk '{print $3}' /proc/$p/stat; done
echo 0 > f/cgroup.freeze
cat f/cgroup.events
wait
echo 1 > f/cgroup.freeze
sleep 100 & echo $! > f/cgroup.procs
echo 1 > f/cgroup.kill
wait
cat f/cgroup.events
`);
    expect(out).toBe("populated 1\nfrozen 1\nno CPU while frozen\nS\nS\npopulated 1\nfrozen 0\npopulated 0\nfrozen 1\n");
  });
});
