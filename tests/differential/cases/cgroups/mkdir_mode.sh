# shell: sh
# mkdir -m sets the group directory's mode.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -m 700 vlab-mm
stat -c %a vlab-mm
chmod 755 vlab-mm; stat -c %a vlab-mm
rmdir vlab-mm
