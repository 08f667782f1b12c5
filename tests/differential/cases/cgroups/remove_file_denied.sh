# shell: sh
# Control files cannot be removed or renamed: EPERM.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-r
rm vlab-r/cgroup.procs; echo "rm $?"
rm -f vlab-r/cgroup.type; echo "rm -f $?"
mv vlab-r/cgroup.procs vlab-r/x 2>&1 | sed "s/ (.*//"; 
[ -f vlab-r/cgroup.procs ] && echo "still there"
rmdir vlab-r
