# shell: sh
# A user without write access to the common ancestor's cgroup.procs cannot move processes (EACCES), but may make groups in a directory it owns.
# requires: setpriv
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-u
chown 65534 vlab-u vlab-u/cgroup.procs
ls -ld vlab-u | cut -d" " -f1,3
setpriv --reuid=65534 --regid=65534 --clear-groups sh -c 'echo $$ | tee vlab-u/cgroup.procs >/dev/null; echo "self $?"'
setpriv --reuid=65534 --regid=65534 --clear-groups sh -c 'mkdir vlab-u/sub; echo "mkdir $?"; stat -c "%U %n" vlab-u/sub vlab-u/sub/cgroup.procs; rmdir vlab-u/sub; echo "rmdir $?"'
setpriv --reuid=65534 --regid=65534 --clear-groups sh -c 'mkdir vlab-x; echo "mkdir at top $?"'
rmdir vlab-u
