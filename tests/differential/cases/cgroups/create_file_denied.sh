# shell: sh
# Control files cannot be created: open(O_CREAT) of a new name is EACCES.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-f
touch vlab-f/newfile; echo "touch $?"
echo x | tee vlab-f/newfile >/dev/null; echo "tee $?"
[ -e vlab-f/newfile ] || echo "not created"
rmdir vlab-f
