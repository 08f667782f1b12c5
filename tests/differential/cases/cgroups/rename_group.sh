# shell: sh
# A group cannot be renamed on the unified hierarchy (EPERM).
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-mv
mv vlab-mv vlab-mv2; echo "status $?"
[ -d vlab-mv ] && echo "kept its name"
rmdir vlab-mv
