# shell: sh
# cgroup.type of root-level and nested groups, and what writes are refused.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-ty/a
cat vlab-ty/cgroup.type vlab-ty/a/cgroup.type
/bin/echo domain > vlab-ty/a/cgroup.type; echo "domain $?"
/bin/echo "domain threaded" > vlab-ty/a/cgroup.type; echo "domain threaded $?"
/bin/echo threaded > vlab-ty/a/cgroup.type; echo "threaded $?"
cat vlab-ty/a/cgroup.type vlab-ty/cgroup.type
mkdir vlab-ty/a/t && cat vlab-ty/a/t/cgroup.type
rmdir vlab-ty/a/t vlab-ty/a vlab-ty
