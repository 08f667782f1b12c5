# shell: sh
# cgroup.max.*: negative ERANGE, junk EINVAL, lower than the current count allowed.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-me/a
for v in -1 abc 1.5 "" 0; do printf "%s\n" "$v" | tee vlab-me/cgroup.max.descendants >/dev/null; echo "desc [$v] $?"; done
for v in -1 abc; do printf "%s\n" "$v" | tee vlab-me/cgroup.max.depth >/dev/null; echo "depth [$v] $?"; done
cat vlab-me/cgroup.max.descendants vlab-me/cgroup.max.depth
rmdir vlab-me/a vlab-me
