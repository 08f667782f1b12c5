# shell: sh
# Control files have size 0 and are regular files; stat -f names cgroup2fs.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-z
stat -c "%s %F %n" vlab-z/cgroup.procs vlab-z/cgroup.events
stat -f -c %T vlab-z
rmdir vlab-z
