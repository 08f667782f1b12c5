# shell: sh
# The io controller's files in a group.
# requires: cgroup2:io
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-ifl
ls vlab-ifl | grep "^io\." | tr '\n' ' '; echo
cat vlab-ifl/io.stat | wc -l
rmdir vlab-ifl
