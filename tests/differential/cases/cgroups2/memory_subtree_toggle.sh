# shell: sh
# Enabling memory for children gives them memory files; disabling takes them away.
# requires: cgroup2:memory
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-mt/c
ls vlab-mt/c | grep -c "^memory\."
echo +memory > vlab-mt/cgroup.subtree_control
ls vlab-mt/c | grep -c "^memory\."
cat vlab-mt/c/cgroup.controllers
echo -memory > vlab-mt/cgroup.subtree_control
ls vlab-mt/c | grep -c "^memory\."
rmdir vlab-mt/c vlab-mt
