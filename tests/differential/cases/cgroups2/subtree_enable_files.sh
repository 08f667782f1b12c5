# shell: sh
# Enabling controllers in subtree_control makes their files appear in children; -X removes them.
# requires: cgroup2:memory cgroup2:pids
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-se/c
cat vlab-se/cgroup.controllers
ls vlab-se/c | grep -cE "^(memory|pids)\."
echo "+memory +pids" > vlab-se/cgroup.subtree_control
cat vlab-se/cgroup.subtree_control vlab-se/c/cgroup.controllers
ls vlab-se/c | grep -E "^pids\."
echo -memory > vlab-se/cgroup.subtree_control; cat vlab-se/cgroup.subtree_control
ls vlab-se/c | grep -c "^memory\."
rmdir vlab-se/c vlab-se
