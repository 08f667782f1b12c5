# shell: sh
# pids.max takes a count or max; junk and negatives are EINVAL.
# requires: cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-pf
for v in 10 0 max 100000 -1 abc 1.5 ""; do echo "$v" | tee vlab-pf/pids.max >/dev/null; echo "[$v] $? $(cat vlab-pf/pids.max)"; done
rmdir vlab-pf
