# shell: sh
# A process moved down, across and up a tree: the groups' cgroup.procs follow each move.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-mv/x/y vlab-mv/z
sleep 30 & p=$!
for g in vlab-mv/x/y vlab-mv/z vlab-mv vlab-mv/x; do echo $p > $g/cgroup.procs; printf "%s:" $g; for h in vlab-mv vlab-mv/x vlab-mv/x/y vlab-mv/z; do printf " %s" $(wc -l < $h/cgroup.procs); done; echo; done
kill $p; wait $p 2>/dev/null
rmdir vlab-mv/x/y vlab-mv/x vlab-mv/z vlab-mv
