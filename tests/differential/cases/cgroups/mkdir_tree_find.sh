# shell: sh
# mkdir -p of a deep group path and find -type d of it; each level has the core files.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-f/a/b vlab-f/c
find vlab-f -type d | sort
ls vlab-f/a/b | grep -c "^cgroup\."
stat -c "%F %a" vlab-f/a vlab-f/a/cgroup.procs vlab-f/a/cgroup.controllers
rmdir vlab-f/a/b vlab-f/a vlab-f/c vlab-f
