# shell: sh
# rm -r cannot remove a group (its control files refuse), rmdir can.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-rr
rm -r vlab-rr 2>&1 | head -n 1
[ -d vlab-rr ] && echo "still there"
rmdir vlab-rr; echo "rmdir $?"
