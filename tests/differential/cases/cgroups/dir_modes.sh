# shell: sh
# Directory and control file modes, as ls -l shows them.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-m
ls -ld vlab-m | cut -d" " -f1
for f in cgroup.controllers cgroup.events cgroup.freeze cgroup.kill cgroup.max.depth cgroup.max.descendants cgroup.procs cgroup.stat cgroup.subtree_control cgroup.threads cgroup.type; do
  printf "%s %s\n" "$(stat -c %A vlab-m/$f)" "$f"
done
rmdir vlab-m
