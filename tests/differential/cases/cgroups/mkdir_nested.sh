# shell: sh
# Groups nest: mkdir -p makes the chain, rmdir -p style removal goes leaf first.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-n/a/b/c
find vlab-n -type d | sort
rmdir vlab-n; echo "status $?"
rmdir vlab-n/a/b/c vlab-n/a/b vlab-n/a vlab-n; echo "status $?"
