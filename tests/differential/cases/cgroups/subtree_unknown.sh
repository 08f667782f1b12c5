# shell: sh
# cgroup.subtree_control: unknown names and a missing +/- are EINVAL; an empty write is fine.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-sc
for v in +nosuch nosuch "+" - "+memory+pids" ""; do printf "%s\n" "$v" | tee vlab-sc/cgroup.subtree_control >/dev/null; echo "[$v] $?"; done
rmdir vlab-sc
