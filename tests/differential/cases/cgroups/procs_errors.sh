# shell: sh
# cgroup.procs: EINVAL for junk and negative numbers, ESRCH for a pid that does not exist.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-pe
for v in abc -5 "1 2" 1.5 "" 99999999 4194304; do printf "%s\n" "$v" | tee vlab-pe/cgroup.procs >/dev/null; echo "[$v] $?"; done
rmdir vlab-pe
