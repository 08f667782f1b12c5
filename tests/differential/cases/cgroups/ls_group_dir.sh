# shell: sh
# ls -ld of a new group and of the root: directory modes and that files are root-owned.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ls
ls -ld vlab-ls | cut -d" " -f1,3,4
ls -l vlab-ls | sed 1d | awk "{print \$1, \$3, \$4, \$5, \$NF}" | grep " cgroup\."
rmdir vlab-ls
