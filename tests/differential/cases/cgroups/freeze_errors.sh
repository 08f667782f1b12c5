# shell: sh
# cgroup.freeze takes 0 or 1: other numbers ERANGE, junk EINVAL.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-fx
for v in 2 -1 1x abc ""; do printf "%s\n" "$v" | tee vlab-fx/cgroup.freeze >/dev/null; echo "[$v] $?"; done
cat vlab-fx/cgroup.freeze
rmdir vlab-fx
