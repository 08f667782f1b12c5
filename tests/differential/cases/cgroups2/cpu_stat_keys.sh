# shell: sh
# cpu.stat keys of a group with and without the cpu controller enabled.
# requires: cgroup2:cpu
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-ck/c
cut -d" " -f1 vlab-ck/cpu.stat | tr "\n" " "; echo
echo +cpu > vlab-ck/cgroup.subtree_control
cut -d" " -f1 vlab-ck/c/cpu.stat | tr "\n" " "; echo
cut -d" " -f1 vlab-ck/cpu.stat | tr "\n" " "; echo
rmdir vlab-ck/c vlab-ck
