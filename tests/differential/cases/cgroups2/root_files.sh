# shell: sh
# The root group's files: no limits, no cgroup.events, freeze or kill.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
ls | grep -v "^vlab" | grep -vE "^(hugetlb|misc|rdma)\.|\.(scope|slice)$" | grep "\." | tr '\n' ' '; echo
for f in cgroup.freeze cgroup.kill cgroup.events cgroup.type memory.max memory.current pids.max cpu.max; do [ -e $f ] || echo "no $f"; done
