# shell: sh
# A new group's pids files.
# requires: cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir vlab-pd
for f in pids.max pids.current pids.peak pids.events pids.events.local; do echo "$f: $(cat vlab-pd/$f)"; done
rmdir vlab-pd
