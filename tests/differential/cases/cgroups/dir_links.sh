# shell: sh
# A group directory has 2 links, plus one per child group.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-l/a vlab-l/b
stat -c "%h %n" vlab-l vlab-l/a
rmdir vlab-l/a vlab-l/b vlab-l
