# shell: sh
# cgroup.kill takes only 1: other numbers ERANGE, junk EINVAL.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ke
for v in 0 2 -1 x ""; do printf "%s\n" "$v" | tee vlab-ke/cgroup.kill >/dev/null; echo "[$v] $?"; done
echo 1 > vlab-ke/cgroup.kill; echo "empty group $?"
rmdir vlab-ke
